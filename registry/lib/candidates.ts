// Dataset records → outlet candidates: one shape for the four datasets, so the merge step treats them alike.
// Each candidate keeps where every fact came from. Names are cleaned here (Wikipedia title suffixes such as
// "(صحيفة)" or "(journal)" dropped, State Media Matrix asset prefixes such as "Television:" read as the
// medium), countries and languages mapped to ISO codes.

import type { Lang, Medium, OutletOwner, SourceName, StateAffiliation } from '../../engine/types';
import { countryCode, countryFromHost, iptvCountry } from './countries';
import { datasetDomain, sameSite } from './domains';
import type { Extracts, IptvChannel, StateMediaAsset, WikidataNewspaper } from './extracts';
import { languageCode } from './languages';
import { spellTypology } from './typology';

export type DatasetName = Exclude<SourceName, 'curated'>;

export interface Candidate {
  source: DatasetName;
  /** The record's key in its dataset (iptv id, Wikidata Q-id, state media "country/company/asset"). */
  ref: string;
  name: string;
  names: Partial<Record<Lang, string>>;
  aliases: string[];
  domains: string[];
  country: string | null;
  /** True when the country was read off the domain's ccTLD rather than given by the dataset. */
  countryFromTld: boolean;
  languages: string[];
  medium: Medium | null;
  owner: OutletOwner | null;
  ownersOnRecord: string[];
  stateAffiliation: StateAffiliation | null;
  founded: number | null;
  wikidata: string | null;
  /** State media rows only: the asset's company, and the other names used to match curated outlets. */
  company?: string;
  /** Wikidata only: instance-of values other than "newspaper" (student newspaper, magazine...). */
  kinds?: string[];
  /** iptv-org only: the website is a page of a larger site (`rtve.es/play/24h`), so the channel is a sub-brand of the site's outlet. */
  pageOnSite?: boolean;
}

/** Arab League members, plus Western Sahara: an outlet there is of first interest to Arabic readers. */
export const ARAB_COUNTRIES: ReadonlySet<string> = new Set([
  'DZ', 'BH', 'KM', 'DJ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MR', 'MA', 'OM', 'PS', 'QA', 'SA', 'SO', 'SD',
  'SY', 'TN', 'AE', 'YE', 'EH',
]);

/** Countries where French is an official or the main press language. */
export const FRANCOPHONE_COUNTRIES: ReadonlySet<string> = new Set([
  'FR', 'BE', 'CH', 'LU', 'MC', 'SN', 'CI', 'CM', 'ML', 'BF', 'NE', 'TG', 'BJ', 'GA', 'CG', 'CD', 'MG', 'HT',
  'RW', 'BI', 'TD', 'CF', 'GN', 'MU', 'DJ', 'KM', 'SC', 'VU', 'RE', 'GP', 'MQ', 'GF', 'NC', 'PF', 'YT', 'PM',
  'MA', 'DZ', 'TN', 'LB', 'MR',
]);

const ARABIC_SCRIPT = /[\u0600-\u06ff]/;
/** Letters of Persian, Urdu, Pashto or Kurdish that Arabic does not use: such a name is not an Arabic name. */
const NON_ARABIC_LETTERS = /[\u067e\u0686\u0698\u06af\u06a9\u06cc\u06c0\u06d2\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d3\u0695\u06b5\u06ce\u06c6\u06d5]/;
const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/;

export function isArabicScript(s: string): boolean {
  return ARABIC_SCRIPT.test(s) && !LATIN_LETTER.test(s);
}

function looksArabicLanguage(s: string): boolean {
  return isArabicScript(s) && !NON_ARABIC_LETTERS.test(s);
}

/** "العربي (جريدة)" → "العربي"; "Libération (journal)" → "Libération"; "Elaph" stays. */
export function stripTitleSuffix(s: string): string {
  return cleanName(s.replace(/\s*[([][^()[\]]*[)\]]\s*$/u, ''));
}

/** Collapses spaces and trims stray punctuation at the ends ("-الحدث اليوم" → "الحدث اليوم"). */
export function cleanName(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-–—_:;,.|/]+|[\s\-–—_:;,|/]+$/gu, '')
    .trim();
}

/** Wikipedia interface text that slipped into a dataset as a name. */
const JUNK_NAMES = /نقاش المستخدم|user talk|disambiguation/i;

/** "جريدة المال" → "المال"; "صحيفة الحياة الجديدة" → "الحياة الجديدة"; null when there is no such prefix. */
export function withoutArabicKindPrefix(s: string): string | null {
  const m = /^(?:جريدة|صحيفة|يومية|مجلة|قناة|إذاعة|اذاعة)\s+(.{2,})$/u.exec(s);
  return m?.[1] ?? null;
}

