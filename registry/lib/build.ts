// The registry build: curated files (authoritative) + dataset extracts → assets/registry/*.json.
//
// Approach, in order:
//  1. Curated outlets are read and checked; each of their facts is credited to "curated".
//  2. Dataset records become candidates (candidates.ts). A candidate whose site is a curated outlet's site,
//     or whose name and country are a curated outlet's, is that outlet: it only fills facts the curated
//     record lacks (state affiliation from the State Media Monitor by site or asset name; founding year,
//     languages, Wikidata id, names and owners on record from wikidata-newspapers by site; a dated owner from
//     iptv-org or, as of 2021, from qui-possede-les-medias), each credited to its dataset.
//  3. The remaining candidates are grouped (same site, or same name and country) into dataset-only outlets,
//     ranked by their interest for Arabic and French readers, and cut to the size budget.
//  4. Aliases are normalised with the engine's `normalizeForMatch`; duplicates within an outlet, one-letter
//     aliases, and dataset aliases that a curated outlet already uses are dropped. An alias two outlets carry
//     must be declared shared (a group); an undeclared one is a hard error.
//  5. Hard checks (ids, ISO codes, domains, media, sourced owners, alias collisions), then the outputs:
//     compact JSON sorted by id, so two builds of the same inputs are byte-identical.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { aliasKey, compactSources, compileAliasIndex, normalizeForMatch } from '../../engine';
import type { Lang, Medium, OutletOwner, OutletRecord, PersonRecord, SourceName, StateAffiliation } from '../../engine/types';
import { ARAB_COUNTRIES, FRANCOPHONE_COUNTRIES, type Candidate, datasetCandidates, isArabicScript } from './candidates';
import { isCommonWordAlias } from './common-words';
import { isIsoCountry } from './countries';
import { isWellFormedDomain, normalizeDomain } from './domains';
import { readExtracts } from './extracts';

export const MEDIA: readonly Medium[] = ['agency', 'newspaper', 'magazine', 'radio', 'tv', 'online', 'group'];
const LANGS: readonly Lang[] = ['ar', 'fr', 'en'];
const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Size budget. outlets.json may not pass MAX_RAW_BYTES (a hard error); dataset-only outlets are added by rank
 * while the file stays under TARGET_RAW_BYTES (well inside the budget) and the registry under MAX_OUTLETS.
 */
export const MAX_RAW_BYTES = 1_500_000;
export const TARGET_RAW_BYTES = 1_499_900;
export const MAX_OUTLETS = 3100;
export const MIN_OUTLETS = 1600;

export interface CuratedOutlet {
  id: string;
  name: string;
  names?: Partial<Record<Lang, string>>;
  aliases?: string[];
  commonWordAliases?: string[];
  sharedAliases?: string[];
  domains?: string[];
  country: string;
  languages?: string[];
  medium: Medium;
  owner?: { name: string; asOf?: string | number | null } | null;
  stateAffiliation?: { typology: string } | null;
  founded?: number | null;
  wikidata?: string | null;
  parent?: string;
}

export interface BuildOptions {
  /** Repo root: reads registry/curated, registry/people, registry/extracts. */
  root: string;
  /** Where to write the outputs; defaults to <root>/assets/registry. Nothing is written when `write` is false. */
  outDir?: string;
  write?: boolean;
}

export interface BuildReport {
  outlets: OutletRecord[];
  people: PersonRecord[];
  /** File name → exact content written (or that would be written). */
  files: Record<string, string>;
  errors: string[];
  warnings: string[];
  /** Counts for the build log. */
  counts: Record<string, number>;
}

type Sources = Record<string, SourceName[]>;

interface Draft {
  id: string;
  curated: boolean;
  /** For dataset-only outlets: rank score and the candidates merged in. */
  score: number;
  refs: string[];
  name: string;
  names: Partial<Record<Lang, string>>;
  aliases: string[];
  commonWordAliases: string[];
  sharedAliases: string[];
  domains: string[];
  country: string;
  languages: string[];
  medium: Medium;
  owner: OutletOwner | null;
  ownersOnRecord: string[];
  stateAffiliation: StateAffiliation | null;
  founded: number | null;
  wikidata: string | null;
  parent?: string;
  sources: Sources;
}

/** Matching form of an alias: duplicates within one outlet are dropped by this key. */
const key = (s: string): string => normalizeForMatch(s);
/**
 * The alias index key (the engine's: matching form cut into word tokens, punctuation dropped). Coarser than
 * `key` ("Al-Watan" and "Al Watan" meet), so collisions are checked with it: two outlets meeting here meet in
 * the engine.
 */
const ikey = (s: string): string => aliasKey(s);

