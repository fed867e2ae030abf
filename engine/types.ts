// Plain data shared by the engine, the extension and the tools. Nothing here may depend on a DOM,
// on `browser` or on Dexie: the same shapes travel through messages and IndexedDB unchanged.

export type Lang = 'ar' | 'fr' | 'en';

export type Medium = 'agency' | 'newspaper' | 'magazine' | 'radio' | 'tv' | 'online' | 'group';

/** Which dataset (or the curated core) gave a fact. */
export type SourceName = 'curated' | 'iptv-org' | 'state-media-profiles' | 'qui-possede-les-medias' | 'wikidata-newspapers';

export interface OutletOwner {
  name: string;
  /** Year (or ISO date) the ownership is known to hold. */
  asOf: string | null;
  source: SourceName;
}

export interface StateAffiliation {
  /** State Media Monitor typology, spelled out (e.g. "state-controlled", "independent public"). */
  typology: string;
  source: SourceName;
}

/** One outlet of the shipped registry (assets/registry/outlets.json). */
export interface OutletRecord {
  id: string;
  name: string;
  names: Partial<Record<Lang, string>>;
  aliases: string[];
  /** Aliases that are also everyday words: they name the outlet only in an outlet context. */
  commonWordAliases: string[];
  /** Aliases that several outlets share: the engine settles them from context. */
  sharedAliases: string[];
  domains: string[];
  country: string;
  languages: string[];
  medium: Medium;
  owner: OutletOwner | null;
  /** Every owner a dataset holds, past ones included; never shown as the current owner. */
  ownersOnRecord?: string[];
  stateAffiliation: StateAffiliation | null;
  founded: number | null;
  wikidata: string | null;
  parent?: string;
  /** Field name → the sources that gave it. */
  sources: Record<string, SourceName[]>;
}

/** One person of the shipped gazetteer (assets/registry/people.json). */
export interface PersonRecord {
  id: string;
  name: string;
  names: Partial<Record<Lang, string>>;
  aliases: string[];
  roles: Partial<Record<Lang, string>>;
  country: string;
  wikidata: string | null;
}

/** An outlet as the engine reports it. `known: false` means caught from context, not in the registry. */
export interface OutletRef {
  id: string | null;
  name: string;
  known: boolean;
  domain: string | null;
  country: string | null;
  medium: Medium | null;
}

export type AttributionPattern =
  | 'byline_via'
  | 'according_to'
  | 'reported_by'
  | 'published_by'
  | 'wire_dateline'
  | 'interview_with'
  | 'other';

export interface Attribution {
  /** UTF-16 offsets into the analysed text. */
  start: number;
  end: number;
  surface: string;
  pattern: AttributionPattern;
  outlet: OutletRef;
  /** Where the outlet's name itself sits inside the surface (for badges). */
  nameStart: number;
  nameEnd: number;
  /** True when the outlet is named by an anaphor ("الصحيفة", "le quotidien", "the newspaper"). */
  anaphora?: boolean;
}

export interface OtherSource {
  start: number;
  end: number;
  surface: string;
}

export interface Mention {
  start: number;
  end: number;
}

export interface Actor {
  /** Canonical Latin name from the gazetteer, or the name as written when unknown. */
  name: string;
  surface: string;
  role: string | null;
  type: 'person' | 'org';
  wikidata: string | null;
  mentions: Mention[];
}

export type PrimaryLinkKind = 'in_article' | 'site_search' | 'archive';

export interface PrimaryLink {
  kind: PrimaryLinkKind;
  url: string;
  label: string;
  /** For site searches: the query, so the UI can show and edit it. */
  query?: string;
}

export type BlockKind = 'title' | 'byline' | 'dateline' | 'paragraph' | 'caption' | 'heading' | 'footer' | 'related';

/** A span of the analysed text and what part of the article it is. */
export interface TextBlock {
  start: number;
  end: number;
  kind: BlockKind;
}

export interface ArticleLink {
  href: string;
  /** Offsets of the anchor text in the analysed text, when it sits inside it. */
  start?: number;
  end?: number;
}

/** What the extractor (DOM) or the CLI (.txt) hands to the engine. */
export interface ArticleInput {
  text: string;
  blocks?: TextBlock[];
  url?: string | null;
  siteName?: string | null;
  title?: string | null;
  lang?: Lang | null;
  publishedAt?: string | null;
  links?: ArticleLink[];
  /** JSON-LD isBasedOn / citation URLs. */
  citations?: string[];
}

export type SearchEngineId = 'duckduckgo' | 'google' | 'bing' | 'qwant' | 'startpage';

export interface AnalyzeOptions {
  /** A known engine or a custom template containing `{q}`. */
  searchEngine?: SearchEngineId | { template: string };
}

export interface Analysis {
  lang: Lang;
  title: string;
  hostOutlet: OutletRef | null;
  attributions: Attribution[];
  otherSources: OtherSource[];
  originalOutlet: OutletRef | null;
  /** This page's outlet → the outlets it relays → the original. */
  chain: OutletRef[];
  actors: Actor[];
  primaryLinks: PrimaryLink[];
  ms: number;
}
