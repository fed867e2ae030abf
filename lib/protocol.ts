// The one message map between the extension's parts. Every request the background answers is listed
// here with its payload schema (checked on arrival: a message is data from another process, and a
// content script runs beside hostile pages) and its response type.
import * as v from 'valibot';
import type { Analysis, Lang, OutletRecord } from '../engine/types';
import type { BadgeDensity, UiLanguage } from './settings-core';
import type { Preference, Rating } from './db';
import { describeIssues, markSchema } from './schemas';

const textBlockSchema = v.object({
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(0)),
  kind: v.picklist(['title', 'byline', 'dateline', 'paragraph', 'caption', 'heading', 'footer', 'related']),
});

/** 2 MB of article text is far beyond any real article; more is a hostile page. */
export const MAX_ARTICLE_CHARS = 2_000_000;

export const articleInputSchema = v.object({
  text: v.pipe(v.string(), v.maxLength(MAX_ARTICLE_CHARS)),
  blocks: v.optional(v.pipe(v.array(textBlockSchema), v.maxLength(20_000))),
  url: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(4_096)))),
  siteName: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(500)))),
  title: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(5_000)))),
  lang: v.optional(v.nullable(v.picklist(['ar', 'fr', 'en']))),
  publishedAt: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(100)))),
  links: v.optional(
    v.pipe(
      v.array(
        v.object({
          href: v.pipe(v.string(), v.maxLength(4_096)),
          start: v.optional(v.number()),
          end: v.optional(v.number()),
        }),
      ),
      v.maxLength(5_000),
    ),
  ),
  citations: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(4_096))), v.maxLength(100))),
});

const tabIdSchema = v.pipe(v.number(), v.integer(), v.minValue(0));

export const requestSchemas = {
  /** Content script → background: analyse this page's article and remember it for the tab. */
  'analysis:submit': v.object({ article: articleInputSchema }),
  /** Content script → background: this page is not an article (or the site is paused). */
  'analysis:none': v.object({ url: v.pipe(v.string(), v.maxLength(4_096)), reason: v.picklist(['not-article', 'paused']) }),
  /** Popup → background: what was found on that tab. */
  'analysis:get-for-tab': v.object({ tabId: tabIdSchema }),
  /** Anyone → background: find outlets by any name, alias or domain. */
  'outlet:search': v.object({ query: v.pipe(v.string(), v.maxLength(200)), limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100))) }),
  'outlet:get': v.object({ id: v.pipe(v.string(), v.maxLength(200)) }),
  'stats:get': v.object({}),
  /** Content script → background: the settings that matter on this page, with its pause state. */
  'page:settings': v.object({ url: v.pipe(v.string(), v.maxLength(4_096)) }),
  /** Settings → background: the reader's mark on an outlet (null clears it). */
  'preference:set': v.object({
    outletId: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
    mark: markSchema,
    note: v.optional(v.pipe(v.string(), v.maxLength(2_000))),
  }),
  'preference:list': v.object({}),
  /** An outlet with the reader's own mark and imported ratings, for cards. */
  'outlet:details': v.object({ id: v.pipe(v.string(), v.maxLength(200)) }),
  /**
   * Settings → background: add or correct an outlet of the reader's own. An outlet with the id of a
   * shipped one is a correction and wins over it; without an id, one is made from the name. The outlet
   * is checked field by field by the handler against `outletInputSchema` (lib/schemas.ts).
   */
  'custom-outlet:put': v.object({ outlet: v.record(v.string(), v.unknown()) }),
  'custom-outlet:delete': v.object({ id: v.pipe(v.string(), v.maxLength(200)) }),
  /** One JSON document with preferences, custom outlets and imported ratings. */
  'data:export': v.object({}),
  /** All or nothing: a malformed file changes nothing and the error names the line and field. */
  'data:import': v.object({
    json: v.pipe(v.string(), v.maxLength(20_000_000)),
    /** 'merge' (default) adds to and overwrites what is there; 'replace' first empties the reader tables. */
    mode: v.optional(v.picklist(['merge', 'replace'])),
  }),
  'ratings:import-csv': v.object({ csv: v.pipe(v.string(), v.maxLength(20_000_000)), source: v.pipe(v.string(), v.minLength(1), v.maxLength(200)) }),
  'cache:counts': v.object({}),
  /** Empties the analyses cache, and the reading history unless `keepHistory`. */
  'cache:clear': v.object({ keepHistory: v.optional(v.boolean()) }),
} as const;

