// The cue registry: the Arabic, French and English lists compiled into one lookup by first token.
//
// Approach: every phrase is tokenised with the article tokenizer (so "d'après" is d + après, "يؤكد" is
// يوكد) and grouped by first token, longest phrase first. Identical token sequences from different lists
// merge their kinds. French and English reporting verbs placed before the outlet only count after a comma
// or a quote (", rapporte Le Monde"), which the grammar checks with `inversionOnly`. The scan keeps, per
// token, the longest cue starting there and also the longest one that may follow its outlet ("reported in
// August" is an According cue, "reported" a VerbAfter one). One-word past participles are listed apart
// (PARTICIPLES) for the grammar's split "participle … par/by" rule.
//
// Limits: phrases are matched on exact matching forms; Arabic conjunctions و/ف are stripped from the first
// token by the scanner (وحسب, فقد ذكرت), other clitics are not.

import { arabicForms } from '../arabic';
import { nextInName, TokKind, wordForms, type Tokens } from '../tokenize';
import { AR_CUES } from './ar';
import { EN_CUES, EN_PARTICIPLES } from './en';
import { agree, FR_CUES, FR_PARTICIPLES } from './fr';
import { CueKind, type CueDef } from './types';

export { CueKind } from './types';
export type { CueDef } from './types';

export interface CompiledCue {
  tokens: string[];
  kinds: number;
  /** A Verb cue of French or English: before the outlet it needs a comma or a quote in front of it. */
  inversionOnly: boolean;
  /** Only an English phrase: an accented spelling is a French word that folds to it ("exposés" is not "exposes"). */
  englishOnly: boolean;
}

/** French phrases ending on "du"/"au" take a plural title with "des"/"aux": "selon les informations des Échos". */
const PLURAL_CONTRACTION = new Map([['du', 'des'], ['au', 'aux']]);

