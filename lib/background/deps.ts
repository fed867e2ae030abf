// What the background's handlers need, passed in so that tests run them against fake-indexeddb, the
// fake browser and a stand-in analyser, and so that nothing is held only in memory: the MV3 worker can
// be stopped between any two requests, and everything a later request needs is in IndexedDB.
import type { Analysis, AnalyzeOptions, ArticleInput, OutletRecord } from '../../engine/types';
import type { IsnadDb } from '../db';
import type { Settings } from '../settings';

/** Runs the engine with the shipped registry plus the reader's own outlets (built lazily, cached). */
export interface Analyzer {
  analyze(article: ArticleInput, customOutlets: readonly OutletRecord[], options: AnalyzeOptions): Analysis;
}

/** The registry shipped with this build (assets/registry/): seeded into the `outlets` table. */
export interface ShippedRegistry {
  /** Changes whenever the shipped data changes; a new value re-seeds `outlets`. */
  version: string;
  outlets: readonly OutletRecord[];
}

export interface CacheLimits {
  /** Analyses kept (least recently used dropped first). */
  maxAnalyses: number;
  /** Approximate bytes of analyses kept. */
  maxAnalysisBytes: number;
  /** History entries kept (oldest dropped first). */
  maxHistory: number;
}

export const DEFAULT_LIMITS: CacheLimits = {
  maxAnalyses: 500,
  maxAnalysisBytes: 20 * 1024 * 1024,
  maxHistory: 5_000,
};

export interface BackgroundDeps {
  db: IsnadDb;
  registry: ShippedRegistry;
  analyzer: Analyzer;
  /** The engine's `normalizeForMatch`: alias keys in the database and queries meet in this form. */
  normalize: (text: string) => string;
  settings: () => Promise<Settings>;
  /** Shows the per-tab toolbar badge; absent in tests that do not look at it. */
  setBadge?: (tabId: number, analysis: Analysis | null) => Promise<void>;
  limits?: Partial<CacheLimits>;
  now?: () => number;
}

export function limitsOf(deps: BackgroundDeps): CacheLimits {
  return { ...DEFAULT_LIMITS, ...deps.limits };
}
