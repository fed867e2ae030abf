// Property tests: analyzeArticle never throws, its offsets are sound, it is deterministic, and its time
// grows linearly with the input (a generous ratio, not a wall-clock threshold).
import { array, assert as fcAssert, constantFrom, integer, oneof, option, property, record, string, webUrl } from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../engine/analyze';
import type { Analysis, ArticleInput } from '../../engine/types';
import { deps } from './helpers';

const POOL = ['عن', 'حسب', 'وحسب', 'صحيفة', 'الشروق', 'الوطن', 'اوروب1', 'أوروب 1', 'لوكالة', 'رويترز', 'قال', 'كشفت', 'تقرير نشرته', 'الحموشي', 'عبد اللطيف الحموشي',
  'selon', "l'AFP", 'Le Monde', 'Le Soir', 'a déclaré à', 'au micro de', 'Europe1', 'according to', 'told', 'the BBC', 'Reuters reported', 'The Times', 'citing',
  '(', ')', '(AFP) -', '“', '”', '«', '»', '"', "'", ',', '،', '.', ':', '-', '|', '\n', '\n\n', ' ', 'ـ', 'ً', '١٢', '😀', 'M.', 'Retailleau', 'وزير الداخلية', 'الملك'];

const textArb = oneof(
  string({ maxLength: 300 }),
  string({ unit: 'grapheme', maxLength: 200 }),
  array(constantFrom(...POOL), { maxLength: 120 }).map((a) => a.join(' ')),
  array(constantFrom(...POOL), { maxLength: 120 }).map((a) => a.join('')),
);

function check(a: Analysis, text: string): void {
  for (const x of a.attributions) {
    expect(x.start).toBeGreaterThanOrEqual(0);
    expect(x.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(x.start, x.end)).toBe(x.surface);
    expect(x.nameStart).toBeGreaterThanOrEqual(0);
    expect(x.nameEnd).toBeLessThanOrEqual(text.length);
  }
  for (const s of a.otherSources) expect(text.slice(s.start, s.end)).toBe(s.surface);
  for (const act of a.actors) for (const m of act.mentions) { expect(m.start).toBeLessThan(m.end); expect(m.end).toBeLessThanOrEqual(text.length); }
}

describe('analyzeArticle properties', () => {
  it('never throws on any text, and its offsets point into the text', () => {
    fcAssert(property(textArb, (text) => {
      const a = analyzeArticle({ text }, deps);
      check(a, text);
    }), { numRuns: 400 });
  });
  it('never throws on malformed inputs (blocks, links, url, lang)', () => {
    const input = record({
      text: textArb,
      blocks: option(array(record({ start: integer({ min: -5, max: 400 }), end: integer({ min: -5, max: 400 }), kind: constantFrom('title', 'byline', 'paragraph', 'caption', 'heading', 'footer', 'dateline') }), { maxLength: 8 }), { nil: undefined }),
      url: option(oneof(webUrl(), string()), { nil: undefined }),
      siteName: option(string(), { nil: undefined }),
      lang: option(constantFrom('ar', 'fr', 'en'), { nil: undefined }),
      publishedAt: option(string(), { nil: undefined }),
      links: option(array(record({ href: oneof(webUrl(), string()) }), { maxLength: 4 }), { nil: undefined }),
    });
    fcAssert(property(input, (inp) => {
      const a = analyzeArticle(inp as ArticleInput, deps);
      check(a, inp.text);
    }), { numRuns: 300 });
    // Not even an object.
    expect(analyzeArticle(null as unknown as ArticleInput, deps).attributions).toEqual([]);
    expect(analyzeArticle({ text: 42 } as unknown as ArticleInput, deps).attributions).toEqual([]);
  });
  it('is deterministic', () => {
    fcAssert(property(textArb, (text) => {
      const a = analyzeArticle({ text }, deps);
      const b = analyzeArticle({ text }, deps);
      expect({ ...a, ms: 0 }).toEqual({ ...b, ms: 0 });
    }), { numRuns: 100 });
  });
  it('takes time linear in the input', () => {
    const unit = 'وحسب أوروب 1، قال الوزير لوكالة رويترز عن عن عن إن "الشروق" الجزائرية كشفت. Selon l\'AFP, Le Monde a révélé (AFP) - Reuters reported, citing the FT. M. Retailleau, ministre.\n';
    const time = (text: string): number => {
      const runs: number[] = [];
      for (let r = 0; r < 3; r++) { const t0 = performance.now(); analyzeArticle({ text }, deps); runs.push(performance.now() - t0); }
      return runs.sort((a, b) => a - b)[1]!;
    };
    const small = unit.repeat(200);
    const big = unit.repeat(1600);
    time(small);
    const ratio = time(big) / Math.max(time(small), 0.5);
    // 8x the input: linear work gives about 8; a quadratic step would give about 64.
    expect(ratio).toBeLessThan(24);
  });
  it('takes time linear in a page of repeated anaphors ("وأضافت الوكالة" after one agency)', () => {
    const unit = 'وأضافت الوكالة أن المحادثات مستمرة. ';
    const lead = 'ذكرت وكالة الأنباء السعودية أن الاتفاق وشيك. ';
    const time = (text: string): number => {
      const runs: number[] = [];
      for (let r = 0; r < 3; r++) { const t0 = performance.now(); analyzeArticle({ text }, deps); runs.push(performance.now() - t0); }
      return runs.sort((a, b) => a - b)[1]!;
    };
    const small = lead + unit.repeat(400);
    const big = lead + unit.repeat(3200);
    time(small);
    // 8x the anaphors: linear work gives about 8; the closest-antecedent search read every earlier citation, about 64.
    expect(time(big) / Math.max(time(small), 0.5)).toBeLessThan(24);
  });
  it('handles a megabyte of pathological text', () => {
    for (const text of ['عن '.repeat(333_334), 'ب'.repeat(100_000), '(AFP) '.repeat(166_667)]) {
      const a = analyzeArticle({ text }, deps);
      expect(a.ms).toBeGreaterThan(0);
    }
  });
});
