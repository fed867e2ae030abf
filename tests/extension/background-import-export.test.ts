// The reader's data leaves and comes back as one JSON document, and ratings come in as CSV. Either file
// is checked whole first: a malformed one gets an error naming where (JSON path, or CSV line and field)
// and changes nothing.
import { describe, expect, it } from 'vitest';
import type { ExportBundle } from '../../lib/protocol';
import { parseCsv } from '../../lib/background';
import { request } from '../../lib/messaging';
import { serveContext } from './background-helpers';

async function fillReaderData() {
  await request('custom-outlet:put', { outlet: { id: 'my-paper', name: 'My Paper', names: { ar: 'جريدتي' }, aliases: ['جريدتي'], domains: ['my-paper.example'], country: 'MA', medium: 'newspaper', founded: 2001 } });
  await request('custom-outlet:put', { outlet: { id: 'hespress', name: 'Hespress', aliases: ['هسبريس'], domains: ['hespress.com'], country: 'MA', medium: 'online', owner: { name: 'Hespress Media', asOf: '2024' } } });
  await request('preference:set', { outletId: 'afp', mark: 'trusted', note: 'wire' });
  await request('preference:set', { outletId: 'my-paper', mark: 'preferred' });
  await request('ratings:import-csv', { csv: 'outlet,rating,note\nAFP,A,"fast, careful"\nmy-paper,B', source: 'Media club' });
}

function withoutTime(bundle: ExportBundle) {
  const { exportedAt: _at, ...rest } = bundle;
  return rest;
}

describe('data:export and data:import', () => {
  it('gives back the same data after export then import into an empty profile', async () => {
    const first = serveContext();
    await fillReaderData();
    const exported = await request('data:export', {});
    expect(exported).toMatchObject({ format: 'isnad-export', version: 1 });
    expect(exported.preferences).toHaveLength(2);
    expect(exported.customOutlets.map((o) => o.id)).toEqual(['hespress', 'my-paper']);
    expect(exported.ratings).toHaveLength(2);
    expect(exported.ratings[0]).not.toHaveProperty('id');
    expect(exported.customOutlets[0]).not.toHaveProperty('aliasKeys');
    first.server.stop();

    const second = serveContext();
    expect(await request('data:import', { json: JSON.stringify(exported) })).toEqual({ preferences: 2, customOutlets: 2, ratings: 2 });
    expect(withoutTime(await request('data:export', {}))).toEqual(withoutTime(exported));
    // Imported outlets are searchable like any other.
    expect((await request('outlet:search', { query: 'جريدتي' })).map((o) => o.id)).toEqual(['my-paper']);
    // Importing the same file again changes nothing (no duplicate ratings).
    await request('data:import', { json: JSON.stringify(exported) });
    expect(withoutTime(await request('data:export', {}))).toEqual(withoutTime(exported));
    expect(await second.db.ratings.count()).toBe(2);
  });

  it('merges by default and replaces on request', async () => {
    serveContext();
    await fillReaderData();
    const bundle = {
      format: 'isnad-export',
      version: 1,
      preferences: [{ outletId: 'reuters', mark: 'avoided', note: '', updatedAt: 5 }],
      customOutlets: [],
      ratings: [{ outletId: 'afp', source: 'Media club', rating: 'A+', importedAt: 9 }],
    };
    await request('data:import', { json: JSON.stringify(bundle) });
    let data = await request('data:export', {});
    expect(data.preferences.map((p) => p.outletId)).toEqual(['afp', 'my-paper', 'reuters']);
    expect(data.ratings.map((r) => `${r.outletId}:${r.rating}`).toSorted()).toEqual(['afp:A+', 'my-paper:B']);
    await request('data:import', { json: JSON.stringify(bundle), mode: 'replace' });
    data = await request('data:export', {});
    expect(data.preferences.map((p) => p.outletId)).toEqual(['reuters']);
    expect(data.customOutlets).toEqual([]);
    expect(data.ratings.map((r) => r.outletId)).toEqual(['afp']);
  });

  it('refuses a malformed file with the JSON path of the problem and changes nothing', async () => {
    serveContext();
    await fillReaderData();
    const before = withoutTime(await request('data:export', {}));
    const good = { format: 'isnad-export', version: 1, preferences: [], customOutlets: [] as unknown[], ratings: [] };
    const outlets = [0, 1, 2, 3].map((n) => ({ id: `o-${n}`, name: `Outlet ${n}`, domains: [`o${n}.example`] }));
    const cases: [string, string][] = [
      ['{"format": "isnad-export", "version": 1,', 'not a JSON file: '],
      [JSON.stringify({ ...good, format: 'other' }), 'format: must be "isnad-export"'],
      [JSON.stringify({ ...good, version: 2 }), 'version: this Isnad reads version 1 files'],
      [JSON.stringify({ ...good, customOutlets: [...outlets.slice(0, 3), { ...outlets[3], domains: ['http://o3.example/x'] }] }), 'customOutlets[3].domains[0]: a host name without protocol, path or port'],
      [JSON.stringify({ ...good, customOutlets: [{ ...outlets[0], name: 7 }] }), 'customOutlets[0].name: Invalid type: Expected string but received 7'],
      [JSON.stringify({ ...good, preferences: [{ outletId: 'afp', mark: 'loved' }] }), 'preferences[0].mark: one of preferred, trusted, avoided or null'],
      [JSON.stringify({ ...good, ratings: [{ outletId: 'afp', source: '', rating: 'A' }] }), 'ratings[0].source: must not be empty'],
      [JSON.stringify({ ...good, preferences: undefined }), 'preferences: required'],
      [JSON.stringify({ ...good, customOutlets: [outlets[0], outlets[1], outlets[0]] }), 'customOutlets[2].id: "o-0" is also at customOutlets[0]'],
      [
        JSON.stringify({ ...good, ratings: [{ outletId: 'afp', source: 'S', rating: 'A' }, { outletId: 'afp', source: 'S', rating: 'B' }] }),
        'ratings[1]: a second rating of "afp" by the same source (first at ratings[0])',
      ],
    ];
    for (const [json, error] of cases) {
      await expect(request('data:import', { json, mode: 'replace' }), json.slice(0, 80)).rejects.toThrow(error);
    }
    expect(withoutTime(await request('data:export', {}))).toEqual(before);
  });
});

