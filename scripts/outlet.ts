// `npm run -s outlet -- <name|alias|domain|id>`: prints the shipped outlet as pretty JSON.
//   not found          → exit 1, one line on stderr
//   ambiguous alias    → every candidate as a JSON array, a note on stderr
//   --batch            → one query per stdin line, one JSON line per query (null when not found)
//   --stats            → counts of the shipped registry (aliasCollisions must be 0)
// Reads assets/registry/outlets.json: run `npm run registry:build` first.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expandSources } from '../engine/registry-sources';
import type { OutletRecord } from '../engine/types';
import { undeclaredCollisions } from '../registry/lib/build';
import { createLookup } from '../registry/lib/lookup';

const root = resolve(import.meta.dirname, '..');
const outlets = (JSON.parse(readFileSync(resolve(root, 'assets/registry/outlets.json'), 'utf8')) as OutletRecord[]).map(expandSources);
const lookup = createLookup(outlets);
const args = process.argv.slice(2);

function countBy(values: Iterable<string>): Record<string, number> {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return Object.fromEntries([...m].toSorted((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
}

function stats(): Record<string, unknown> {
  return {
    outlets: outlets.length,
    withArabicName: outlets.filter((o) => !!o.names.ar).length,
    withFrenchName: outlets.filter((o) => !!o.names.fr).length,
    aliases: lookup.aliases.size,
    aliasCollisions: undeclaredCollisions(outlets).length,
    byMedium: countBy(outlets.map((o) => o.medium)),
    byCountry: countBy(outlets.map((o) => o.country)),
    bySource: countBy(outlets.flatMap((o) => [...new Set(Object.values(o.sources).flat())])),
  };
}

if (args.includes('--stats')) {
  console.log(JSON.stringify(stats(), null, 2));
} else if (args.includes('--batch')) {
  const lines = readFileSync(0, 'utf8').split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  const out: string[] = [];
  for (const line of lines) {
    const r = lookup.find(line);
    out.push(r === null ? 'null' : JSON.stringify(r.outlets.length === 1 ? r.outlets[0] : r.outlets));
  }
  process.stdout.write(out.length > 0 ? `${out.join('\n')}\n` : '');
} else {
  const query = args.filter((a) => !a.startsWith('--')).join(' ');
  if (!query) {
    console.error('usage: npm run -s outlet -- <name|alias|domain|id> | --batch | --stats');
    process.exit(2);
  }
  const r = lookup.find(query);
  if (!r) {
    console.error(`outlet not found: ${query}`);
    process.exit(1);
  }
  if (r.outlets.length > 1) {
    console.error(`"${query}" is ambiguous (${r.by} "${r.key}"): ${r.outlets.length} outlets: ${r.outlets.map((o) => o.id).join(', ')}`);
    console.log(JSON.stringify(r.outlets, null, 2));
  } else {
    console.log(JSON.stringify(r.outlets[0], null, 2));
  }
}
