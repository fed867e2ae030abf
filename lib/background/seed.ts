// The `outlets` table mirrors the shipped registry. It is (re)filled when the registry's version differs
// from the one recorded in `meta`: on install, on update, and lazily before the first request that reads
// outlets after a wake (so a seed cut short by the worker being stopped is simply done again). The clear
// and the refill share one transaction, so a stopped worker leaves the old registry, never half of one.
// Reader tables (preferences, customOutlets, ratings, history) are not part of that transaction.
import type { OutletRecord } from '../../engine/types';
import { META_REGISTRY_VERSION, type StoredOutlet } from '../db';
import type { BackgroundDeps } from './deps';

export function aliasKeysOf(outlet: OutletRecord, normalize: (text: string) => string): string[] {
  const keys = new Set<string>();
  for (const name of [outlet.name, ...Object.values(outlet.names), ...outlet.aliases]) {
    if (!name) continue;
    const key = normalize(name);
    if (key) keys.add(key);
  }
  return [...keys];
}

export function toStored(outlet: OutletRecord, normalize: (text: string) => string): StoredOutlet {
  return { ...outlet, aliasKeys: aliasKeysOf(outlet, normalize) };
}

export function fromStored(stored: StoredOutlet): OutletRecord {
  const { aliasKeys: _keys, ...record } = stored;
  return record;
}

/** Re-seeds the outlets table when the shipped registry changed; reader tables are left alone. */
export async function ensureSeeded(deps: BackgroundDeps): Promise<{ seeded: boolean }> {
  const { db, registry } = deps;
  const current = await db.meta.get(META_REGISTRY_VERSION);
  if (current?.value === registry.version && (registry.outlets.length === 0 || (await db.outlets.count()) > 0)) {
    return { seeded: false };
  }
  const rows = registry.outlets.map((outlet) => toStored(outlet, deps.normalize));
  await db.transaction('rw', db.outlets, db.meta, async () => {
    await db.outlets.clear();
    await db.outlets.bulkPut(rows);
    await db.meta.put({ key: META_REGISTRY_VERSION, value: registry.version });
  });
  return { seeded: true };
}

const readiness = new WeakMap<BackgroundDeps, Promise<unknown>>();

/** `ensureSeeded` once per worker life (per deps); a failure is forgotten so the next request retries. */
export function whenSeeded(deps: BackgroundDeps): Promise<unknown> {
  let pending = readiness.get(deps);
  if (!pending) {
    pending = ensureSeeded(deps).catch((error: unknown) => {
      readiness.delete(deps);
      throw error;
    });
    readiness.set(deps, pending);
  }
  return pending;
}
