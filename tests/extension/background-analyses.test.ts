// Analyses, tab state, history and the toolbar badge: cached per page, bounded (entries and bytes, least
// recently used first), surviving a stopped worker, no lost writes when many tabs submit at once, and a
// full disk evicting and retrying instead of failing the page.
import { Dexie, type DBCore, type Middleware } from 'dexie';
import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBadgeSetter, createHandlers, isQuotaError, RELAY_BADGE_COLOR } from '../../lib/background';
import { META_ANALYSES_BYTES, openDb } from '../../lib/db';
import { request } from '../../lib/messaging';
import { article, contentScript, freshDbName, makeDeps, OWN_PAGE, serveContext } from './background-helpers';

const RELAYED = 'Rabat — according to Reuters, citing AFP, the talks resumed on Monday.';
const FIRSTHAND = 'Our reporter in Tiznit saw the market reopen this morning.';

describe('analysis:submit and analysis:get-for-tab', () => {
  it('stores the analysis for the tab, answers the popup, and serves an unchanged page from the cache', async () => {
    const { server, analyzer, db } = serveContext();
    const url = 'https://www.hespress.com/a-1.html';
    server.as(contentScript(11, url));
    const first = await request('analysis:submit', { article: article(url, RELAYED) });
    expect(first.originalOutlet?.id).toBe('afp');
    expect(first.hostOutlet?.id).toBe('hespress');
    expect(analyzer.calls).toBe(1);
    await request('analysis:submit', { article: article(url, RELAYED) });
    expect(analyzer.calls).toBe(1);
    // The article changed (late-loading text): analysed again.
    await request('analysis:submit', { article: article(url, `${RELAYED} More text from Le Monde.`) });
    expect(analyzer.calls).toBe(2);
    expect(await db.analyses.count()).toBe(1);

    server.as(OWN_PAGE());
    const state = await request('analysis:get-for-tab', { tabId: 11 });
    expect(state).toMatchObject({ status: 'analysed', url, analysis: { originalOutlet: { id: 'le-monde' } } });
    expect(await request('analysis:get-for-tab', { tabId: 12 })).toEqual({ status: 'unknown' });
  });

  it('records a page that is not an article, or paused, for its tab', async () => {
    const { server } = serveContext();
    server.as(contentScript(3, 'https://example.com/'));
    expect(await request('analysis:none', { url: 'https://example.com/', reason: 'not-article' })).toBeNull();
    server.as(OWN_PAGE());
    expect(await request('analysis:get-for-tab', { tabId: 3 })).toMatchObject({ status: 'not-article', url: 'https://example.com/' });
  });

  it('analyses again when the reader adds an outlet (the cache key includes their outlets)', async () => {
    const { server, analyzer } = serveContext();
    const url = 'https://www.hespress.com/a-2.html';
    server.as(contentScript(1, url));
    const text = 'Selon le Journal de Tiznit, la route est coupée.';
    expect((await request('analysis:submit', { article: article(url, text) })).originalOutlet).toBeNull();
    server.as(OWN_PAGE());
    await request('custom-outlet:put', { outlet: { id: 'journal-tiznit', name: 'Journal de Tiznit' } });
    server.as(contentScript(1, url));
    expect((await request('analysis:submit', { article: article(url, text) })).originalOutlet?.id).toBe('journal-tiznit');
    expect(analyzer.calls).toBe(2);
  });

  it('answers correctly after the worker is stopped between two requests (a fresh worker on the same database)', async () => {
    const name = freshDbName();
    const before = serveContext({ name });
    before.server.as(contentScript(21, 'https://www.hespress.com/a-3.html'));
    await request('analysis:submit', { article: article('https://www.hespress.com/a-3.html', RELAYED) });
    before.server.as(OWN_PAGE());
    await request('preference:set', { outletId: 'afp', mark: 'trusted' });
    // The worker goes: its listener and every in-memory object with it.
    before.server.stop();
    before.db.close();

    const after = serveContext({ name });
    const state = await request('analysis:get-for-tab', { tabId: 21 });
    expect(state).toMatchObject({ status: 'analysed', analysis: { originalOutlet: { id: 'afp' } } });
    expect(await request('preference:list', {})).toMatchObject([{ outletId: 'afp', mark: 'trusted' }]);
    expect(await request('outlet:get', { id: 'reuters' })).toMatchObject({ name: 'Reuters' });
    // The same page again in the new worker comes from the cache.
    after.server.as(contentScript(21, 'https://www.hespress.com/a-3.html'));
    await request('analysis:submit', { article: article('https://www.hespress.com/a-3.html', RELAYED) });
    expect(after.analyzer.calls).toBe(0);
  });

  it('stores twenty analyses when twenty tabs submit at once (no lost writes)', async () => {
    const { deps, db } = makeDeps();
    const handlers = createHandlers(deps);
    const urls = Array.from({ length: 20 }, (_, i) => `https://www.hespress.com/story-${i}.html`);
    await Promise.all(
      urls.map((url, i) => handlers['analysis:submit']({ article: article(url, i % 2 ? RELAYED : FIRSTHAND) }, contentScript(100 + i, url))),
    );
    expect((await db.analyses.toArray()).map((a) => a.url).toSorted()).toEqual([...urls].toSorted());
    expect(await db.tabs.count()).toBe(20);
    expect(await db.history.count()).toBe(20);
    const total = (await db.analyses.toArray()).reduce((sum, a) => sum + a.bytes, 0);
    expect(Number((await db.meta.get(META_ANALYSES_BYTES))?.value)).toBe(total);
    for (let i = 0; i < 20; i++) {
      expect(await handlers['analysis:get-for-tab']({ tabId: 100 + i }, OWN_PAGE())).toMatchObject({ status: 'analysed', url: urls[i] });
    }
  });
});

