// Outlet look-ups, the reader's marks and outlets of their own, through the message map.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { request } from '../../lib/messaging';
import { outlet, REGISTRY_OUTLETS, serveContext } from './background-helpers';

const ids = async (query: string, limit?: number) => (await request('outlet:search', limit ? { query, limit } : { query })).map((o) => o.id);

describe('outlet:get and outlet:search', () => {
  it('seeds lazily on the first look-up and finds outlets by alias, name, id, domain and prefix', async () => {
    const { db } = serveContext();
    expect(await db.outlets.count()).toBe(0);
    expect(await request('outlet:get', { id: 'afp' })).toEqual(REGISTRY_OUTLETS[1]);
    expect(await db.outlets.count()).toBe(REGISTRY_OUTLETS.length);
    expect(await request('outlet:get', { id: 'nope' })).toBeNull();

    expect(await ids('AFP')).toEqual(['afp']);
    expect(await ids('أ ف ب')).toEqual(['afp']);
    expect(await ids('إلباييس')).toEqual(['el-pais']);
    expect(await ids('  le   MONDE ')).toEqual(['le-monde']);
    expect(await ids('reuters')).toEqual(['reuters']);
    expect(await ids('https://www.lemonde.fr/international/article.html')).toEqual(['le-monde']);
    expect(await ids('fr.hespress.com')).toEqual(['hespress']);
    expect(await ids('europe')).toEqual(['europe-1']);
    expect(await ids('الوطن')).toEqual(['alwatan-dz', 'alwatan-kw']);
    expect(await ids('الوطن', 1)).toEqual(['alwatan-dz']);
    expect(await ids('zzz')).toEqual([]);
    expect(await ids('   ')).toEqual([]);
  });
});

describe('custom outlets', () => {
  it('adds a validated outlet of the reader, with an id made from the name, findable at once', async () => {
    serveContext();
    const saved = await request('custom-outlet:put', {
      outlet: { name: 'Le Journal de Tiznit', aliases: ['Journal de Tiznit'], domains: ['WWW.Journal-Tiznit.ma'], country: 'ma', medium: 'newspaper' },
    });
    expect(saved).toMatchObject({ id: 'custom-le-journal-de-tiznit', domains: ['journal-tiznit.ma'], country: 'MA', names: {}, sharedAliases: [] });
    expect(await request('outlet:get', { id: saved.id })).toEqual(saved);
    expect((await request('outlet:search', { query: 'journal de tiznit' })).map((o) => o.id)).toEqual([saved.id]);
    expect((await request('outlet:search', { query: 'journal-tiznit.ma' })).map((o) => o.id)).toEqual([saved.id]);
    // An Arabic-only name still gets a valid, distinct id.
    const arabic = await request('custom-outlet:put', { outlet: { name: 'جريدة الشمال' } });
    expect(arabic.id).toMatch(/^custom-[a-z0-9-]+$/);
    const again = await request('custom-outlet:put', { outlet: { name: 'Le Journal de Tiznit' } });
    expect(again.id).toBe('custom-le-journal-de-tiznit-2');
  });

  it('refuses a malformed outlet with the field named, and stores nothing', async () => {
    const { db } = serveContext();
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '' }, 'invalid outlet: name: must not be empty'],
      [{ name: 'X', domains: ['ok.example', 'https://bad.example/path'] }, 'invalid outlet: domains[1]: a host name without protocol, path or port, such as "example.com"'],
      [{ name: 'X', id: 'Not An Id' }, 'invalid outlet: id: a kebab-case ASCII id such as "my-outlet"'],
      [{ name: 'X', medium: 'blog' }, 'invalid outlet: medium: one of agency, newspaper, magazine, radio, tv, online, group'],
      [{ name: 'X', country: 'Morocco' }, 'invalid outlet: country: an ISO 3166-1 alpha-2 code such as "MA"'],
      [{ name: 'X', founded: 19.5 }, 'invalid outlet: founded: a year'],
      [{ name: 'X', owner: { asOf: '2020' } }, 'invalid outlet: owner.name: required'],
    ];
    for (const [outletInput, error] of cases) {
      await expect(request('custom-outlet:put', { outlet: outletInput }), JSON.stringify(outletInput)).rejects.toThrow(error);
    }
    expect(await db.customOutlets.count()).toBe(0);
  });

  it('treats an outlet with a shipped id as a correction that wins in get and search, until deleted', async () => {
    serveContext();
    const shipped = REGISTRY_OUTLETS.find((o) => o.id === 'hespress')!;
    const correction = await request('custom-outlet:put', {
      outlet: { ...shipped, name: 'Hespress (corrected)', aliases: ['هسبريس', 'هيسبريس'], owner: { name: 'Reader Knows Co', asOf: '2025' } },
    });
    expect(correction.id).toBe('hespress');
    expect(await request('outlet:get', { id: 'hespress' })).toMatchObject({ name: 'Hespress (corrected)', owner: { name: 'Reader Knows Co' } });
    const found = await request('outlet:search', { query: 'هسبريس' });
    expect(found).toHaveLength(1);
    expect(found[0]!.name).toBe('Hespress (corrected)');
    expect((await request('outlet:search', { query: 'هيسبريس' })).map((o) => o.name)).toEqual(['Hespress (corrected)']);
    expect((await request('outlet:search', { query: 'hespress.com' })).map((o) => o.name)).toEqual(['Hespress (corrected)']);

    await request('preference:set', { outletId: 'hespress', mark: 'trusted' });
    await request('custom-outlet:delete', { id: 'hespress' });
    expect(await request('outlet:get', { id: 'hespress' })).toEqual(shipped);
    // Deleting a correction keeps the reader's mark on the shipped outlet.
    expect(await request('preference:list', {})).toHaveLength(1);
  });

  it("deletes a reader's own outlet together with its mark and ratings, idempotently", async () => {
    const { db } = serveContext();
    const mine = await request('custom-outlet:put', { outlet: { id: 'my-paper', name: 'My Paper', domains: ['my-paper.example'] } });
    await request('preference:set', { outletId: mine.id, mark: 'preferred', note: 'local' });
    await request('ratings:import-csv', { csv: 'outlet,rating\nmy-paper.example,A\nAFP,B', source: 'Club' });
    await request('custom-outlet:delete', { id: mine.id });
    await request('custom-outlet:delete', { id: mine.id });
    expect(await request('outlet:get', { id: mine.id })).toBeNull();
    expect(await db.preferences.count()).toBe(0);
    expect((await db.ratings.toArray()).map((r) => r.outletId)).toEqual(['afp']);
  });
});

