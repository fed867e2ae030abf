// The reader's own data: marks on outlets (preferred / trusted / avoided, with a note), outlets they add
// or correct, and the export / import of all of it with imported ratings as one JSON document. An import
// is checked whole before anything is written, then written in one transaction: a bad file changes
// nothing and its error names the JSON path (`customOutlets[3].domains[0]: …`).
import * as v from 'valibot';
import type { OutletRecord } from '../../engine/types';
import type { Preference, Rating } from '../db';
import type { ExportBundle, ImportResult, OutletDetails } from '../protocol';
import { describeIssues, EXPORT_FORMAT, exportBundleSchema, OUTLET_ID_RE, outletInputSchema } from '../schemas';
import { withQuotaRetry, hashText } from './analyses';
import type { BackgroundDeps } from './deps';
import { getOutlet, outletExists } from './outlets';
import { fromStored, toStored } from './seed';

export async function setPreference(
  deps: BackgroundDeps,
  outletId: string,
  mark: Preference['mark'],
  note: string | undefined,
): Promise<Preference | null> {
  const { db } = deps;
  if (!(await outletExists(db, outletId))) throw new Error(`unknown outlet: ${outletId}`);
  const now = (deps.now ?? Date.now)();
  return withQuotaRetry(db, () =>
    db.transaction('rw', db.preferences, async () => {
      const existing = await db.preferences.get(outletId);
      const text = (note ?? existing?.note ?? '').trim();
      if (mark === null && text === '') {
        await db.preferences.delete(outletId);
        return null;
      }
      const preference: Preference = { outletId, mark, note: text, updatedAt: now };
      await db.preferences.put(preference);
      return preference;
    }),
  );
}

export async function listPreferences(deps: BackgroundDeps): Promise<Preference[]> {
  return deps.db.preferences.toArray();
}

export async function outletDetails(deps: BackgroundDeps, id: string): Promise<OutletDetails | null> {
  const { db } = deps;
  const outlet = await getOutlet(db, id);
  if (!outlet) return null;
  const [preference, ratings] = await Promise.all([db.preferences.get(id), db.ratings.where('outletId').equals(id).toArray()]);
  return { outlet, preference: preference ?? null, ratings };
}

function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** A fresh id for a reader's new outlet, never one of a shipped outlet (that would be a correction). */
async function newOutletId(deps: BackgroundDeps, name: string): Promise<string> {
  const slug = slugOf(name);
  const base = `custom-${slug || hashText(name).replace(/[^a-z0-9]/g, '')}`;
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (OUTLET_ID_RE.test(id) && !(await outletExists(deps.db, id))) return id;
  }
}

export async function putCustomOutlet(deps: BackgroundDeps, input: v.InferOutput<typeof outletInputSchema>): Promise<OutletRecord> {
  const { db } = deps;
  const id = input.id ?? (await newOutletId(deps, input.name));
  const record = { ...input, id } as OutletRecord;
  if (record.parent === undefined) delete record.parent;
  if (record.ownersOnRecord === undefined) delete record.ownersOnRecord;
  await withQuotaRetry(db, () => db.customOutlets.put(toStored(record, deps.normalize)));
  return record;
}

/** Checks an outlet from the settings page without storing it; the error names the field. */
export function parseOutletInput(raw: unknown): { ok: true; outlet: v.InferOutput<typeof outletInputSchema> } | { ok: false; error: string } {
  const result = v.safeParse(outletInputSchema, raw);
  return result.success ? { ok: true, outlet: result.output } : { ok: false, error: describeIssues(result.issues) };
}

/**
 * Deletes a reader's outlet. A correction simply goes (the shipped record shows again); an outlet of the
 * reader's own takes its mark and ratings with it, which would otherwise point at nothing.
 */
export async function deleteCustomOutlet(deps: BackgroundDeps, id: string): Promise<void> {
  const { db } = deps;
  await db.transaction('rw', [db.customOutlets, db.outlets, db.preferences, db.ratings], async () => {
    const shipped = await db.outlets.get(id);
    await db.customOutlets.delete(id);
    if (!shipped) {
      await db.preferences.delete(id);
      await db.ratings.where('outletId').equals(id).delete();
    }
  });
}

