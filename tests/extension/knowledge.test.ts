// The real engine behind the background: the shipped registry plus the reader's outlets. A reader's new
// outlet is recognised in articles, and a correction replaces the shipped record (its old aliases stop
// pointing at it).
import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from '../../engine';
import type { OutletRecord } from '../../engine/types';
import { createHandlers } from '../../lib/background';
import { createAnalyzer, getKnowledge, mergeAliasIndexes, shippedOutlets, shippedRegistry } from '../../lib/knowledge';
import { contentScript, makeDeps, outlet } from './background-helpers';

const WIRE = 'RABAT (Reuters) - The talks resumed on Monday in the capital, officials said.';

describe('knowledge', () => {
  it('ships a registry with a version and builds its index', () => {
    expect(shippedRegistry.version).toMatch(/\S/);
    expect(shippedRegistry.outlets.length).toBeGreaterThan(100);
    expect(getKnowledge().registry.byId('reuters')?.name).toBe('Reuters');
  });

  it("recognises a reader's new outlet and lets a correction replace a shipped one", () => {
    const analyzer = createAnalyzer();
    const url = 'https://www.hespress.com/x.html';
    expect(analyzer.analyze({ text: WIRE, url, lang: 'en' }, [], {}).originalOutlet?.id).toBe('reuters');

    const mine = outlet('tiznit-wire', 'Tiznit Wire', { aliases: ['Tiznit Wire'], medium: 'agency', country: 'MA' });
    const text = 'TIZNIT (Tiznit Wire) - The market reopened on Monday, the local council said.';
    expect(analyzer.analyze({ text, url, lang: 'en' }, [mine], {}).originalOutlet?.id).toBe('tiznit-wire');

    const shipped = shippedOutlets.find((o) => o.id === 'reuters')!;
    const corrected: OutletRecord = { ...shipped, name: 'Reuters (corrected)', country: 'XX' };
    const result = analyzer.analyze({ text: WIRE, url, lang: 'en' }, [corrected], {});
    expect(result.originalOutlet).toMatchObject({ id: 'reuters', name: 'Reuters (corrected)' });
  });

  it("drops a corrected outlet's old aliases from the merged alias index", () => {
    const base = { format: 1 as const, version: 'b', aliases: { 'old name': [['x'], 0] as [string[], number], shared: [['x', 'y'], 2] as [string[], number] } };
    const merged = mergeAliasIndexes(base, [outlet('x', 'New Name')]);
    expect(merged.aliases['old name']).toBeUndefined();
    expect(merged.aliases.shared).toEqual([['y'], 2]);
    expect(merged.aliases['new name']?.[0]).toEqual(['x']);
  });

  it('runs the background on the real engine and registry', async () => {
    const { deps, db } = makeDeps({ registry: { version: shippedRegistry.version, outlets: [...shippedRegistry.outlets] } });
    deps.analyzer = createAnalyzer();
    deps.normalize = normalizeForMatch;
    const handlers = createHandlers(deps);
    const url = 'https://www.hespress.com/wire.html';
    const analysis = await handlers['analysis:submit']({ article: { text: WIRE, url, lang: 'en' } }, contentScript(1, url));
    expect(analysis.originalOutlet?.id).toBe('reuters');
    const found = await handlers['outlet:search']({ query: 'رويترز' }, contentScript(1, url));
    expect(found.map((o) => o.id)).toContain('reuters');
    expect(await db.outlets.count()).toBe(shippedRegistry.outlets.length);
  });
});