function uniq<T>(xs: Iterable<T>): T[] {
  return [...new Set(xs)];
}

function mapLanguages(codes: readonly string[]): string[] {
  return uniq(codes.map(languageCode).filter((c): c is string => !!c));
}

function iptvCandidate(c: IptvChannel, asOf: string | null): Candidate | null {
  const domain = datasetDomain(c.website);
  if (!domain) return null;
  const country = iptvCountry(c.country);
  const languages = mapLanguages(c.languages);
  const names: Partial<Record<Lang, string>> = {};
  const aliases: string[] = [];
  const arabicPlace = (country !== null && ARAB_COUNTRIES.has(country)) || languages.includes('ar');
  for (const raw of c.altNames) {
    const alt = cleanName(raw);
    if (!alt || JUNK_NAMES.test(alt)) continue;
    if (arabicPlace && !names.ar && looksArabicLanguage(alt)) names.ar = alt;
    aliases.push(alt);
  }
  if (languages.includes('fr') || (country !== null && FRANCOPHONE_COUNTRIES.has(country) && !ARAB_COUNTRIES.has(country))) {
    if (!isArabicScript(c.name)) names.fr = c.name;
  }
  return {
    source: 'iptv-org',
    ref: c.id,
    name: c.name,
    names,
    aliases,
    domains: [domain],
    country,
    countryFromTld: false,
    languages,
    medium: 'tv',
    owner: c.owners.length > 0 ? { name: c.owners.join(', '), asOf, source: 'iptv-org' } : null,
    ownersOnRecord: [],
    stateAffiliation: null,
    founded: null,
    wikidata: null,
    pageOnSite: isPageOnSite(c.website),
  };
}

