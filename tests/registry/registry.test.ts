// The shipped registry (assets/registry/) checked as data: every record typed with a valibot schema, ids,
// ISO codes, domains, sourced owners, alias collisions, coverage, real-world spellings; and the build itself:
// deterministic, and able to run from the repo's own files alone (a fresh clone without ../shared).

import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as v from 'valibot';
import { afterAll, describe, expect, it } from 'vitest';
import type { OutletRecord, PersonRecord } from '../../engine/types';
import { buildRegistry, MAX_RAW_BYTES, MEDIA, undeclaredCollisions } from '../../registry/lib/build';
import { isIsoCountry } from '../../registry/lib/countries';
import { isWellFormedDomain } from '../../registry/lib/domains';
import { compactSources, expandSources } from '../../engine/registry-sources';
import { createLookup } from '../../registry/lib/lookup';
import { AMBIGUOUS, SPELLINGS } from './spellings';
import { SPELLINGS_QA } from './spellings-qa';

const root = resolve(import.meta.dirname, '../..');
const assets = join(root, 'assets/registry');
const outletsRaw = readFileSync(join(assets, 'outlets.json'), 'utf8');
// The file writes each outlet's sources compactly (a default list under "*"); the checks read them expanded.
const outletsFile = JSON.parse(outletsRaw) as OutletRecord[];
const outlets = outletsFile.map(expandSources);
const people = JSON.parse(readFileSync(join(assets, 'people.json'), 'utf8')) as PersonRecord[];
const lookup = createLookup(outlets);

const Source = v.picklist(['curated', 'iptv-org', 'state-media-profiles', 'qui-possede-les-medias', 'wikidata-newspapers']);
const Id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
const Text = v.pipe(v.string(), v.minLength(1));
const Country = v.pipe(v.string(), v.check(isIsoCountry, 'ISO 3166-1 alpha-2 code'));
const Names = v.strictObject({ ar: v.optional(Text), fr: v.optional(Text), en: v.optional(Text) });

const OutletSchema = v.strictObject({
  id: Id,
  name: Text,
  names: Names,
  aliases: v.array(Text),
  commonWordAliases: v.array(Text),
  sharedAliases: v.array(Text),
  domains: v.array(v.pipe(v.string(), v.check(isWellFormedDomain, 'bare host name'))),
  country: Country,
  languages: v.array(v.pipe(v.string(), v.regex(/^[a-z]{2}$/))),
  medium: v.picklist(MEDIA),
  owner: v.nullable(v.strictObject({ name: Text, asOf: v.nullable(Text), source: Source })),
  ownersOnRecord: v.optional(v.pipe(v.array(Text), v.minLength(1))),
  stateAffiliation: v.nullable(v.strictObject({ typology: Text, source: Source })),
  founded: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1500), v.maxValue(2100))),
  wikidata: v.nullable(v.pipe(v.string(), v.regex(/^Q\d+$/))),
  parent: v.optional(Id),
  sources: v.record(v.string(), v.pipe(v.array(Source), v.minLength(1))),
});

const PersonSchema = v.strictObject({
  id: Id,
  name: Text,
  names: Names,
  aliases: v.array(Text),
  roles: Names,
  country: Country,
  wikidata: v.nullable(v.pipe(v.string(), v.regex(/^Q\d+$/))),
});

