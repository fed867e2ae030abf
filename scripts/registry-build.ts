// `npm run registry:build`: builds assets/registry/ from registry/curated, registry/people and
// registry/extracts (the repo only). `-- --refresh-extracts [--data DIR]` first rewrites registry/extracts
// from the open datasets in ../shared/data (or DIR): the only mode that reads outside the repo.
// Exit 1, with every problem listed, when a hard check fails; nothing is written then.

import { join, resolve } from 'node:path';
import { buildRegistry } from '../registry/lib/build';
import { refreshExtracts } from '../registry/lib/extracts';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const quiet = args.includes('--quiet');

if (args.includes('--refresh-extracts')) {
  const dataArg = args[args.indexOf('--data') + 1];
  const dataDir = args.includes('--data') && dataArg ? resolve(dataArg) : resolve(root, '../shared/data');
  const counts = refreshExtracts(dataDir, join(root, 'registry/extracts'));
  console.log(`extracts refreshed from ${dataDir}: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
}

const t0 = performance.now();
const report = buildRegistry({ root });
const ms = Math.round(performance.now() - t0);

const info = report.warnings.filter((w) => w.startsWith('info: '));
const warnings = report.warnings.filter((w) => !w.startsWith('info: '));
if (!quiet) {
  for (const w of warnings) console.warn(`warning: ${w}`);
  for (const i of info) console.log(i);
}
if (report.errors.length > 0) {
  console.error(`\nregistry:build failed: ${report.errors.length} problem(s); nothing written.`);
  for (const e of report.errors) console.error(`  - ${e}`);
  process.exit(1);
}
const c = report.counts;
console.log(
  `registry built in ${ms} ms: ${c.outlets} outlets (${c.curated} curated, ${c.datasetOnlyKept} from datasets of ${c.datasetOnlyCandidates}; ` +
    `${c.datasetRecordsMergedIntoCurated} dataset records merged into curated ones), ${c.people} people, ${warnings.length} warning(s)`,
);
