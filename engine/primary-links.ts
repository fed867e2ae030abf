// Links to the primary report: in-article links to the original outlet, a site-restricted search in the
// original's language, and an archive lookup of its site.
//
// Approach: (1) every link (and JSON-LD citation) of the article whose host is one of the original outlet's
// domains; (2) a `site:<domain>` query in the reader's search engine built from words a page of that outlet
// would contain: the Latin (or, for an Arabic outlet, Arabic) surnames of the two most mentioned known
// people, places translated into the outlet's language (المغرب → Maroc / Morocco) leaving out the outlet's
// own country, and the month and year of publication — never the article's title when the languages differ;
// (3) the Wayback Machine's index of the outlet's site. An outlet without a domain gets a plain search for
// its name with the same terms.
//
// Limits: people the gazetteer does not know are used only when their name is already written in the
// outlet's script (no transliteration); month/year only when the input gives a publication date.

import type { Actor, AnalyzeOptions, ArticleLink, Lang, OutletRef, PrimaryLink, SearchEngineId } from './types';
import { findPlaces, MONTHS, type Place } from './places';
import type { RegistryIndex } from './registry-index';
import { normalizeHost } from './registry-index';
import type { Tokens } from './tokenize';

const ENGINES: Record<SearchEngineId, string> = {
  duckduckgo: 'https://duckduckgo.com/?q={q}',
  google: 'https://www.google.com/search?q={q}',
  bing: 'https://www.bing.com/search?q={q}',
  qwant: 'https://www.qwant.com/?q={q}',
  startpage: 'https://www.startpage.com/do/search?q={q}',
};

const ROMAN = /^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/;
const ARABIC_RE = /[\u0600-\u06ff]/;

export interface LinkInput {
  original: OutletRef | null;
  actors: readonly Actor[];
  text: string;
  t: Tokens;
  links: readonly ArticleLink[];
  citations: readonly string[];
  publishedAt: string | null;
  registry: RegistryIndex;
  options: AnalyzeOptions;
}

function outletLang(o: OutletRef, reg: RegistryIndex): Lang {
  const rec = o.id ? reg.byId(o.id) : undefined;
  const l = rec?.languages?.[0];
  if (l === 'ar' || l === 'fr' || l === 'en') return l;
  const c = o.country ?? '';
  if (['FR', 'BE', 'CH', 'SN', 'CI', 'CM', 'ML', 'LU', 'MC'].includes(c)) return 'fr';
  if (['MA', 'DZ', 'TN', 'EG', 'SA', 'KW', 'QA', 'AE', 'JO', 'LB', 'SY', 'IQ', 'BH', 'OM', 'YE', 'LY', 'SD', 'PS', 'MR'].includes(c)) return 'ar';
  return 'en';
}

function searchUrl(q: string, options: AnalyzeOptions): string {
  const eng = options.searchEngine;
  let tpl = ENGINES.duckduckgo;
  if (typeof eng === 'string' && ENGINES[eng]) tpl = ENGINES[eng];
  else if (eng && typeof eng === 'object' && typeof eng.template === 'string' && eng.template.includes('{q}')) tpl = eng.template;
  return tpl.replace('{q}', encodeURIComponent(q));
}

function personTerm(a: Actor, lang: Lang, reg: { people?: never }): string | null {
  void reg;
  const name = a.name.trim();
  if (lang === 'ar') {
    // An Arabic outlet: the name as the article wrote it, when that is Arabic.
    return ARABIC_RE.test(a.surface) ? a.surface : null;
  }
  if (ARABIC_RE.test(name)) return null; // unknown person: never a guessed transliteration
  const parts = name.split(/\s+/);
  const last = parts[parts.length - 1]!;
  if (parts.length >= 2 && ROMAN.test(last)) return parts.slice(-2).join(' ');
  return last;
}

function placeName(p: Place, lang: Lang): string {
  return lang === 'ar' ? p.ar : lang === 'fr' ? p.fr : p.en;
}

export function buildPrimaryLinks(inp: LinkInput): PrimaryLink[] {
  const out: PrimaryLink[] = [];
  const o = inp.original;
  if (!o) return out;
  const rec = o.id ? inp.registry.byId(o.id) : undefined;
  const domains = rec ? rec.domains.map(normalizeHost) : o.domain ? [normalizeHost(o.domain)] : [];
  const matches = (href: string): boolean => {
    try {
      const h = normalizeHost(new URL(href).hostname);
      return domains.some((d) => h === d || h.endsWith('.' + d));
    } catch { return false; }
  };
  const seen = new Set<string>();
  for (const l of [...inp.links.map((x) => x.href), ...inp.citations]) {
    if (typeof l !== 'string' || seen.has(l) || !matches(l)) continue;
    seen.add(l);
    out.push({ kind: 'in_article', url: l, label: `Link in the article to ${o.name} (${normalizeHost(new URL(l).hostname)})` });
  }
  const lang = outletLang(o, inp.registry);
  // People: known ones first, by mentions, then order.
  const persons = inp.actors.filter((a) => a.type === 'person')
    .map((a, i) => ({ a, i, known: a.wikidata !== null || !ARABIC_RE.test(a.name) }))
    .sort((x, y) => (y.a.mentions.length - x.a.mentions.length) || x.i - y.i);
  const terms: string[] = [];
  for (const p of persons) {
    if (terms.length >= 2) break;
    const term = personTerm(p.a, lang, {});
    if (term && !terms.includes(term)) terms.push(term);
  }
  // Places: most named first, not the outlet's own country.
  const counts = new Map<Place, { n: number; first: number }>();
  for (const h of findPlaces(inp.t)) {
    if (h.place.iso === o.country) continue;
    const c = counts.get(h.place);
    if (c) c.n++; else counts.set(h.place, { n: 1, first: h.first });
  }
  const places = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first).map(([p]) => p);
  const byIso = new Set<string>();
  for (const p of places) {
    if (terms.length >= 4 || byIso.size >= (terms.length >= 2 ? 1 : 2)) break;
    if (byIso.has(p.iso)) continue;
    byIso.add(p.iso);
    const country = p.capital ? (places.find((q) => q.iso === p.iso && !q.capital) ?? p) : p;
    terms.push(placeName(country, lang));
  }
  if (inp.publishedAt) {
    const d = new Date(inp.publishedAt);
    if (!Number.isNaN(d.getTime())) terms.push(`${MONTHS[lang][d.getUTCMonth()]} ${d.getUTCFullYear()}`);
  }
  const domain = domains[0];
  if (domain) {
    const q = `site:${domain} ${terms.join(' ')}`.trim();
    out.push({ kind: 'site_search', url: searchUrl(q, inp.options), label: `Search ${domain} for the original report${terms.length ? ` (${terms.join(', ')})` : ''}`, query: q });
    out.push({ kind: 'archive', url: `https://web.archive.org/web/*/${domain}/*`, label: `Archived pages of ${domain} (Wayback Machine)` });
  } else {
    const q = `"${o.name}" ${terms.join(' ')}`.trim();
    out.push({ kind: 'site_search', url: searchUrl(q, inp.options), label: `Search for ${o.name}'s original report${terms.length ? ` (${terms.join(', ')})` : ''}`, query: q });
  }
  return out;
}