describe('ratings:import-csv', () => {
  it('resolves outlets by id, name, alias or domain and credits the named source', async () => {
    const { db, clock } = serveContext();
    clock.now = 42;
    const csv = ['\uFEFFOutlet,Rating,Note,Ignored', 'afp,A,,x', '"Le Monde","B+","said ""fine"", mostly"', 'https://www.reuters.com/world/,A-', 'إلباييس,C', ''].join('\r\n');
    expect(await request('ratings:import-csv', { csv, source: 'Press council' })).toEqual({ preferences: 0, customOutlets: 0, ratings: 4 });
    const rows = await db.ratings.orderBy('id').toArray();
    expect(rows.map(({ id: _id, ...r }) => r)).toEqual([
      { outletId: 'afp', source: 'Press council', rating: 'A', importedAt: 42 },
      { outletId: 'le-monde', source: 'Press council', rating: 'B+', note: 'said "fine", mostly', importedAt: 42 },
      { outletId: 'reuters', source: 'Press council', rating: 'A-', importedAt: 42 },
      { outletId: 'el-pais', source: 'Press council', rating: 'C', importedAt: 42 },
    ]);
    // A new file from the same source replaces that source's rating of an outlet; another source adds.
    await request('ratings:import-csv', { csv: 'outlet;rating\nAFP;B', source: 'Press council' });
    await request('ratings:import-csv', { csv: 'outlet\trating\nAFP\t5/5', source: 'Club' });
    expect((await db.ratings.where('outletId').equals('afp').toArray()).map((r) => `${r.source}:${r.rating}`).toSorted()).toEqual(['Club:5/5', 'Press council:B']);
  });

  it('refuses the file with the line number and field, and writes nothing', async () => {
    const { db } = serveContext();
    const cases: [string, string][] = [
      ['', 'line 1: the file is empty'],
      ['name,score\nAFP,A', 'line 1: no "outlet" column'],
      ['outlet,rating\nAFP,A\nNo Such Outlet,B', 'line 3, outlet: unknown outlet "No Such Outlet"'],
      ['outlet,rating\nAFP,A\n\nReuters,', 'line 4, rating: empty'],
      ['outlet,rating\nAFP,A\n,B', 'line 3, outlet: empty'],
      ['outlet,rating\nالوطن,A', 'line 2, outlet: "الوطن" names several outlets (alwatan-dz, alwatan-kw); write the id'],
      ['outlet,rating,note\nAFP,A,"multi\nline note"\nReuters,A\nAFP,B', 'line 5, outlet: afp is already rated on line 2'],
      ['outlet,rating\nAFP,"A\nReuters,B', 'line 2: a quoted field is never closed'],
    ];
    for (const [csv, error] of cases) {
      await expect(request('ratings:import-csv', { csv, source: 'Club' }), csv).rejects.toThrow(error);
    }
    expect(await db.ratings.count()).toBe(0);
  });

  it('parses RFC 4180 CSV with line numbers of each record', () => {
    expect(parseCsv('a,b\n"x\ny",z\r\n\n1,"2"""')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x\ny', 'z'] },
      { line: 5, fields: ['1', '2"'] },
    ]);
  });
});
