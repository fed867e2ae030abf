// Builds the Chrome extension once before the end-to-end tests, unless ISNAD_SKIP_BUILD says the
// caller (npm test) has just built it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { EXTENSION_DIR } from './harness';

export default function setup(): void {
  if (process.env.ISNAD_SKIP_BUILD === '1' && existsSync(EXTENSION_DIR)) return;
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
}
