// Benchmarks of the background worker's storage, printed (not asserted): `npm run bench:background`.
//
// In Node with fake-indexeddb (a fair, slower-than-real proxy for IndexedDB):
//   - seeding the full shipped registry into a fresh database (target ≤ 1 s);
//   - alias look-up: one Dexie multi-entry index query per alias (target ≤ 1 ms median), the whole
//     `outlet:search` handler, and the engine's in-memory alias index;
//   - building the engine's indexes on a cold worker (what the first analysis after a wake pays).
// In Chromium with the built extension (skipped with --node-only, or when Chromium is missing):
//   - first answer after a cold worker start: stop the worker through CDP, then time one request from an
//     extension page (target ≤ 150 ms);
//   - re-seeding the registry in the real worker, and `outlet:search` round trips from a page.
// Options: --node-only, --build (rebuild the extension first), --runs N (default 7).
// oxlint-disable-next-line import/no-unassigned-import -- installs indexedDB on globalThis for Dexie
import 'fake-indexeddb/auto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeForMatch } from '../engine';
import type { OutletRecord } from '../engine/types';
import { createHandlers, ensureSeeded, type BackgroundDeps } from '../lib/background';
import { openDb } from '../lib/db';
import { createAnalyzer, getKnowledge, shippedRegistry } from '../lib/knowledge';
import { DEFAULT_SETTINGS, type Settings } from '../lib/settings-core';

const ROOT = join(import.meta.dirname, '..');

/** The one extension API the bench calls inside Chromium (the project has no global chrome types). */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 7;

