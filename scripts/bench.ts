// `npm run bench`: what the content script costs a real page, measured side by side in one Chromium
// run over ../shared/corpus/readability-pages:
//  - main-thread script time Isnad adds per page (Chrome trace: FunctionCall / EvaluateScript /
//    compile events whose script is our content script), against Mozilla Readability's own parse time
//    of the same page (Readability.js injected into the page, parsing a clone as it must);
//  - the longest main-thread slice of ours on any page (the budget is 50 ms);
//  - the gzipped size of the content scripts;
//  - time from `load` to the first badge on the Arabic demo article.
// Then the popup and background benchmarks, when their scripts exist (bench:popup, bench:background).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { EXTENSION_DIR, ROOT, launchWithExtension, serveFixtures, stopServiceWorker, tabIdOf, type ExtensionSession } from '../tests/e2e/harness';

const CORPUS = join(ROOT, '../shared/corpus/readability-pages');
const READABILITY = readFileSync(join(ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8');

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: { url?: string; scriptName?: string; stackTrace?: { url?: string }[] } };
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]!;
}

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : 'n/a');

async function traced<T>(page: Page, action: () => Promise<T>): Promise<{ result: T; events: TraceEvent[] }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (payload) => events.push(...(payload.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline', 'v8'] },
  });
  const result = await action();
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return { result, events };
}

