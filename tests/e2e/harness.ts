// End-to-end helpers: real Chromium with the built extension loaded, fixture pages served on
// 127.0.0.1, the popup opened for a given tab, and IndexedDB read inside the service worker.
import { mkdtempSync, readFileSync, rmSync, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromiumPath } from './chromium';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
};

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Serves files under `roots` (first match wins) on 127.0.0.1 at a random port. Paths that are not
 * files fall back to `spaFallback` when given, so a single-page app can be reloaded on any route.
 * Extra headers per path (e.g. a strict CSP) come from `headers`.
 */
export async function serveFixtures(
  roots: string[],
  options: { spaFallback?: Record<string, string>; headers?: Record<string, Record<string, string>> } = {},
): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const relative = normalize(path).replace(/^([/\\])+/, '');
    let file: string | null = null;
    for (const root of roots) {
      const candidate = join(root, relative);
      if (candidate.startsWith(root) && existsSync(candidate) && statSync(candidate).isFile()) {
        file = candidate;
        break;
      }
    }
    if (!file && options.spaFallback) {
      const prefix = Object.keys(options.spaFallback).find((p) => path.startsWith(p));
      if (prefix) file = options.spaFallback[prefix] ?? null;
    }
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...options.headers?.[path] });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fixture server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** Chromium flags for a headless run on a machine with no network, loading the given unpacked extensions. */
export function chromiumArgs(extensionDirs: string[]): string[] {
  return [
    '--no-sandbox',
    '--disable-dev-shm-usage',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--disable-extensions-except=${extensionDirs.join(',')}`,
    `--load-extension=${extensionDirs.join(',')}`,
  ];
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

export async function launchWithExtension(options: { locale?: string; colorScheme?: 'light' | 'dark' } = {}): Promise<ExtensionSession> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`no built extension at ${EXTENSION_DIR}: run \`npx wxt build\``);
  const userDataDir = mkdtempSync(join(tmpdir(), 'isnad-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1200, height: 900 },
    args: chromiumArgs([EXTENSION_DIR]),
  });
  const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(first.url()).host;
  return {
    context,
    extensionId,
    async worker() {
      const live = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
      return live ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Reads a whole object store of the extension's IndexedDB, inside the service worker. */
export async function readStore<T = unknown>(session: ExtensionSession, store: string, dbName = 'isnad'): Promise<T[]> {
  const worker = await session.worker();
  return (await worker.evaluate(
    ([name, storeName]) =>
      new Promise<unknown[]>((resolvePromise, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(storeName)) {
            db.close();
            resolvePromise([]);
            return;
          }
          const request = db.transaction(storeName, 'readonly').objectStore(storeName).getAll();
          request.onsuccess = () => {
            db.close();
            resolvePromise(request.result as unknown[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    [dbName, store] as const,
  )) as T[];
}

/** Waits until a predicate over an object store holds; returns the matching records. */
export async function waitForStore<T>(session: ExtensionSession, store: string, predicate: (rows: T[]) => boolean, timeoutMs = 10_000): Promise<T[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await readStore<T>(session, store);
    if (predicate(rows)) return rows;
    if (Date.now() > deadline) throw new Error(`timed out waiting on IndexedDB store ${store}: ${JSON.stringify(rows).slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The tab id of a page, as the extension knows it (the content script reported it to the background). */
export async function tabIdOf(session: ExtensionSession, page: Page, timeoutMs = 10_000): Promise<number> {
  const url = page.url();
  const rows = await waitForStore<{ tabId: number; url: string }>(session, 'tabs', (r) => r.some((row) => row.url === url), timeoutMs);
  const row = rows.find((r) => r.url === url);
  if (!row) throw new Error(`no tab record for ${url}`);
  return row.tabId;
}

/** Opens `popup.html?tab=<tabId>` in a new page: the popup's view of that tab. */
export async function openPopupForTab(session: ExtensionSession, tabId: number): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  return page;
}

export async function openOptions(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  return page;
}

/** Stops the extension's service worker the way Chrome does when it idles (via CDP). */
export async function stopServiceWorker(session: ExtensionSession): Promise<void> {
  const page = session.context.pages()[0] ?? (await session.context.newPage());
  const cdp = await session.context.newCDPSession(page);
  const targets = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
  for (const target of targets.targetInfos) {
    if (target.type === 'service_worker' && target.url.startsWith(`chrome-extension://${session.extensionId}/`)) {
      await cdp.send('Target.closeTarget', { targetId: target.targetId });
    }
  }
  await cdp.detach();
}