describe('bounded cache', () => {
  it('evicts the least recently used analyses beyond the entry bound', async () => {
    const { deps, db } = makeDeps({ limits: { maxAnalyses: 3 } });
    const handlers = createHandlers(deps);
    const submit = (n: number) => handlers['analysis:submit']({ article: article(`https://a.example/${n}`, RELAYED) }, contentScript(n, `https://a.example/${n}`));
    await submit(1);
    await submit(2);
    await submit(3);
    // The popup reads page 1: it becomes recently used.
    await handlers['analysis:get-for-tab']({ tabId: 1 }, OWN_PAGE());
    await submit(4);
    expect((await db.analyses.toArray()).map((a) => a.url).toSorted()).toEqual(['https://a.example/1', 'https://a.example/3', 'https://a.example/4']);
    expect(await handlers['analysis:get-for-tab']({ tabId: 2 }, OWN_PAGE())).toEqual({ status: 'unknown' });
  });

  it('evicts beyond the byte bound and keeps the running byte total exact', async () => {
    const probe = makeDeps();
    const one = JSON.stringify(probe.analyzer.analyze(article('https://a.example/x', RELAYED), [], {})).length * 2;
    const { deps, db } = makeDeps({ limits: { maxAnalysisBytes: Math.floor(one * 2.5) } });
    const handlers = createHandlers(deps);
    for (let n = 0; n < 6; n++) {
      await handlers['analysis:submit']({ article: article(`https://a.example/${n}`, RELAYED) }, contentScript(n, `https://a.example/${n}`));
    }
    const rows = await db.analyses.toArray();
    expect(rows.map((a) => a.url).toSorted()).toEqual(['https://a.example/4', 'https://a.example/5']);
    const counts = await handlers['cache:counts']({}, OWN_PAGE());
    expect(counts).toEqual({ analyses: 2, bytes: rows.reduce((s, a) => s + a.bytes, 0), history: 6 });
  });

  it('bounds the history, dropping the oldest entries', async () => {
    const { deps, db } = makeDeps({ limits: { maxHistory: 5 } });
    const handlers = createHandlers(deps);
    for (let n = 0; n < 8; n++) {
      await handlers['analysis:submit']({ article: article(`https://a.example/${n}`, FIRSTHAND) }, contentScript(1, `https://a.example/${n}`));
    }
    expect((await db.history.orderBy('id').toArray()).map((h) => h.url)).toEqual([3, 4, 5, 6, 7].map((n) => `https://a.example/${n}`));
  });

  it('clears the cache (and the history unless kept), leaving reader data', async () => {
    const { server, db } = serveContext();
    server.as(contentScript(1, 'https://a.example/1'));
    await request('analysis:submit', { article: article('https://a.example/1', RELAYED) });
    server.as(OWN_PAGE());
    await request('preference:set', { outletId: 'afp', mark: 'trusted' });
    expect(await request('cache:clear', { keepHistory: true })).toEqual({ analyses: 0, bytes: 0, history: 1 });
    expect(await request('cache:clear', {})).toEqual({ analyses: 0, bytes: 0, history: 0 });
    expect(await request('analysis:get-for-tab', { tabId: 1 })).toEqual({ status: 'unknown' });
    expect(await db.preferences.count()).toBe(1);
  });
});

