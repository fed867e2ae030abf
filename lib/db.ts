// Isnad's IndexedDB, opened only by the background worker. Every schema version stays declared so a
// reader's database from any earlier release upgrades in place; reader tables (preferences, custom
// outlets, ratings, history) are never cleared by an upgrade or a registry re-seed.
//
// Released history:
// - v1 (0.0.x): outlets, analyses (no LRU fields), preferences (mark only), customOutlets, ratings, meta.
// - v2 (0.1.0): preferences gain a note, analyses gain lastAccess/bytes for the bounded LRU cache, ratings
//   gain an [outletId+source] index (one rating per outlet per named source), and the `history` and
//   `tabs` tables appear (tab → analysis state must survive the MV3 worker being stopped).
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { Analysis, OutletRecord } from '../engine/types';

export type OutletMark = 'preferred' | 'trusted' | 'avoided';

export interface StoredOutlet extends OutletRecord {
  /** Normalised aliases and names, for the multi-entry index. */
  aliasKeys: string[];
}

export interface StoredAnalysis {
  url: string;
  /** Hash of the analysed input and of what the result depends on: the same page is not analysed twice. */
  hash: string;
  analysis: Analysis;
  at: number;
  lastAccess: number;
  /** Approximate size in bytes, for the cache bound. */
  bytes: number;
}

export interface Preference {
  outletId: string;
  mark: OutletMark | null;
  note: string;
  updatedAt: number;
}

export interface Rating {
  id?: number;
  outletId: string;
  /** Who rated: the reader names the source on import. */
  source: string;
  rating: string;
  note?: string;
  importedAt: number;
}

export interface HistoryEntry {
  id?: number;
  url: string;
  host: string;
  /** The outlet of the page itself, when known. */
  hostOutletId?: string | null;
  originalOutletId: string | null;
  /** Outlets the article cites (attributions with a known outlet), without duplicates. */
  outletIds: string[];
  at: number;
}

export interface TabRecord {
  tabId: number;
  url: string;
  status: 'analysed' | 'not-article' | 'paused';
  at: number;
  /** The history entry of this visit: a re-analysis of the same page in the same tab updates it. */
  historyId?: number;
}

export interface MetaRecord {
  key: string;
  value: string;
}

export type IsnadDb = Dexie & {
  outlets: EntityTable<StoredOutlet, 'id'>;
  analyses: EntityTable<StoredAnalysis, 'url'>;
  preferences: EntityTable<Preference, 'outletId'>;
  customOutlets: EntityTable<StoredOutlet, 'id'>;
  ratings: EntityTable<Rating, 'id'>;
  history: EntityTable<HistoryEntry, 'id'>;
  tabs: EntityTable<TabRecord, 'tabId'>;
  meta: EntityTable<MetaRecord, 'key'>;
};

export const DB_NAME = 'isnad';

/** Meta keys. */
export const META_REGISTRY_VERSION = 'registryVersion';
/** Running total of `analyses.bytes`, kept in the same transactions that change the table. */
export const META_ANALYSES_BYTES = 'analysesBytes';

/** The first released schema (kept so a v1 database upgrades; tests build their v1 fixture from it). */
export const STORES_V1 = {
  outlets: '&id, *aliasKeys, *domains',
  analyses: '&url, at',
  preferences: '&outletId, mark',
  customOutlets: '&id, *aliasKeys, *domains',
  ratings: '++id, outletId, source',
  meta: '&key',
} as const;

export const STORES_V2 = {
  outlets: '&id, *aliasKeys, *domains, country, medium',
  analyses: '&url, at, lastAccess',
  preferences: '&outletId, mark',
  customOutlets: '&id, *aliasKeys, *domains',
  ratings: '++id, outletId, source, [outletId+source]',
  history: '++id, at, host, originalOutletId',
  tabs: '&tabId, url, at',
  meta: '&key',
} as const;

export const DB_VERSION = 2;

/** Approximate stored size of a value: UTF-16 length of its JSON. */
export function approximateBytes(value: unknown): number {
  return JSON.stringify(value).length * 2;
}

async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('preferences')
    .toCollection()
    .modify((p: Partial<Preference> & { outletId: string }) => {
      if (typeof p.note !== 'string') p.note = '';
      if (typeof p.updatedAt !== 'number') p.updatedAt = 0;
      if (p.mark === undefined) p.mark = null;
    });
  let total = 0;
  await tx
    .table('analyses')
    .toCollection()
    .modify((a: Partial<StoredAnalysis> & { url: string }) => {
      if (typeof a.lastAccess !== 'number') a.lastAccess = typeof a.at === 'number' ? a.at : 0;
      if (typeof a.bytes !== 'number') a.bytes = approximateBytes(a.analysis ?? null);
      total += a.bytes;
    });
  await tx.table('meta').put({ key: META_ANALYSES_BYTES, value: String(total) });
}

export function openDb(name = DB_NAME): IsnadDb {
  const db = new Dexie(name) as IsnadDb;
  db.version(1).stores(STORES_V1);
  db.version(2).stores(STORES_V2).upgrade(upgradeToV2);
  return db;
}