function median(values: number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function percentile(values: number[], p: number): number {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const rows: { what: string; value: string; target: string; ok: boolean | null }[] = [];
function report(what: string, ms: number, target: number | null, detail = ''): void {
  rows.push({ what, value: `${ms < 1 ? ms.toFixed(3) : ms.toFixed(1)} ms${detail ? ` ${detail}` : ''}`, target: target === null ? '' : `≤ ${target} ms`, ok: target === null ? null : ms <= target });
  console.log(`  ${what}: ${ms < 1 ? ms.toFixed(3) : ms.toFixed(1)} ms ${detail}`);
}

const SETTINGS: Settings = DEFAULT_SETTINGS;

function depsFor(name: string): BackgroundDeps {
  return {
    db: openDb(name),
    registry: shippedRegistry,
    analyzer: createAnalyzer(),
    normalize: normalizeForMatch,
    settings: async () => SETTINGS,
  };
}

async function benchNode(): Promise<void> {
  console.log(`Node ${process.version}, fake-indexeddb; registry ${shippedRegistry.version}: ${shippedRegistry.outlets.length} outlets`);

  const seedTimes: number[] = [];
  for (let run = 0; run < runs; run++) {
    const deps = depsFor(`bench-seed-${run}`);
    const t0 = performance.now();
    await ensureSeeded(deps);
    seedTimes.push(performance.now() - t0);
    deps.db.close();
  }
  report('seed full registry (fresh database), median', median(seedTimes), 1000, `(max ${Math.max(...seedTimes).toFixed(0)} ms, ${runs} runs)`);

  const deps = depsFor('bench-lookup');
  await ensureSeeded(deps);
  const { db } = deps;
  const outlets = shippedRegistry.outlets as OutletRecord[];
  const names = outlets.flatMap((o) => [o.name, ...o.aliases]).filter(Boolean);
  // Deterministic sample spread over the whole registry.
  const sample = Array.from({ length: Math.min(2_000, names.length) }, (_, i) => names[Math.floor((i * names.length) / Math.min(2_000, names.length))]!);
  for (const name of sample.slice(0, 50)) await db.outlets.where('aliasKeys').equals(normalizeForMatch(name)).toArray();

  const lookups: number[] = [];
  let misses = 0;
  for (const name of sample) {
    const t0 = performance.now();
    const found = await db.outlets.where('aliasKeys').equals(normalizeForMatch(name)).toArray();
    lookups.push(performance.now() - t0);
    if (found.length === 0) misses++;
  }
  report('alias look-up (Dexie index, normalise + query), median', median(lookups), 1, `(p95 ${percentile(lookups, 95).toFixed(3)} ms, ${sample.length} aliases, ${misses} not found)`);

  const handlers = createHandlers(deps);
  const sender = { id: 'bench' };
  const searches: number[] = [];
  for (const name of sample.slice(0, 500)) {
    const t0 = performance.now();
    await handlers['outlet:search']({ query: name }, sender);
    searches.push(performance.now() - t0);
  }
  report('outlet:search handler (id, alias, domain and prefix queries), median', median(searches), null, `(p95 ${percentile(searches, 95).toFixed(2)} ms)`);

  const t0 = performance.now();
  const knowledge = getKnowledge();
  report('engine indexes built on a cold worker (registry + people)', performance.now() - t0, null);
  const memory: number[] = [];
  for (const name of sample) {
    const t1 = performance.now();
    knowledge.registry.lookupAlias(name);
    memory.push(performance.now() - t1);
  }
  report('alias look-up (engine in-memory index), median', median(memory), 1);
  db.close();
}

async function benchChromium(): Promise<void> {
  const { EXTENSION_DIR, launchWithExtension, stopServiceWorker } = await import('../tests/e2e/harness');
  if (args.includes('--build') || !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  const session = await launchWithExtension();
  try {
    const { version } = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { version: string };
    console.log(`\nChromium, built extension ${version} at ${EXTENSION_DIR}`);
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    const ask = (type: string, payload: unknown) =>
      page.evaluate(
        async ([t, p]) => {
          const t0 = performance.now();
          const reply = (await chrome.runtime.sendMessage({ isnad: 1, type: t, payload: p })) as { ok: boolean; error?: string };
          return { ms: performance.now() - t0, reply };
        },
        [type, payload] as const,
      );
    const workerRunning = async () => {
      const cdp = await session.context.newCDPSession(page);
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] };
      await cdp.detach();
      return targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${session.extensionId}/`));
    };
    const stopAndWait = async () => {
      await stopServiceWorker(session);
      for (let i = 0; i < 100 && (await workerRunning()); i++) await new Promise((r) => setTimeout(r, 20));
      // Let the browser settle so the measurement is the wake, not the tear-down.
      await new Promise((r) => setTimeout(r, 200));
    };
    const warm = await ask('stats:get', {});
    if (!warm.reply.ok) throw new Error(`stats:get failed: ${warm.reply.error}`);

    for (const type of ['stats:get', 'outlet:get'] as const) {
      const cold: number[] = [];
      for (let run = 0; run < runs; run++) {
        await stopAndWait();
        const { ms, reply } = await ask(type, type === 'outlet:get' ? { id: 'reuters' } : {});
        if (!reply.ok) throw new Error(`${type} after a cold start failed: ${reply.error}`);
        cold.push(ms);
      }
      report(`first answer after a cold worker start (${type}), median`, median(cold), 150, `(max ${Math.max(...cold).toFixed(0)} ms, ${runs} runs)`);
    }

    const warmSearch: number[] = [];
    for (const query of ['Reuters', 'رويترز', 'AFP', 'lemonde.fr', 'هسبريس', 'Al Jazeera', 'الجزيرة', 'France 24']) {
      for (let i = 0; i < 10; i++) warmSearch.push((await ask('outlet:search', { query })).ms);
    }
    report('outlet:search round trip from a page (warm worker), median', median(warmSearch), null);

    // Re-seed in the real worker: forget the recorded registry version, stop the worker, and time the
    // first look-up, which seeds before answering; the cold-start time is subtracted.
    const seeds: number[] = [];
    for (let run = 0; run < Math.min(runs, 5); run++) {
      const worker = await session.worker();
      await worker.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open('isnad');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const tx = open.result.transaction('meta', 'readwrite');
              tx.objectStore('meta').delete('registryVersion');
              tx.oncomplete = () => {
                open.result.close();
                resolve();
              };
              tx.onerror = () => reject(tx.error);
            };
          }),
      );
      await stopAndWait();
      const { ms, reply } = await ask('outlet:get', { id: 'reuters' });
      if (!reply.ok) throw new Error(`re-seed failed: ${reply.error}`);
      seeds.push(ms);
    }
    report('cold start + re-seed of the full registry in Chromium, median', median(seeds), 1000);
    await page.close();
  } finally {
    await session.close();
  }
}

await benchNode();
if (!args.includes('--node-only')) {
  try {
    await benchChromium();
  } catch (error) {
    console.log(`\nChromium part skipped: ${error instanceof Error ? error.message : String(error)}`);
  }
}
console.log('\nSummary');
for (const row of rows) console.log(`  ${row.ok === null ? ' ' : row.ok ? '✓' : '✗'} ${row.what.padEnd(72)} ${row.value.padEnd(40)} ${row.target}`);