describe('history', () => {
  it('appends one entry per page visit; the same page again in the same tab updates it', async () => {
    const { deps, db, clock } = makeDeps();
    const handlers = createHandlers(deps);
    const url = 'https://www.hespress.com/visit.html';
    clock.now = 5_000;
    await handlers['analysis:submit']({ article: article(url, FIRSTHAND) }, contentScript(7, url));
    // Retried request, late-loaded text: the same visit.
    await handlers['analysis:submit']({ article: article(url, FIRSTHAND) }, contentScript(7, url));
    await handlers['analysis:submit']({ article: article(url, RELAYED) }, contentScript(7, url));
    let history = await db.history.toArray();
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ url, host: 'hespress.com', hostOutletId: 'hespress', originalOutletId: 'afp', at: 5_000 });
    expect(history[0]!.outletIds.toSorted()).toEqual(['afp', 'reuters']);
    // Another page, then back: two more visits. Another tab on the same page: one more.
    await handlers['analysis:submit']({ article: article('https://a.example/other', FIRSTHAND) }, contentScript(7, 'https://a.example/other'));
    await handlers['analysis:submit']({ article: article(url, RELAYED) }, contentScript(7, url));
    await handlers['analysis:submit']({ article: article(url, RELAYED) }, contentScript(8, url));
    history = await db.history.orderBy('id').toArray();
    expect(history.map((h) => h.url)).toEqual([url, 'https://a.example/other', url, url]);
  });

  it('writes no history for a request without a tab (not a page visit)', async () => {
    const { deps, db } = makeDeps();
    await createHandlers(deps)['analysis:submit']({ article: article('https://a.example/1', RELAYED) }, OWN_PAGE());
    expect(await db.history.count()).toBe(0);
    expect(await db.analyses.count()).toBe(1);
  });
});

/** A DBCore middleware that fails the next `n` writes to `table` with a QuotaExceededError. */
function quotaFailures(table: string, state: { left: number; seen: number }): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'quota-failures',
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        return {
          ...t,
          mutate: (req) => {
            if (name === table && req.type === 'put' && state.left > 0) {
              state.left--;
              state.seen++;
              return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
            }
            return t.mutate(req);
          },
        };
      },
    }),
  };
}

describe('quota errors', () => {
  it('recognises a quota error however it is wrapped', () => {
    const dom = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaError(dom)).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('full', dom))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', dom))).toBe(true);
    expect(isQuotaError(new Dexie.BulkError('bulk', [dom]))).toBe(true);
    expect(isQuotaError({ name: 'Error', cause: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted'))).toBe(false);
    expect(isQuotaError(new Error('disk on fire'))).toBe(false);
  });

  it('evicts old analyses and retries the write, and the page gets its analysis', async () => {
    const db = openDb(freshDbName());
    const state = { left: 1, seen: 0 };
    db.use(quotaFailures('analyses', state));
    const { deps } = makeDeps({ db });
    const handlers = createHandlers(deps);
    state.left = 0;
    for (let n = 0; n < 8; n++) {
      await handlers['analysis:submit']({ article: article(`https://a.example/${n}`, RELAYED) }, contentScript(n, `https://a.example/${n}`));
    }
    state.left = 1;
    const analysis = await handlers['analysis:submit']({ article: article('https://a.example/new', RELAYED) }, contentScript(50, 'https://a.example/new'));
    expect(state.seen).toBe(1);
    expect(analysis.originalOutlet?.id).toBe('afp');
    const urls = (await db.analyses.toArray()).map((a) => a.url);
    expect(urls).toContain('https://a.example/new');
    expect(urls).not.toContain('https://a.example/0');
    expect(urls.length).toBeLessThan(9);
    const total = (await db.analyses.toArray()).reduce((s, a) => s + a.bytes, 0);
    expect(Number((await db.meta.get(META_ANALYSES_BYTES))?.value)).toBe(total);
  });

  it('still answers the page when the disk stays full (the analysis is just not cached)', async () => {
    const db = openDb(freshDbName());
    const state = { left: 1_000, seen: 0 };
    db.use(quotaFailures('analyses', state));
    const { deps } = makeDeps({ db });
    const handlers = createHandlers(deps);
    const analysis = await handlers['analysis:submit']({ article: article('https://a.example/full', RELAYED) }, contentScript(1, 'https://a.example/full'));
    expect(analysis.originalOutlet?.id).toBe('afp');
    expect(await db.analyses.count()).toBe(0);
    expect(await db.history.count()).toBe(1);
  });
});

describe('toolbar badge', () => {
  it('shows per tab whether the page relays another outlet', async () => {
    const { deps } = makeDeps();
    deps.setBadge = createBadgeSetter(browser.action);
    const handlers = createHandlers(deps);
    await handlers['analysis:submit']({ article: article('https://www.hespress.com/r.html', RELAYED) }, contentScript(31, 'https://www.hespress.com/r.html'));
    await handlers['analysis:submit']({ article: article('https://www.hespress.com/f.html', FIRSTHAND) }, contentScript(32, 'https://www.hespress.com/f.html'));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 31 })).toBe('2');
    expect(await fakeBrowser.action.getTitle({ tabId: 31 })).toBe('Isnad: relays Agence France-Presse (via Reuters)');
    const [r, g, b] = await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 31 });
    expect(`#${[r, g, b].map((c) => c!.toString(16).padStart(2, '0')).join('')}`).toBe(RELAY_BADGE_COLOR);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 32 })).toBe('');
    // The page navigates to something that is not an article: the badge goes.
    await handlers['analysis:none']({ url: 'https://www.hespress.com/', reason: 'not-article' }, contentScript(31, 'https://www.hespress.com/'));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 31 })).toBe('');
  });
});
