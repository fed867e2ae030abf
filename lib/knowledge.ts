// The shipped registry and people gazetteer, turned into engine indexes on first use. The MV3 worker
// can be stopped at any moment, so nothing here is assumed to survive: each wake rebuilds lazily.
import outlets from '../assets/registry/outlets.json';
import aliasIndex from '../assets/registry/alias-index.json';
import people from '../assets/registry/people.json';
import { buildPeopleIndex, buildRegistryIndex, type CompactAliasIndex, type PeopleIndex, type RegistryIndex } from '../engine';
import type { OutletRecord, PersonRecord } from '../engine/types';

export interface Knowledge {
  registry: RegistryIndex;
  people: PeopleIndex;
}

let cached: Knowledge | null = null;

export const shippedOutlets = outlets as unknown as OutletRecord[];

export function getKnowledge(): Knowledge {
  cached ??= {
    registry: buildRegistryIndex(shippedOutlets, aliasIndex as unknown as CompactAliasIndex),
    people: buildPeopleIndex(people as unknown as PersonRecord[]),
  };
  return cached;
}
