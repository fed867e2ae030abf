// What the background worker does, with its dependencies passed in so tests can run it against
// fake-indexeddb and the fake browser. Every handler is idempotent: the worker may be stopped
// between any two requests and the next one must still be answered from storage alone.
import { analyzeArticle, normalizeForMatch } from '../engine';
import type { Analysis, AnalyzeOptions, ArticleInput, OutletRecord } from '../engine/types';
import type { IsnadDb, StoredOutlet } from './db';
import type { Knowledge } from './knowledge';
import type { Handlers } from './messaging';
import type { Settings } from './settings';
import type { TabState } from './protocol';

export interface BackgroundDeps {
  db: IsnadDb;
  knowledge: () => Knowledge;
  outlets: OutletRecord[];
  settings: () => Promise<Settings>;
  /** Shows the per-tab toolbar badge; absent in tests that do not look at it. */
  setBadge?: (tabId: number, analysis: Analysis | null) => Promise<void>;
  now?: () => number;
}

export function aliasKeysOf(outlet: OutletRecord): string[] {
  const keys = new Set<string>();
  for (const name of [outlet.name, ...Object.values(outlet.names), ...outlet.aliases]) {
    if (!name) continue;
    const key = normalizeForMatch(name);
    if (key) keys.add(key);
  }
  return [...keys];
}

function toStored(outlet: OutletRecord): StoredOutlet {
  return { ...outlet, aliasKeys: aliasKeysOf(outlet) };
}

/** Re-seeds the outlets table when the shipped registry changed; reader tables are left alone. */
export async function ensureSeeded(deps: BackgroundDeps): Promise<void> {
  const { db } = deps;
  const version = deps.knowledge().registry.version;
  const current = await db.meta.get('registryVersion');
  if (current?.value === version && (await db.outlets.count()) > 0) return;
  await db.transaction('rw', db.outlets, db.meta, async () => {
    await db.outlets.clear();
    await db.outlets.bulkPut(deps.outlets.map(toStored));
    await db.meta.put({ key: 'registryVersion', value: version });
  });
}

export function hashText(text: string): string {
  // FNV-1a over UTF-16 units: cheap, stable, enough to tell whether a page's article changed.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(16)}-${text.length}`;
}

function searchOptions(settings: Settings): AnalyzeOptions {
  if (settings.searchEngine === 'custom') {
    return settings.customSearchTemplate.includes('{q}') ? { searchEngine: { template: settings.customSearchTemplate } } : {};
  }
  return { searchEngine: settings.searchEngine };
}

export function createHandlers(deps: BackgroundDeps): Handlers {
  const { db } = deps;
  const now = deps.now ?? Date.now;

  async function analyse(article: ArticleInput, tabId: number | undefined): Promise<Analysis> {
    const settings = await deps.settings();
    const url = article.url ?? '';
    const hash = hashText(article.text);
    const cached = url ? await db.analyses.get(url) : undefined;
    let analysis: Analysis;
    if (cached && cached.hash === hash) {
      analysis = cached.analysis;
      await db.analyses.update(url, { lastAccess: now() });
    } else {
      analysis = analyzeArticle(article, deps.knowledge(), searchOptions(settings));
      if (url) {
        const bytes = JSON.stringify(analysis).length * 2;
        await db.analyses.put({ url, hash, analysis, at: now(), lastAccess: now(), bytes });
      }
    }
    if (tabId !== undefined) {
      await db.tabs.put({ tabId, url, status: 'analysed', at: now() });
      await deps.setBadge?.(tabId, analysis);
    }
    return analysis;
  }

  return {
    'analysis:submit': async ({ article }, sender) => analyse(article as ArticleInput, sender.tab?.id),
    'analysis:none': async ({ url, reason }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId !== undefined) {
        await db.tabs.put({ tabId, url, status: reason, at: now() });
        await deps.setBadge?.(tabId, null);
      }
      return null;
    },
    'analysis:get-for-tab': async ({ tabId }): Promise<TabState> => {
      const tab = await db.tabs.get(tabId);
      if (!tab) return { status: 'unknown' };
      if (tab.status !== 'analysed') return { status: tab.status, url: tab.url, at: tab.at };
      const stored = await db.analyses.get(tab.url);
      if (!stored) return { status: 'unknown' };
      return { status: 'analysed', url: tab.url, analysis: stored.analysis, at: stored.at };
    },
    'outlet:search': async ({ query, limit }) => {
      const key = normalizeForMatch(query);
      if (!key) return [];
      const max = limit ?? 20;
      const exact = await db.outlets.where('aliasKeys').equals(key).toArray();
      const byDomain = await db.outlets.where('domains').equals(query.trim().toLowerCase().replace(/^www\./, '')).toArray();
      const prefix = await db.outlets.where('aliasKeys').startsWith(key).limit(max * 2).toArray();
      const seen = new Set<string>();
      const results: OutletRecord[] = [];
      for (const outlet of [...exact, ...byDomain, ...prefix]) {
        if (seen.has(outlet.id)) continue;
        seen.add(outlet.id);
        const { aliasKeys: _keys, ...record } = outlet;
        results.push(record);
        if (results.length >= max) break;
      }
      return results;
    },
    'outlet:get': async ({ id }) => {
      const outlet = (await db.customOutlets.get(id)) ?? (await db.outlets.get(id));
      if (!outlet) return null;
      const { aliasKeys: _keys, ...record } = outlet;
      return record;
    },
    'stats:get': async () => ({
      outlets: await db.outlets.count(),
      analyses: await db.analyses.count(),
      registryVersion: deps.knowledge().registry.version,
    }),
  };
}
