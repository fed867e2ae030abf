// Scoring an analysis against a fixture's expected.json (tests/fixtures/articles/README.md): shared by
// `npm run bench:engine`, which prints the numbers, and tests/engine/dev-fixtures.test.ts, which holds the
// dev set to them.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { normalizeForMatch } from '../engine/normalize';
import { aliasKey, type RegistryIndex } from '../engine/registry-index';
import { latinPlaceCountry } from '../engine/places';
import { textToArticleInput } from '../engine/text-input';
import { wordForms } from '../engine/tokenize';
import type { Analysis, ArticleInput } from '../engine/types';
import { inputFromFile } from './analyze';

export interface Expected {
  lang: 'ar' | 'fr' | 'en';
  url?: string | null;
  host?: string | null;
  outlets: string[];
  originalOutlet: string | null;
  attributions?: { surface: string; pattern: string; outlet: string }[];
  notAttributions?: string[];
  otherSources?: string[];
  people?: { surface: string; canonical: string; role: string | null }[];
}

export interface FixtureCase { dir: string; file: string; expected: Expected }

/** Every folder under `base` with an expected.json and an article.txt or source.html, sorted by name. */
export function loadFixtureCases(base: string): FixtureCase[] {
  if (!existsSync(base)) return [];
  const out: FixtureCase[] = [];
  for (const name of readdirSync(base).sort()) {
    const dir = resolve(base, name);
    const exp = resolve(dir, 'expected.json');
    if (!existsSync(exp)) continue;
    const file = ['article.txt', 'source.html'].map((f) => resolve(dir, f)).find((f) => existsSync(f));
    if (!file) continue;
    try { out.push({ dir: name, file, expected: JSON.parse(readFileSync(exp, 'utf8')) as Expected }); } catch { /* skip broken */ }
  }
  return out;
}

/** The engine input for a case; `noUrl` analyses it as `npm run analyze` does a bare .txt, with no page address. */
export async function fixtureInput(c: FixtureCase, noUrl = false): Promise<ArticleInput> {
  const url = noUrl ? null : (c.expected.url ?? null);
  const input = c.file.endsWith('.txt') ? textToArticleInput(readFileSync(c.file, 'utf8'), url) : await inputFromFile(c.file);
  if (!input.url && url) input.url = url;
  return input;
}

/** Expected names → the set of registry ids they may denote (an ambiguous name such as "Al Akhbar" has several). */
export function outletKeyer(reg: RegistryIndex): (name: string) => string[] {
  const byName = new Map<string, Set<string>>();
  const put = (n: string, id: string): void => {
    const k = aliasKey(n);
    let s = byName.get(k);
    if (!s) { s = new Set(); byName.set(k, s); }
    s.add(id);
  };
  for (const o of reg.outlets) {
    put(o.name, o.id);
    for (const n of Object.values(o.names)) if (n) put(n, o.id);
  }
  const lookup = (name: string): string[] | null => {
    const direct = byName.get(aliasKey(name));
    // A name several outlets share, written without its country ("ABC", "9News"), is any of them: the fixture does
    // not say which, so the engine's choice is not counted wrong.
    const alias = reg.lookupAlias(name);
    if (direct && direct.size > 0 && alias?.shared) return [...new Set([...direct, ...alias.ids])];
    if (direct && direct.size > 0) return [...direct];
    const e = reg.lookupAlias(name);
    return e ? e.ids.slice() : null;
  };
  return (name: string) => {
    const found = lookup(name);
    if (found) return found;
    // A shared name written with its country, as the fixtures' README asks ("Al-Watan (Syria)", "Le Soir (Algeria)"):
    // the outlets of that name in that country.
    const m = /^(.*\S)\s*\(([^)]+)\)$/.exec(name.trim());
    if (m) {
      const base = lookup(m[1]!);
      const iso = latinPlaceCountry(wordForms(m[2]!)) ?? (m[2]!.length === 2 ? m[2]!.toUpperCase() : undefined);
      const inCountry = base && iso ? base.filter((id) => reg.byId(id)?.country === iso) : [];
      if (inCountry.length > 0) return inCountry;
    }
    return ['name:' + aliasKey(name)];
  };
}

/** Matches predicted keys to expected names (each expected name to at most one prediction). */
function matchSets(expected: string[][], predicted: string[]): { tp: number; fp: number; fn: number } {
  const used = new Set<string>();
  let tp = 0;
  for (const cands of expected) {
    const hit = predicted.find((p) => !used.has(p) && cands.includes(p));
    if (hit) { used.add(hit); tp++; }
  }
  return { tp, fp: predicted.length - used.size, fn: expected.length - tp };
}

export interface Score { tp: number; fp: number; fn: number }
export const emptyScore = (): Score => ({ tp: 0, fp: 0, fn: 0 });
export function prf(s: Score): { p: number; r: number; f: number } {
  const p = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
  const r = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export interface CaseScore extends Score {
  lang: Expected['lang'];
  expectedKeys: string[][];
  predictedKeys: string[];
  expectedOriginal: string[] | null;
  predictedOriginal: string | null;
  originalRight: boolean;
  /** The article cites no media. */
  noMedia: boolean;
  peopleTotal: number;
  missedPeople: string[];
  decoysTotal: number;
  decoysHit: string[];
  attributionsTotal: number;
  missedAttributions: string[];
}

export function scoreCase(c: FixtureCase, text: string, a: Analysis, key: (name: string) => string[]): CaseScore {
  const exp = c.expected;
  const expectedKeys = exp.outlets.map(key);
  const predKey = (o: { id: string | null; name: string }): string => o.id ?? (key(o.name)[0] ?? 'name:' + normalizeForMatch(o.name));
  const predictedKeys = [...new Set(a.attributions.map((x) => predKey(x.outlet)))];
  const m = matchSets(expectedKeys, predictedKeys);
  const expectedOriginal = exp.originalOutlet ? key(exp.originalOutlet) : null;
  const predictedOriginal = a.originalOutlet ? predKey(a.originalOutlet) : null;
  const originalRight = expectedOriginal === null ? predictedOriginal === null : predictedOriginal !== null && expectedOriginal.includes(predictedOriginal);
  const missedPeople: string[] = [];
  for (const p of exp.people ?? []) {
    const at = text.indexOf(p.surface);
    const hit = at >= 0 && a.actors.some((x) => x.mentions.some((mm) => mm.start < at + p.surface.length && mm.end > at));
    if (!hit) missedPeople.push(p.surface);
  }
  let decoysTotal = 0;
  const decoysHit: string[] = [];
  for (const d of exp.notAttributions ?? []) {
    let at = text.indexOf(d);
    if (at < 0) continue;
    decoysTotal++;
    let hit = false;
    while (at >= 0 && !hit) {
      const end = at + d.length;
      hit = a.attributions.some((x) => x.nameStart < end && x.nameEnd > at);
      at = text.indexOf(d, at + 1);
    }
    if (hit) decoysHit.push(d);
  }
  const missedAttributions: string[] = [];
  for (const x of exp.attributions ?? []) {
    const at = text.indexOf(x.surface);
    const hit = at >= 0 && a.attributions.some((y) => y.start < at + x.surface.length && y.end > at);
    if (!hit) missedAttributions.push(`${x.pattern}:${x.surface}`);
  }
  return {
    lang: exp.lang, ...m, expectedKeys, predictedKeys, expectedOriginal, predictedOriginal, originalRight, noMedia: exp.outlets.length === 0,
    peopleTotal: (exp.people ?? []).length, missedPeople, decoysTotal, decoysHit, attributionsTotal: (exp.attributions ?? []).length, missedAttributions,
  };
}
