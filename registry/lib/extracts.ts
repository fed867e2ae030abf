// Extracts: the slices of the four open datasets the registry build reads, kept in the repo under
// registry/extracts/<dataset>/ with the dataset's licence and provenance, so a clone without ../shared
// rebuilds everything. Only `npm run registry:build -- --refresh-extracts` runs this file's writer; the
// build itself reads the extracts through `readExtracts`.
//
// Each extract holds one record per line, so a refresh shows up as a readable diff.

import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from './csv';
import { datasetDomain } from './domains';

export interface IptvChannel {
  id: string;
  name: string;
  altNames: string[];
  owners: string[];
  /** iptv-org's code: ISO 3166-1 alpha-2 except "UK". */
  country: string;
  website: string;
  /** ISO 639-3 codes of the channel's feeds, main feed first. */
  languages: string[];
}

export interface StateMediaAsset {
  country: string;
  company: string;
  asset: string;
  url: string;
  /** State Media Monitor code: SC, CaPu, CaPr, ISFM, ISF, ISM, IP (a trailing "?" marks a doubtful one). */
  typology: string;
}

export interface QuiPossedeSite {
  domain: string;
  holders: string[];
}

export interface QuiPossedeExtract {
  /** The dataset's snapshot year: an owner from it holds "as of" this year only. */
  asOf: '2021';
  note: string;
  sites: QuiPossedeSite[];
}

export interface WikidataNewspaper {
  qid: string;
  label: string;
  aliases: string[];
  nameAr: string | null;
  nameFr: string | null;
  nameEn: string | null;
  /** Host names of P856, platforms and library catalogues removed. */
  domains: string[];
  country: string[];
  language: string[];
  /** P127 as Wikidata holds it: every owner, past ones included, undated. Never the current owner. */
  ownersOnRecord: string[];
  instanceOf: string[];
  founded: number | null;
}

export interface Extracts {
  iptv: IptvChannel[];
  stateMedia: StateMediaAsset[];
  quiPossede: QuiPossedeExtract;
  wikidata: WikidataNewspaper[];
  /** Snapshot year of the iptv-org commit, from its PROVENANCE: the year its owners are known to hold. */
  iptvAsOf: string | null;
}

export const EXTRACT_FILES = {
  iptv: 'iptv-org/channels.json',
  stateMedia: 'state-media-profiles/assets.json',
  quiPossede: 'qui-possede-les-medias/owners.json',
  wikidata: 'wikidata-newspapers/newspapers.json',
} as const;