/** Our main-thread script time, and our longest single slice, from a trace. */
function ourCost(events: TraceEvent[], extensionId: string): { totalMs: number; longestMs: number } {
  const ours = (e: TraceEvent) => {
    const url = e.args?.data?.url ?? e.args?.data?.scriptName ?? '';
    return url.startsWith(`chrome-extension://${extensionId}/`);
  };
  const slices = events.filter((e) => e.ph === 'X' && e.dur !== undefined && ['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'TimerFire', 'FireIdleCallback'].includes(e.name) && ours(e));
  // Nested slices (a FunctionCall inside an EvaluateScript) must not be counted twice.
  slices.sort((a, b) => a.ts - b.ts);
  let total = 0;
  let longest = 0;
  let coveredUntil = -Infinity;
  for (const slice of slices) {
    const end = slice.ts + (slice.dur ?? 0);
    if (slice.ts >= coveredUntil) {
      total += slice.dur ?? 0;
      longest = Math.max(longest, slice.dur ?? 0);
      coveredUntil = end;
    } else if (end > coveredUntil) {
      total += end - coveredUntil;
      coveredUntil = end;
    }
  }
  return { totalMs: total / 1000, longestMs: longest / 1000 };
}

/**
 * Readability's parse of the page, on a clone as it requires: the first parse (cold, as a reader view
 * or an extension runs it once per page, and as our content script runs) and the median of three more
 * (warm JIT). Neither includes compiling Readability.js itself, while our time includes our compile.
 */
async function readabilityMs(page: Page): Promise<{ cold: number; warm: number }> {
  await page.addScriptTag({ content: READABILITY }).catch(() => undefined);
  return page.evaluate(() => {
    const Ctor = (window as unknown as { Readability?: new (doc: Document) => { parse(): unknown } }).Readability;
    if (!Ctor) return { cold: NaN, warm: NaN };
    const runs: number[] = [];
    for (let i = 0; i < 4; i++) {
      const t0 = performance.now();
      new Ctor(document.cloneNode(true) as Document).parse();
      runs.push(performance.now() - t0);
    }
    const warm = runs.slice(1).sort((a, b) => a - b);
    return { cold: runs[0]!, warm: warm[1]! };
  });
}

async function corpusRun(session: ExtensionSession): Promise<void> {
  if (!existsSync(CORPUS)) {
    console.log(`corpus not found at ${CORPUS}: skipping the per-page comparison`);
    return;
  }
  const pages = readdirSync(CORPUS).filter((name) => existsSync(join(CORPUS, name, 'source.html')));
  const server = await serveFixtures([CORPUS]);
  // The corpus pages reference their original sites' images and scripts: answer only our own origin so
  // no request leaves the machine and no page waits on a network that is not there.
  await session.context.route('**/*', (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));
  const ourTotals: number[] = [];
  const readabilityTimes: number[] = [];
  const readabilityWarm: number[] = [];
  const ratios: number[] = [];
  const warmRatios: number[] = [];
  let overBudget = 0;
  let worst = { page: '', ms: 0 };
  let analysed = 0;
  for (const name of pages) {
    const page = await session.context.newPage();
    try {
      const { events } = await traced(page, async () => {
        await page.goto(server.url(`${name}/source.html`), { waitUntil: 'load', timeout: 20_000 });
        await tabIdOf(session, page, 15_000);
        await page.waitForTimeout(150);
      });
      const cost = ourCost(events, session.extensionId);
      const readability = await readabilityMs(page);
      if ((await page.locator('[data-isnad-badge]').count()) > 0) analysed++;
      ourTotals.push(cost.totalMs);
      if (Number.isFinite(readability.cold)) {
        readabilityTimes.push(readability.cold);
        readabilityWarm.push(readability.warm);
        ratios.push(cost.totalMs / Math.max(readability.cold, 0.01));
        warmRatios.push(cost.totalMs / Math.max(readability.warm, 0.01));
      }
      if (cost.longestMs > 50) overBudget++;
      if (cost.longestMs > worst.ms) worst = { page: name, ms: cost.longestMs };
    } catch (error) {
      console.log(`  ${name}: ${(error as Error).message.split('\n')[0]}`);
    } finally {
      await page.close();
    }
  }
  await session.context.unroute('**/*');
  await server.close();
  console.log(`\ncontent script vs Readability over ${ourTotals.length} corpus pages (real Chromium, ms of main-thread script):`);
  console.log(`  Isnad content script: median ${fmt(percentile(ourTotals, 0.5))}, p90 ${fmt(percentile(ourTotals, 0.9))}`);
  console.log(`  Readability first parse (cold):  median ${fmt(percentile(readabilityTimes, 0.5))}, p90 ${fmt(percentile(readabilityTimes, 0.9))}`);
  console.log(`  Readability later parse (warm):  median ${fmt(percentile(readabilityWarm, 0.5))}, p90 ${fmt(percentile(readabilityWarm, 0.9))}`);
  console.log(`  ratio Isnad/Readability per page: median ${fmt(percentile(ratios, 0.5))} (cold), ${fmt(percentile(warmRatios, 0.5))} (warm); p90 ${fmt(percentile(ratios, 0.9))} (cold)`);
  console.log(`  longest slice of ours: ${fmt(worst.ms)} ms (${worst.page}); pages with a slice over 50 ms: ${overBudget}`);
  console.log(`  pages with at least one badge: ${analysed}`);
}

async function badgeDelay(session: ExtensionSession, url: string): Promise<number> {
  const page = await session.context.newPage();
  await page.addInitScript(() => {
    const record = window as unknown as { __isnadFirstBadge?: number };
    new MutationObserver((mutations, observer) => {
      for (const m of mutations)
        for (const node of m.addedNodes)
          if (node.nodeType === 1 && (node as Element).hasAttribute('data-isnad-badge')) {
            record.__isnadFirstBadge = performance.now();
            observer.disconnect();
            return;
          }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => (window as unknown as { __isnadFirstBadge?: number }).__isnadFirstBadge !== undefined, null, { timeout: 10_000 }).catch(() => undefined);
  const ms = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const badge = (window as unknown as { __isnadFirstBadge?: number }).__isnadFirstBadge;
    return badge !== undefined && nav ? badge - nav.loadEventEnd : NaN;
  });
  await page.close();
  return ms;
}

async function firstBadge(session: ExtensionSession): Promise<void> {
  const server = await serveFixtures([join(ROOT, 'assets/demo')]);
  const url = server.url('ar.html');
  // The very first page after install also pays for seeding the outlet table: reported apart.
  console.log(`\nfirst badge on the Arabic demo, first page after install: ${fmt(await badgeDelay(session, url))} ms after load`);
  const warm: number[] = [];
  const cold: number[] = [];
  for (let run = 0; run < 6; run++) warm.push(await badgeDelay(session, url));
  for (let run = 0; run < 5; run++) {
    await stopServiceWorker(session);
    cold.push(await badgeDelay(session, url));
  }
  await server.close();
  console.log(`first badge on the Arabic demo, warm worker: median ${fmt(percentile(warm, 0.5))} ms, p90 ${fmt(percentile(warm, 0.9))} ms after load`);
  console.log(`first badge on the Arabic demo, worker stopped before the page: median ${fmt(percentile(cold, 0.5))} ms, p90 ${fmt(percentile(cold, 0.9))} ms after load (budget 300 ms)`);
}

function contentScriptSize(): void {
  const dir = join(EXTENSION_DIR, 'content-scripts');
  let raw = 0;
  let gz = 0;
  for (const file of readdirSync(dir)) {
    const bytes = readFileSync(join(dir, file));
    raw += statSync(join(dir, file)).size;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  console.log(`content scripts: ${(raw / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzipped (budget 60 KB)`);
}

if (!process.argv.includes('--no-build')) execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
contentScriptSize();
const session = await launchWithExtension();
try {
  await firstBadge(session);
  await corpusRun(session);
} finally {
  await session.close();
}
for (const script of ['bench:popup', 'bench:background']) {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  if (pkg.scripts[script]) {
    console.log(`\n== npm run ${script}`);
    spawnSync('npm', ['run', '-s', script], { cwd: ROOT, stdio: 'inherit' });
  }
}
