// Which datasets gave each fact of an outlet, stored compactly in the shipped outlets.json.
//
// Approach: most outlets owe all their facts to one or two sources, and spelling the same list out for a dozen
// fields was 43% of the file. The file keeps one default list under "*", for every fact the outlet has, and
// lists only the fields whose sources differ. Loaders expand it back, so the rest of the code (and the reader's
// own outlets) always sees one list per field.

import type { OutletRecord, SourceName } from './types';

export const DEFAULT_SOURCES_KEY = '*';

/** The order the build writes the fields' sources in. */
const FIELD_ORDER = ['name', 'names', 'aliases', 'domains', 'country', 'languages', 'medium', 'owner', 'ownersOnRecord', 'stateAffiliation', 'founded', 'wikidata', 'parent'];

/** The fields an outlet actually has, each of which must be credited. */
function presentFields(o: OutletRecord): string[] {
  const has: Record<string, boolean> = {
    name: true,
    names: Object.keys(o.names).length > 0,
    aliases: o.aliases.length > 0,
    domains: o.domains.length > 0,
    country: true,
    languages: o.languages.length > 0,
    medium: true,
    owner: o.owner !== null,
    ownersOnRecord: (o.ownersOnRecord ?? []).length > 0,
    stateAffiliation: o.stateAffiliation !== null,
    founded: o.founded !== null,
    wikidata: o.wikidata !== null,
    parent: o.parent !== undefined,
  };
  return Object.keys(has).filter((f) => has[f]);
}

/**
 * The record with its sources written compactly: the commonest list of its present fields under "*", the
 * others by name. Only present fields share the default, so expanding gives back exactly the same map.
 */
export function compactSources(o: OutletRecord): OutletRecord {
  const present = presentFields(o);
  if (present.some((f) => !o.sources[f])) return o;
  const counts = new Map<string, number>();
  for (const f of present) {
    const k = JSON.stringify(o.sources[f]);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  let best = '';
  let n = 0;
  for (const [k, c] of counts) if (c > n) { best = k; n = c; }
  if (n < 2) return o;
  const sources: Record<string, SourceName[]> = { [DEFAULT_SOURCES_KEY]: JSON.parse(best) as SourceName[] };
  for (const [f, list] of Object.entries(o.sources)) if (!present.includes(f) || JSON.stringify(list) !== best) sources[f] = list;
  return { ...o, sources };
}

/** The record with one source list per present field (a record without the "*" key is returned as it is). */
export function expandSources(o: OutletRecord): OutletRecord {
  const def = o.sources?.[DEFAULT_SOURCES_KEY];
  if (!def) return o;
  const present = new Set(presentFields(o));
  const sources: Record<string, SourceName[]> = {};
  for (const f of FIELD_ORDER) {
    const list = o.sources[f] ?? (present.has(f) ? def : undefined);
    if (list) sources[f] = list;
  }
  for (const [f, list] of Object.entries(o.sources)) if (f !== DEFAULT_SOURCES_KEY && !(f in sources)) sources[f] = list;
  return { ...o, sources };
}
