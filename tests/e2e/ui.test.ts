// The popup and the settings page in real Chromium with the built extension: the demo articles
// (Arabic, French, English) show their original outlet, people and a way to the primary report;
// axe-core finds no serious or critical violation in Arabic and English, light and dark; keyboard use;
// export → import gives back the same data and a malformed file changes nothing. Screenshots of what a
// reader sees are saved under test-output/screenshots/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, launchWithExtension, openOptions, readStore, serveFixtures, tabIdOf, type ExtensionSession, type FixtureServer } from './harness';

const SHOTS = join(ROOT, 'test-output/screenshots');
const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

interface DemoExpectation {
  originalOutlet: string;
  people?: { surface: string; canonical: string }[];
}

interface OutletFacts {
  id: string;
  name: string;
  domains: string[];
  country: string;
  medium: string;
}

const outlets = JSON.parse(readFileSync(join(ROOT, 'assets/registry/outlets.json'), 'utf8')) as OutletFacts[];
const MEDIUM_EN: Record<string, string> = { agency: 'news agency', newspaper: 'newspaper', magazine: 'magazine', radio: 'radio', tv: 'television', online: 'online outlet', group: 'media group' };
const COUNTRY_EN = new Intl.DisplayNames(['en'], { type: 'region' });

let session: ExtensionSession;
let server: FixtureServer;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveFixtures([join(ROOT, 'assets/demo'), join(ROOT, 'tests/fixtures/pages')]);
  session = await launchWithExtension();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function setUiLanguage(lang: 'auto' | 'ar' | 'fr' | 'en'): Promise<void> {
  const options = await openOptions(session);
  await options.locator('#ui-language').selectOption(lang);
  await options.waitForFunction((l) => l === 'auto' || document.documentElement.lang === l, lang);
  await options.close();
}