function compile(lists: readonly (readonly [readonly CueDef[], boolean, boolean?, boolean?])[]): Map<string, CompiledCue[]> {
  const byKey = new Map<string, CompiledCue>();
  for (const [defs, latin, french, english] of lists) {
    for (const d of defs) {
      const phrases: string[] = [];
      for (const p of d.phrases) {
        phrases.push(p);
        const words = p.split(' ');
        const plural = french && words.length >= 2 ? PLURAL_CONTRACTION.get(words[words.length - 1]!) : undefined;
        if (plural) phrases.push([...words.slice(0, -1), plural].join(' '));
      }
      for (const p of phrases) {
        const tokens = wordForms(p);
        if (tokens.length === 0) continue;
        const key = tokens.join(' ');
        const existing = byKey.get(key);
        const inv = latin && (d.kinds & CueKind.Verb) !== 0;
        if (existing) { existing.kinds |= d.kinds; existing.inversionOnly = existing.inversionOnly || inv; existing.englishOnly = existing.englishOnly && english === true; }
        else byKey.set(key, { tokens, kinds: d.kinds, inversionOnly: inv, englishOnly: english === true });
      }
    }
  }
  const byFirst = new Map<string, CompiledCue[]>();
  for (const c of byKey.values()) {
    let list = byFirst.get(c.tokens[0]!);
    if (!list) { list = []; byFirst.set(c.tokens[0]!, list); }
    list.push(c);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return byFirst;
}

export const CUES: ReadonlyMap<string, readonly CompiledCue[]> = compile([[AR_CUES, false], [FR_CUES, true, true], [EN_CUES, true, false, true]]);

interface CuesFrom {
  /** Cues of two words or more, by their second word, longest first. */
  bySecond: Map<string, CompiledCue[]>;
  /** One-word cues. */
  single: CompiledCue[];
}

/**
 * The cues starting with a word, split by their second word: "sur", "a", "dans", "au" and "in" each start fifty to
 * a hundred and sixty cues, and those words are everywhere in French and English text. Only the cues whose second
 * word is the text's next word can match, and they keep their longest-first order, one-word cues last.
 */
const CUES_FROM: ReadonlyMap<string, CuesFrom> = new Map([...CUES].map(([first, list]) => {
  const from: CuesFrom = { bySecond: new Map(), single: [] };
  for (const c of list) {
    if (c.tokens.length === 1) { from.single.push(c); continue; }
    let l = from.bySecond.get(c.tokens[1]!);
    if (!l) { l = []; from.bySecond.set(c.tokens[1]!, l); }
    l.push(c);
  }
  return [first, from];
}));

function participles(): Map<string, number> {
  const m = new Map<string, number>();
  for (const p of FR_PARTICIPLES) for (const w of p.words) for (const f of agree(w)) { const t = wordForms(f); if (t.length === 1) m.set(t[0]!, p.kinds); }
  for (const p of EN_PARTICIPLES) for (const w of p.words) { const t = wordForms(w); if (t.length === 1) m.set(t[0]!, p.kinds); }
  return m;
}

/**
 * One-word past participles that take the outlet as agent, in matching form → cue kind. The grammar accepts
 * them a few words before their agent word: "publiées au printemps par", "reported on Tuesday by".
 */
export const PARTICIPLES: ReadonlyMap<string, number> = participles();
/** The agent words that close a split participle cue. */
export const AGENT_WORDS: ReadonlySet<string> = new Set(['par', 'by']);

export interface CueHit {
  first: number;
  last: number;
  kinds: number;
  inversionOnly: boolean;
  /** Offsets of the whole phrase, clitics included ("وحسب"). */
  start: number;
  end: number;
}

export interface CueHits {
  count: number;
  /** Per hit (index < count): kinds bit set, first and last token. */
  kinds: Int32Array;
  first: Int32Array;
  last: Int32Array;
  /** Token index → index of the longest cue ending there (earliest start), or -1. */
  byLast: Int32Array;
  /** Token index → index of the longest cue starting there, or -1. */
  byFirst: Int32Array;
  /**
   * Token index → last token of the longest cue starting there that may follow its outlet (VerbAfter), or -1:
   * "reported in August" is first an According cue ("reported in"), but also "reported".
   */
  afterLast: Int32Array;
  /** Kinds of that cue (valid where afterLast ≥ 0). */
  afterKinds: Int32Array;
  /** The hit as an object (made on demand: a megabyte of "عن عن" must not allocate a million objects). */
  hit(h: number): CueHit;
  /** The VerbAfter cue starting at token i as an object (afterLast[i] ≥ 0). */
  afterHit(i: number): CueHit;
}

/** One pass over the tokens: every cue phrase occurrence. */
function accented(t: Tokens, first: number, last: number): boolean {
  for (let q = t.start[first]!, e = t.end[last]!; q < e; q++) if (t.text.charCodeAt(q) > 0x7f) return true;
  return false;
}

export function scanCues(t: Tokens): CueHits {
  const n = t.n;
  // Per-hit arrays grow with the hits, not with the tokens: an article has a few dozen cues, and a megabyte of
  // fresh zeroed memory costs the page about half a millisecond before any work is done.
  let hitCap = Math.min(n, 256);
  let kinds = new Int32Array(hitCap);
  let firstA = new Int32Array(hitCap);
  let lastA = new Int32Array(hitCap);
  let inv = new Uint8Array(hitCap);
  const byLast = new Int32Array(n).fill(-1);
  const byFirst = new Int32Array(n).fill(-1);
  const afterLast = new Int32Array(n).fill(-1);
  const afterKinds = new Int32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const k = t.kind[i]!;
    if (k !== TokKind.Arabic && k !== TokKind.Latin) continue;
    const norm = t.norm[i]!;
    if (norm === '' || norm.length > 24) continue;
    let best: CompiledCue | null = null;
    let bestLast = -1;
    const forms = k === TokKind.Arabic ? arabicForms(norm) : null;
    const nForms = forms ? forms.length : 1;
    for (let f = 0; f < nForms; f++) {
      const fm = forms ? forms[f]! : null;
      if (fm && fm.prefix !== '' && fm.prefix !== 'و' && fm.prefix !== 'ف') continue;
      const form = fm ? fm.form : norm;
      const from = CUES_FROM.get(form);
      if (!from) continue;
      const second = from.bySecond.size > 0 ? nextInName(t, i) : -1;
      const longer = second >= 0 ? from.bySecond.get(t.norm[second]!) : undefined;
      lists: for (let pass = 0; pass < 2; pass++) {
        const list = pass === 0 ? longer : from.single;
        if (!list) continue;
        for (const c of list) {
          if (best && c.tokens.length <= best.tokens.length && afterLast[i]! >= 0) break lists;
          let j = i;
          let ok = true;
          for (let m = 1; m < c.tokens.length; m++) {
            j = nextInName(t, j);
            if (j < 0 || t.norm[j]! !== c.tokens[m]!) { ok = false; break; }
          }
          if (ok && c.englishOnly && accented(t, i, j)) ok = false;
          if (ok) {
            if (!best || c.tokens.length > best.tokens.length) { best = c; bestLast = j; }
            if (c.kinds & CueKind.VerbAfter) {
              if (afterLast[i]! < 0 || j > afterLast[i]!) { afterLast[i] = j; afterKinds[i] = c.kinds; }
              break lists;
            }
          }
        }
      }
    }
    if (!best) continue;
    if (count === hitCap) {
      hitCap = Math.min(n, hitCap * 2);
      const k2 = new Int32Array(hitCap); k2.set(kinds); kinds = k2;
      const f2 = new Int32Array(hitCap); f2.set(firstA); firstA = f2;
      const l2 = new Int32Array(hitCap); l2.set(lastA); lastA = l2;
      const i2 = new Uint8Array(hitCap); i2.set(inv); inv = i2;
    }
    const idx = count++;
    kinds[idx] = best.kinds;
    firstA[idx] = i;
    lastA[idx] = bestLast;
    inv[idx] = best.inversionOnly ? 1 : 0;
    byFirst[i] = idx;
    if (byLast[bestLast]! < 0) byLast[bestLast] = idx;
  }
  // The closures capture the final arrays, not the loop's growable ones (a captured variable is slower to reach).
  const kindsF = kinds;
  const firstF = firstA;
  const lastF = lastA;
  const invF = inv;
  const hit = (h: number): CueHit => {
    const first = firstF[h]!;
    const last = lastF[h]!;
    return { first, last, kinds: kindsF[h]!, inversionOnly: invF[h] === 1, start: t.start[first]!, end: t.end[last]! };
  };
  const afterHit = (i: number): CueHit => {
    const last = afterLast[i]!;
    return { first: i, last, kinds: afterKinds[i]!, inversionOnly: false, start: t.start[i]!, end: t.end[last]! };
  };
  return { count, kinds: kindsF, first: firstF, last: lastF, byLast, byFirst, afterLast, afterKinds, hit, afterHit };
}
