// The background worker's service: handlers for the message map and the pieces they are made of.
export { cacheCounts, clearCache, hashText, searchOptions, stateForTab, submitAnalysis, withQuotaRetry } from './analyses';
export { badgeFor, createBadgeSetter, relaysAnotherOutlet, RELAY_BADGE_COLOR, type ActionApi, type BadgeState } from './badge';
export { DEFAULT_LIMITS, limitsOf, type Analyzer, type BackgroundDeps, type CacheLimits, type ShippedRegistry } from './deps';
export { createHandlers } from './handlers';
export { getOutlet, hostOf, resolveOutlet, searchOutlets } from './outlets';
export { isQuotaError } from './quota';
export { importRatingsCsv, parseCsv } from './ratings-csv';
export { deleteCustomOutlet, exportData, importData, outletDetails, putCustomOutlet, setPreference } from './reader-data';
export { aliasKeysOf, ensureSeeded, fromStored, toStored, whenSeeded } from './seed';
