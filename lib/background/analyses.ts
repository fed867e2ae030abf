// Analyses, tab state and reading history. A page's analysis is cached by URL with a hash of everything
// the result depends on (the article, the registry version, the reader's outlets, the search settings),
// so an unchanged page is answered from the cache and a changed one is analysed again.
//
// One read-write transaction per submission writes the analysis, the byte total, the tab record and the
// history entry together: twenty tabs submitting at once are serialised by IndexedDB and none is lost, and
// a worker stopped half-way leaves all or nothing. The cache is bounded by entries and bytes with
// least-recently-used eviction; a quota error evicts and retries instead of failing the page.
import type { Analysis, AnalyzeOptions, ArticleInput, OutletRecord } from '../../engine/types';
import { approximateBytes, META_ANALYSES_BYTES, type HistoryEntry, type IsnadDb, type StoredAnalysis } from '../db';
import type { CacheCounts, TabState } from '../protocol';
import type { Settings } from '../settings';
import { limitsOf, type BackgroundDeps, type CacheLimits } from './deps';
import { hostOf, listCustomOutlets } from './outlets';
import { isQuotaError } from './quota';

/** FNV-1a over UTF-16 units: cheap, stable, enough to tell whether the input changed. */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(16)}-${text.length}`;
}

export function searchOptions(settings: Settings): AnalyzeOptions {
  if (settings.searchEngine === 'custom') {
    return settings.customSearchTemplate.includes('{q}') ? { searchEngine: { template: settings.customSearchTemplate } } : {};
  }
  return { searchEngine: settings.searchEngine };
}

function inputHash(article: ArticleInput, registryVersion: string, custom: readonly OutletRecord[], options: AnalyzeOptions): string {
  const context = hashText(JSON.stringify([registryVersion, custom, options]));
  const { text, ...rest } = article;
  return `${hashText(text)}.${hashText(JSON.stringify(rest))}.${context}`;
}

function citedOutletIds(analysis: Analysis): string[] {
  const ids = new Set<string>();
  for (const attribution of analysis.attributions) if (attribution.outlet.id) ids.add(attribution.outlet.id);
  if (analysis.originalOutlet?.id) ids.add(analysis.originalOutlet.id);
  return [...ids];
}

async function readBytes(db: IsnadDb): Promise<number> {
  const row = await db.meta.get(META_ANALYSES_BYTES);
  const value = row ? Number(row.value) : Number.NaN;
  if (Number.isFinite(value) && value >= 0) return value;
  // Missing or corrupt running total: count it once.
  let total = 0;
  await db.analyses.each((a) => {
    total += a.bytes;
  });
  return total;
}

/** Drops least recently used analyses until both bounds hold. Runs inside the caller's transaction. */
async function evictToFit(db: IsnadDb, limits: CacheLimits, total: number, keepUrl: string | null): Promise<number> {
  let count = await db.analyses.count();
  if (count <= limits.maxAnalyses && total <= limits.maxAnalysisBytes) return total;
  const victims: StoredAnalysis[] = [];
  await db.analyses
    .orderBy('lastAccess')
    .until(() => count <= limits.maxAnalyses && total <= limits.maxAnalysisBytes)
    .each((a) => {
      if (a.url === keepUrl) return;
      victims.push(a);
      count--;
      total -= a.bytes;
    });
  await db.analyses.bulkDelete(victims.map((a) => a.url));
  return Math.max(0, total);
}

/** Frees room after a quota error: about a quarter of the analyses (at least one) and of the history. */
async function evictForQuota(db: IsnadDb): Promise<void> {
  await db.transaction('rw', db.analyses, db.history, db.meta, async () => {
    const count = await db.analyses.count();
    const victims = await db.analyses.orderBy('lastAccess').limit(Math.max(1, Math.ceil(count / 4))).toArray();
    await db.analyses.bulkDelete(victims.map((a) => a.url));
    let total = await readBytes(db);
    for (const victim of victims) total -= victim.bytes;
    await db.meta.put({ key: META_ANALYSES_BYTES, value: String(Math.max(0, total)) });
    const history = await db.history.count();
    if (history > 100) {
      const old = await db.history.orderBy('id').limit(Math.ceil(history / 4)).primaryKeys();
      await db.history.bulkDelete(old);
    }
  });
}

/** Runs a write; on a quota error evicts and tries again (a few times), then gives the error up. */
export async function withQuotaRetry<T>(db: IsnadDb, write: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!isQuotaError(error) || attempt >= attempts) throw error;
      await evictForQuota(db);
    }
  }
}

interface Visit {
  url: string;
  tabId: number | undefined;
  analysis: Analysis;
  /** The analysis to store, or null when it came from the cache unchanged (only its access time moves). */
  fresh: { hash: string } | null;
  cache: boolean;
}

async function writeVisit(deps: BackgroundDeps, visit: Visit): Promise<void> {
  const { db } = deps;
  const now = (deps.now ?? Date.now)();
  const limits = limitsOf(deps);
  await db.transaction('rw', [db.analyses, db.meta, db.tabs, db.history], async () => {
    if (visit.url && visit.cache) {
      if (visit.fresh) {
        const bytes = approximateBytes(visit.analysis);
        const previous = await db.analyses.get(visit.url);
        let total = (await readBytes(db)) - (previous?.bytes ?? 0) + bytes;
        await db.analyses.put({ url: visit.url, hash: visit.fresh.hash, analysis: visit.analysis, at: now, lastAccess: now, bytes });
        total = await evictToFit(db, limits, total, visit.url);
        await db.meta.put({ key: META_ANALYSES_BYTES, value: String(total) });
      } else {
        await db.analyses.update(visit.url, { lastAccess: now });
      }
    }
    if (visit.tabId === undefined) return;
    const previous = await db.tabs.get(visit.tabId);
    const entry: HistoryEntry = {
      url: visit.url,
      host: hostOf(visit.url),
      hostOutletId: visit.analysis.hostOutlet?.id ?? null,
      originalOutletId: visit.analysis.originalOutlet?.id ?? null,
      outletIds: citedOutletIds(visit.analysis),
      at: now,
    };
    let historyId: number | undefined;
    // The same page in the same tab is the same visit (a reload, a late-loading article, a retried
    // request): its entry is updated, not appended again.
    const sameVisit = previous?.url === visit.url && previous.historyId !== undefined ? await db.history.get(previous.historyId) : undefined;
    if (sameVisit?.id !== undefined) {
      historyId = sameVisit.id;
      await db.history.put({ ...entry, id: sameVisit.id, at: sameVisit.at });
    } else if (visit.url) {
      historyId = await db.history.add(entry);
      const excess = (await db.history.count()) - limits.maxHistory;
      if (excess > 0) await db.history.bulkDelete(await db.history.orderBy('id').limit(excess).primaryKeys());
    }
    await db.tabs.put({ tabId: visit.tabId, url: visit.url, status: 'analysed', at: now, historyId });
  });
}

/** Analyses (or finds in the cache) a page's article and records it for its tab. */
export async function submitAnalysis(deps: BackgroundDeps, article: ArticleInput, tabId: number | undefined, pageUrl: string | undefined): Promise<Analysis> {
  const { db } = deps;
  const url = article.url || pageUrl || '';
  const [settings, custom] = await Promise.all([deps.settings(), listCustomOutlets(db)]);
  const options = searchOptions(settings);
  const hash = inputHash(article, deps.registry.version, custom, options);
  const cached = url ? await db.analyses.get(url) : undefined;
  const hit = cached !== undefined && cached.hash === hash;
  const analysis = hit ? cached.analysis : deps.analyzer.analyze({ ...article, url: url || null }, custom, options);
  const visit: Visit = { url, tabId, analysis, fresh: hit ? null : { hash }, cache: true };
  try {
    await withQuotaRetry(db, () => writeVisit(deps, visit));
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    // Still full after evicting: keep the tab and history records, skip the cache, answer the page.
    try {
      await writeVisit(deps, { ...visit, cache: false });
    } catch {
      // Nothing more to free; the page still gets its analysis.
    }
  }
  if (tabId !== undefined) await deps.setBadge?.(tabId, analysis);
  return analysis;
}

export async function recordNone(deps: BackgroundDeps, tabId: number | undefined, url: string, reason: 'not-article' | 'paused'): Promise<void> {
  if (tabId === undefined) return;
  const now = (deps.now ?? Date.now)();
  await withQuotaRetry(deps.db, () => deps.db.tabs.put({ tabId, url, status: reason, at: now }));
  await deps.setBadge?.(tabId, null);
}

export async function stateForTab(deps: BackgroundDeps, tabId: number): Promise<TabState> {
  const { db } = deps;
  const tab = await db.tabs.get(tabId);
  if (!tab) return { status: 'unknown' };
  if (tab.status !== 'analysed') return { status: tab.status, url: tab.url, at: tab.at };
  const stored = await db.analyses.get(tab.url);
  if (!stored) return { status: 'unknown' };
  try {
    await db.analyses.update(tab.url, { lastAccess: (deps.now ?? Date.now)() });
  } catch {
    // Touching the LRU clock is best effort: a full disk must not hide the popup's answer.
  }
  return { status: 'analysed', url: tab.url, analysis: stored.analysis, at: stored.at };
}

export async function cacheCounts(db: IsnadDb): Promise<CacheCounts> {
  return db.transaction('r', db.analyses, db.history, db.meta, async () => ({
    analyses: await db.analyses.count(),
    bytes: await readBytes(db),
    history: await db.history.count(),
  }));
}

export async function clearCache(db: IsnadDb, keepHistory: boolean): Promise<CacheCounts> {
  await db.transaction('rw', [db.analyses, db.meta, db.history, db.tabs], async () => {
    await db.analyses.clear();
    await db.meta.put({ key: META_ANALYSES_BYTES, value: '0' });
    // Tab records of analysed pages point at analyses that are gone now.
    await db.tabs.filter((tab) => tab.status === 'analysed').delete();
    if (!keepHistory) await db.history.clear();
  });
  return cacheCounts(db);
}
