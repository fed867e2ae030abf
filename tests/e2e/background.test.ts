// The background worker in real Chromium with the built extension: the registry seeded on install, the
// worker stopped between two requests and still answering from IndexedDB, twenty tabs analysed at once
// without a lost write, the per-tab toolbar badge, and messages from another extension or a web page
// refused. A second, tiny extension is loaded beside Isnad to send those foreign messages.
// The worker is stopped through CDP (as Chrome does when it idles). chrome.runtime.reload() is not used:
// headless Chromium does not bring back an extension loaded with --load-extension after it.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from './chromium';
import { chromiumArgs, EXTENSION_DIR, ROOT, readStore, serveFixtures, stopServiceWorker, waitForStore, type ExtensionSession, type FixtureServer } from './harness';

/** The few extension APIs these tests call inside Chromium (the project has no global chrome types). */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  action: { getBadgeText(details: { tabId: number }): Promise<string>; getTitle(details: { tabId: number }): Promise<string> };
};

const FIXTURES = join(ROOT, 'tests/fixtures/background');
const SHIPPED_OUTLETS = (JSON.parse(readFileSync(join(ROOT, 'assets/registry/outlets.json'), 'utf8')) as unknown[]).length;

type Reply = { ok: true; value: unknown } | { ok: false; error: string };

let session: ExtensionSession;
let otherWorker: Worker;
let server: FixtureServer;
let cleanup: () => void = () => {};

/** Isnad plus a foreign extension, with the same flags as the harness. */
async function launchWithForeignExtension(): Promise<{ session: ExtensionSession; other: Worker; cleanup: () => void }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'isnad-e2e-bg-'));
  const otherDir = mkdtempSync(join(tmpdir(), 'isnad-e2e-other-'));
  cpSync(join(FIXTURES, 'other-extension-manifest.json'), join(otherDir, 'manifest.json'));
  cpSync(join(FIXTURES, 'other-extension-sw.js'), join(otherDir, 'sw.js'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    locale: 'en-US',
    viewport: { width: 1200, height: 900 },
    args: chromiumArgs([EXTENSION_DIR, otherDir]),
  });
  const findWorker = async (file: string): Promise<Worker> => {
    for (;;) {
      const found = context.serviceWorkers().find((w) => w.url().endsWith(`/${file}`));
      if (found) return found;
      await context.waitForEvent('serviceworker', { timeout: 15_000 });
    }
  };
  const isnad = await findWorker('background.js');
  const other = await findWorker('sw.js');
  const extensionId = new URL(isnad.url()).host;
  const extensionSession: ExtensionSession = {
    context,
    extensionId,
    async worker() {
      const live = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
      return live ?? (await context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(`chrome-extension://${extensionId}/`), timeout: 10_000 }));
    },
    async close() {
      await context.close();
    },
  };
  return {
    session: extensionSession,
    other,
    cleanup: () => {
      rmSync(userDataDir, { recursive: true, force: true });
      rmSync(otherDir, { recursive: true, force: true });
    },
  };
}

async function extensionPage(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  return page;
}

function ask(page: Page, type: string, payload: unknown): Promise<Reply> {
  return page.evaluate(([t, p]) => chrome.runtime.sendMessage({ isnad: 1, type: t, payload: p }) as Promise<Reply>, [type, payload] as const);
}

async function value<T>(page: Page, type: string, payload: unknown): Promise<T> {
  const reply = await ask(page, type, payload);
  if (!reply.ok) throw new Error(`${type}: ${reply.error}`);
  return reply.value as T;
}