function withoutId(rating: Rating): Rating {
  const { id: _id, ...rest } = rating;
  return rest;
}

export async function exportData(deps: BackgroundDeps): Promise<ExportBundle> {
  const { db } = deps;
  return db.transaction('r', [db.preferences, db.customOutlets, db.ratings], async () => ({
    format: EXPORT_FORMAT,
    version: 1 as const,
    exportedAt: new Date((deps.now ?? Date.now)()).toISOString(),
    preferences: await db.preferences.orderBy('outletId').toArray(),
    customOutlets: (await db.customOutlets.orderBy('id').toArray()).map(fromStored),
    ratings: (await db.ratings.orderBy('id').toArray()).map(withoutId),
  }));
}

function firstDuplicate<T>(items: readonly T[], keyOf: (item: T) => string): { index: number; first: number; key: string } | null {
  const seen = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const key = keyOf(items[i]!);
    const first = seen.get(key);
    if (first !== undefined) return { index: i, first, key };
    seen.set(key, i);
  }
  return null;
}

/** Writes ratings, replacing any earlier rating of the same outlet by the same source. Call inside a transaction. */
export async function upsertRatings(deps: BackgroundDeps, ratings: readonly Rating[]): Promise<void> {
  const { db } = deps;
  for (const rating of ratings) {
    await db.ratings.where('[outletId+source]').equals([rating.outletId, rating.source]).delete();
  }
  await db.ratings.bulkAdd(ratings.map(withoutId));
}

export async function importData(deps: BackgroundDeps, json: string, mode: 'merge' | 'replace'): Promise<ImportResult> {
  const { db } = deps;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new Error(`not a JSON file: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const parsed = v.safeParse(exportBundleSchema, raw);
  if (!parsed.success) throw new Error(describeIssues(parsed.issues));
  const bundle = parsed.output;

  const dupPref = firstDuplicate(bundle.preferences, (p) => p.outletId);
  if (dupPref) throw new Error(`preferences[${dupPref.index}].outletId: "${dupPref.key}" is also at preferences[${dupPref.first}]`);
  const dupOutlet = firstDuplicate(bundle.customOutlets, (o) => o.id);
  if (dupOutlet) throw new Error(`customOutlets[${dupOutlet.index}].id: "${dupOutlet.key}" is also at customOutlets[${dupOutlet.first}]`);
  const dupRating = firstDuplicate(bundle.ratings, (r) => `${r.outletId}\u0000${r.source}`);
  if (dupRating) {
    throw new Error(`ratings[${dupRating.index}]: a second rating of "${bundle.ratings[dupRating.index]!.outletId}" by the same source (first at ratings[${dupRating.first}])`);
  }

  const outlets = bundle.customOutlets.map((o) => {
    const record = { ...o } as OutletRecord;
    if (record.parent === undefined) delete record.parent;
    if (record.ownersOnRecord === undefined) delete record.ownersOnRecord;
    return toStored(record, deps.normalize);
  });
  const ratings: Rating[] = bundle.ratings.map((r) => {
    const rating: Rating = { outletId: r.outletId, source: r.source, rating: r.rating, importedAt: r.importedAt };
    if (r.note !== undefined) rating.note = r.note;
    return rating;
  });
  await withQuotaRetry(db, () =>
    db.transaction('rw', [db.preferences, db.customOutlets, db.ratings], async () => {
      if (mode === 'replace') {
        await Promise.all([db.preferences.clear(), db.customOutlets.clear(), db.ratings.clear()]);
      }
      await db.preferences.bulkPut(bundle.preferences);
      await db.customOutlets.bulkPut(outlets);
      await upsertRatings(deps, ratings);
    }),
  );
  return { preferences: bundle.preferences.length, customOutlets: outlets.length, ratings: ratings.length };
}
