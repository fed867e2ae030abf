// `npm run bench:registry`: the shipped registry's size and the engine's index build time.
// Sizes: outlets.json raw and gzipped (level 9, as a store would serve it). Time: median of 20 runs of
// the engine's buildRegistryIndex over the shipped outlets and alias index, as the background does on
// wake (lib/knowledge.ts), after two warm-up runs; also without the compact index (re-normalising).

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildRegistryIndex, type CompactAliasIndex } from '../engine';
import type { OutletRecord } from '../engine/types';

const dir = resolve(import.meta.dirname, '../assets/registry');
const raw = readFileSync(resolve(dir, 'outlets.json'));
const indexRaw = readFileSync(resolve(dir, 'alias-index.json'));
const outlets = JSON.parse(raw.toString('utf8')) as OutletRecord[];
const compact = JSON.parse(indexRaw.toString('utf8')) as CompactAliasIndex;

function median(fn: () => unknown, runs = 20): number {
  fn();
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return (times[(runs - 1) >> 1]! + times[runs >> 1]!) / 2;
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const withCompact = median(() => buildRegistryIndex(outlets, compact));
const fromOutlets = median(() => buildRegistryIndex(outlets));
const parse = median(() => JSON.parse(raw.toString('utf8')));

console.log(`outlets.json       ${raw.length} bytes (${kb(raw.length)}) raw, ${gzipSync(raw, { level: 9 }).length} bytes (${kb(gzipSync(raw, { level: 9 }).length)}) gzipped; ${outlets.length} outlets`);
console.log(`alias-index.json   ${indexRaw.length} bytes (${kb(indexRaw.length)}) raw, ${gzipSync(indexRaw, { level: 9 }).length} bytes gzipped; ${Object.keys(compact.aliases).length} keys`);
console.log(`buildRegistryIndex ${withCompact.toFixed(2)} ms median of 20 (with the shipped alias index); ${fromOutlets.toFixed(2)} ms without it`);
console.log(`JSON.parse(outlets.json) ${parse.toFixed(2)} ms median of 20`);