describe('shipped outlets', () => {
  it('every record matches the OutletRecord schema', () => {
    const bad = outlets.flatMap((o) => {
      const r = v.safeParse(OutletSchema, o);
      return r.success ? [] : [`${o.id}: ${r.issues.map((i) => `${v.getDotPath(i) ?? ''} ${i.message}`).join('; ')}`];
    });
    expect(bad).toEqual([]);
  });

  it('stores sources compactly, and expanding them gives one list per fact', () => {
    expect(outletsFile.filter((o) => '*' in o.sources).length).toBeGreaterThan(outletsFile.length / 2);
    for (const o of outlets) expect(o.sources['*']).toBeUndefined();
    // Compacting an expanded record gives back what the file holds.
    expect(outlets.map(compactSources)).toEqual(outletsFile);
  });

  it('keeps no dataset-only outlet named only by everyday words ("Press", "Iran")', () => {
    const datasetOnly = outlets.filter((o) => !(o.sources.name ?? []).includes('curated'));
    expect(datasetOnly.length).toBeGreaterThan(100);
    expect(datasetOnly.filter((o) => o.aliases.every((a) => o.commonWordAliases.includes(a))).map((o) => o.id)).toEqual([]);
  });

  it('ids are unique and the file is sorted by id', () => {
    const ids = outlets.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].toSorted((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('domains have no protocol, path, www. or upper case', () => {
    const bad = outlets.flatMap((o) => o.domains.filter((d) => /[/:A-Z]/.test(d) || d.startsWith('www.')).map((d) => `${o.id}: ${d}`));
    expect(bad).toEqual([]);
  });

  it('countries are ISO 3166-1 alpha-2 codes', () => {
    expect(outlets.filter((o) => !isIsoCountry(o.country)).map((o) => `${o.id}: ${o.country}`)).toEqual([]);
  });

  it('every owner and state affiliation has a source, credited in sources', () => {
    const bad: string[] = [];
    for (const o of outlets) {
      if (o.owner && !(o.sources.owner ?? []).includes(o.owner.source)) bad.push(`${o.id}: owner`);
      if (o.stateAffiliation && !(o.sources.stateAffiliation ?? []).includes(o.stateAffiliation.source)) bad.push(`${o.id}: stateAffiliation`);
      if (o.owner?.source === 'qui-possede-les-medias' && o.owner.asOf !== '2021') bad.push(`${o.id}: qui-possede owner not dated 2021`);
      if (o.owner?.source === 'wikidata-newspapers') bad.push(`${o.id}: a Wikidata owner on record shown as the current owner`);
    }
    expect(bad).toEqual([]);
  });

  it('credits every fact it ships', () => {
    const bad: string[] = [];
    for (const o of outlets) {
      const present: Record<string, boolean> = {
        name: true,
        aliases: o.aliases.length > 0,
        country: true,
        medium: true,
        names: Object.keys(o.names).length > 0,
        domains: o.domains.length > 0,
        languages: o.languages.length > 0,
        owner: o.owner !== null,
        ownersOnRecord: (o.ownersOnRecord ?? []).length > 0,
        stateAffiliation: o.stateAffiliation !== null,
        founded: o.founded !== null,
        wikidata: o.wikidata !== null,
        parent: o.parent !== undefined,
      };
      for (const [field, has] of Object.entries(present)) if (has && !o.sources[field]) bad.push(`${o.id}: ${field}`);
    }
    expect(bad).toEqual([]);
  });

  it('common-word and shared aliases are aliases of the outlet', () => {
    const bad: string[] = [];
    for (const o of outlets) {
      for (const a of [...o.commonWordAliases, ...o.sharedAliases]) if (!o.aliases.includes(a)) bad.push(`${o.id}: ${a}`);
    }
    expect(bad).toEqual([]);
  });

  it('has no alias shared by two outlets outside a declared group', () => {
    expect(undeclaredCollisions(outlets)).toEqual([]);
  });

  it('holds at least 1,500 outlets, 400 with an Arabic name and 300 with a French name', () => {
    expect(outlets.length).toBeGreaterThanOrEqual(1500);
    expect(outlets.filter((o) => o.names.ar).length).toBeGreaterThanOrEqual(400);
    expect(outlets.filter((o) => o.names.fr).length).toBeGreaterThanOrEqual(300);
  });

  it('stays inside the size budget (1.5 MB raw, 400 KB gzipped)', () => {
    expect(Buffer.byteLength(outletsRaw)).toBeLessThanOrEqual(MAX_RAW_BYTES);
    expect(gzipSync(outletsRaw, { level: 9 }).length).toBeLessThanOrEqual(400 * 1024);
  });
});

describe('real-world spellings', () => {
  it('lists at least 120 spellings, each of a curated outlet', () => {
    expect(SPELLINGS.length).toBeGreaterThanOrEqual(120);
    const notCurated = [...new Set(SPELLINGS.map(([, id]) => id))].filter((id) => !(lookup.byId(id)?.sources.name ?? []).includes('curated'));
    expect(notCurated).toEqual([]);
  });

  it.each(SPELLINGS)('%s → %s', (spelling, id) => {
    const r = lookup.find(spelling);
    expect(r?.outlets.map((o) => o.id)).toEqual([id]);
  });

  it('resolves every spelling of the QA list (over 2,000 as newsrooms write them) to exactly one outlet', () => {
    expect(SPELLINGS_QA.length).toBeGreaterThanOrEqual(2_000);
    const wrong = SPELLINGS_QA.filter(([spelling, id]) => {
      const ids = lookup.find(spelling)?.outlets.map((o) => o.id) ?? [];
      return ids.length !== 1 || ids[0] !== id;
    });
    expect(wrong).toEqual([]);
  });

  it.each(AMBIGUOUS)('$spelling resolves to a declared group', ({ spelling, min, includes }) => {
    const r = lookup.find(spelling);
    const ids = r?.outlets.map((o) => o.id) ?? [];
    expect(ids.length).toBeGreaterThanOrEqual(min);
    for (const id of includes) expect(ids).toContain(id);
    for (const o of r?.outlets ?? []) expect(o.sharedAliases.length).toBeGreaterThan(0);
  });

  it('finds outlets by URL, www. and subdomain', () => {
    const le = lookup.byId('le-monde');
    expect(le).toBeDefined();
    const domain = le?.domains[0] ?? 'lemonde.fr';
    for (const q of [domain, `www.${domain}`, `https://www.${domain}/international/article/2024/01/01/x.html`, `http://abonnes.${domain}`]) {
      expect(lookup.find(q)?.outlets.map((o) => o.id)).toEqual(['le-monde']);
    }
  });
});

describe('shipped people', () => {
  it('every record matches the PersonRecord schema, ids unique and sorted', () => {
    const bad = people.flatMap((p) => (v.safeParse(PersonSchema, p).success ? [] : [p.id]));
    expect(bad).toEqual([]);
    const ids = people.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].toSorted((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});

describe('the build', () => {
  // A fresh clone: only the repo's registry sources, no ../shared/data beside it.
  const tmp = mkdtempSync(join(tmpdir(), 'isnad-registry-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  for (const dir of ['registry/curated', 'registry/people', 'registry/extracts']) cpSync(join(root, dir), join(tmp, 'repo', dir), { recursive: true });

  it('runs from the repo files alone and gives byte-identical outputs twice', () => {
    const a = buildRegistry({ root: join(tmp, 'repo'), outDir: join(tmp, 'a') });
    const b = buildRegistry({ root: join(tmp, 'repo'), outDir: join(tmp, 'b') });
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
    const files = readdirSync(join(tmp, 'a')).toSorted();
    expect(files).toEqual(['alias-index.json', 'outlets.json', 'people.json', 'version.json']);
    for (const f of files) expect(readFileSync(join(tmp, 'b', f)).equals(readFileSync(join(tmp, 'a', f)))).toBe(true);
  }, 60_000);
});