function uniq<T>(xs: Iterable<T>): T[] {
  return [...new Set(xs)];
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function credit(sources: Sources, field: string, src: SourceName): void {
  const list = sources[field] ?? [];
  if (!list.includes(src)) list.push(src);
  sources[field] = list;
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .toSorted(byString);
}

// ---------------------------------------------------------------------------------------------------------
// Curated

function readCurated(root: string, errors: string[], warnings: string[]): Draft[] {
  const dir = join(root, 'registry/curated');
  const drafts: Draft[] = [];
  for (const f of jsonFiles(dir)) {
    let data: unknown;
    try {
      data = readJson(join(dir, f));
    } catch (e) {
      errors.push(`registry/curated/${f}: not valid JSON (${(e as Error).message})`);
      continue;
    }
    const outlets = (data as { outlets?: unknown }).outlets;
    if (!Array.isArray(outlets)) {
      errors.push(`registry/curated/${f}: no "outlets" array`);
      continue;
    }
    for (const raw of outlets as CuratedOutlet[]) drafts.push(curatedDraft(raw, `registry/curated/${f}`, errors, warnings));
  }
  return drafts;
}

function curatedDraft(o: CuratedOutlet, file: string, errors: string[], warnings: string[]): Draft {
  const where = `${file} ${o.id ?? '(no id)'}`;
  const sources: Sources = {};
  const has = (field: string, v: unknown): void => {
    const present = Array.isArray(v) ? v.length > 0 : v && typeof v === 'object' ? Object.keys(v).length > 0 : v !== null && v !== undefined && v !== '';
    if (present) credit(sources, field, 'curated');
  };
  const domains: string[] = [];
  for (const d of o.domains ?? []) {
    const n = normalizeDomain(d);
    if (!n) errors.push(`${where}: domain "${d}" is not a host name`);
    else {
      if (n !== d) warnings.push(`${where}: domain "${d}" written as "${n}"`);
      if (!domains.includes(n)) domains.push(n);
    }
  }
  const names: Partial<Record<Lang, string>> = {};
  for (const l of LANGS) {
    const v = o.names?.[l];
    if (typeof v === 'string' && v.trim()) names[l] = v.trim();
  }
  const owner: OutletOwner | null =
    o.owner && typeof o.owner.name === 'string' && o.owner.name.trim()
      ? { name: o.owner.name.trim(), asOf: o.owner.asOf === undefined || o.owner.asOf === null ? null : String(o.owner.asOf), source: 'curated' }
      : null;
  const stateAffiliation: StateAffiliation | null =
    o.stateAffiliation && typeof o.stateAffiliation.typology === 'string' && o.stateAffiliation.typology.trim()
      ? { typology: o.stateAffiliation.typology.trim(), source: 'curated' }
      : null;
  const d: Draft = {
    id: o.id,
    curated: true,
    score: Infinity,
    refs: [where],
    name: (o.name ?? '').trim(),
    names,
    aliases: (o.aliases ?? []).map((a) => a.trim()).filter(Boolean),
    commonWordAliases: (o.commonWordAliases ?? []).map((a) => a.trim()).filter(Boolean),
    sharedAliases: (o.sharedAliases ?? []).map((a) => a.trim()).filter(Boolean),
    domains,
    country: o.country,
    languages: uniq(o.languages ?? []),
    medium: o.medium,
    owner,
    ownersOnRecord: [],
    stateAffiliation,
    founded: typeof o.founded === 'number' ? o.founded : null,
    wikidata: typeof o.wikidata === 'string' && o.wikidata ? o.wikidata : null,
    sources,
  };
  if (o.parent) d.parent = o.parent;
  has('name', d.name);
  has('names', d.names);
  has('aliases', d.aliases);
  has('domains', d.domains);
  has('country', d.country);
  has('languages', d.languages);
  has('medium', d.medium);
  has('owner', d.owner);
  has('stateAffiliation', d.stateAffiliation);
  has('founded', d.founded);
  has('wikidata', d.wikidata);
  has('parent', d.parent);
  if (!d.name) errors.push(`${where}: no name`);
  if (d.wikidata !== null && !/^Q\d+$/.test(d.wikidata)) errors.push(`${where}: wikidata "${d.wikidata}" is not a Q-id`);
  for (const l of d.languages) if (!/^[a-z]{2}$/.test(l)) errors.push(`${where}: language "${l}" is not an ISO 639-1 code`);
  return d;
}

// ---------------------------------------------------------------------------------------------------------
// Matching datasets to curated outlets

interface CuratedIndex {
  byDomain: Map<string, number>;
  byNameCountry: Map<string, number[]>;
}

function indexCurated(curated: readonly Draft[]): CuratedIndex {
  const byDomain = new Map<string, number>();
  const byNameCountry = new Map<string, number[]>();
  curated.forEach((d, i) => {
    for (const dom of d.domains) if (!byDomain.has(dom)) byDomain.set(dom, i);
    const keys = uniq([d.name, ...Object.values(d.names), ...d.aliases].map(key));
    for (const k of keys) {
      const nk = `${k}|${d.country}`;
      const list = byNameCountry.get(nk) ?? [];
      list.push(i);
      byNameCountry.set(nk, list);
    }
  });
  return { byDomain, byNameCountry };
}

function candidateNameKeys(c: Candidate): string[] {
  return uniq([c.name, ...Object.values(c.names), ...(c.source === 'state-media-profiles' ? c.aliases : [])].map(key)).filter((k) => k.length >= 2);
}

/** The curated outlet a candidate is, by exact site or by name and country; null when none. */
function matchCurated(c: Candidate, idx: CuratedIndex): { at: number; by: 'domain' | 'name' } | null {
  for (const d of c.domains) {
    const at = idx.byDomain.get(d);
    if (at !== undefined) return { at, by: 'domain' };
  }
  if (!c.country) return null;
  for (const k of candidateNameKeys(c)) {
    const list = idx.byNameCountry.get(`${k}|${c.country}`);
    if (list && list.length === 1 && list[0] !== undefined) return { at: list[0], by: 'name' };
  }
  return null;
}

/** Fills what a curated outlet lacks from a dataset record that is the same outlet. */
function fillCurated(d: Draft, c: Candidate, by: 'domain' | 'name', domainsInUse: Set<string>): void {
  const src = c.source;
  if (!d.stateAffiliation && c.stateAffiliation) {
    d.stateAffiliation = c.stateAffiliation;
    credit(d.sources, 'stateAffiliation', src);
  }
  // No owner from iptv-org for a curated outlet: a channel's owner there is often a branch or the
  // broadcaster itself (BBC → "BBC Studios"), and the curators leave an owner null on purpose when unsure.
  // Only qui-possede-les-medias fills it, dated 2021 (below, in buildRegistry).
  // A site only from a record whose URL is the outlet's own: State Media Matrix rows often give the
  // company's site for each of its assets, and an iptv-org page on a site is a sub-brand's.
  if (d.domains.length === 0 && c.domains.length > 0 && src !== 'state-media-profiles' && !c.pageOnSite) {
    const free = c.domains.filter((x) => !domainsInUse.has(x));
    if (free.length > 0) {
      d.domains = free;
      for (const x of free) domainsInUse.add(x);
      credit(d.sources, 'domains', src);
    }
  }
  if (d.languages.length === 0 && c.languages.length > 0) {
    d.languages = c.languages;
    credit(d.sources, 'languages', src);
  }
  if (src !== 'wikidata-newspapers' || by !== 'domain') return;
  if (d.founded === null && c.founded !== null) {
    d.founded = c.founded;
    credit(d.sources, 'founded', src);
  }
  if (d.wikidata === null && c.wikidata) {
    d.wikidata = c.wikidata;
    credit(d.sources, 'wikidata', src);
  }
  for (const l of ['ar', 'fr'] as const) {
    const v = c.names[l];
    if (!d.names[l] && v) {
      d.names[l] = v;
      credit(d.sources, 'names', src);
    }
  }
  if (c.ownersOnRecord.length > 0) {
    const before = d.ownersOnRecord.length;
    d.ownersOnRecord = uniq([...d.ownersOnRecord, ...c.ownersOnRecord]);
    if (d.ownersOnRecord.length > before) credit(d.sources, 'ownersOnRecord', src);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Dataset-only outlets

const SOURCE_RANK: Record<string, number> = { 'wikidata-newspapers': 0, 'iptv-org': 1, 'state-media-profiles': 2, 'qui-possede-les-medias': 3 };

/** How much a candidate tells: used to pick the primary record of a group and the record that keeps an alias. */
function completeness(c: Candidate): number {
  return (
    (/\p{L}.*\p{L}/u.test(c.name) ? 0 : -10) +
    (c.pageOnSite ? -3 : 0) +
    (c.names.ar ? 3 : 0) +
    (c.names.fr ? 2 : 0) +
    (c.names.en ? 1 : 0) +
    (c.owner ? 1 : 0) +
    (c.ownersOnRecord.length > 0 ? 1 : 0) +
    (c.founded !== null ? 1 : 0) +
    (c.wikidata ? 1 : 0) +
    (c.stateAffiliation ? 1 : 0) +
    (c.languages.length > 0 ? 1 : 0) +
    (c.country && !c.countryFromTld ? 1 : 0)
  );
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] ?? r;
    let x = i;
    while (this.parent[x] !== r) {
      const next = this.parent[x] ?? r;
      this.parent[x] = r;
      x = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Countries whose many local papers and channels matter little to Arabic and French readers unless they have a name in one of those languages. */
const LOW_INTEREST_LOCAL = new Set(['US', 'CA', 'AU', 'NZ', 'IN', 'BR', 'MX', 'AR', 'CL', 'PE', 'CO', 'PH', 'NG', 'PK', 'BD', 'NP', 'JP', 'KR', 'CN', 'TW', 'FI', 'NO', 'SE', 'DK']);

/** Rank of a dataset-only outlet: its interest for the extension's Arabic and French readers. */
function interest(d: Draft, kinds: readonly string[]): number {
  let s = 0;
  // Where local papers abound (US, India, Brazil…), a French Wikipedia article alone is weak evidence of
  // interest to our readers: the outlet needs an Arabic name to rank.
  const local = LOW_INTEREST_LOCAL.has(d.country);
  if (d.names.ar) s += 6;
  if (d.names.fr) s += local ? 1 : 4;
  if (ARAB_COUNTRIES.has(d.country)) s += 5;
  else if (FRANCOPHONE_COUNTRIES.has(d.country)) s += 3;
  if (d.languages.includes('ar')) s += 3;
  if (d.languages.includes('fr')) s += 2;
  if (d.aliases.some(isArabicScript)) s += 1;
  if (d.names.en) s += 1;
  if (d.stateAffiliation) s += 2;
  if (d.wikidata) s += 1;
  if (d.owner) s += 1;
  if (d.founded !== null) s += 0.5;
  if (local && !d.names.ar) s -= 4;
  if (kinds.some((k) => k === 'student newspaper' || k === 'web page' || k === 'illustration' || k === 'scientific journal')) s -= 10;
  return s;
}

/** An "owner" that is only the outlet's own name ("Rai" owns Rai) tells nothing. */
function sameName(owner: string, names: readonly string[]): boolean {
  const k = ikey(owner);
  return names.some((n) => ikey(n) === k);
}

function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '');
}

function datasetOnlyDrafts(groups: Candidate[][], usedIds: Set<string>, warnings: string[]): Draft[] {
  const out: Draft[] = [];
  for (const group of groups) {
    const sorted = [...group].toSorted(
      (a, b) => completeness(b) - completeness(a) || (SOURCE_RANK[a.source] ?? 9) - (SOURCE_RANK[b.source] ?? 9) || byString(a.ref, b.ref),
    );
    const primary = sorted[0];
    if (!primary) continue;
    const medium = primary.medium ?? sorted.find((c) => c.medium)?.medium ?? null;
    const country = sorted.find((c) => c.country && !c.countryFromTld)?.country ?? sorted.find((c) => c.country)?.country ?? null;
    if (!medium || !country) continue;
    const sources: Sources = {};
    const names: Partial<Record<Lang, string>> = {};
    for (const c of sorted) {
      for (const l of LANGS) {
        const v = c.names[l];
        if (!names[l] && v) {
          names[l] = v;
          credit(sources, 'names', c.source);
        }
      }
    }
    const d: Draft = {
      id: '',
      curated: false,
      score: 0,
      refs: sorted.map((c) => `${c.source}:${c.ref}`),
      name: primary.name,
      names,
      aliases: [],
      commonWordAliases: [],
      sharedAliases: [],
      domains: [],
      country,
      languages: [],
      medium,
      owner: null,
      ownersOnRecord: [],
      stateAffiliation: null,
      founded: null,
      wikidata: null,
      sources,
    };
    credit(sources, 'name', primary.source);
    credit(sources, 'medium', sorted.find((c) => c.medium === medium)?.source ?? primary.source);
    credit(sources, 'country', sorted.find((c) => c.country === country)?.source ?? primary.source);
    for (const c of sorted) {
      const aliases = [c.name, ...c.aliases];
      if (aliases.length > 0) {
        d.aliases.push(...aliases);
        credit(sources, 'aliases', c.source);
      }
      for (const x of c.domains) {
        if (!d.domains.includes(x)) {
          d.domains.push(x);
          credit(sources, 'domains', c.source);
        }
      }
      if (c.languages.length > 0) {
        const before = d.languages.length;
        d.languages = uniq([...d.languages, ...c.languages]);
        if (d.languages.length > before) credit(sources, 'languages', c.source);
      }
      if (!d.owner && c.owner && !sameName(c.owner.name, [c.name, ...c.aliases])) {
        d.owner = c.owner;
        credit(sources, 'owner', c.source);
      }
      if (c.ownersOnRecord.length > 0) {
        d.ownersOnRecord = uniq([...d.ownersOnRecord, ...c.ownersOnRecord]);
        credit(sources, 'ownersOnRecord', c.source);
      }
      if (!d.stateAffiliation && c.stateAffiliation) {
        d.stateAffiliation = c.stateAffiliation;
        credit(sources, 'stateAffiliation', c.source);
      }
      if (d.founded === null && c.founded !== null) {
        d.founded = c.founded;
        credit(sources, 'founded', c.source);
      }
      if (d.wikidata === null && c.wikidata) {
        d.wikidata = c.wikidata;
        credit(sources, 'wikidata', c.source);
      }
    }
    d.score = interest(d, sorted.flatMap((c) => c.kinds ?? []));
    // Stable id: the name's slug with the country, then the dataset key if that is taken.
    const base = slug(d.name) || slug(names.en ?? '') || slug(names.fr ?? '');
    const cc = country.toLowerCase();
    const tries = [base && `${base}-${cc}`, base && `${base}-${cc}-${slug(primary.ref)}`, `${slug(primary.source)}-${slug(primary.ref)}`];
    const id = tries.find((t) => t && ID_RE.test(t) && !usedIds.has(t));
    if (!id) {
      warnings.push(`dataset record ${primary.source}:${primary.ref} got no free id; left out`);
      continue;
    }
    d.id = id;
    usedIds.add(id);
    out.push(d);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Aliases

/** Keeps the first spelling of each normalised key, drops keys shorter than two characters. */
function dedupeByKey(list: readonly string[]): { forms: string[]; keys: string[] } {
  const forms: string[] = [];
  const keys: string[] = [];
  for (const a of list) {
    const k = key(a);
    if (k.length < 2 || keys.includes(k)) continue;
    forms.push(a);
    keys.push(k);
  }
  return { forms, keys };
}

function compileCuratedAliases(d: Draft, warnings: string[]): void {
  const listed = new Set(d.aliases.map(key));
  for (const [field, list] of [['commonWordAliases', d.commonWordAliases], ['sharedAliases', d.sharedAliases]] as const) {
    for (const a of list) if (!listed.has(key(a))) warnings.push(`${d.id}: ${field} entry "${a}" is not in aliases; added`);
  }
  const all = dedupeByKey([d.name, ...LANGS.map((l) => d.names[l]).filter((x): x is string => !!x), ...d.aliases, ...d.commonWordAliases, ...d.sharedAliases]);
  const formOf = new Map(all.keys.map((k, i) => [k, all.forms[i] ?? k]));
  d.aliases = all.forms;
  d.commonWordAliases = uniq(d.commonWordAliases.map(key).filter((k) => formOf.has(k))).map((k) => formOf.get(k) ?? k);
  d.sharedAliases = uniq(d.sharedAliases.map(key).filter((k) => formOf.has(k))).map((k) => formOf.get(k) ?? k);
}

/**
 * A dataset-only outlet's aliases: its name, display names and dataset aliases, one per key, without
 * numbers alone and without what a curated outlet already carries (curated wins: a display name that collides
 * is dropped too, as the index reads display names). Returns false when the outlet's own name is a curated
 * outlet's alias: a namesake in another country ("El País" of Uruguay), which the index could not tell apart.
 */
function compileDatasetAliases(d: Draft, curatedKeys: ReadonlySet<string>): 'ok' | 'namesake' | 'no-name' {
  if (!/\p{L}/u.test(key(d.name))) return 'no-name'; // ":24", "10": nothing to match a mention with
  if (curatedKeys.has(ikey(d.name))) return 'namesake';
  for (const l of LANGS) {
    const v = d.names[l];
    if (v && curatedKeys.has(ikey(v))) delete d.names[l];
  }
  const all = dedupeByKey([d.name, ...LANGS.map((l) => d.names[l]).filter((x): x is string => !!x), ...d.aliases]);
  const forms: string[] = [];
  for (let i = 0; i < all.forms.length; i++) {
    const k = all.keys[i] ?? '';
    const f = all.forms[i] ?? '';
    if (curatedKeys.has(ikey(f))) continue; // curated wins
    if (!/\p{L}/u.test(k)) continue; // "10", "24": numbers name nothing on their own
    forms.push(f);
  }
  d.aliases = forms;
  d.commonWordAliases = forms.filter((f) => isCommonWordAlias(key(f)));
  d.sharedAliases = [];
  return 'ok';
}

/** Every string the alias index reads for an outlet: name, display names, aliases. */
function indexedForms(o: { name: string; names: Partial<Record<Lang, string>>; aliases: readonly string[] }): string[] {
  return [o.name, ...LANGS.map((l) => o.names[l]).filter((x): x is string => !!x), ...o.aliases];
}

/**
 * Dataset-only outlets sharing an alias. Distinct outlets of the very same name (each its own site) share it
 * as a declared group; otherwise the outlet whose name it is keeps it (or, when it is nobody's name, the
 * best-ranked one) and the others lose it, display name included.
 */
function settleDatasetCollisions(drafts: readonly Draft[], warnings: string[]): number {
  const byKey = new Map<string, Draft[]>();
  for (const d of drafts) {
    for (const a of indexedForms(d)) {
      const k = ikey(a);
      const list = byKey.get(k) ?? [];
      if (!list.includes(d)) list.push(d);
      byKey.set(k, list);
    }
  }
  let dropped = 0;
  for (const [k, list] of [...byKey].toSorted((a, b) => byString(a[0], b[0]))) {
    if (list.length < 2) continue;
    const named = list.filter((d) => ikey(d.name) === k);
    let keepers: Draft[];
    if (named.length >= 2) {
      keepers = named;
      for (const d of named) {
        const form = d.aliases.find((a) => ikey(a) === k) ?? d.name;
        if (!d.aliases.some((a) => ikey(a) === k)) d.aliases.unshift(form);
        if (!d.sharedAliases.some((s) => ikey(s) === k)) d.sharedAliases.push(form);
      }
    } else if (named.length === 1) keepers = named;
    else keepers = [...list].toSorted((a, b) => b.score - a.score || byString(a.id, b.id)).slice(0, 1);
    for (const d of list) {
      if (keepers.includes(d)) continue;
      d.aliases = d.aliases.filter((a) => ikey(a) !== k);
      d.commonWordAliases = d.commonWordAliases.filter((a) => ikey(a) !== k);
      for (const l of LANGS) {
        const v = d.names[l];
        if (v && ikey(v) === k) delete d.names[l];
      }
      dropped++;
    }
  }
  if (dropped > 0) warnings.push(`info: ${dropped} colliding dataset aliases kept only on the outlet they name (or the best-ranked one)`);
  return dropped;
}

/** Curated collisions: declared by one outlet → a group (the others warned and marked); declared by none → error. */
function settleCuratedCollisions(drafts: readonly Draft[], warnings: string[]): void {
  const byKey = new Map<string, Draft[]>();
  for (const d of drafts) {
    for (const a of d.aliases) {
      const k = ikey(a);
      const list = byKey.get(k) ?? [];
      if (!list.includes(d)) list.push(d);
      byKey.set(k, list);
    }
  }
  for (const [k, list] of [...byKey].toSorted((a, b) => byString(a[0], b[0]))) {
    if (list.length < 2) continue;
    const declared = list.filter((d) => d.sharedAliases.some((s) => ikey(s) === k));
    if (declared.length === 0) continue; // reported by the final check, with the other undeclared collisions
    const undeclared = list.filter((d) => !declared.includes(d));
    if (undeclared.length > 0) {
      warnings.push(
        `shared alias "${k}": declared by ${declared.map((d) => d.id).join(', ')}; not declared by ${undeclared.map((d) => d.id).join(', ')} (marked shared in the output)`,
      );
      for (const d of undeclared) {
        const form = d.aliases.find((a) => ikey(a) === k);
        if (form) d.sharedAliases.push(form);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Output

function toRecord(d: Draft): OutletRecord {
  const names: Partial<Record<Lang, string>> = {};
  for (const l of LANGS) {
    const v = d.names[l];
    if (v) names[l] = v;
  }
  const sources: Sources = {};
  for (const f of ['name', 'names', 'aliases', 'domains', 'country', 'languages', 'medium', 'owner', 'ownersOnRecord', 'stateAffiliation', 'founded', 'wikidata', 'parent']) {
    const s = d.sources[f];
    if (s && s.length > 0) sources[f] = [...s].toSorted((a, b) => (a === 'curated' ? -1 : b === 'curated' ? 1 : byString(a, b)));
  }
  const r: OutletRecord = {
    id: d.id,
    name: d.name,
    names,
    aliases: d.aliases,
    commonWordAliases: d.commonWordAliases,
    sharedAliases: d.sharedAliases,
    domains: d.domains,
    country: d.country,
    languages: d.languages,
    medium: d.medium,
    owner: d.owner ? { name: d.owner.name, asOf: d.owner.asOf, source: d.owner.source } : null,
    stateAffiliation: d.stateAffiliation ? { typology: d.stateAffiliation.typology, source: d.stateAffiliation.source } : null,
    founded: d.founded,
    wikidata: d.wikidata,
    sources,
  };
  if (d.ownersOnRecord.length > 0) r.ownersOnRecord = d.ownersOnRecord;
  if (d.parent) r.parent = d.parent;
  // Fixed key order, whatever order the optional fields were set in.
  const ordered: Record<string, unknown> = {};
  for (const k of ['id', 'name', 'names', 'aliases', 'commonWordAliases', 'sharedAliases', 'domains', 'country', 'languages', 'medium', 'owner', 'ownersOnRecord', 'stateAffiliation', 'founded', 'wikidata', 'parent', 'sources'] as const) {
    if (k in r) ordered[k] = r[k];
  }
  return ordered as unknown as OutletRecord;
}

function checkRecords(outlets: readonly OutletRecord[], errors: string[], warnings: string[]): void {
  const ids = new Set<string>();
  const domainOwner = new Map<string, string>();
  for (const o of outlets) {
    const at = `outlet ${o.id}`;
    if (!ID_RE.test(o.id)) errors.push(`${at}: id is not a kebab-case ASCII slug`);
    if (ids.has(o.id)) errors.push(`${at}: duplicate id`);
    ids.add(o.id);
    if (!isIsoCountry(o.country)) errors.push(`${at}: country "${o.country}" is not an ISO 3166-1 alpha-2 code`);
    if (!MEDIA.includes(o.medium)) errors.push(`${at}: medium "${o.medium}" is not one of ${MEDIA.join(', ')}`);
    for (const d of o.domains) {
      if (!isWellFormedDomain(d)) errors.push(`${at}: domain "${d}" is not a bare host name`);
      const prev = domainOwner.get(d);
      if (prev && prev !== o.id) warnings.push(`domain ${d} is listed by both ${prev} and ${o.id}`);
      else domainOwner.set(d, o.id);
    }
    if (o.owner && (!o.owner.source || !(o.sources.owner ?? []).includes(o.owner.source))) errors.push(`${at}: owner without a source`);
    if (o.stateAffiliation && (!o.stateAffiliation.source || !(o.sources.stateAffiliation ?? []).includes(o.stateAffiliation.source)))
      errors.push(`${at}: stateAffiliation without a source`);
  }
  for (const o of outlets) if (o.parent && !ids.has(o.parent)) warnings.push(`outlet ${o.id}: parent "${o.parent}" is not an outlet id`);
}

/** Aliases (normalised) carried by two or more outlets, minus the declared groups. */
export function undeclaredCollisions(outlets: readonly OutletRecord[]): { alias: string; ids: string[] }[] {
  const byKey = new Map<string, { ids: string[]; declared: number }>();
  for (const o of outlets) {
    const shared = new Set(o.sharedAliases.map(ikey));
    for (const k of uniq(indexedForms(o).map(ikey)).filter(Boolean)) {
      const e = byKey.get(k) ?? { ids: [], declared: 0 };
      e.ids.push(o.id);
      if (shared.has(k)) e.declared++;
      byKey.set(k, e);
    }
  }
  const out: { alias: string; ids: string[] }[] = [];
  for (const [alias, e] of byKey) if (e.ids.length > 1 && e.declared < e.ids.length) out.push({ alias, ids: e.ids });
  return out.toSorted((a, b) => byString(a.alias, b.alias));
}

// ---------------------------------------------------------------------------------------------------------
// People

function readPeople(root: string, errors: string[]): PersonRecord[] {
  const dir = join(root, 'registry/people');
  const byId = new Map<string, PersonRecord>();
  for (const f of jsonFiles(dir)) {
    let data: unknown;
    try {
      data = readJson(join(dir, f));
    } catch (e) {
      errors.push(`registry/people/${f}: not valid JSON (${(e as Error).message})`);
      continue;
    }
    const list = Array.isArray(data) ? data : (data as { people?: unknown }).people;
    if (!Array.isArray(list)) {
      errors.push(`registry/people/${f}: no "people" array`);
      continue;
    }
    for (const p of list as Partial<PersonRecord>[]) {
      const where = `registry/people/${f} ${p.id ?? '(no id)'}`;
      if (!p.id || !ID_RE.test(p.id)) {
        errors.push(`${where}: id is not a kebab-case ASCII slug`);
        continue;
      }
      if (byId.has(p.id)) {
        errors.push(`${where}: duplicate person id`);
        continue;
      }
      if (!p.name) errors.push(`${where}: no name`);
      const country = p.country ?? 'XX';
      if (!isIsoCountry(country)) errors.push(`${where}: country "${country}" is not an ISO 3166-1 alpha-2 code`);
      const names: Partial<Record<Lang, string>> = {};
      const roles: Partial<Record<Lang, string>> = {};
      for (const l of LANGS) {
        const n = p.names?.[l];
        if (n) names[l] = n;
        const r = p.roles?.[l];
        if (r) roles[l] = r;
      }
      byId.set(p.id, {
        id: p.id,
        name: p.name ?? '',
        names,
        aliases: dedupeByKey(p.aliases ?? []).forms,
        roles,
        country,
        wikidata: p.wikidata ?? null,
      });
    }
  }
  return [...byId.values()].toSorted((a, b) => byString(a.id, b.id));
}

// ---------------------------------------------------------------------------------------------------------
// The build

function sha(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

export function buildRegistry(opts: BuildOptions): BuildReport {
  const { root } = opts;
  const errors: string[] = [];
  const warnings: string[] = [];
  const counts: Record<string, number> = {};

  const curated = readCurated(root, errors, warnings);
  counts.curated = curated.length;
  const ids = new Set<string>();
  for (const d of curated) {
    if (ids.has(d.id)) errors.push(`curated id "${d.id}" appears twice (${d.refs.join('; ')})`);
    ids.add(d.id);
  }

  // Datasets → candidates → matched to curated outlets or grouped into dataset-only outlets.
  const ex = readExtracts(join(root, 'registry/extracts'));
  const { outlets: candidates, stateRows } = datasetCandidates(ex);
  const idx = indexCurated(curated);
  const domainsInUse = new Set(curated.flatMap((d) => d.domains));
  const unmatched: Candidate[] = [];
  let merged = 0;
  // Domain matches fill first, so a site's own record wins over a namesake.
  const matches: { c: Candidate; at: number; by: 'domain' | 'name' }[] = [];
  for (const c of candidates) {
    const m = matchCurated(c, idx);
    if (m) matches.push({ c, ...m });
    else unmatched.push(c);
  }
  // Each State Media Matrix row on its own too, by its asset's name first: rows sharing a company site were
  // grouped above, and "Al Aoula" must get its typology even though snrt.ma is SNRT's. Only the typology
  // is taken from a row (fillCurated takes no site from this dataset).
  for (const c of stateRows) {
    const byName = matchCurated({ ...c, domains: [] }, idx);
    const m = byName ?? matchCurated(c, idx);
    if (m) matches.push({ c, ...m });
  }
  matches.sort((a, b) => (a.by === b.by ? 0 : a.by === 'domain' ? -1 : 1));
  for (const m of matches) {
    const d = curated[m.at];
    if (!d) continue;
    fillCurated(d, m.c, m.by, domainsInUse);
    merged++;
  }
  // A curated outlet may just have got its site from a namesake record: records of that site are it too.
  const idx2 = indexCurated(curated);
  for (let i = unmatched.length - 1; i >= 0; i--) {
    const c = unmatched[i];
    const at = c ? c.domains.map((x) => idx2.byDomain.get(x)).find((x) => x !== undefined) : undefined;
    const d = at === undefined ? undefined : curated[at];
    if (!c || !d) continue;
    fillCurated(d, c, 'domain', domainsInUse);
    unmatched.splice(i, 1);
    merged++;
  }
  counts.datasetRecordsMergedIntoCurated = merged;

  // qui-possede-les-medias: holders as of 2021, only where nothing better is known.
  const qpm = new Map(ex.quiPossede.sites.map((s) => [normalizeDomain(s.domain) ?? s.domain, s.holders]));
  const qpmOwner = (domains: readonly string[]): OutletOwner | null => {
    for (const d of domains) {
      const h = qpm.get(d);
      if (h) return { name: h.join(', '), asOf: ex.quiPossede.asOf, source: 'qui-possede-les-medias' };
    }
    return null;
  };
  for (const d of curated) {
    if (d.owner) continue;
    const o = qpmOwner(d.domains);
    if (o) {
      d.owner = o;
      credit(d.sources, 'owner', o.source);
    }
  }

  // Group the rest: same site, or same name in the same country.
  const uf = new UnionFind(unmatched.length);
  const seen = new Map<string, number>();
  unmatched.forEach((c, i) => {
    const keys = [...c.domains.map((d) => `d:${d}`), ...(c.country ? candidateNameKeys(c).map((k) => `n:${k}|${c.country}`) : [])];
    for (const k of keys) {
      const j = seen.get(k);
      if (j === undefined) seen.set(k, i);
      else uf.union(i, j);
    }
  });
  const groupsByRoot = new Map<number, Candidate[]>();
  unmatched.forEach((c, i) => {
    const r = uf.find(i);
    const list = groupsByRoot.get(r) ?? [];
    list.push(c);
    groupsByRoot.set(r, list);
  });
  const datasetDrafts = datasetOnlyDrafts([...groupsByRoot.values()], ids, warnings);
  for (const d of datasetDrafts) {
    if (d.owner) continue;
    const o = qpmOwner(d.domains);
    if (o) {
      d.owner = o;
      credit(d.sources, 'owner', o.source);
    }
  }
  counts.datasetOnlyCandidates = datasetDrafts.length;

  // Aliases: curated first (they win), then dataset-only.
  for (const d of curated) compileCuratedAliases(d, warnings);
  const curatedKeys = new Set(curated.flatMap((d) => d.aliases.map(ikey)));
  const leftOut = new Set<Draft>();
  let namesakes = 0;
  for (const d of datasetDrafts) {
    const r = compileDatasetAliases(d, curatedKeys);
    if (r !== 'ok') leftOut.add(d);
    if (r === 'namesake') namesakes++;
  }
  if (namesakes > 0) warnings.push(`info: ${namesakes} dataset-only outlets left out: their name is a curated outlet's alias (a namesake elsewhere)`);
  counts.namesakesLeftOut = namesakes;

  // Rank and cut the dataset-only outlets: by interest, then name, to the target count.
  // A dataset-only outlet named only by everyday words ("Press", "Iran", "Minute", "Rouge") would be found in
  // every text that uses the word, and nothing curated says how its readers write it: left out.
  const everydayOnly = (d: Draft): boolean => d.aliases.length > 0 && d.aliases.every((a) => d.commonWordAliases.includes(a));
  let everyday = 0;
  for (const d of datasetDrafts) if (d.score > 0 && !leftOut.has(d) && everydayOnly(d)) { leftOut.add(d); everyday++; }
  if (everyday > 0) warnings.push(`info: ${everyday} dataset-only outlets left out: named only by everyday words`);
  const ranked = datasetDrafts.filter((d) => d.score > 0 && !leftOut.has(d)).toSorted((a, b) => b.score - a.score || byString(a.id, b.id));
  let bytes = 2 + curated.reduce((n, d) => n + Buffer.byteLength(JSON.stringify(compactSources(toRecord(d)))) + 1, 0);
  const kept: Draft[] = [];
  for (const d of ranked) {
    if (curated.length + kept.length >= MAX_OUTLETS) break;
    const size = Buffer.byteLength(JSON.stringify(compactSources(toRecord(d)))) + 1;
    if (bytes + size > TARGET_RAW_BYTES) break;
    bytes += size;
    kept.push(d);
  }
  counts.datasetOnlyKept = kept.length;
  if (curated.length + kept.length < MIN_OUTLETS)
    warnings.push(`only ${curated.length + kept.length} outlets fit in ${TARGET_RAW_BYTES} bytes (aim: ${MIN_OUTLETS} or more)`);
  settleDatasetCollisions(kept, warnings);
  settleCuratedCollisions(curated, warnings);

  const records = [...curated, ...kept].map(toRecord).toSorted((a, b) => byString(a.id, b.id));
  checkRecords(records, errors, warnings);
  for (const c of undeclaredCollisions(records)) {
    errors.push(`alias collision: "${c.alias}" is carried by ${c.ids.join(', ')}; declare it in sharedAliases of each (or drop it from all but one)`);
  }

  const people = readPeople(root, errors);
  const personIds = new Set<string>();
  for (const p of people) personIds.add(p.id);

  // Written with compact sources (engine/registry-sources.ts); loaders expand them.
  const outletsJson = JSON.stringify(records.map(compactSources));
  if (Buffer.byteLength(outletsJson) > MAX_RAW_BYTES) errors.push(`outlets.json is ${Buffer.byteLength(outletsJson)} bytes, over the ${MAX_RAW_BYTES} budget`);
  const aliasIndexJson = JSON.stringify(compileAliasIndex(records));
  const peopleJson = JSON.stringify(people);

  const inputs: Record<string, string> = {};
  for (const f of jsonFiles(join(root, 'registry/curated'))) inputs[`registry/curated/${f}`] = sha(readFileSync(join(root, 'registry/curated', f), 'utf8')).slice(0, 12);
  for (const f of jsonFiles(join(root, 'registry/people'))) inputs[`registry/people/${f}`] = sha(readFileSync(join(root, 'registry/people', f), 'utf8')).slice(0, 12);
  for (const rel of ['iptv-org/channels.json', 'state-media-profiles/assets.json', 'qui-possede-les-medias/owners.json', 'wikidata-newspapers/newspapers.json'])
    inputs[`registry/extracts/${rel}`] = sha(readFileSync(join(root, 'registry/extracts', rel), 'utf8')).slice(0, 12);
  const version = {
    version: sha(outletsJson + aliasIndexJson + peopleJson).slice(0, 16),
    outlets: records.length,
    people: people.length,
    builtFrom: inputs,
  };

  const files: Record<string, string> = {
    'outlets.json': `${outletsJson}\n`,
    'alias-index.json': `${aliasIndexJson}\n`,
    'people.json': `${peopleJson}\n`,
    'version.json': `${JSON.stringify(version, null, 2)}\n`,
  };
  counts.outlets = records.length;
  counts.people = people.length;

  if (opts.write !== false && errors.length === 0) {
    const outDir = opts.outDir ?? join(root, 'assets/registry');
    mkdirSync(outDir, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(outDir, name), text);
  }
  return { outlets: records, people, files, errors, warnings, counts };
}
