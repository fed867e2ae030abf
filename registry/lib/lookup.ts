// Looking an outlet up in the shipped registry by id, name, alias or domain: the `outlet` CLI and the
// registry tests use it to check what a reader's spelling resolves to.
//
// Aliases are keyed with the engine's alias-index key (normalizeForMatch, cut into words, punctuation
// dropped), so "Al-Masry Al-Youm", "al masry al youm" and "Europe1"/"Europe 1" meet as they do in the engine.
// When the exact form is not found, leading clitics are tried off: Arabic و/ف, ب/ل/ك and the article ال
// ("والجزيرة", "للشروق", "الجارديان" → "جارديان"), French l'/le/la/les and English "the". Domains accept a URL,
// www. and any subdomain ("https://www.fr.hespress.com/x" → hespress.com).

import { aliasKey } from '../../engine';
import type { OutletRecord } from '../../engine/types';
import { hostChain, normalizeDomain } from './domains';

export interface LookupResult {
  by: 'id' | 'domain' | 'alias';
  /** The key or host that matched. */
  key: string;
  outlets: OutletRecord[];
}

export interface OutletLookup {
  byId(id: string): OutletRecord | undefined;
  byDomain(urlOrHost: string): OutletRecord[];
  byAlias(name: string): { key: string; outlets: OutletRecord[] } | null;
  find(query: string): LookupResult | null;
  /** Normalised alias → outlet ids, as the lookup sees them. */
  readonly aliases: ReadonlyMap<string, readonly string[]>;
}

const LATIN_ARTICLES = new Set(['the', 'le', 'la', 'les', 'l']);

/** The first word with its Arabic proclitics taken off, most specific first; the article last. */
function arabicVariants(word: string): string[] {
  const out: string[] = [];
  const push = (w: string): void => {
    if (w.length >= 2 && w !== word && !out.includes(w)) out.push(w);
  };
  const conj = ['', 'و', 'ف'];
  const prep = ['', 'ب', 'ل', 'ك'];
  for (const c of conj) {
    for (const p of prep) {
      const pre = c + p;
      if (!word.startsWith(pre)) continue;
      const rest = word.slice(pre.length);
      if (pre) push(rest);
      if (p === 'ل' && rest.startsWith('ل')) push(`ا${rest}`); // للشروق = ل + الشروق
      if (rest.startsWith('ال')) push(rest.slice(2));
    }
  }
  return out;
}

/** Other keys to try for a key not found as it is. */
export function strippedKeys(k: string): string[] {
  const tokens = k.split(' ');
  const first = tokens[0] ?? '';
  const rest = tokens.slice(1);
  const out: string[] = [];
  if (rest.length > 0 && LATIN_ARTICLES.has(first)) out.push(rest.join(' '));
  if (/^[\u0600-\u06ff]/.test(first)) for (const v of arabicVariants(first)) out.push([v, ...rest].join(' '));
  return out;
}

function looksLikeUrl(q: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(q) || /^[^\s/]+\.[a-z]{2,}(?:[/:?#].*)?$/i.test(q);
}

export function createLookup(outlets: readonly OutletRecord[]): OutletLookup {
  const ids = new Map<string, OutletRecord>();
  const domains = new Map<string, OutletRecord[]>();
  const aliases = new Map<string, string[]>();
  for (const o of outlets) {
    ids.set(o.id, o);
    for (const d of o.domains) {
      const list = domains.get(d) ?? [];
      list.push(o);
      domains.set(d, list);
    }
    for (const a of [o.name, ...Object.values(o.names), ...o.aliases]) {
      if (typeof a !== 'string') continue;
      const k = aliasKey(a);
      if (!k) continue;
      const list = aliases.get(k) ?? [];
      if (!list.includes(o.id)) list.push(o.id);
      aliases.set(k, list);
    }
  }
  const resolve = (k: string): OutletRecord[] => (aliases.get(k) ?? []).map((id) => ids.get(id)).filter((o): o is OutletRecord => !!o);

  const byDomain = (urlOrHost: string): OutletRecord[] => {
    const host = normalizeDomain(urlOrHost);
    if (!host) return [];
    for (const h of hostChain(host)) {
      const hit = domains.get(h);
      if (hit) return hit;
    }
    return [];
  };

  const byAlias = (name: string): { key: string; outlets: OutletRecord[] } | null => {
    const k = aliasKey(name);
    if (!k) return null;
    const exact = resolve(k);
    if (exact.length > 0) return { key: k, outlets: exact };
    for (const s of strippedKeys(k)) {
      const hit = resolve(s);
      if (hit.length > 0) return { key: s, outlets: hit };
    }
    return null;
  };

  const find = (query: string): LookupResult | null => {
    const q = query.trim();
    if (!q) return null;
    const o = ids.get(q);
    if (o) return { by: 'id', key: q, outlets: [o] };
    const url = looksLikeUrl(q);
    if (url && /[/:]/.test(q)) {
      const hit = byDomain(q);
      if (hit.length > 0) return { by: 'domain', key: normalizeDomain(q) ?? q, outlets: hit };
    }
    const a = byAlias(q);
    if (a) return { by: 'alias', key: a.key, outlets: a.outlets };
    if (url) {
      const hit = byDomain(q);
      if (hit.length > 0) return { by: 'domain', key: normalizeDomain(q) ?? q, outlets: hit };
    }
    return null;
  };

  return { byId: (id) => ids.get(id), byDomain, byAlias, find, aliases };
}