describe('preferences and details', () => {
  it('sets, updates, lists and clears a mark with its note', async () => {
    const { clock } = serveContext();
    clock.now = 1000;
    expect(await request('preference:set', { outletId: 'afp', mark: 'trusted', note: ' wire service ' })).toEqual({
      outletId: 'afp',
      mark: 'trusted',
      note: 'wire service',
      updatedAt: 1000,
    });
    // Changing the mark keeps the note when none is given; the same request twice gives the same state.
    await request('preference:set', { outletId: 'afp', mark: 'preferred' });
    await request('preference:set', { outletId: 'afp', mark: 'preferred' });
    expect(await request('preference:list', {})).toEqual([{ outletId: 'afp', mark: 'preferred', note: 'wire service', updatedAt: 1002 }]);
    // No mark but a note: kept.
    expect(await request('preference:set', { outletId: 'afp', mark: null })).toMatchObject({ mark: null, note: 'wire service' });
    // No mark and no note: gone.
    expect(await request('preference:set', { outletId: 'afp', mark: null, note: '' })).toBeNull();
    expect(await request('preference:list', {})).toEqual([]);
    await expect(request('preference:set', { outletId: 'unknown-outlet', mark: 'avoided' })).rejects.toThrow('unknown outlet: unknown-outlet');
  });

  it('gives an outlet with its mark and imported ratings, and stats', async () => {
    serveContext();
    await request('preference:set', { outletId: 'reuters', mark: 'trusted' });
    await request('ratings:import-csv', { csv: 'outlet,rating,note\nReuters,A,solid', source: 'Press council' });
    const details = await request('outlet:details', { id: 'reuters' });
    expect(details).toMatchObject({
      outlet: { id: 'reuters' },
      preference: { mark: 'trusted' },
      ratings: [{ outletId: 'reuters', source: 'Press council', rating: 'A', note: 'solid' }],
    });
    expect(await request('outlet:details', { id: 'le-monde' })).toMatchObject({ preference: null, ratings: [] });
    expect(await request('outlet:details', { id: 'nope' })).toBeNull();
    expect(await request('stats:get', {})).toEqual({
      outlets: REGISTRY_OUTLETS.length,
      analyses: 0,
      registryVersion: 'test-1',
      customOutlets: 0,
      preferences: 1,
      ratings: 1,
      history: 0,
    });
    expect(fakeBrowser.runtime.id).toBeTruthy();
  });

  it('keeps the helper registry realistic (an outlet built by the helper is a full record)', () => {
    expect(Object.keys(outlet('a', 'A')).toSorted()).toEqual(Object.keys(REGISTRY_OUTLETS[0]!).toSorted());
  });
});
