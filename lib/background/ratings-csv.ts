// Ratings a reader imports from a CSV file, each credited to the source they name (a media-literacy
// site, their own club...). The header row names the columns: `outlet` (an id, a name, an alias or a
// domain, resolved through the registry and the reader's outlets), `rating`, and optionally `note`;
// other columns are ignored. Commas, semicolons (French spreadsheets) or tabs separate fields; quoted
// fields may hold separators, doubled quotes and line breaks (RFC 4180). Every line is checked before
// anything is written; an error names the line number and the field, and then nothing is written.
import type { Rating } from '../db';
import type { ImportResult } from '../protocol';
import { withQuotaRetry } from './analyses';
import type { BackgroundDeps } from './deps';
import { resolveOutlet } from './outlets';
import { upsertRatings } from './reader-data';

export const MAX_CSV_ROWS = 100_000;

export interface CsvRecord {
  /** 1-based line of the file where the record starts. */
  line: number;
  fields: string[];
}

function detectSeparator(firstLine: string): string {
  const counts = [',', ';', '\t'].map((sep) => [sep, firstLine.split(sep).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ',';
}

/** Splits CSV text into records with their starting line numbers; throws on an unterminated quote. */
export function parseCsv(text: string): CsvRecord[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstBreak = src.search(/\r?\n/);
  const sep = detectSeparator(firstBreak >= 0 ? src.slice(0, firstBreak) : src);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0]!.trim() !== '') records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  while (i < src.length) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      if (c === '\n') line++;
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field.trim() === '') {
      quoted = true;
      quoteLine = line;
      field = '';
      i++;
      continue;
    }
    if (c === sep) {
      fields.push(field);
      field = '';
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    field += c;
    i++;
  }
  if (quoted) throw new Error(`line ${quoteLine}: a quoted field is never closed`);
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}

const COLUMNS = ['outlet', 'rating', 'note'] as const;
type Column = (typeof COLUMNS)[number];

export async function importRatingsCsv(deps: BackgroundDeps, csv: string, source: string): Promise<ImportResult> {
  const name = source.trim();
  if (!name) throw new Error('source: name who gave these ratings');
  const records = parseCsv(csv);
  const header = records[0];
  if (!header) throw new Error('line 1: the file is empty; expected a header row: outlet,rating,note');
  if (records.length - 1 > MAX_CSV_ROWS) throw new Error(`too many lines: at most ${MAX_CSV_ROWS} ratings per file`);

  const index = new Map<Column, number>();
  header.fields.forEach((raw, i) => {
    const column = raw.trim().toLowerCase() as Column;
    if (COLUMNS.includes(column) && !index.has(column)) index.set(column, i);
  });
  for (const required of ['outlet', 'rating'] as const) {
    if (!index.has(required)) throw new Error(`line ${header.line}: no "${required}" column; expected a header row: outlet,rating,note`);
  }

  const now = (deps.now ?? Date.now)();
  const ratings: Rating[] = [];
  const firstLineOf = new Map<string, number>();
  for (const record of records.slice(1)) {
    const cell = (column: Column) => {
      const at = index.get(column);
      return at === undefined ? '' : (record.fields[at] ?? '').trim();
    };
    const where = (column: Column) => `line ${record.line}, ${column}`;
    const reference = cell('outlet');
    if (!reference) throw new Error(`${where('outlet')}: empty`);
    const resolved = await resolveOutlet(deps.db, reference, deps.normalize);
    if (!resolved.ok) throw new Error(`${where('outlet')}: ${resolved.error}`);
    const rating = cell('rating');
    if (!rating) throw new Error(`${where('rating')}: empty`);
    if (rating.length > 200) throw new Error(`${where('rating')}: at most 200 characters`);
    const note = cell('note');
    if (note.length > 2_000) throw new Error(`${where('note')}: at most 2000 characters`);
    const earlier = firstLineOf.get(resolved.outlet.id);
    if (earlier !== undefined) throw new Error(`${where('outlet')}: ${resolved.outlet.id} is already rated on line ${earlier}`);
    firstLineOf.set(resolved.outlet.id, record.line);
    const entry: Rating = { outletId: resolved.outlet.id, source: name, rating, importedAt: now };
    if (note) entry.note = note;
    ratings.push(entry);
  }

  const { db } = deps;
  await withQuotaRetry(db, () => db.transaction('rw', db.ratings, () => upsertRatings(deps, ratings)));
  return { preferences: 0, customOutlets: 0, ratings: ratings.length };
}
