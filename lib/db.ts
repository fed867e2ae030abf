// Isnad's IndexedDB, opened only by the background worker. Every schema version stays declared so a
// reader's database from any earlier release upgrades in place; reader tables (preferences, custom
// outlets, ratings, history) are never cleared by an upgrade or a registry re-seed.
import Dexie, { type EntityTable } from 'dexie';
import type { Analysis, OutletRecord } from '../engine/types';

export type OutletMark = 'preferred' | 'trusted' | 'avoided';

export interface StoredOutlet extends OutletRecord {
  /** Normalised aliases and names, for the multi-entry index. */
  aliasKeys: string[];
}

export interface StoredAnalysis {
  url: string;
  /** Hash of the analysed text: the same text is not analysed twice. */
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
  importedAt: number;
}

export interface HistoryEntry {
  id?: number;
  url: string;
  host: string;
  originalOutletId: string | null;
  outletIds: string[];
  at: number;
}

export interface TabRecord {
  tabId: number;
  url: string;
  status: 'analysed' | 'not-article' | 'paused';
  at: number;
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

export function openDb(name = DB_NAME): IsnadDb {
  const db = new Dexie(name) as IsnadDb;
  db.version(1).stores({
    outlets: '&id, *aliasKeys, *domains, country, medium',
    analyses: '&url, at, lastAccess',
    preferences: '&outletId, mark',
    customOutlets: '&id, *aliasKeys, *domains',
    ratings: '++id, outletId, source',
    history: '++id, at, host, originalOutletId',
    tabs: '&tabId, url',
    meta: '&key',
  });
  return db;
}