function isPageOnSite(url: string): boolean {
  const m = /^(?:[a-z]+:\/\/)?[^/]+(\/[^?#]*)?/i.exec(url.trim());
  const path = (m?.[1] ?? '').replace(/\/(index\.\w+)?$/i, '').replace(/\/(live|direct|en-?direct|ar|fr|en|home)$/i, '');
  return path.length > 1;
}

/** Medium from a State Media Matrix asset or company name, or null when it is not clear. */
export function stateMediaMedium(text: string): Medium | null {
  const t = text.toLowerCase();
  if (/^print\s*:/.test(t)) return 'newspaper';
  if (/^(television|tv)\s*:/.test(t)) return 'tv';
  if (/^radio\s*:/.test(t)) return 'radio';
  if (/^(online|web|website|digital)\s*:/.test(t)) return 'online';
  if (/\b(news agency|press agency|agence|agency|agencia|agenzia|nachrichtenagentur)\b/.test(t)) return 'agency';
  const tv = /\b(tv|television|télévision|televisi[oó]n|televizija|telewizja|televiziune|channel|телевидение)\b/.test(t);
  const radio = /\b(radio|radyo|fm)\b/.test(t);
  if (tv && radio) return null;
  if (tv) return 'tv';
  if (radio) return 'radio';
  if (/\b(magazine|weekly review)\b/.test(t)) return 'magazine';
  if (/\b(newspaper|daily|gazette|gazeta|gazzetta|journal|times|tribune|herald|chronicle|observer|post|diario|quotidien)\b/.test(t)) return 'newspaper';
  return null;
}

/** "Radio Television Afghanistan (RTA)" → ["Radio Television Afghanistan", "RTA"]; "Television: SinoVision" → ["SinoVision"]. */
export function splitStateName(s: string): string[] {
  const noPrefix = s.replace(/^(print|television|tv|radio|online|web|website|digital)\s*:\s*/i, '').trim();
  const m = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(noPrefix);
  if (m?.[1] && m[2]) return [m[1].trim(), m[2].trim()];
  return noPrefix ? [noPrefix] : [];
}

function stateRef(r: StateMediaAsset): string {
  return `${r.country}/${r.company}/${r.asset}`;
}

/**
 * State media rows → candidates. Rows sharing one site become one candidate: the asset when the site is
 * the asset's own, the company (a group) when several assets of different names share it.
 * `rows` is every row with its typology, URL or not, for matching curated outlets by asset name.
 */
function stateMediaCandidates(rows: readonly StateMediaAsset[]): { withSite: Candidate[]; all: Candidate[] } {
  const all: Candidate[] = [];
  const byDomain = new Map<string, Candidate[]>();
  for (const r of rows) {
    const country = countryCode(r.country) ?? null;
    const assetNames = splitStateName(r.asset || r.company);
    const companyNames = splitStateName(r.company);
    const name = assetNames[0] ?? companyNames[0] ?? '';
    if (!name) continue;
    const typology = spellTypology(r.typology);
    const domain = r.url ? datasetDomain(r.url) : null;
    const c: Candidate = {
      source: 'state-media-profiles',
      ref: stateRef(r),
      name,
      names: {},
      aliases: assetNames.slice(1),
      domains: domain ? [domain] : [],
      country,
      countryFromTld: false,
      languages: [],
      medium: stateMediaMedium(r.asset) ?? stateMediaMedium(r.company),
      owner: null,
      ownersOnRecord: [],
      stateAffiliation: typology ? { typology, source: 'state-media-profiles' } : null,
      founded: null,
      wikidata: null,
      company: r.company,
    };
    all.push(c);
    if (domain) {
      const list = byDomain.get(domain) ?? [];
      list.push(c);
      byDomain.set(domain, list);
    }
  }
  const withSite: Candidate[] = [];
  for (const [domain, list] of byDomain) {
    const first = list[0];
    if (!first) continue;
    const names = uniq(list.map((c) => c.name));
    if (names.length === 1) {
      withSite.push({ ...first, aliases: uniq(list.flatMap((c) => c.aliases)) });
      continue;
    }
    const [companyName, ...companyAliases] = splitStateName(first.company ?? first.name);
    const media = uniq(list.map((c) => c.medium));
    withSite.push({
      ...first,
      ref: `${list.map((c) => c.ref).join(' + ')}`,
      name: companyName ?? first.name,
      aliases: uniq([...companyAliases, ...names, ...list.flatMap((c) => c.aliases)]),
      domains: [domain],
      medium: media.length === 1 ? (media[0] ?? null) : 'group',
      stateAffiliation: list.find((c) => c.stateAffiliation)?.stateAffiliation ?? null,
    });
  }
  return { withSite, all };
}

function wikidataCandidate(r: WikidataNewspaper): Candidate | null {
  const first = r.domains[0];
  if (!first) return null;
  // The first website is the item's main one; others only when they are plainly the same site.
  const domains = r.domains.filter((d) => d === first || sameSite(d, first));
  let country: string | null = null;
  for (const c of r.country) {
    const iso = countryCode(c);
    if (iso) {
      country = iso;
      break;
    }
  }
  const fromTld = country === null;
  if (fromTld) country = countryFromHost(first);
  const names: Partial<Record<Lang, string>> = {};
  const aliases: string[] = [];
  if (r.nameAr) {
    const ar = stripTitleSuffix(r.nameAr);
    if (ar && looksArabicLanguage(ar)) names.ar = ar;
    if (ar) {
      aliases.push(ar);
      const bare = withoutArabicKindPrefix(ar);
      if (bare) aliases.push(bare);
    }
  }
  if (r.nameFr) {
    const fr = stripTitleSuffix(r.nameFr);
    if (fr) names.fr = fr;
  }
  if (r.nameEn) {
    const en = stripTitleSuffix(r.nameEn);
    if (en) names.en = en;
  }
  const label = stripTitleSuffix(r.label) || names.en || names.fr || '';
  if (!label) return null;
  return {
    source: 'wikidata-newspapers',
    ref: r.qid,
    name: label,
    names,
    aliases: uniq([...aliases, ...r.aliases.map(stripTitleSuffix)].filter(Boolean)),
    domains,
    country,
    countryFromTld: fromTld && country !== null,
    languages: mapLanguages(r.language),
    medium: 'newspaper',
    owner: null,
    ownersOnRecord: r.ownersOnRecord,
    stateAffiliation: null,
    founded: r.founded,
    wikidata: r.qid,
    kinds: r.instanceOf,
  };
}

export interface AllCandidates {
  /** Candidates that can stand as outlets (they have a site). */
  outlets: Candidate[];
  /** Every state media row, with a site or not, for matching curated outlets by asset name. */
  stateRows: Candidate[];
}

export function datasetCandidates(ex: Extracts): AllCandidates {
  const outlets: Candidate[] = [];
  for (const r of ex.wikidata) {
    const c = wikidataCandidate(r);
    if (c) outlets.push(c);
  }
  for (const ch of ex.iptv) {
    const c = iptvCandidate(ch, ex.iptvAsOf);
    if (c) outlets.push(c);
  }
  const sm = stateMediaCandidates(ex.stateMedia);
  outlets.push(...sm.withSite);
  return { outlets, stateRows: sm.all };
}