export type MessageType = keyof typeof requestSchemas;
/** A payload as a handler receives it (defaults filled in, strings trimmed). */
export type RequestOf<K extends MessageType> = v.InferOutput<(typeof requestSchemas)[K]>;
/** A payload as a caller may send it. */
export type RequestInput<K extends MessageType> = v.InferInput<(typeof requestSchemas)[K]>;

/**
 * Requests a content script may make. A content script lives beside a hostile page, so it may only ask
 * for what it needs to analyse its page and draw badges; reading other tabs' state and changing the
 * reader's data are for the extension's own pages.
 */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<MessageType> = new Set<MessageType>([
  'analysis:submit',
  'analysis:none',
  'outlet:search',
  'outlet:get',
  'outlet:details',
  'preference:list',
  'stats:get',
  'page:settings',
]);

export type TabState =
  | { status: 'analysed'; url: string; analysis: Analysis; at: number }
  | { status: 'not-article' | 'paused'; url: string; at: number }
  | { status: 'unknown' };

export interface Stats {
  outlets: number;
  analyses: number;
  registryVersion: string;
  customOutlets: number;
  preferences: number;
  ratings: number;
  history: number;
}

/**
 * What a content script needs of the settings, answered by the background so that the content script
 * never touches extension storage (the storage bindings cost every page they are created in).
 */
export interface PageSettings {
  paused: boolean;
  badges: boolean;
  badgeDensity: BadgeDensity;
  uiLanguage: UiLanguage;
  languages: Lang[];
}

export interface OutletDetails {
  outlet: OutletRecord;
  preference: Preference | null;
  ratings: Rating[];
}

export interface ExportBundle {
  format: 'isnad-export';
  version: 1;
  exportedAt: string;
  preferences: Preference[];
  customOutlets: OutletRecord[];
  ratings: Rating[];
}

export interface ImportResult {
  preferences: number;
  customOutlets: number;
  ratings: number;
}

export interface CacheCounts {
  analyses: number;
  bytes: number;
  history: number;
}

export interface ResponseMap {
  'analysis:submit': Analysis;
  'analysis:none': null;
  'analysis:get-for-tab': TabState;
  'outlet:search': OutletRecord[];
  'outlet:get': OutletRecord | null;
  'stats:get': Stats;
  'page:settings': PageSettings;
  'preference:set': Preference | null;
  'preference:list': Preference[];
  'outlet:details': OutletDetails | null;
  'custom-outlet:put': OutletRecord;
  'custom-outlet:delete': null;
  'data:export': ExportBundle;
  'data:import': ImportResult;
  'ratings:import-csv': ImportResult;
  'cache:counts': CacheCounts;
  'cache:clear': CacheCounts;
}

export interface Envelope<K extends MessageType = MessageType> {
  isnad: 1;
  type: K;
  payload: RequestOf<K>;
}

export type Reply<K extends MessageType> = { ok: true; value: ResponseMap[K] } | { ok: false; error: string };

/** Parses an incoming message; returns a readable error instead of throwing. */
export function parseEnvelope(raw: unknown): { ok: true; envelope: Envelope } | { ok: false; error: string } {
  if (typeof raw !== 'object' || raw === null || (raw as { isnad?: unknown }).isnad !== 1) {
    return { ok: false, error: 'not an Isnad message' };
  }
  const { type, payload } = raw as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(requestSchemas, type)) {
    return { ok: false, error: `unknown message type: ${String(type).slice(0, 60)}` };
  }
  const schema = requestSchemas[type as MessageType];
  const result = v.safeParse(schema, payload);
  if (!result.success) {
    return { ok: false, error: `invalid ${type} payload: ${describeIssues(result.issues)}` };
  }
  return { ok: true, envelope: { isnad: 1, type: type as MessageType, payload: result.output } };
}
