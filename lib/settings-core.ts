// The settings' shape, defaults, migration and checks: plain code with no storage import, so the content
// script can use it without carrying the storage library (lib/settings.ts adds the versioned item).
import type { Lang, SearchEngineId } from '../engine/types';

export type BadgeDensity = 'first' | 'first-two' | 'all';
export type UiLanguage = 'auto' | Lang;

export interface Settings {
  badges: boolean;
  badgeDensity: BadgeDensity;
  pausedSites: string[];
  uiLanguage: UiLanguage;
  /** Article languages Isnad analyses. */
  languages: Lang[];
  searchEngine: SearchEngineId | 'custom';
  /** Used when searchEngine is 'custom'; must contain {q}. */
  customSearchTemplate: string;
}

export const DEFAULT_SETTINGS: Settings = {
  badges: true,
  badgeDensity: 'first-two',
  pausedSites: [],
  uiLanguage: 'auto',
  languages: ['ar', 'fr', 'en'],
  searchEngine: 'duckduckgo',
  customSearchTemplate: '',
};

/** v1 was the first public shape: a single `showBadges` flag and paused hosts as a comma list. */
export interface SettingsV1 {
  showBadges: boolean;
  paused: string;
  searchEngine: string;
}

export function migrateV1(old: SettingsV1): Settings {
  const engines: SearchEngineId[] = ['duckduckgo', 'google', 'bing', 'qwant', 'startpage'];
  return {
    ...DEFAULT_SETTINGS,
    badges: old.showBadges !== false,
    pausedSites: String(old.paused ?? '')
      .split(',')
      .map((s) => normalizeSite(s))
      .filter((s): s is string => s !== null),
    searchEngine: engines.includes(old.searchEngine as SearchEngineId) ? (old.searchEngine as SearchEngineId) : 'duckduckgo',
  };
}


const SEARCH_ENGINES: readonly (SearchEngineId | 'custom')[] = ['duckduckgo', 'google', 'bing', 'qwant', 'startpage', 'custom'];
const LANGS: readonly Lang[] = ['ar', 'fr', 'en'];

/**
 * The settings with every field checked: a missing or mistyped field (an older or hand-edited value,
 * another version's page writing a partial object) falls back to its default instead of breaking the
 * worker or the content script.
 */
function pick<T>(ok: boolean, value: unknown, fallback: T): T {
  return ok ? (value as T) : fallback;
}

function strings(value: unknown): string[] | null {
  return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : null;
}

export function coerceSettings(raw: unknown): Settings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  const paused = strings(value.pausedSites);
  const languages = strings(value.languages)?.filter((l): l is Lang => LANGS.includes(l as Lang));
  return {
    badges: pick(typeof value.badges === 'boolean', value.badges, DEFAULT_SETTINGS.badges),
    badgeDensity: pick(['first', 'first-two', 'all'].includes(value.badgeDensity as string), value.badgeDensity, DEFAULT_SETTINGS.badgeDensity),
    pausedSites: paused ? paused.map(normalizeSite).filter((s): s is string => s !== null) : [...DEFAULT_SETTINGS.pausedSites],
    uiLanguage: pick(['auto', ...LANGS].includes(value.uiLanguage as string), value.uiLanguage, DEFAULT_SETTINGS.uiLanguage),
    languages: languages ?? [...DEFAULT_SETTINGS.languages],
    searchEngine: pick(SEARCH_ENGINES.includes(value.searchEngine as SearchEngineId), value.searchEngine, DEFAULT_SETTINGS.searchEngine),
    customSearchTemplate: pick(typeof value.customSearchTemplate === 'string', value.customSearchTemplate, DEFAULT_SETTINGS.customSearchTemplate),
  };
}


/** A site is paused by host name, without `www.`. */
export function normalizeSite(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return null;
  let host = trimmed;
  try {
    host = new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/^www\./, '');
  return /^[a-z0-9.-]+$/.test(host) && host.includes('.') ? host : null;
}

export function isPaused(settings: Settings, url: string): boolean {
  const host = normalizeSite(url);
  if (!host) return false;
  return settings.pausedSites.some((site) => host === site || host.endsWith(`.${site}`));
}
