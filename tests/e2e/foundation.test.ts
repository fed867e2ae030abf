// The whole path on a real page: content script → background (a record lands in IndexedDB) → the
// popup opened for that tab shows it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ROOT, launchWithExtension, openPopupForTab, readStore, serveFixtures, tabIdOf, type ExtensionSession, type FixtureServer } from './harness';

/** The extension APIs these tests call inside Chromium (the project carries no global chrome types). */
declare const chrome: {
  runtime: { getManifest(): { name: string; permissions?: string[]; host_permissions?: string[]; content_scripts?: { matches?: string[] }[] } };
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
};

let session: ExtensionSession;
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures([join(ROOT, 'tests/e2e/pages')]);
  session = await launchWithExtension();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('foundation: content script → background → popup', () => {
  it('manifest asks for storage only and runs the content script on http(s) pages', async () => {
    const worker = await session.worker();
    const manifest = (await worker.evaluate(() => chrome.runtime.getManifest())) as ReturnType<typeof chrome.runtime.getManifest>;
    expect(manifest.name).toBe('Isnad');
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts?.[0]?.matches).toEqual(['http://*/*', 'https://*/*']);
  });

  it('stores the analysis in IndexedDB and the popup for that tab shows it', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('relay-en.html'));
    const tabId = await tabIdOf(session, page);
    const analyses = await readStore<{ url: string; analysis: { originalOutlet: { name: string } | null } }>(session, 'analyses');
    const stored = analyses.find((row) => row.url === page.url());
    expect(stored?.analysis.originalOutlet?.name).toBe('Reuters');

    const popup = await openPopupForTab(session, tabId);
    await popup.locator('main[data-status="analysed"]').waitFor();
    await expect(popup.getByTestId('original-outlet').textContent()).resolves.toContain('Reuters');
    await popup.close();
    await page.close();
  });
});