/** Opens a demo page, waits for its analysis, and opens the popup for that tab in the popup's frame. */
async function popupFor(demo: string): Promise<{ page: Page; popup: Page; tabId: number }> {
  const page = await session.context.newPage();
  await page.goto(server.url(demo));
  const tabId = await tabIdOf(session, page);
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}&view=popup`);
  await popup.locator('main[data-status="analysed"]').waitFor({ timeout: 15_000 });
  return { page, popup, tabId };
}

async function axeViolations(page: Page): Promise<string[]> {
  try {
    await page.addScriptTag({ content: AXE_SOURCE });
  } catch {
    // Extension pages forbid inline scripts (CSP); evaluating through the debugger is not subject to it.
  }
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<unknown> } }).axe.run(document, {
      resultTypes: ['violations'],
    }),
  )) as { violations: { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }[] };
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')} (${n.failureSummary ?? ''})`).join('; ')}`);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  // The toolbar popup scrolls inside its 600 px; a second picture shows all of it unrolled.
  if (await page.locator('.popup:not(.standalone)').count()) {
    await page.evaluate(() => document.querySelector<HTMLElement>('.popup')!.style.setProperty('max-block-size', 'none'));
    await page.screenshot({ path: join(SHOTS, `${name}-full.png`), fullPage: true });
    await page.evaluate(() => document.querySelector<HTMLElement>('.popup')!.style.removeProperty('max-block-size'));
  }
}

function expectationOf(demo: string): DemoExpectation {
  return JSON.parse(readFileSync(join(ROOT, `assets/demo/${demo}.expected.json`), 'utf8')) as DemoExpectation;
}

describe('popup on the demo articles', () => {
  for (const demo of ['ar', 'fr', 'en'] as const) {
    it(`shows the original outlet, the people and a search on its site (${demo})`, async () => {
      await setUiLanguage(demo);
      const expected = expectationOf(demo);
      const outlet = outlets.find((o) => o.name === expected.originalOutlet);
      expect(outlet, `registry has ${expected.originalOutlet}`).toBeDefined();
      const { page, popup } = await popupFor(`${demo}.html`);
      const card = popup.getByTestId('original-outlet');
      await card.waitFor();
      await card.locator('.facts dd').nth(2).waitFor();
      await shot(popup, `popup-${demo}`);
      await expect(card.getAttribute('data-outlet-id')).resolves.toBe(outlet!.id);
      // Medium and country, in the interface language of this run.
      const medium = await card.getByTestId('outlet-medium').textContent();
      const country = await card.getByTestId('outlet-country').textContent();
      if (demo === 'en') {
        expect(medium).toBe(MEDIUM_EN[outlet!.medium]);
        expect(country).toBe(COUNTRY_EN.of(outlet!.country));
      } else {
        expect(medium?.trim()).not.toBe('');
        expect(country).toBe(new Intl.DisplayNames([demo], { type: 'region' }).of(outlet!.country));
      }
      // The people with their Latin names.
      const people = (await popup.getByTestId('people').textContent()) ?? '';
      const latin = (expected.people ?? []).map((p) => p.canonical);
      expect(latin.length).toBeGreaterThan(0);
      const found = latin.filter((name) => people.includes(name));
      expect(found.length, `people found: ${found.join(', ')} of ${latin.join(', ')}`).toBeGreaterThanOrEqual(Math.min(2, latin.length));
      // A search restricted to the original outlet's site.
      const search = await popup.locator('[data-kind="site_search"]').getAttribute('href');
      expect(decodeURIComponent(search ?? '')).toContain(`site:${outlet!.domains[0]}`);
      expect(await popup.evaluate(() => document.documentElement.dir)).toBe(demo === 'ar' ? 'rtl' : 'ltr');
      await popup.close();
      await page.close();
    });
  }

  it('edits the search terms and rebuilds the link', async () => {
    await setUiLanguage('en');
    const { page, popup } = await popupFor('ar.html');
    const input = popup.locator('#search-query');
    await input.fill('site:lefigaro.fr Maroc TGV');
    const href = await popup.locator('[data-kind="site_search"]').getAttribute('href');
    expect(new URL(href!).searchParams.get('q')).toBe('site:lefigaro.fr Maroc TGV');
    await popup.close();
    await page.close();
  });

  it('scrolls the page to a phrase and sets the reader’s mark with the keyboard', async () => {
    await setUiLanguage('en');
    const { page, popup } = await popupFor('ar.html');
    await page.evaluate(() => window.scrollTo(0, 0));
    const buttons = popup.locator('[data-testid="attributions"] button');
    await buttons.last().click();
    await page.waitForFunction(() => (document.getSelection()?.toString() ?? '').length > 0, undefined, { timeout: 5_000 });
    const selected = await page.evaluate(() => document.getSelection()?.toString() ?? '');
    const lastSurface = await popup.locator('[data-testid="attributions"] .phrase').last().textContent();
    expect(selected).toBe(lastSurface);

    const trusted = popup.getByTestId('original-outlet').locator('[data-mark="trusted"]');
    await trusted.focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => trusted.getAttribute('aria-pressed')).toBe('true');
    const outline = await trusted.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await expect.poll(async () => (await readStore<{ outletId: string; mark: string | null }>(session, 'preferences')).find((p) => p.outletId === 'le-figaro')?.mark).toBe('trusted');
    await popup.keyboard.press('Enter');
    await expect.poll(() => trusted.getAttribute('aria-pressed')).toBe('false');
    await popup.close();
    await page.close();
  });

  it('says when a page is not an article, and resumes a paused site in one click', async () => {
    await setUiLanguage('en');
    const page = await session.context.newPage();
    await page.goto(server.url('non-article.html'));
    const tabId = await tabIdOf(session, page);
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}&view=popup`);
    await popup.locator('main[data-status="not-article"]').waitFor();
    await shot(popup, 'popup-not-article');
    await popup.close();

    const options = await openOptions(session);
    await options.locator('#pause-site').fill('127.0.0.1');
    await options.keyboard.press('Enter');
    await options.getByTestId('paused-sites').waitFor();
    await options.close();
    await page.goto(server.url('en.html'));
    const pausedTab = await tabIdOf(session, page);
    const paused = await session.context.newPage();
    await paused.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${pausedTab}&view=popup`);
    await paused.locator('main[data-status="paused"]').waitFor({ timeout: 10_000 });
    await shot(paused, 'popup-paused');
    await paused.getByRole('button', { name: 'Resume on this site' }).click();
    await paused.locator('main[data-status="analysed"]').waitFor({ timeout: 15_000 });
    await paused.close();
    await page.close();
  });
});

describe('accessibility (axe-core): no serious or critical violation', () => {
  for (const lang of ['en', 'ar'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`popup and settings, ${lang}, ${scheme}`, async () => {
        await setUiLanguage(lang);
        const { page, popup } = await popupFor('ar.html');
        await popup.emulateMedia({ colorScheme: scheme });
        await popup.getByTestId('original-outlet').locator('.facts dd').first().waitFor();
        expect(await axeViolations(popup)).toEqual([]);
        if (scheme === 'dark') await shot(popup, `popup-ar-demo-${lang}-dark`);
        await popup.close();
        await page.close();

        const options = await openOptions(session);
        await options.setViewportSize({ width: 900, height: 900 });
        await options.emulateMedia({ colorScheme: scheme });
        await options.locator('#outlet-search').fill(lang === 'ar' ? 'لوفيغارو' : 'Figaro');
        await options.getByTestId('search-results').waitFor();
        await options.getByTestId('cache-counts').waitFor();
        expect(await axeViolations(options)).toEqual([]);
        await shot(options, `options-${lang}-${scheme}`);
        await options.close();
      });
    }
  }

  it('the outlet editor dialog has no violation and Escape closes it, giving focus back', async () => {
    await setUiLanguage('ar');
    const options = await openOptions(session);
    const add = options.getByRole('button', { name: 'إضافة وسيلة إعلام' });
    await add.focus();
    await options.keyboard.press('Enter');
    const dialog = options.locator('dialog[open]');
    await dialog.waitFor();
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('outlet-name');
    expect(await axeViolations(options)).toEqual([]);
    await shot(options, 'options-ar-dialog');
    await options.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => options.evaluate(() => document.activeElement?.textContent)).toBe('إضافة وسيلة إعلام');
    await options.close();
  });
});

describe('settings page in Chromium', () => {
  it('is usable by keyboard: the table of contents first, then the outlet search', async () => {
    await setUiLanguage('en');
    const options = await openOptions(session);
    await options.locator('#sources').waitFor();
    const order: string[] = [];
    for (let i = 0; i < 10; i++) {
      await options.keyboard.press('Tab');
      order.push(await options.evaluate(() => `${document.activeElement?.tagName}#${document.activeElement?.id}:${document.activeElement?.textContent?.trim().slice(0, 30)}`));
    }
    expect(order[0]).toBe('A#:Preferred sources');
    expect(order.findIndex((s) => s.startsWith('INPUT#outlet-search'))).toBe(8);
    await options.close();
  });

  it('export then import gives back the same data; a malformed file changes nothing', async () => {
    await setUiLanguage('en');
    const options = await openOptions(session);
    // Some reader data: a mark with a note, an outlet of their own, ratings from a named source.
    await options.locator('#outlet-search').fill('europe1.fr');
    const row = options.locator('[data-testid="search-results"] [data-outlet-id="europe-1"]');
    await row.locator('[data-mark="preferred"]').click();
    await expect.poll(() => row.locator('[data-mark="preferred"]').getAttribute('aria-pressed')).toBe('true');
    await row.getByRole('button', { name: 'Note' }).click();
    await row.locator('textarea').fill('Radio; check the original');
    await row.getByRole('button', { name: 'Save note' }).click();
    await row.getByText('Saved.').waitFor();
    await options.getByRole('button', { name: 'Add an outlet' }).click();
    await options.locator('#outlet-name').fill('Radio Atlas');
    await options.locator('#outlet-nameAr').fill('راديو أطلس');
    await options.locator('#outlet-country').fill('MA');
    await options.locator('#outlet-domains').fill('radioatlas.ma');
    await options.locator('#outlet-medium').selectOption('radio');
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await options.getByTestId('custom-outlets').getByText('Radio Atlas').waitFor();
    const dir = join(tmpdir(), `isnad-ui-${Date.now()}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'ratings.csv'), 'outlet,rating\neurope1.fr,mixed\nlefigaro.fr,reliable\n');
    await options.locator('#csv-source').fill('Media Literacy Club');
    await options.getByTestId('import-csv').setInputFiles(join(dir, 'ratings.csv'));
    await expect.poll(() => options.getByTestId('csv-message').textContent()).toContain('2 ratings');

    const exportNow = async (): Promise<Record<string, unknown>> => {
      const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('export').click()]);
      const path = join(dir, `export-${Date.now()}.json`);
      await download.saveAs(path);
      expect(download.suggestedFilename()).toMatch(/^isnad-export-\d{4}-\d{2}-\d{2}\.json$/);
      const { exportedAt: _at, ...rest } = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
      return rest;
    };
    const first = await exportNow();
    expect((first.preferences as unknown[]).length).toBeGreaterThanOrEqual(1);
    expect((first.customOutlets as unknown[]).length).toBe(1);
    expect((first.ratings as unknown[]).length).toBe(2);

    writeFileSync(join(dir, 'backup.json'), JSON.stringify({ ...first, exportedAt: new Date().toISOString() }));
    await options.getByTestId('import-json').setInputFiles(join(dir, 'backup.json'));
    await expect.poll(() => options.getByTestId('import-message').textContent()).toContain('Imported');
    expect(await exportNow()).toEqual(first);

    const broken = JSON.parse(JSON.stringify(first)) as { customOutlets: { domains: string[] }[] };
    broken.customOutlets[0]!.domains = ['https://radioatlas.ma/live'];
    writeFileSync(join(dir, 'broken.json'), JSON.stringify({ ...broken, exportedAt: new Date().toISOString() }, null, 2));
    await options.getByTestId('import-json').setInputFiles(join(dir, 'broken.json'));
    const alert = options.getByTestId('import-message').getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/^Nothing was changed\. .*customOutlets.*domains/);
    await shot(options, 'options-import-error');
    expect(await exportNow()).toEqual(first);
    await options.close();
  });

  it('shows the sources and licences from NOTICE as text', async () => {
    const options = await openOptions(session);
    const notice = options.getByTestId('notice');
    await notice.waitFor();
    expect(((await notice.textContent()) ?? '').length).toBeGreaterThan(100);
    expect(await notice.locator('script, img, iframe').count()).toBe(0);
    await options.close();
  });

  it('clears the cache after confirmation', async () => {
    await setUiLanguage('en');
    const options = await openOptions(session);
    await expect.poll(() => options.getByTestId('cache-counts').textContent()).toMatch(/^[1-9]\d* analysed pages/);
    await options.getByRole('button', { name: 'Clear the cache' }).click();
    await options.getByRole('button', { name: 'Clear now' }).click();
    await expect.poll(() => options.getByTestId('cache-counts').textContent()).toMatch(/^0 analysed pages/);
    await options.close();
  });
});

describe('languages of the browser', () => {
  it('follows an Arabic browser when the interface language is left to the browser', async () => {
    const arabic = await launchWithExtension({ locale: 'ar-MA' });
    try {
      const options = await openOptions(arabic);
      await options.locator('#sources').waitFor();
      expect(await options.evaluate(() => [document.documentElement.lang, document.documentElement.dir, document.title])).toEqual(['ar', 'rtl', 'إعدادات إسناد']);
      // The bundled Arabic face is the one in use, not whatever the system has.
      await options.evaluate(() => document.fonts.ready.then(() => undefined));
      expect(await options.evaluate(() => document.fonts.check('16px "Noto Sans Arabic"', 'إسناد'))).toBe(true);
      expect(await options.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^"Noto Sans Arabic"/);
    } finally {
      await arabic.close();
    }
  });

  it('names the extension in Arabic, French and English', async () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, '.output/chrome-mv3/manifest.json'), 'utf8')) as Record<string, string>;
    expect([manifest.name, manifest.description, manifest.default_locale]).toEqual(['__MSG_extName__', '__MSG_extDescription__', 'en']);
    const names: Record<string, string> = {};
    for (const locale of ['ar', 'fr', 'en']) {
      const messages = JSON.parse(readFileSync(join(ROOT, `.output/chrome-mv3/_locales/${locale}/messages.json`), 'utf8')) as Record<string, { message: string }>;
      expect(messages.extDescription?.message.length).toBeGreaterThan(20);
      names[locale] = messages.extName!.message;
    }
    expect(names).toEqual({ ar: 'إسناد', fr: 'Isnad', en: 'Isnad' });
  });
});
