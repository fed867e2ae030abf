// Wiring only: the MV3 worker registers its listeners synchronously on every wake (Chrome may stop it at
// any moment and start it again for the next event); all state lives in IndexedDB (lib/db.ts) and the
// handlers in lib/background/.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { normalizeForMatch } from '../engine';
import { createBadgeSetter, createHandlers, whenSeeded, type ActionApi, type BackgroundDeps } from '../lib/background';
import { openDb } from '../lib/db';
import { createAnalyzer, shippedRegistry } from '../lib/knowledge';
import { listen } from '../lib/messaging';
import { getSettings } from '../lib/settings';

export default defineBackground({
  main() {
    const startedAt = Date.now();
    const db = openDb();
    const action = (browser.action ?? (browser as unknown as { browserAction?: ActionApi }).browserAction) as ActionApi | undefined;
    const deps: BackgroundDeps = {
      db,
      registry: shippedRegistry,
      analyzer: createAnalyzer(),
      normalize: normalizeForMatch,
      settings: getSettings,
      setBadge: createBadgeSetter(action),
    };
    listen(createHandlers(deps));
    const seed = () => {
      whenSeeded(deps).catch((error: unknown) => console.error('Isnad: seeding the outlet registry failed', error));
    };
    browser.runtime.onInstalled.addListener(seed);
    browser.runtime.onStartup.addListener(() => {
      // Tab ids do not survive a browser restart: forget the previous session's tabs.
      void db.tabs.where('at').below(startedAt).delete();
      seed();
    });
    browser.tabs.onRemoved.addListener((tabId) => {
      void db.tabs.delete(tabId);
    });
    // Content scripts do not read storage themselves (see 'page:settings'): tell the tabs Isnad has
    // seen that the settings changed, so badges follow a pause or a density change at once. A raw
    // storage listener, not settingsItem.watch: watching the versioned item from the worker made the
    // settings page's first change on a fresh profile be written back to the old value (E2E).
    browser.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local' || !('settings' in changes)) return;
      void db.tabs.toArray().then((tabs) => {
        for (const tab of tabs) void browser.tabs.sendMessage(tab.tabId, { type: 'page:settings-changed' }).catch(() => undefined);
      });
    });
  },
});
