// The content script in real Chromium: badges sit right after attribution phrases inside the article
// and nowhere else, follow SPA navigation, obey the pause setting, and hostile pages survive.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, launchWithExtension, openOptions, readStore, serveFixtures, tabIdOf, waitForStore, type ExtensionSession, type FixtureServer } from './harness';

/** The extension APIs these tests call inside Chromium (the project carries no global chrome types). */
declare const chrome: {
  runtime: { getManifest(): { name: string; permissions?: string[]; host_permissions?: string[]; content_scripts?: { matches?: string[] }[] } };
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
};

let session: ExtensionSession;
let server: FixtureServer;
const hostileDir = mkdtempSync(join(tmpdir(), 'isnad-hostile-'));

/** Hostile pages are generated here rather than committed: they are megabytes of machine-made text. */
function writeHostilePages(): void {
  const article = (body: string, head = '') =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile</title><meta property="og:type" content="article">${head}</head><body><article><h1>Hostile page</h1>${body}</article></body></html>`;
  const sentence = 'Officials said the talks would continue, according to Reuters, as negotiators met again on Tuesday. ';
  const fiveMb = Array.from({ length: 2_600 }, () => `<p>${sentence.repeat(20)}</p>`).join('');
  writeFileSync(join(hostileDir, 'five-mb.html'), article(fiveMb));
  const manyNodes = Array.from({ length: 50_000 }, (_, i) => `<span>w${i}</span><i> </i>`).join('');
  writeFileSync(join(hostileDir, 'many-nodes.html'), article(`<p>${sentence}</p><div>${manyNodes}</div>`));
  const deep = `${'<div>'.repeat(5_000)}<p>${sentence}</p>${'</div>'.repeat(5_000)}`;
  writeFileSync(join(hostileDir, 'deep.html'), article(deep));
  const patched = `<script>
    Node.prototype.appendChild = function () { throw new Error('patched'); };
    Node.prototype.insertBefore = function () { throw new Error('patched'); };
    Element.prototype.attachShadow = function () { throw new Error('patched'); };
    window.requestIdleCallback = function () { throw new Error('patched'); };
    customElements.define('isnad-badge', class extends HTMLElement { connectedCallback() { this.textContent = 'owned by the page'; } });
  </script>`;
  writeFileSync(join(hostileDir, 'patched.html'), article(`<p>${sentence}</p><p>${sentence}</p>`, patched));
  writeFileSync(join(hostileDir, 'pathological.html'), article(`<p>${'عن '.repeat(60_000)}</p><p>${'x'.repeat(100_000)}</p><p>${sentence}</p>`));
  writeFileSync(join(hostileDir, 'csp.html'), article(`<p>${sentence}</p><p>${sentence}</p>`));
}

beforeAll(async () => {
  writeHostilePages();
  server = await serveFixtures([join(ROOT, 'tests/e2e/pages'), hostileDir], {
    spaFallback: { '/spa/': join(ROOT, 'tests/e2e/pages/spa.html') },
    headers: { '/csp.html': { 'content-security-policy': "default-src 'none'; style-src 'none'; script-src 'none'" } },
  });
  session = await launchWithExtension();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

interface BadgeInfo {
  outlet: string;
  textBefore: string;
  inArticle: boolean;
  inAside: boolean;
}

async function badges(page: Page): Promise<BadgeInfo[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-isnad-badge]')].map((host) => {
      let before = '';
      for (let node = host.previousSibling; node && before.length < 80; node = node.previousSibling) before = (node.textContent ?? '') + before;
      return {
        outlet: host.shadowRoot?.querySelector('.name')?.textContent ?? '',
        textBefore: before.slice(-80),
        inArticle: host.closest('article') !== null,
        inAside: host.closest('aside') !== null,
      };
    }),
  );
}

async function waitForBadges(page: Page, count = 1): Promise<BadgeInfo[]> {
  await page.waitForFunction((n) => document.querySelectorAll('[data-isnad-badge]').length >= n, count, { timeout: 10_000 });
  return badges(page);
}

async function setSettings(patch: Record<string, unknown>): Promise<void> {
  const options = await openOptions(session);
  await options.evaluate(async (values) => {
    const current = ((await chrome.storage.local.get('settings')) as { settings?: Record<string, unknown> }).settings ?? {};
    await chrome.storage.local.set({ settings: { ...current, ...values }, settings$: { v: 2 } });
  }, patch);
  await options.close();
}

describe('badges', () => {
  it('sit right after the attribution phrases of an English article, never in the sidebar', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('relay-en.html'));
    const found = await waitForBadges(page, 2);
    expect(found.every((b) => b.inArticle && !b.inAside)).toBe(true);
    const reuters = found.find((b) => b.outlet === 'Reuters');
    expect(reuters?.textBefore).toMatch(/\(Reuters\)\s*-?$/);
    const bbc = found.find((b) => b.outlet === 'BBC');
    expect(bbc?.textBefore).toMatch(/told the BBC$/);
    expect(found.some((b) => b.outlet === 'Al Jazeera')).toBe(false);
    await page.close();
  });

  it('draw on a right-to-left Arabic article after the Arabic phrase', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('relay-ar.html'));
    const found = await waitForBadges(page, 2);
    expect(found.every((b) => b.inArticle)).toBe(true);
    const outlets = new Set(found.map((b) => b.outlet));
    expect(outlets.has('Reuters')).toBe(true);
    expect(outlets.has('Le Monde')).toBe(true);
    expect(found.find((b) => b.outlet === 'Le Monde')?.textBefore).toMatch(/لوموند( الفرنسية)?$/);
    await page.close();
  });

  it('are not drawn on a page that is not an article', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('not-article.html'));
    await waitForStore<{ url: string; status: string }>(session, 'tabs', (rows) => rows.some((r) => r.url === page.url() && r.status === 'not-article'));
    expect(await page.locator('[data-isnad-badge]').count()).toBe(0);
    await page.close();
  });

  it('follow a single-page app to its next article', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('spa.html'));
    const first = await waitForBadges(page);
    expect(first.map((b) => b.outlet)).toContain('Reuters');
    await page.click('#next');
    await page.waitForFunction(() => [...document.querySelectorAll('[data-isnad-badge]')].some((h) => h.shadowRoot?.querySelector('.name')?.textContent === 'Le Monde'), null, {
      timeout: 10_000,
    });
    const second = await badges(page);
    expect(second.map((b) => b.outlet)).not.toContain('Reuters');
    await page.close();
  });

  it('disappear when the reader pauses the site, and come back on resume', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('relay-en.html'));
    await waitForBadges(page);
    await setSettings({ pausedSites: ['127.0.0.1'] });
    await page.waitForFunction(() => document.querySelectorAll('[data-isnad-badge]').length === 0, null, { timeout: 10_000 });
    const tabId = await tabIdOf(session, page);
    const tabs = await waitForStore<{ tabId: number; status: string }>(session, 'tabs', (rows) => rows.some((r) => r.tabId === tabId && r.status === 'paused'));
    expect(tabs.find((r) => r.tabId === tabId)?.status).toBe('paused');
    await setSettings({ pausedSites: [] });
    await waitForBadges(page);
    await page.close();
  });

  it('leave the page text exactly as it was when removed', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('relay-en.html'));
    const before = await page.evaluate(() => document.querySelector('article')?.textContent);
    await waitForBadges(page);
    await setSettings({ badges: false });
    await page.waitForFunction(() => document.querySelectorAll('[data-isnad-badge]').length === 0, null, { timeout: 10_000 });
    expect(await page.evaluate(() => document.querySelector('article')?.textContent)).toBe(before);
    await setSettings({ badges: true });
    await page.close();
  });
});

describe('hostile pages', () => {
  for (const name of ['five-mb', 'many-nodes', 'deep', 'patched', 'pathological', 'csp']) {
    it(`${name}: the tab stays responsive and the worker keeps answering`, async () => {
      const page = await session.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(server.url(`${name}.html`), { timeout: 30_000 });
      // The content script reports every page (analysed, or not an article) to the background.
      await tabIdOf(session, page, 30_000);
      const started = Date.now();
      expect(await page.evaluate(() => 1 + 1)).toBe(2);
      expect(Date.now() - started).toBeLessThan(1_000);
      const analyses = await readStore(session, 'analyses');
      expect(Array.isArray(analyses)).toBe(true);
      expect(errors.filter((m) => !m.includes('patched'))).toEqual([]);
      await page.close();
    });
  }
});
