// `npm start`: builds the Chrome extension, serves the bundled demo articles on 127.0.0.1 and opens
// Chromium with Isnad loaded on the Arabic demo. With a display it leaves the window open; without
// one it runs headless, saves screenshots of each demo page and its popup under demo-output/, prints
// what Isnad found, and exits.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Analysis } from '../engine/types';
import { EXTENSION_DIR, ROOT, launchWithExtension, openPopupForTab, serveFixtures, tabIdOf } from '../tests/e2e/harness';

const DEMOS = ['ar', 'fr', 'en'] as const;

function findChromium(): string | null {
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return null;
}

const chromiumBinary = findChromium();
if (!chromiumBinary) {
  console.error('Chromium not found: install it with `sudo apt-get install chromium fonts-noto-core`, or set CHROMIUM_PATH.');
  process.exit(1);
}

console.log('Building the Chrome extension…');
execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], cwd: ROOT });
const server = await serveFixtures([join(ROOT, 'assets/demo'), join(ROOT, 'tests/fixtures/pages')]);
console.log(`Demo articles served at ${server.origin}/`);

if (process.env.DISPLAY && process.env.CI !== 'true') {
  const profile = mkdtempSync(join(tmpdir(), 'isnad-demo-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumBinary,
    headless: false,
    viewport: null,
    args: ['--no-first-run', '--disable-sync', `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url('ar.html'));
  console.log('Chromium is open on the Arabic demo article; close the window to stop.');
  await new Promise<void>((done) => context.on('close', () => done()));
  await server.close();
  process.exit(0);
}

const outDir = join(ROOT, 'demo-output');
mkdirSync(outDir, { recursive: true });
const session = await launchWithExtension({ locale: 'ar' });
try {
  for (const demo of DEMOS) {
    const page = await session.context.newPage();
    await page.goto(server.url(`${demo}.html`));
    const tabId = await tabIdOf(session, page, 15_000);
    await page
      .locator('[data-isnad-badge]')
      .first()
      .waitFor({ timeout: 10_000 })
      .catch(() => undefined);
    await page.screenshot({ path: join(outDir, `page-${demo}.png`) });
    const popup = await openPopupForTab(session, tabId);
    await popup.setViewportSize({ width: 420, height: 900 });
    await popup.locator('main[data-status="analysed"], main[data-status="not-article"]').waitFor({ timeout: 10_000 });
    await popup.screenshot({ path: join(outDir, `popup-${demo}.png`), fullPage: true });
    const worker = await session.worker();
    const analysis = (await worker.evaluate(
      (url) =>
        new Promise<unknown>((resolve) => {
          const open = indexedDB.open('isnad');
          open.onsuccess = () => {
            const request = open.result.transaction('analyses').objectStore('analyses').get(url);
            request.onsuccess = () => resolve((request.result as { analysis?: unknown } | undefined)?.analysis ?? null);
          };
        }),
      page.url(),
    )) as Analysis | null;
    printSummary(demo, page.url(), analysis, await page.locator('[data-isnad-badge]').count());
    await popup.close();
    await page.close();
  }
  console.log(`\nScreenshots saved in ${outDir}/`);
} finally {
  await session.close();
  await server.close();
}

function printSummary(demo: string, url: string, analysis: Analysis | null, badges: number): void {
  console.log(`\n— ${demo}: ${url}`);
  if (!analysis) {
    console.log('  no analysis stored');
    return;
  }
  const chain = analysis.chain.map((o) => o.name).join(' → ');
  console.log(`  title: ${analysis.title}`);
  console.log(`  original outlet: ${analysis.originalOutlet ? `${analysis.originalOutlet.name} (${analysis.originalOutlet.medium ?? '?'}, ${analysis.originalOutlet.country ?? '?'})` : 'none (first-hand)'}`);
  if (chain) console.log(`  chain: ${chain}`);
  console.log(`  attributions: ${analysis.attributions.length}, badges drawn: ${badges}`);
  for (const a of analysis.attributions.slice(0, 8)) console.log(`    · ${a.pattern}: “${a.surface}” → ${a.outlet.name}`);
  const people = analysis.actors.filter((a) => a.type === 'person');
  if (people.length) console.log(`  people: ${people.map((p) => p.name).join(', ')}`);
  const search = analysis.primaryLinks.find((l) => l.kind === 'site_search');
  if (search) console.log(`  primary report search: ${search.url}`);
}
