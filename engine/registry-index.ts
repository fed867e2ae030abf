// The outlet registry as the engine reads it: aliases as token sequences, ids, domains.
//
// Approach: every alias (plus the canonical name and display names) is cut into word tokens in matching form
// (tokenize.ts). The compact index — what the registry build writes to assets/registry/alias-index.json — is
// a sorted JSON map "tokens joined by spaces" → [outlet ids, flags]; the runtime index groups the entries by
// first token, longest first, so the mention scan does one Map lookup per word and a few token comparisons.
// Flags: common (an everyday word: needs an outlet context), shared (several outlets: settled from context),
// acronym (a Latin all-capitals alias such as MAP, SPA, AS: only matches capitals in the text). Latin aliases
// that begin with an article ("The Guardian", "Le Monde") also get a derived key without it ("Guardian",
// "Monde"), flagged common, for "Britain's Guardian newspaper" and "un article du Monde" — only when the
// article is one of the outlet's own languages ("LA Times" and the English-language "Le News" keep theirs).
//
// Limits: domain lookup strips www. and subdomains label by label down to two labels, so a public suffix with
// two labels (co.uk) only works when the registry lists the full registrable domain (bbc.co.uk).

import type { OutletRecord } from './types';
import { wordForms } from './tokenize';
import { trieInsert, type Trie } from './trie';
import { skeletonIndex } from './transliteration';

export const FLAG_COMMON = 1;
export const FLAG_SHARED = 2;
export const FLAG_ACRONYM = 4;
export const FLAG_DERIVED = 8;

export type CompactAliasEntry = [ids: string[], flags: number];

/** JSON-serialisable alias index: normalised alias (word tokens joined by one space) → [outlet ids, flags]. */
export interface CompactAliasIndex {
  format: 1;
  version: string;
  aliases: Record<string, CompactAliasEntry>;
}

export interface AliasEntry {
  key: string;
  tokens: string[];
  ids: string[];
  common: boolean;
  shared: boolean;
  acronym: boolean;
  /** Derived by dropping a leading article from a registry alias. */
  derived: boolean;
}

export interface RegistryIndex {
  version: string;
  outlets: readonly OutletRecord[];
  byId(id: string): OutletRecord | undefined;
  /** Outlet of a host name ("www.fr.hespress.com" → hespress.com), or undefined. */
  byDomain(host: string): OutletRecord | undefined;
  /** Exact alias lookup of a free string (normalised here). */
  lookupAlias(name: string): AliasEntry | undefined;
  /** Entries whose first token is `first`, longest first. */
  startingWith(first: string): readonly AliasEntry[] | undefined;
  /** All aliases as a token trie, for longest-match scans. */
  trie: Trie<AliasEntry>;
}

const ARTICLES = new Set(['the', 'le', 'la', 'les', 'l', 'het', 'de', 'der', 'die', 'das', 'il', 'el', 'o']);
// French papers name foreign titles without their article too: "au Nieuwsblad", "dans le Spiegel", "selon le Messaggero".
const ARTICLE_LANGS: Record<string, readonly string[]> = { the: ['en'], le: ['fr'], les: ['fr'], l: ['fr', 'it', 'ca'], la: ['fr', 'it', 'es', 'ca'], het: ['nl'],
  de: ['nl'], der: ['de'], die: ['de'], das: ['de'], il: ['it'], el: ['es'], o: ['pt'] };

function articleFits(article: string, ids: readonly string[], idMap: ReadonlyMap<string, OutletRecord>): boolean {
  const langs = ARTICLE_LANGS[article] ?? [];
  return ids.some((id) => {
    const o = idMap.get(id);
    return !o || o.languages.length === 0 || o.languages.some((l) => langs.includes(l));
  });
}