async function workerRunning(page: Page): Promise<boolean> {
  const cdp = await session.context.newCDPSession(page);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] };
  await cdp.detach();
  return targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${session.extensionId}/`));
}

/** Stops Isnad's worker and waits until Chromium reports it gone. */
async function stopWorker(page: Page): Promise<void> {
  // A late event (a tab finishing its work) can wake the worker right after a stop: stop it again then.
  for (let attempt = 0; attempt < 3; attempt++) {
    await stopServiceWorker(session);
    for (let i = 0; i < 40 && (await workerRunning(page)); i++) await new Promise((r) => setTimeout(r, 50));
    if (!(await workerRunning(page))) break;
  }
  expect(await workerRunning(page)).toBe(false);
}

beforeAll(async () => {
  server = await serveFixtures([FIXTURES]);
  const launched = await launchWithForeignExtension();
  session = launched.session;
  otherWorker = launched.other;
  cleanup = launched.cleanup;
});

afterAll(async () => {
  await session?.close();
  cleanup();
  await server?.close();
});

describe('background worker in Chromium', () => {
  it('seeds the shipped registry on install', async () => {
    const meta = await waitForStore<{ key: string; value: string }>(session, 'meta', (rows) => rows.some((r) => r.key === 'registryVersion'), 15_000);
    expect(meta.find((r) => r.key === 'registryVersion')?.value).toMatch(/\S/);
    expect((await readStore(session, 'outlets')).length).toBe(SHIPPED_OUTLETS);
  });

  it('answers correctly after the worker is stopped between two requests', async () => {
    const page = await extensionPage();
    const found = await value<{ id: string }[]>(page, 'outlet:search', { query: 'رويترز' });
    expect(found.map((o) => o.id)).toContain('reuters');
    await value(page, 'preference:set', { outletId: 'reuters', mark: 'trusted', note: 'wire' });
    // A marker in the worker's memory shows that the next answer comes from a new worker.
    await (await session.worker()).evaluate(() => {
      (globalThis as { isnadMarker?: number }).isnadMarker = 1;
    });

    await stopWorker(page);
    const prefs = await value<{ outletId: string; mark: string; note: string }[]>(page, 'preference:list', {});
    expect(prefs).toEqual([expect.objectContaining({ outletId: 'reuters', mark: 'trusted', note: 'wire' })]);
    expect(await (await session.worker()).evaluate(() => (globalThis as { isnadMarker?: number }).isnadMarker)).toBeUndefined();
    expect(await value<{ id: string } | null>(page, 'outlet:get', { id: 'reuters' })).toMatchObject({ id: 'reuters', name: 'Reuters' });

    // Stopped again between an analysed page and the popup's question about its tab.
    const article = await session.context.newPage();
    await article.goto(server.url('relay.html?restart'));
    const tabs = await waitForStore<{ tabId: number; url: string }>(session, 'tabs', (rows) => rows.some((r) => r.url === article.url()), 15_000);
    const tabId = tabs.find((r) => r.url === article.url())!.tabId;
    await stopWorker(page);
    const state = await value<{ status: string; analysis?: { originalOutlet: { id: string } | null } }>(page, 'analysis:get-for-tab', { tabId });
    expect(state).toMatchObject({ status: 'analysed', analysis: { originalOutlet: { id: 'reuters' } } });
    await article.close();
    await page.close();
  });

  it('answers malformed payloads with a clear error', async () => {
    const page = await extensionPage();
    expect(await ask(page, 'outlet:get', { id: 42 })).toEqual({ ok: false, error: 'invalid outlet:get payload: id: Invalid type: Expected string but received 42' });
    expect(await ask(page, 'no:such', {})).toEqual({ ok: false, error: 'unknown message type: no:such' });
    expect(await ask(page, 'preference:set', { outletId: 'reuters', mark: 'loved' })).toEqual({
      ok: false,
      error: 'invalid preference:set payload: mark: one of preferred, trusted, avoided or null',
    });
    expect(await ask(page, 'data:import', { json: '{"format":"isnad-export","version":1,"preferences":[],"customOutlets":[{"id":"x","name":"X","domains":["http://x.example/"]}],"ratings":[]}' })).toEqual({
      ok: false,
      error: 'customOutlets[0].domains[0]: a host name without protocol, path or port, such as "example.com"',
    });
    await page.close();
  });

  it('refuses messages from another extension and from a web page', async () => {
    const page = await extensionPage();
    await value(page, 'preference:set', { outletId: 'afp', mark: 'preferred' });
    const before = await value<unknown[]>(page, 'preference:list', {});

    const attempts = [
      { isnad: 1, type: 'cache:clear', payload: {} },
      { isnad: 1, type: 'preference:set', payload: { outletId: 'afp', mark: 'avoided' } },
      { isnad: 1, type: 'data:export', payload: {} },
    ];
    for (const message of attempts) {
      const result = (await otherWorker.evaluate(
        ([id, m]) => (self as unknown as { tryIsnad: (id: string, m: unknown) => Promise<unknown> }).tryIsnad(id, m),
        [session.extensionId, message] as const,
      )) as { reply?: unknown; error?: string };
      // Isnad listens to no external messages: Chromium finds no receiver, and no data comes back.
      expect(result, JSON.stringify(message)).toEqual({ error: expect.stringMatching(/Receiving end does not exist|Could not establish connection/) });
    }

    const web = await session.context.newPage();
    await web.goto(server.url('firsthand.html?web'));
    const fromPage = await web.evaluate(async (id) => {
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: (id: string, m: unknown) => Promise<unknown> } } }).chrome?.runtime;
      if (!runtime?.sendMessage) return 'no runtime messaging for web pages';
      try {
        return { reply: await runtime.sendMessage(id, { isnad: 1, type: 'data:export', payload: {} }) };
      } catch (error) {
        return `error: ${String(error)}`;
      }
    }, session.extensionId);
    // Isnad declares no externally_connectable: a web page cannot even address it.
    expect(fromPage).toMatch(/^(no runtime messaging for web pages|error: )/);
    await web.close();

    expect(await value<unknown[]>(page, 'preference:list', {})).toEqual(before);
    await page.close();
  });

  it('stores twenty analyses when twenty tabs are analysed at once, and badges each tab', async () => {
    const urls = Array.from({ length: 20 }, (_, i) => server.url(`${i % 4 === 3 ? 'firsthand' : 'relay'}.html?tab=${i}`));
    const pages = await Promise.all(urls.map(() => session.context.newPage()));
    await Promise.all(pages.map((page, i) => page.goto(urls[i]!)));

    const analyses = await waitForStore<{ url: string; analysis: { originalOutlet: { id: string } | null } }>(
      session,
      'analyses',
      (rows) => urls.every((url) => rows.some((r) => r.url === url)),
      30_000,
    );
    const mine = analyses.filter((r) => urls.includes(r.url));
    expect(mine).toHaveLength(20);
    for (const row of mine) expect(row.analysis.originalOutlet?.id ?? null).toBe(row.url.includes('relay') ? 'reuters' : null);

    const tabs = await waitForStore<{ tabId: number; url: string; status: string }>(session, 'tabs', (rows) => urls.every((url) => rows.some((r) => r.url === url)));
    const byUrl = new Map(tabs.filter((t) => urls.includes(t.url)).map((t) => [t.url, t.tabId]));
    expect(new Set(byUrl.values()).size).toBe(20);
    const history = await readStore<{ url: string }>(session, 'history');
    expect(history.filter((h) => urls.includes(h.url))).toHaveLength(20);

    const worker = await session.worker();
    for (const url of urls) {
      const tabId = byUrl.get(url)!;
      const text = await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
      expect(text, url).toBe(url.includes('relay') ? '1' : '');
    }
    const relayTab = byUrl.get(urls[0]!)!;
    expect(await worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), relayTab)).toBe('Isnad: relays Reuters');

    // Closing a tab forgets its record.
    await pages[0]!.close();
    await waitForStore<{ tabId: number }>(session, 'tabs', (rows) => !rows.some((r) => r.tabId === relayTab));
    await Promise.all(pages.slice(1).map((page) => page.close()));
  });
});
