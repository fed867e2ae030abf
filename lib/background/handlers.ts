// Every request of the message map (lib/protocol.ts), answered from IndexedDB. Each handler is
// idempotent and reads what it needs from storage, so the worker may be stopped between any two
// requests; handlers that read outlets first make sure the registry is seeded (a cheap check after the
// first time in a worker's life).
import type { ArticleInput } from '../../engine/types';
import type { Handlers } from '../messaging';
import { isPaused } from '../settings-core';
import { cacheCounts, clearCache, recordNone, stateForTab, submitAnalysis } from './analyses';
import type { BackgroundDeps } from './deps';
import { getOutlet, searchOutlets } from './outlets';
import { importRatingsCsv } from './ratings-csv';
import { deleteCustomOutlet, exportData, importData, listPreferences, outletDetails, parseOutletInput, putCustomOutlet, setPreference } from './reader-data';
import { whenSeeded } from './seed';

export function createHandlers(deps: BackgroundDeps): Handlers {
  const { db } = deps;
  return {
    'analysis:submit': async ({ article }, sender) => submitAnalysis(deps, article as ArticleInput, sender.tab?.id, sender.tab ? sender.url : undefined),
    'analysis:none': async ({ url, reason }, sender) => {
      await recordNone(deps, sender.tab?.id, url, reason);
      return null;
    },
    'analysis:get-for-tab': async ({ tabId }) => stateForTab(deps, tabId),
    'outlet:search': async ({ query, limit }) => {
      await whenSeeded(deps);
      return searchOutlets(db, query, limit ?? 20, deps.normalize);
    },
    'outlet:get': async ({ id }) => {
      await whenSeeded(deps);
      return getOutlet(db, id);
    },
    'outlet:details': async ({ id }) => {
      await whenSeeded(deps);
      return outletDetails(deps, id);
    },
    'stats:get': async () => {
      await whenSeeded(deps);
      return db.transaction('r', [db.outlets, db.analyses, db.customOutlets, db.preferences, db.ratings, db.history], async () => ({
        outlets: await db.outlets.count(),
        analyses: await db.analyses.count(),
        registryVersion: deps.registry.version,
        customOutlets: await db.customOutlets.count(),
        preferences: await db.preferences.count(),
        ratings: await db.ratings.count(),
        history: await db.history.count(),
      }));
    },
    'preference:set': async ({ outletId, mark, note }) => {
      await whenSeeded(deps);
      return setPreference(deps, outletId, mark, note);
    },
    'preference:list': async () => listPreferences(deps),
    'custom-outlet:put': async ({ outlet }) => {
      const parsed = parseOutletInput(outlet);
      if (!parsed.ok) throw new Error(`invalid outlet: ${parsed.error}`);
      return putCustomOutlet(deps, parsed.outlet);
    },
    'custom-outlet:delete': async ({ id }) => {
      await whenSeeded(deps);
      await deleteCustomOutlet(deps, id);
      return null;
    },
    'data:export': async () => exportData(deps),
    'data:import': async ({ json, mode }) => importData(deps, json, mode ?? 'merge'),
    'ratings:import-csv': async ({ csv, source }) => {
      await whenSeeded(deps);
      return importRatingsCsv(deps, csv, source);
    },
    'page:settings': async ({ url }) => {
      const settings = await deps.settings();
      return {
        paused: isPaused(settings, url),
        badges: settings.badges,
        badgeDensity: settings.badgeDensity,
        uiLanguage: settings.uiLanguage,
        languages: settings.languages,
      };
    },
    'cache:counts': async () => cacheCounts(db),
    'cache:clear': async ({ keepHistory }) => clearCache(db, keepHistory ?? false),
  };
}
