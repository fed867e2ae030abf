// The shipped registry and people gazetteer, turned into engine indexes on first use. The MV3 worker
// can be stopped at any moment, so nothing here is assumed to survive: each wake rebuilds lazily, and
// only when an article is analysed (look-ups and settings requests read IndexedDB and never pay for it).
//
// The reader's own outlets join the shipped ones: a new outlet is added, a correction (same id as a
// shipped outlet) replaces it, and its old aliases stop pointing at it. The merged alias index is the
// shipped compact index plus `compileAliasIndex` of the reader's outlets, so the full registry is never
// re-normalised; the result is cached per set of reader outlets.
import outlets from '../assets/registry/outlets.json';
import aliasIndex from '../assets/registry/alias-index.json';
import people from '../assets/registry/people.json';
import registryVersionFile from '../assets/registry/version.json';
import {
  analyzeArticle,
  buildPeopleIndex,
  buildRegistryIndex,
  compileAliasIndex,
  expandSources,
  type CompactAliasIndex,
  type PeopleIndex,
  type RegistryIndex,
} from '../engine';
import type { OutletRecord, PersonRecord } from '../engine/types';
import type { Analyzer, ShippedRegistry } from './background/deps';

export interface Knowledge {
  registry: RegistryIndex;
  people: PeopleIndex;
}

// outlets.json stores each outlet's sources compactly: expanded once here.
export const shippedOutlets = (outlets as unknown as OutletRecord[]).map(expandSources);
const shippedAliasIndex = aliasIndex as unknown as CompactAliasIndex;

/** The shipped registry's version: version.json's `version`, else the alias index's own hash. */
export const registryVersion: string = (() => {
  const file = registryVersionFile as unknown as { version?: unknown; registryVersion?: unknown };
  const declared = typeof file.version === 'string' ? file.version : typeof file.registryVersion === 'string' ? file.registryVersion : null;
  return declared ?? shippedAliasIndex.version ?? String(shippedOutlets.length);
})();

export const shippedRegistry: ShippedRegistry = { version: registryVersion, outlets: shippedOutlets };

let shipped: Knowledge | null = null;
let peopleIndex: PeopleIndex | null = null;

function getPeople(): PeopleIndex {
  peopleIndex ??= buildPeopleIndex(people as unknown as PersonRecord[]);
  return peopleIndex;
}

/** Indexes of the shipped data alone. */
export function getKnowledge(): Knowledge {
  shipped ??= { registry: buildRegistryIndex(shippedOutlets, shippedAliasIndex), people: getPeople() };
  return shipped;
}

/** The compact alias index of shipped + reader outlets; a corrected outlet keeps only its new aliases. */
export function mergeAliasIndexes(base: CompactAliasIndex, custom: readonly OutletRecord[]): CompactAliasIndex {
  const replaced = new Set(custom.map((o) => o.id));
  const extra = compileAliasIndex(custom);
  const aliases: CompactAliasIndex['aliases'] = {};
  for (const key in base.aliases) {
    const [ids, flags] = base.aliases[key]!;
    const kept = ids.some((id) => replaced.has(id)) ? ids.filter((id) => !replaced.has(id)) : ids;
    if (kept.length) aliases[key] = kept === ids ? base.aliases[key]! : [kept, flags];
  }
  for (const key in extra.aliases) {
    const [ids, flags] = extra.aliases[key]!;
    const existing = aliases[key];
    if (!existing) {
      aliases[key] = [ids, flags];
      continue;
    }
    const merged = [...new Set([...existing[0], ...ids])].toSorted();
    // Two outlets behind one alias: the engine settles it from context, as for any shared alias.
    aliases[key] = [merged, existing[1] | flags | (merged.length > 1 ? 2 : 0)];
  }
  return { ...base, version: `${base.version}+${extra.version}`, aliases };
}

export function mergeOutlets(base: readonly OutletRecord[], custom: readonly OutletRecord[]): OutletRecord[] {
  const byId = new Map(custom.map((o) => [o.id, o]));
  const merged = base.map((o) => byId.get(o.id) ?? o);
  const shippedIds = new Set(base.map((o) => o.id));
  for (const o of custom) if (!shippedIds.has(o.id)) merged.push(o);
  return merged;
}

/** The analyser the background uses: the real engine over shipped + reader outlets. */
export function createAnalyzer(): Analyzer {
  let cache: { signature: string; knowledge: Knowledge } | null = null;
  const knowledgeFor = (custom: readonly OutletRecord[]): Knowledge => {
    if (custom.length === 0) return getKnowledge();
    const signature = JSON.stringify(custom);
    if (cache?.signature !== signature) {
      const registry = buildRegistryIndex(mergeOutlets(shippedOutlets, custom), mergeAliasIndexes(shippedAliasIndex, custom));
      cache = { signature, knowledge: { registry, people: getPeople() } };
    }
    return cache.knowledge;
  };
  return {
    analyze: (article, custom, options) => analyzeArticle(article, knowledgeFor(custom), options),
  };
}