function isAcronym(alias: string): boolean {
  const trimmed = alias.trim();
  if (/[^\p{Lu}\p{Nd} .&'-]/u.test(trimmed)) return false; // a lower-case letter, or another script
  const letters = trimmed.replace(/[^\p{L}]/gu, '');
  return letters.length >= 1 && letters.length <= 6;
}

export function aliasKey(alias: string): string {
  return wordForms(alias).join(' ');
}

/** FNV-1a over a string, as 8 hex digits. */
export function hash32(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Compile the alias map of a set of outlets (deterministic: keys and ids sorted). */
export function compileAliasIndex(outlets: readonly OutletRecord[]): CompactAliasIndex {
  const acc = new Map<string, { ids: Set<string>; common: boolean; shared: boolean; acronymAll: boolean }>();
  for (const o of outlets) {
    const commonKeys = new Set(o.commonWordAliases.map(aliasKey));
    const sharedKeys = new Set(o.sharedAliases.map(aliasKey));
    const all = [o.name, ...Object.values(o.names), ...o.aliases];
    for (const alias of all) {
      if (typeof alias !== 'string') continue;
      const key = aliasKey(alias);
      if (key === '') continue;
      let e = acc.get(key);
      if (!e) { e = { ids: new Set(), common: false, shared: false, acronymAll: true }; acc.set(key, e); }
      e.ids.add(o.id);
      if (commonKeys.has(key)) e.common = true;
      if (sharedKeys.has(key)) e.shared = true;
      if (!isAcronym(alias)) e.acronymAll = false;
    }
  }
  const keys = [...acc.keys()].sort();
  const aliases: Record<string, CompactAliasEntry> = {};
  let sig = '';
  for (const k of keys) {
    const e = acc.get(k)!;
    const ids = [...e.ids].sort();
    const flags = (e.common ? FLAG_COMMON : 0) | (e.shared || ids.length > 1 ? FLAG_SHARED : 0) | (e.acronymAll ? FLAG_ACRONYM : 0);
    aliases[k] = [ids, flags];
    sig += k + '\u0001' + ids.join(',') + '\u0001' + flags + '\u0002';
  }
  return { format: 1, version: hash32(sig) + '-' + keys.length, aliases };
}

export function normalizeHost(host: string): string {
  let h = host.trim().toLowerCase();
  const scheme = h.indexOf('://');
  if (scheme >= 0) h = h.slice(scheme + 3);
  const slash = h.search(/[/?#]/);
  if (slash >= 0) h = h.slice(0, slash);
  const at = h.lastIndexOf('@');
  if (at >= 0) h = h.slice(at + 1);
  const colon = h.indexOf(':');
  if (colon >= 0) h = h.slice(0, colon);
  if (h.endsWith('.')) h = h.slice(0, -1);
  if (h.startsWith('www.')) h = h.slice(4);
  return h;
}

/** Build the runtime index; pass the compact index when the build shipped one (skips re-normalising). */
export function buildRegistryIndex(outlets: readonly OutletRecord[], compact?: CompactAliasIndex): RegistryIndex {
  const idMap = new Map<string, OutletRecord>();
  for (const o of outlets) idMap.set(o.id, o);
  const domainMap = new Map<string, OutletRecord>();
  for (const o of outlets) for (const d of o.domains) {
    const k = normalizeHost(d);
    if (k !== '' && !domainMap.has(k)) domainMap.set(k, o);
  }
  const ci = compact ?? compileAliasIndex(outlets);
  const byKey = new Map<string, AliasEntry>();
  const byFirst = new Map<string, AliasEntry[]>();
  const trie: Trie<AliasEntry> = new Map();
  const add = (e: AliasEntry): void => {
    byKey.set(e.key, e);
    trieInsert(trie, e.tokens, e);
    const first = e.tokens[0]!;
    let list = byFirst.get(first);
    if (!list) { list = []; byFirst.set(first, list); }
    list.push(e);
  };
  const derived: AliasEntry[] = [];
  for (const key in ci.aliases) {
    const entry = ci.aliases[key];
    if (!entry) continue;
    const [rawIds, flags] = entry;
    const ids = rawIds.filter((id) => idMap.has(id));
    if (ids.length === 0) continue;
    const tokens = key.split(' ');
    const e: AliasEntry = {
      key, tokens, ids,
      common: (flags & FLAG_COMMON) !== 0,
      shared: (flags & FLAG_SHARED) !== 0 || ids.length > 1,
      acronym: (flags & FLAG_ACRONYM) !== 0,
      derived: false,
    };
    add(e);
    // Only an article of the outlet's own language is dropped: "LA Times" and the English "Le News" keep theirs.
    if (tokens.length >= 2 && ARTICLES.has(tokens[0]!) && /^[a-z]/.test(tokens[1]!) && articleFits(tokens[0]!, ids, idMap)) {
      const rest = tokens.slice(1);
      derived.push({ key: rest.join(' '), tokens: rest, ids, common: true, shared: e.shared, acronym: false, derived: true });
    }
  }
  // Egyptian ج and Levantine/Maghrebi غ both write a foreign g (التلغراف / التلجراف), and "press" is برس or
  // بريس (أوروبا برس / أوروبا بريس): index the other spelling too.
  for (const e of Array.from(byKey.values())) {
    if (!/[جغ]|برس|بريس/.test(e.key)) continue;
    for (const [from, to] of [['غ', 'ج'], ['ج', 'غ']] as const) {
      if (!e.key.includes(from)) continue;
      const key = e.key.split(from).join(to);
      derived.push({ ...e, key, tokens: key.split(' '), derived: true });
    }
    const tokens = e.tokens.map((tok) => (tok === 'برس' ? 'بريس' : tok === 'بريس' ? 'برس' : tok));
    if (tokens.some((tok, i) => tok !== e.tokens[i])) derived.push({ ...e, key: tokens.join(' '), tokens, derived: true });
  }
  // A Spanish or Italian "El"/"Il" is written apart or glued in Arabic: "إل كونفيدينسيال" / "الكونفيدينسيال".
  for (const e of Array.from(byKey.values())) {
    const first = e.tokens[0]!;
    if (e.tokens.length >= 2 && (first === 'ال' || first === 'ايل') && /^[\u0621-\u064a]{3,}$/.test(e.tokens[1]!) && !e.tokens[1]!.startsWith('ال')) {
      const tokens = ['ال' + e.tokens[1]!, ...e.tokens.slice(2)];
      derived.push({ ...e, key: tokens.join(' '), tokens, derived: true });
    } else if (first.startsWith('ال') && first.length >= 6 && allNamedWithRomanceArticle(e.ids, idMap)) {
      const tokens = ['ال', first.slice(2), ...e.tokens.slice(1)];
      derived.push({ ...e, key: tokens.join(' '), tokens, derived: true });
    }
  }
  for (const d of derived) {
    const existing = byKey.get(d.key);
    if (existing) continue;
    add(d);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const version = ci.version;
  const index: RegistryIndex = {
    version,
    outlets,
    byId: (id) => idMap.get(id),
    byDomain: (host) => {
      let h = normalizeHost(host);
      while (h.includes('.')) {
        const o = domainMap.get(h);
        if (o) return o;
        const dot = h.indexOf('.');
        const rest = h.slice(dot + 1);
        if (!rest.includes('.')) break;
        h = rest;
      }
      return undefined;
    },
    lookupAlias: (name) => byKey.get(aliasKey(name)),
    startingWith: (first) => byFirst.get(first),
    trie,
  };
  // The Arabic-spelling lookup is built with the rest, so the first article read does not pay for it.
  skeletonIndex(index);
  return index;
}

/** True when every outlet has a Latin name opening with a Spanish or Italian article ("El Confidencial", "Il Foglio"). */
function allNamedWithRomanceArticle(ids: readonly string[], idMap: ReadonlyMap<string, OutletRecord>): boolean {
  return ids.length > 0 && ids.every((id) => /^(?:El|Il) /.test(idMap.get(id)?.name ?? ''));
}
