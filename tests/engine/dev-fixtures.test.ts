// The dev set (tests/fixtures/articles: articles written for the project in Arabic, French and English, each
// with its expected analysis) run through the engine with the shipped registry. Every first-hand article must
// come out with no outlet and every decoy must stay a non-attribution, article by article; outlet sets,
// original outlets and people are held to floors a little under today's figures (bench:engine prints them),
// so a rule that breaks a phrasing somewhere in the set fails here.
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle, setEngineDebug } from '../../engine/analyze';
import { loadDeps, type LoadedDeps } from '../../scripts/analyze';
import { type CaseScore, fixtureInput, loadFixtureCases, outletKeyer, prf, scoreCase } from '../../scripts/fixture-score';

setEngineDebug(true);

const cases = loadFixtureCases(resolve(import.meta.dirname, '../fixtures/articles'));
const scores = new Map<string, CaseScore>();
/** The same articles read as bare text, with no page address: how `npm run analyze` reads a .txt. */
const bareScores = new Map<string, CaseScore>();
let deps: LoadedDeps;

beforeAll(async () => {
  deps = await loadDeps();
  const key = outletKeyer(deps.registry);
  for (const c of cases) {
    const input = await fixtureInput(c);
    scores.set(c.dir, scoreCase(c, input.text, analyzeArticle(input, deps), key));
    const bare = await fixtureInput(c, true);
    bareScores.set(c.dir, scoreCase(c, bare.text, analyzeArticle(bare, deps), key));
  }
  // Two thousand articles read twice: several seconds, more on a busy machine than vitest's 10 s default allows.
}, 120_000);

describe('dev fixtures', () => {
  it('has articles in all three languages, first-hand ones among them', () => {
    for (const lang of ['ar', 'fr', 'en']) expect(cases.filter((c) => c.expected.lang === lang).length).toBeGreaterThanOrEqual(30);
    expect(cases.filter((c) => c.expected.outlets.length === 0).length).toBeGreaterThanOrEqual(30);
    expect(deps.source).toBe('assets/registry');
  });

  for (const c of cases.filter((x) => x.expected.outlets.length === 0)) {
    it(`first-hand: ${c.dir} cites no outlet`, () => {
      expect(scores.get(c.dir)!.predictedKeys).toEqual([]);
    });
  }

  for (const c of cases.filter((x) => (x.expected.notAttributions ?? []).length > 0)) {
    it(`decoys: ${c.dir}`, () => {
      expect(scores.get(c.dir)!.decoysHit).toEqual([]);
    });
  }

  // Three batches (k-, l-, m-) were written to be hard on purpose: chains and the original, little-known outlets
  // (foreign titles in Arabic letters), and sites naming themselves. They get floors of their own, so that the rest
  // keeps its tighter ones. Recall floor 0.93: the e- and f- batches bring obscure outlets named without a head noun.
  const hard = (dir: string): boolean => /^[klm]-/.test(dir);
  const outletFloors = (pick: (dir: string) => boolean, pMin: number, rMin: number): void => {
    for (const lang of ['ar', 'fr', 'en'] as const) {
      const s = { tp: 0, fp: 0, fn: 0 };
      for (const [dir, sc] of scores) if (sc.lang === lang && pick(dir)) { s.tp += sc.tp; s.fp += sc.fp; s.fn += sc.fn; }
      const { p, r } = prf(s);
      expect({ lang, p: p >= pMin, r: r >= rMin }).toEqual({ lang, p: true, r: true });
    }
  };
  const originalRate = (pick: (dir: string) => boolean): number => {
    const picked = [...scores].filter(([dir]) => pick(dir));
    return picked.filter(([, s]) => s.originalRight).length / picked.length;
  };

  it('finds the cited outlets in each language', () => {
    outletFloors((d) => !hard(d), 0.97, 0.93);
  });

  it('finds the cited outlets in each language in the hard batches (chains, little-known outlets, self-citation)', () => {
    outletFloors(hard, 0.75, 0.72);
  });

  it('names the original outlet, or none for first-hand reporting and press reviews', () => {
    // 0.945 since the arf-/asf- French batches: their writers read a site's follow-up of an outlet's earlier scoop
    // ("Comme l'a révélé Sudinfo") as the site's own story, with no original.
    expect(originalRate((d) => !hard(d))).toBeGreaterThanOrEqual(0.945);
    expect(originalRate(hard)).toBeGreaterThanOrEqual(0.72);
  });

  it('read as bare text with no page address, still finds the outlets, the original and no outlet in first-hand stories', () => {
    // Without the address the site naming itself ("told KING 5") and an agency's own copy are ambiguous; the floors
    // sit a little under today's figures (bench:engine -- --no-url prints them).
    const s = { tp: 0, fp: 0, fn: 0 };
    let right = 0;
    let firstHand = 0;
    let alarms = 0;
    for (const sc of bareScores.values()) {
      s.tp += sc.tp; s.fp += sc.fp; s.fn += sc.fn;
      if (sc.originalRight) right++;
      if (sc.noMedia) { firstHand++; if (sc.predictedKeys.length > 0) alarms++; }
    }
    const { p, r } = prf(s);
    expect({ p: p >= 0.92, r: r >= 0.92, original: right / bareScores.size >= 0.89, alarms: alarms / firstHand <= 0.06 }).toEqual({ p: true, r: true, original: true, alarms: true });
  });

  it('finds the people in the stories', () => {
    let total = 0;
    let missed = 0;
    for (const s of scores.values()) { total += s.peopleTotal; missed += s.missedPeople.length; }
    // 0.96 since the people work of the eighth session (0.940 -> 0.976 on 2,305 articles); 0.955 since the ninth added
    // 700 articles written blind, sport and entertainment pages among them (squads, casts), read on arrival at 0.82-0.97;
    // 0.95 since the eleventh added a batch built to be full of people (et-: squads, award lists, casts; 0.82 on arrival).
    expect((total - missed) / total).toBeGreaterThanOrEqual(0.95);
  });
});
