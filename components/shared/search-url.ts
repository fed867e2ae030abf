// Search links for the primary report, rebuilt in the UI when the reader edits the query. Pure: no DOM,
// no `browser`. The engine builds the first link when it analyses a page; the popup lets the reader
// change the words, and the settings page may have switched engines since that analysis was cached, so
// the link is rebuilt here from (engine, full query) rather than patched by string replacement.
//
// A site search's full query is "site:<domain> <terms>". The engine's PrimaryLink carries the terms in
// `query`; the full query is recovered from the link's URL (the parameter whose value contains the
// terms), so whatever restriction the engine wrote around the terms is kept as it was.
import type { PrimaryLink, SearchEngineId } from '../../engine/types';

export const SEARCH_ENGINES: readonly SearchEngineId[] = ['duckduckgo', 'google', 'bing', 'qwant', 'startpage'];

/** `{q}` stands for the URL-encoded query. Startpage names its parameter `query`, not `q`. */
export const SEARCH_TEMPLATES: Record<SearchEngineId, string> = {
  duckduckgo: 'https://duckduckgo.com/?q={q}',
  google: 'https://www.google.com/search?q={q}',
  bing: 'https://www.bing.com/search?q={q}',
  qwant: 'https://www.qwant.com/?q={q}',
  startpage: 'https://www.startpage.com/do/search?query={q}',
};

export type SearchEngineChoice = SearchEngineId | { template: string };

/** A custom template must be an http(s) address with `{q}` somewhere in it. */
export function isValidSearchTemplate(template: string): boolean {
  const trimmed = template.trim();
  if (!trimmed.includes('{q}')) return false;
  try {
    const url = new URL(trimmed.replaceAll('{q}', 'test'));
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

export function buildSearchUrl(engine: SearchEngineChoice, query: string): string {
  const template = typeof engine === 'string' ? SEARCH_TEMPLATES[engine] : engine.template.trim();
  return template.replaceAll('{q}', encodeURIComponent(query));
}

/** The reader's setting as an engine choice; an invalid custom template falls back to null. */
export function engineFromSettings(settings: { searchEngine: SearchEngineId | 'custom'; customSearchTemplate: string }): SearchEngineChoice | null {
  if (settings.searchEngine !== 'custom') return settings.searchEngine;
  return isValidSearchTemplate(settings.customSearchTemplate) ? { template: settings.customSearchTemplate.trim() } : null;
}

/** The full query the link's URL searches for (e.g. "site:europe1.fr Hammouchi Maroc"), when it can be read. */
export function fullQueryOf(link: Pick<PrimaryLink, 'url' | 'query'>): string | null {
  const terms = link.query ?? '';
  let url: URL;
  try {
    url = new URL(link.url);
  } catch {
    return null;
  }
  const values = [...url.searchParams.values()];
  if (terms) {
    const withTerms = values.find((value) => value.includes(terms));
    if (withTerms !== undefined) return withTerms;
  }
  const site = values.find((value) => /(^|\s)site:\S/.test(value));
  return site ?? null;
}

/** The restriction the engine wrote around the terms, e.g. "site:europe1.fr". */
function siteRestriction(full: string): string | null {
  return /(^|\s)(site:\S+)/.exec(full)?.[2] ?? null;
}

/**
 * The site-search URL for the reader's edited terms, with `engine` (the reader's current choice) or, when
 * that is unknown, the engine the link was built with. `domain` is used only when the link's own URL
 * says nothing readable.
 */
export function rebuildSiteSearch(link: Pick<PrimaryLink, 'url' | 'query'>, edited: string, engine: SearchEngineChoice | null, domain: string | null): string {
  const terms = link.query ?? '';
  const full = fullQueryOf(link);
  let nextQuery: string;
  if (full !== null && terms && full.includes(terms)) nextQuery = full.replace(terms, edited.trim());
  else if (full !== null && siteRestriction(full)) nextQuery = `${siteRestriction(full)} ${edited.trim()}`;
  else if (domain) nextQuery = `site:${domain} ${edited.trim()}`;
  else nextQuery = edited.trim();
  nextQuery = nextQuery.replace(/\s+/g, ' ').trim();
  if (engine) return buildSearchUrl(engine, nextQuery);
  // No engine known: keep the link's own address and swap the parameter that held the query.
  try {
    const url = new URL(link.url);
    for (const [name, value] of url.searchParams) {
      if (full !== null && value === full) {
        url.searchParams.set(name, nextQuery);
        return url.toString();
      }
    }
  } catch {
    // fall through
  }
  if (terms && link.url.includes(encodeURIComponent(terms))) return link.url.replace(encodeURIComponent(terms), encodeURIComponent(edited.trim()));
  return link.url;
}
