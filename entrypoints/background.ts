import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { Analysis } from '../engine/types';
import { createHandlers, ensureSeeded, type BackgroundDeps } from '../lib/background-service';
import { openDb } from '../lib/db';
import { getKnowledge, shippedOutlets } from '../lib/knowledge';
import { listen } from '../lib/messaging';
import { getSettings } from '../lib/settings';

async function setBadge(tabId: number, analysis: Analysis | null): Promise<void> {
  const relayed = analysis?.originalOutlet ? analysis.chain.length - 1 : 0;
  const text = analysis?.originalOutlet ? String(Math.max(1, relayed)) : '';
  try {
    await browser.action.setBadgeText({ tabId, text });
    if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: '#b45309' });
    await browser.action.setTitle({
      tabId,
      title: analysis?.originalOutlet ? `Isnad: relays ${analysis.originalOutlet.name}` : 'Isnad',
    });
  } catch {
    // The tab may have closed between the analysis and the badge; nothing to show then.
  }
}

export default defineBackground({
  main() {
    const db = openDb();
    const deps: BackgroundDeps = { db, knowledge: getKnowledge, outlets: shippedOutlets, settings: getSettings, setBadge };
    listen(createHandlers(deps));
    browser.runtime.onInstalled.addListener(() => {
      void ensureSeeded(deps);
    });
    browser.runtime.onStartup.addListener(() => {
      void ensureSeeded(deps);
    });
    browser.tabs.onRemoved.addListener((tabId) => {
      void db.tabs.delete(tabId);
    });
  },
});
