// `npm test`: the whole suite in one command, in the order that fails fastest: type check, lint,
// the Chrome and Firefox builds (with web-ext lint of the Firefox one), then every Vitest project
// (unit, extension, end-to-end in real Chromium against the build just made).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';

interface Step {
  name: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
}

const steps: Step[] = [
  { name: 'type check', command: 'npx', args: ['tsc', '--noEmit'] },
  { name: 'lint', command: 'npm', args: ['run', '-s', 'lint'] },
  { name: 'build (chrome)', command: 'npx', args: ['wxt', 'build'] },
  { name: 'build + web-ext lint (firefox)', command: 'npm', args: ['run', '-s', 'lint:firefox'] },
  {
    name: 'vitest (unit, extension, e2e)',
    command: 'npx',
    args: ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-output/vitest.json'],
    env: { ISNAD_SKIP_BUILD: '1' },
  },
];

mkdirSync('test-output', { recursive: true });
const started = Date.now();
for (const step of steps) {
  const t0 = Date.now();
  console.log(`\n▶ ${step.name}`);
  const result = spawnSync(step.command, step.args, { stdio: 'inherit', env: { ...process.env, ...step.env } });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✖ ${step.name} failed after ${seconds}s`);
    printCounts();
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${step.name} (${seconds}s)`);
}
console.log(`\nall steps passed in ${((Date.now() - started) / 1000).toFixed(1)}s`);
printCounts();

function printCounts(): void {
  if (!existsSync('test-output/vitest.json')) return;
  const report = JSON.parse(readFileSync('test-output/vitest.json', 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number };
  console.log(`tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped`);
}
