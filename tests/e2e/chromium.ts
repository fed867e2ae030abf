import { existsSync } from 'node:fs';

/** Chromium for tests and `npm start`: CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error('Chromium not found: install it with `sudo apt-get install chromium` or set CHROMIUM_PATH.');
  }
  return found;
}
