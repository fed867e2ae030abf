// Foreign titles written in Arabic script, matched to the registry's Latin names by their consonants.
//
// Arab newsrooms transliterate the names of foreign papers and sites as they hear them: "كومباس" (Kompas),
// "سيدسفينسكان" (Sydsvenskan), "سود كوتيديان" (Sud Quotidien), "مالطا توداي" (MaltaToday). The registry cannot list
// every spelling, but the consonants survive: both scripts reduce to one skeleton (vowels and h dropped, p/b, v/f,
// g/j/غ/ج, c/k/q/ق/ك, s/z/ش/ص/ز folded together, doubled letters collapsed). An unknown Arabic name whose skeleton
// belongs to exactly one listed outlet is that outlet.
//
// Limits: the skeleton ignores vowels, so short names collide (دون/Dawn, "D N", is far too short to trust): a match
// needs four consonants, or three when the article's nationality adjective names the outlet's country. Names
// spelt out letter by letter ("تي في ان 24" for TVN24) or pronounced unlike their spelling ("جيتشبوسبوليتا" for
// Rzeczpospolita) are not found.

import type { OutletRecord } from './types';
import type { RegistryIndex } from './registry-index';

const ARABIC_SKELETON: Record<string, string> = {
  'ب': 'B', 'پ': 'B', 'ت': 'T', 'ث': 'T', 'ط': 'T', 'ج': 'G', 'غ': 'G', 'گ': 'G', 'خ': 'K', 'ق': 'K', 'ك': 'K', 'ک': 'K',
  'د': 'D', 'ذ': 'D', 'ض': 'D', 'ظ': 'D', 'ر': 'R', 'ز': 'S', 'س': 'S', 'ش': 'S', 'ص': 'S', 'ف': 'F', 'ڤ': 'F',
  'ل': 'L', 'م': 'M', 'ن': 'N',
};

/** The consonant skeleton of an Arabic-script name ("كومباس" → "KMBS"). */
export function arabicSkeleton(name: string): string {
  let s = name.replace(/[\u064b-\u065f\u0670\u0640]/g, '').replace(/تش/g, 'ش');
  let out = '';
  for (const ch of s) {
    if (/[0-9]/.test(ch)) { out += ch; continue; }
    const c = ARABIC_SKELETON[ch];
    if (c && out[out.length - 1] !== c) out += c;
  }
  s = out;
  return s;
}

/** The consonant skeleton of a Latin name ("Sud Quotidien" → "SDKTDN", "Sydsvenskan" → "SDSFNSKN"). */
export function latinSkeleton(name: string): string {
  const s = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(DIGRAPHS, (d) => DIGRAPH_SKELETON[d] ?? DIGRAPH_SKELETON[d[0]!]!);
  let out = '';
  let prev = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch >= '0' && ch <= '9') { out += ch; prev = ch; continue; }
    const c = ch >= 'A' && ch <= 'Z' ? ch : LATIN_SKELETON[ch];
    if (c && prev !== c) { out += c; prev = c; }
  }
  return out;
}

// Letter groups read as one consonant, in one pass (the registry's twelve thousand Latin names are indexed when the
// registry loads): "sch", "sh", "ch", "cz", "sz" → S; "th" → T; "ph" → F; "kh", "ck", "qu", "q" → K; "gh", "gu" before
// e/i → G; "c" before e/i/y → S; "x" → KS.
const DIGRAPHS = /sch|sh|ch|cz|sz|th|ph|kh|ck|qu|q|gh|gu(?=[ei])|c(?=[eiy])|x/g;
const DIGRAPH_SKELETON: Record<string, string> = { sch: 'S', sh: 'S', ch: 'S', cz: 'S', sz: 'S', th: 'T', ph: 'F', kh: 'K', ck: 'K', qu: 'K', q: 'K', gh: 'G', gu: 'G', c: 'S', x: 'KS' };
const LATIN_SKELETON: Record<string, string> = { b: 'B', p: 'B', c: 'K', k: 'K', d: 'D', f: 'F', v: 'F', g: 'G', j: 'G', l: 'L', m: 'M', n: 'N', r: 'R', s: 'S', z: 'S', t: 'T' };

const LATIN = /[A-Za-z]/;
const indexes = new WeakMap<RegistryIndex, Map<string, string[]>>();

/** Skeleton → ids of the outlets with a Latin name of that skeleton (built once per registry, with its index). */
export function skeletonIndex(reg: RegistryIndex): Map<string, string[]> {
  let idx = indexes.get(reg);
  if (idx) return idx;
  idx = new Map();
  const put = (sk: string, id: string): void => {
    if (sk.length < 3) return;
    const list = idx!.get(sk);
    if (!list) idx!.set(sk, [id]);
    else if (!list.includes(id)) list.push(id);
  };
  for (const o of reg.outlets as readonly OutletRecord[]) {
    const names = [o.name, ...Object.values(o.names), ...o.aliases].filter((n): n is string => typeof n === 'string' && LATIN.test(n) && !/[\u0600-\u06ff]/.test(n));
    for (const n of names) {
      const base = n.replace(/\s*\([^)]*\)\s*$/, '');
      put(latinSkeleton(base), o.id);
      // "The Guardian" is written "الغارديان": the Arabic article stands for the Latin one, or for nothing.
      const bare = base.replace(/^(?:the|le|la|les|l'|el|al|il|der|die|das|de|het)\s+/i, '');
      if (bare !== base) put(latinSkeleton(bare), o.id);
    }
  }
  indexes.set(reg, idx);
  return idx;
}

/**
 * The one listed outlet an Arabic-script name stands for, by its consonants; null when none or several match.
 * `country` (from a nationality adjective) settles several and lets a three-consonant name through.
 */
export function outletBySkeleton(reg: RegistryIndex, arabicName: string, country: string | null): OutletRecord | null {
  const idx = skeletonIndex(reg);
  const full = arabicSkeleton(arabicName);
  const forms = [full];
  // ث writes a Spanish z or c as well as an English th: "لا فوث" is "La Voz".
  if (arabicName.includes('ث')) forms.push(arabicSkeleton(arabicName.replace(/ث/g, 'س')));
  // "الكونفيدنسيال": the Spanish "El" kept; "الغارديان": the Arabic article for "The".
  if (/^\s*ال/.test(arabicName) && full.startsWith('L')) forms.push(...forms.map((f) => f.slice(1)));
  const found = new Set<string>();
  for (const sk of forms) {
    if (sk.length < 3) continue;
    for (const id of idx.get(sk) ?? []) {
      // Three consonants name a one-word title only: "يس عراق" (Yes Iraq) is not الشرقية for sharing S, R and K.
      if (sk.length >= 4 || (country !== null && reg.byId(id)?.country === country && !/\s/.test(arabicName.trim()))) found.add(id);
    }
  }
  let ids = [...found];
  if (ids.length > 1 && country) ids = ids.filter((id) => reg.byId(id)?.country === country);
  return ids.length === 1 ? reg.byId(ids[0]!) ?? null : null;
}
