// The database's released history: a v1 database holding reader data upgrades with 100% of it kept, and
// a registry update re-seeds `outlets` without touching a reader table.
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { ensureSeeded, whenSeeded } from '../../lib/background';
import { META_ANALYSES_BYTES, META_REGISTRY_VERSION, openDb, STORES_V1, STORES_V2 } from '../../lib/db';
import fixture from './fixtures/isnad-db-v1.json';
import { freshDbName, makeDeps, outlet, REGISTRY_OUTLETS } from './background-helpers';

type Row = Record<string, unknown>;

async function createV1Database(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(fixture.version).stores(fixture.stores);
  await v1.open();
  await v1.transaction('rw', v1.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await v1.table(table).bulkAdd(rows as Row[]);
  });
  v1.close();
}

describe('schema versions', () => {
  it('keeps the released v1 schema declared as it shipped (the fixture was made with it)', () => {
    expect(fixture.stores).toEqual(STORES_V1);
    const db = openDb(freshDbName());
    expect(db.verno).toBe(2);
    expect(Object.keys(STORES_V2).toSorted()).toEqual(db.tables.map((t) => t.name).toSorted());
  });

  it('upgrades a v1 database and keeps every reader row, field for field', async () => {
    const name = freshDbName('isnad-v1');
    await createV1Database(name);
    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(2);

    const prefs = await db.preferences.orderBy('outletId').toArray();
    expect(prefs).toHaveLength(fixture.tables.preferences.length);
    for (const old of fixture.tables.preferences) {
      expect(prefs.find((p) => p.outletId === old.outletId)).toEqual({ ...old, note: '' });
    }
    const custom = await db.customOutlets.toArray();
    expect(custom).toEqual(expect.arrayContaining(fixture.tables.customOutlets as unknown[]));
    expect(custom).toHaveLength(fixture.tables.customOutlets.length);
    const ratings = await db.ratings.orderBy('id').toArray();
    expect(ratings).toEqual(fixture.tables.ratings);
    // The new compound index works on upgraded rows.
    expect(await db.ratings.where('[outletId+source]').equals(['reuters', 'Press council']).count()).toBe(1);

    const analyses = await db.analyses.toArray();
    expect(analyses).toHaveLength(1);
    const [cached] = analyses;
    expect(cached).toMatchObject(fixture.tables.analyses[0]!);
    expect(cached!.lastAccess).toBe(fixture.tables.analyses[0]!.at);
    expect(cached!.bytes).toBeGreaterThan(0);
    expect(Number((await db.meta.get(META_ANALYSES_BYTES))?.value)).toBe(cached!.bytes);
    expect(await db.history.count()).toBe(0);
    expect(await db.tabs.count()).toBe(0);
    db.close();
  });

  it('re-seeds the upgraded outlets from the new registry and leaves reader tables alone', async () => {
    const name = freshDbName('isnad-v1');
    await createV1Database(name);
    const { deps, db } = makeDeps({ name, registry: { version: 'v2-registry', outlets: REGISTRY_OUTLETS } });
    expect(await ensureSeeded(deps)).toEqual({ seeded: true });
    expect(await db.outlets.count()).toBe(REGISTRY_OUTLETS.length);
    expect(await db.outlets.get('old-gone-outlet')).toBeUndefined();
    expect((await db.meta.get(META_REGISTRY_VERSION))?.value).toBe('v2-registry');
    expect(await db.preferences.count()).toBe(3);
    expect(await db.customOutlets.count()).toBe(2);
    expect(await db.ratings.count()).toBe(3);
    expect(await db.analyses.count()).toBe(1);
    db.close();
  });
});

describe('registry seeding', () => {
  it('seeds once per registry version; a new version replaces outlets but keeps preferences, custom outlets and ratings', async () => {
    const name = freshDbName();
    const first = makeDeps({ name });
    expect(await ensureSeeded(first.deps)).toEqual({ seeded: true });
    expect(await ensureSeeded(first.deps)).toEqual({ seeded: false });
    const { db } = first;
    const stored = await db.outlets.get('afp');
    expect(stored?.aliasKeys).toEqual(expect.arrayContaining(['agence france-presse', 'afp', 'ا ف ب']));

    await db.preferences.put({ outletId: 'afp', mark: 'trusted', note: 'wire', updatedAt: 1 });
    await db.customOutlets.put({ ...outlet('my-paper', 'My Paper'), aliasKeys: ['my paper'] });
    await db.ratings.add({ outletId: 'afp', source: 'Club', rating: 'A', importedAt: 1 });
    await db.history.add({ url: 'https://x.example/', host: 'x.example', originalOutletId: 'afp', outletIds: ['afp'], at: 1 });
    db.close();

    const updated = [...REGISTRY_OUTLETS.filter((o) => o.id !== 'europe-1'), outlet('new-outlet', 'New Outlet', { domains: ['new.example'] })];
    const second = makeDeps({ name, registry: { version: 'test-2', outlets: updated } });
    expect(await ensureSeeded(second.deps)).toEqual({ seeded: true });
    const db2 = second.db;
    expect(await db2.outlets.get('europe-1')).toBeUndefined();
    expect(await db2.outlets.get('new-outlet')).toBeDefined();
    expect(await db2.outlets.count()).toBe(updated.length);
    expect(await db2.preferences.get('afp')).toEqual({ outletId: 'afp', mark: 'trusted', note: 'wire', updatedAt: 1 });
    expect(await db2.customOutlets.get('my-paper')).toBeDefined();
    expect(await db2.ratings.count()).toBe(1);
    expect(await db2.history.count()).toBe(1);
    db2.close();
  });

  it('re-seeds when a previous seed never finished (no version recorded) and seeds only once when asked concurrently', async () => {
    const { deps, db } = makeDeps();
    await db.outlets.put({ ...REGISTRY_OUTLETS[0]!, aliasKeys: [] });
    const results = await Promise.all([whenSeeded(deps), whenSeeded(deps), whenSeeded(deps)]);
    expect(results).toHaveLength(3);
    expect(await db.outlets.count()).toBe(REGISTRY_OUTLETS.length);
    expect((await db.meta.get(META_REGISTRY_VERSION))?.value).toBe('test-1');
  });
});