/** One record per line inside a JSON array: valid JSON, small, and diffable. */
export function jsonLines(records: readonly unknown[]): string {
  if (records.length === 0) return '[]\n';
  return `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
}

/** Drops null fields and empty lists: the reader puts them back (`withDefaults`). */
function compact<T extends object>(r: T): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) {
    if (v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v;
  }
  return out as Partial<T>;
}

function withDefaults<T extends object>(r: Partial<T>, defaults: T): T {
  return { ...defaults, ...r };
}

function splitList(s: string | undefined): string[] {
  return (s ?? '')
    .split(';')
    .map((x) => x.trim())
    .filter(Boolean);
}

function uniq<T>(xs: Iterable<T>): T[] {
  return [...new Set(xs)];
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function extractIptv(dir: string): IptvChannel[] {
  const channels = parseCsv(readFileSync(join(dir, 'channels.csv'), 'utf8'));
  const feeds = parseCsv(readFileSync(join(dir, 'feeds.csv'), 'utf8'));
  const langs = new Map<string, string[]>();
  // Main feed first, so its languages lead.
  const sortedFeeds = [...feeds].toSorted((a, b) => Number(b.is_main === 'TRUE') - Number(a.is_main === 'TRUE'));
  for (const f of sortedFeeds) {
    const ch = f.channel ?? '';
    const list = langs.get(ch) ?? [];
    for (const l of splitList(f.languages)) if (!list.includes(l)) list.push(l);
    langs.set(ch, list);
  }
  return channels
    .filter((c) => splitList(c.categories).includes('news') && !c.closed && !!c.website && c.is_nsfw !== 'TRUE')
    .map((c) => ({
      id: c.id ?? '',
      name: c.name ?? '',
      altNames: splitList(c.alt_names),
      owners: splitList(c.owners),
      country: c.country ?? '',
      website: c.website ?? '',
      languages: langs.get(c.id ?? '') ?? [],
    }))
    .toSorted((a, b) => byString(a.id, b.id));
}

function extractStateMedia(dir: string): StateMediaAsset[] {
  // The whole matrix, in file order (it is grouped by region and country), social-media columns left out.
  return parseCsv(readFileSync(join(dir, 'State_Media_Matrix.csv'), 'utf8'))
    .filter((r) => r['Main assets'] || r['Media company'])
    .map((r) => ({
      country: r.Country ?? '',
      company: r['Media company'] ?? '',
      asset: r['Main assets'] ?? '',
      url: r.URL ?? '',
      typology: r.Typology ?? '',
    }));
}

function extractQuiPossede(dir: string): QuiPossedeExtract {
  const sites = parseCsv(readFileSync(join(dir, 'sites.csv'), 'utf8'))
    .map((r) => ({
      domain: r.domain ?? '',
      holders: [r.holder1, r.holder2, r.holder3, r.holder4].filter((h): h is string => !!h),
    }))
    .filter((s) => s.domain && s.holders.length > 0)
    .toSorted((a, b) => byString(a.domain, b.domain));
  return {
    asOf: '2021',
    note: '2021, check: holders as of the 2021-10-15 snapshot; some have changed since. Use only with asOf "2021".',
    sites,
  };
}

interface RawWikidata {
  qid: string;
  label: string | null;
  aliases: (string | null)[] | null;
  name_ar: string | null;
  name_fr: string | null;
  name_en: string | null;
  website: string[] | null;
  country: (string | null)[] | null;
  language: (string | null)[] | null;
  owned_by: (string | null)[] | null;
  instance_of: (string | null)[] | null;
  inception: string | null;
}

/** Wikidata lists may hold nulls (an unknown value, "somevalue"): keep the strings. */
function strings(xs: readonly (string | null)[] | null): string[] {
  return uniq((xs ?? []).filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim()));
}

function extractWikidata(dir: string): WikidataNewspaper[] {
  const raw = JSON.parse(readFileSync(join(dir, 'newspapers.json'), 'utf8')) as RawWikidata[];
  const out: WikidataNewspaper[] = [];
  for (const r of raw) {
    const domains = uniq((r.website ?? []).map(datasetDomain).filter((d): d is string => !!d));
    if (domains.length === 0) continue;
    // Prints digitised from old papers ("Life in China - Part I…") are items of their own, not outlets.
    if ((r.instance_of ?? []).some((k) => k === 'illustration' || k === 'scientific journal')) continue;
    const year = /^[+]?(\d{3,4})-/.exec(r.inception ?? '');
    out.push({
      qid: r.qid,
      label: r.label ?? r.name_en ?? '',
      aliases: strings(r.aliases),
      nameAr: r.name_ar,
      nameFr: r.name_fr,
      nameEn: r.name_en,
      domains,
      country: strings(r.country),
      language: strings(r.language),
      ownersOnRecord: strings(r.owned_by),
      instanceOf: strings(r.instance_of).filter((x) => x !== 'newspaper'),
      founded: year?.[1] ? Number(year[1]) : null,
    });
  }
  return out.toSorted((a, b) => Number(a.qid.slice(1)) - Number(b.qid.slice(1)));
}

const WIKIDATA_LICENSE = `Wikidata structured data is released under the Creative Commons CC0 1.0 Universal Public Domain Dedication.
https://creativecommons.org/publicdomain/zero/1.0/

This extract holds structured facts only (labels, aliases, names from page titles, website, country,
language, owners on record, instance of, inception). Wikipedia article text (CC BY-SA) is not included.
`;

/** Reads the datasets in `dataDir` (../shared/data) and writes the extracts under `extractsDir`. */
export function refreshExtracts(dataDir: string, extractsDir: string): Record<string, number> {
  const out = (rel: string, text: string): void => {
    const file = join(extractsDir, rel);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, text);
  };
  const copyBeside = (dataset: string, files: string[]): void => {
    for (const f of files) {
      const src = join(dataDir, dataset, f);
      if (existsSync(src)) {
        mkdirSync(join(extractsDir, dataset), { recursive: true });
        const dest = join(extractsDir, dataset, f);
        if (existsSync(dest)) chmodSync(dest, 0o644);
        copyFileSync(src, dest);
        chmodSync(dest, 0o644); // the shared copies are read-only; the repo's must stay writable for the next refresh
      }
    }
  };

  const iptv = extractIptv(join(dataDir, 'iptv-org'));
  out(EXTRACT_FILES.iptv, jsonLines(iptv.map(compact)));
  copyBeside('iptv-org', ['LICENSE', 'PROVENANCE.txt']);

  const stateMedia = extractStateMedia(join(dataDir, 'state-media-profiles'));
  out(EXTRACT_FILES.stateMedia, jsonLines(stateMedia));
  copyBeside('state-media-profiles', ['LICENSE', 'PROVENANCE.txt', 'README.md']);

  const qpm = extractQuiPossede(join(dataDir, 'qui-possede-les-medias'));
  out(
    EXTRACT_FILES.quiPossede,
    `{"asOf":${JSON.stringify(qpm.asOf)},"note":${JSON.stringify(qpm.note)},"sites":${jsonLines(qpm.sites).trimEnd()}}\n`,
  );
  copyBeside('qui-possede-les-medias', ['LICENSE', 'PROVENANCE.txt']);

  const wikidata = extractWikidata(join(dataDir, 'wikidata-newspapers'));
  out(EXTRACT_FILES.wikidata, jsonLines(wikidata.map(compact)));
  copyBeside('wikidata-newspapers', ['PROVENANCE.txt']);
  out('wikidata-newspapers/LICENSE', WIKIDATA_LICENSE);

  return {
    'iptv-org': iptv.length,
    'state-media-profiles': stateMedia.length,
    'qui-possede-les-medias': qpm.sites.length,
    'wikidata-newspapers': wikidata.length,
  };
}

/** Reads the extracts kept in the repo. */
export function readExtracts(extractsDir: string): Extracts {
  const read = <T>(rel: string): T => JSON.parse(readFileSync(join(extractsDir, rel), 'utf8')) as T;
  let iptvAsOf: string | null = null;
  const prov = join(extractsDir, 'iptv-org/PROVENANCE.txt');
  if (existsSync(prov)) iptvAsOf = /dated (\d{4})-\d\d-\d\d/.exec(readFileSync(prov, 'utf8'))?.[1] ?? null;
  return {
    iptv: read<Partial<IptvChannel>[]>(EXTRACT_FILES.iptv).map((r) =>
      withDefaults(r, { id: '', name: '', altNames: [], owners: [], country: '', website: '', languages: [] }),
    ),
    stateMedia: read<StateMediaAsset[]>(EXTRACT_FILES.stateMedia),
    quiPossede: read<QuiPossedeExtract>(EXTRACT_FILES.quiPossede),
    wikidata: read<Partial<WikidataNewspaper>[]>(EXTRACT_FILES.wikidata).map((r) =>
      withDefaults(r, {
        qid: '',
        label: '',
        aliases: [],
        nameAr: null,
        nameFr: null,
        nameEn: null,
        domains: [],
        country: [],
        language: [],
        ownersOnRecord: [],
        instanceOf: [],
        founded: null,
      }),
    ),
    iptvAsOf,
  };
}
