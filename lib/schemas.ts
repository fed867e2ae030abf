// Valibot schemas for the reader's own data: an outlet they add or correct, their marks, imported
// ratings and the export document. Messages and imported files are checked with the same schemas, so a
// field is valid in the settings page exactly when it is valid in a backup file. Errors name the JSON
// path the way a reader can find it in the file: `customOutlets[3].domains[0]: …`.
import * as v from 'valibot';
import type { Medium, SourceName } from '../engine/types';

const MEDIA: readonly Medium[] = ['agency', 'newspaper', 'magazine', 'radio', 'tv', 'online', 'group'];
const SOURCES: readonly SourceName[] = ['curated', 'iptv-org', 'state-media-profiles', 'qui-possede-les-medias', 'wikidata-newspapers'];

export const OUTLET_ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A host name: letters (any script), digits and hyphens in dot-separated labels, at least two labels. */
const HOST_RE = /^(?=.{1,253}$)(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:[\p{L}]{2,63}|xn--[a-z0-9-]{1,59})$/u;

const idSchema = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'an id is required'),
  v.maxLength(100, 'at most 100 characters'),
  v.regex(OUTLET_ID_RE, 'a kebab-case ASCII id such as "my-outlet"'),
);

const shortText = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max, `at most ${max} characters`));
const nonEmpty = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max, `at most ${max} characters`));

/**
 * A domain as the registry writes it: lower case, no `www.`. A protocol, path or port is refused rather
 * than silently cut, so a pasted URL is noticed.
 */
export const domainSchema = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.transform((s) => s.replace(/^www\./, '').replace(/\.$/, '')),
  v.regex(HOST_RE, 'a host name without protocol, path or port, such as "example.com"'),
);

const ownerSchema = v.object({
  name: nonEmpty(300),
  asOf: v.optional(v.nullable(shortText(20)), null),
  source: v.optional(v.picklist(SOURCES), 'curated'),
});

const stateSchema = v.object({
  typology: nonEmpty(100),
  source: v.optional(v.picklist(SOURCES), 'curated'),
});

const aliasList = v.optional(v.pipe(v.array(nonEmpty(200)), v.maxLength(200, 'at most 200 aliases')), []);

const outletFields = {
  name: nonEmpty(200),
  names: v.optional(v.object({ ar: v.optional(nonEmpty(200)), fr: v.optional(nonEmpty(200)), en: v.optional(nonEmpty(200)) }), {}),
  aliases: aliasList,
  commonWordAliases: aliasList,
  sharedAliases: aliasList,
  domains: v.optional(v.pipe(v.array(domainSchema), v.maxLength(50, 'at most 50 domains')), []),
  country: v.optional(v.pipe(v.string(), v.trim(), v.toUpperCase(), v.regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as "MA"')), 'XX'),
  languages: v.optional(
    v.pipe(v.array(v.pipe(v.string(), v.trim(), v.toLowerCase(), v.regex(/^[a-z]{2,3}$/, 'an ISO 639-1 code such as "ar"'))), v.maxLength(20)),
    [],
  ),
  medium: v.optional(v.picklist(MEDIA, `one of ${MEDIA.join(', ')}`), 'online'),
  owner: v.optional(v.nullable(ownerSchema), null),
  ownersOnRecord: v.optional(v.pipe(v.array(nonEmpty(300)), v.maxLength(50))),
  stateAffiliation: v.optional(v.nullable(stateSchema), null),
  founded: v.optional(v.nullable(v.pipe(v.number(), v.integer('a year'), v.minValue(1500, 'a year after 1500'), v.maxValue(2200, 'a year before 2200'))), null),
  wikidata: v.optional(v.nullable(v.pipe(v.string(), v.trim(), v.regex(/^Q[1-9]\d*$/, 'a Wikidata id such as "Q1376560"'))), null),
  parent: v.optional(idSchema),
  sources: v.optional(v.record(v.string(), v.array(v.picklist(SOURCES))), {}),
};

/** An outlet as the settings page sends it: the id may be left out for a new outlet (one is made). */
export const outletInputSchema = v.object({ id: v.optional(idSchema), ...outletFields });
/** A complete outlet record, as in an export file. */
export const outletRecordSchema = v.object({ id: idSchema, ...outletFields });

export type OutletInput = v.InferInput<typeof outletInputSchema>;

export const markSchema = v.nullable(v.picklist(['preferred', 'trusted', 'avoided'], 'one of preferred, trusted, avoided or null'));

export const preferenceSchema = v.object({
  outletId: nonEmpty(200),
  mark: markSchema,
  note: v.optional(shortText(2_000), ''),
  updatedAt: v.optional(v.pipe(v.number(), v.minValue(0)), 0),
});

export const ratingSchema = v.object({
  outletId: nonEmpty(200),
  source: nonEmpty(200),
  rating: nonEmpty(200),
  note: v.optional(shortText(2_000)),
  importedAt: v.optional(v.pipe(v.number(), v.minValue(0)), 0),
});

export const EXPORT_FORMAT = 'isnad-export';

export const exportBundleSchema = v.object({
  format: v.literal(EXPORT_FORMAT, `must be "${EXPORT_FORMAT}"`),
  version: v.literal(1, 'this Isnad reads version 1 files'),
  exportedAt: v.optional(v.string()),
  preferences: v.pipe(v.array(preferenceSchema), v.maxLength(100_000)),
  customOutlets: v.pipe(v.array(outletRecordSchema), v.maxLength(10_000)),
  ratings: v.pipe(v.array(ratingSchema), v.maxLength(200_000)),
});

/** `customOutlets[3].domains[0]` from a valibot issue path ('' at the root). */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** One readable line for the first issue: `path: message`. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return 'invalid';
  const path = issuePath(issue);
  // valibot says `Invalid key: Expected "name" but received undefined` for a missing field.
  const message = issue.type === 'object' && issue.received === 'undefined' && issue.message.startsWith('Invalid key') ? 'required' : issue.message;
  return path ? `${path}: ${message}` : message;
}
