// The seed article through the .txt path, against the engine's own copy of its expectations.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../engine/analyze';
import { textToArticleInput } from '../../engine/text-input';
import { deps } from './helpers';

const dir = resolve(import.meta.dirname, 'fixtures');
const text = readFileSync(resolve(dir, 'seed.txt'), 'utf8');
const exp = JSON.parse(readFileSync(resolve(dir, 'seed.expected.json'), 'utf8')) as {
  lang: string; titleStartsWith: string; host: string;
  attributions: { surface: string; pattern: string }[];
  original: Record<string, string>;
  actors: { surface: string; name: string; role: string; mentions: number }[];
  organisations: string[]; decoys: string[]; searchTerms: string[];
};

describe('seed article (.txt)', () => {
  const input = textToArticleInput(text);
  const a = analyzeArticle(input, deps);

  it('reads the title and byline blocks', () => {
    expect(input.blocks?.[0]?.kind).toBe('title');
    expect(input.blocks?.[1]?.kind).toBe('byline');
    expect(a.lang).toBe(exp.lang);
    expect(a.title.startsWith(exp.titleStartsWith)).toBe(true);
  });
  it('finds all seven Europe 1 attributions with their patterns and exact surfaces', () => {
    expect(a.attributions.map((x) => ({ surface: x.surface, pattern: x.pattern }))).toEqual(exp.attributions);
    for (const x of a.attributions) {
      expect(x.outlet.id).toBe('europe-1');
      expect(text.slice(x.start, x.end)).toBe(x.surface);
      expect(x.nameStart).toBeGreaterThanOrEqual(x.start);
      expect(x.nameEnd).toBeLessThanOrEqual(x.end);
    }
  });
  it('credits the byline to the host and makes Europe 1 the original', () => {
    expect(a.hostOutlet?.id).toBe(exp.host);
    expect(a.originalOutlet).toMatchObject({ ...exp.original, known: true });
    expect(a.chain.map((o) => o.id)).toEqual([exp.host, 'europe-1']);
  });
  it('finds the five people with canonical names, roles and merged mentions', () => {
    const people = a.actors.filter((x) => x.type === 'person');
    expect(people.map((p) => ({ surface: p.surface, name: p.name, role: p.role, mentions: p.mentions.length }))).toEqual(exp.actors);
    const hammouchi = people[0]!;
    expect(text.slice(hammouchi.mentions[1]!.start, hammouchi.mentions[1]!.end)).toBe('الحموشي');
  });
  it('lists the two organisations', () => {
    expect(a.actors.filter((x) => x.type === 'org').map((x) => x.surface)).toEqual(exp.organisations);
  });
  it('rejects the decoys', () => {
    for (const d of exp.decoys) {
      const at = text.indexOf(d);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(a.attributions.some((x) => x.nameStart < at + d.length && x.nameEnd > at), d).toBe(false);
    }
    expect(a.otherSources).toEqual([]);
  });
  it('offers a europe1.fr search with Latin names and Maroc, never the Arabic title', () => {
    const search = a.primaryLinks.find((l) => l.kind === 'site_search')!;
    for (const term of exp.searchTerms) expect(search.query).toContain(term);
    expect(search.query).not.toMatch(/[\u0600-\u06ff]/);
    expect(search.url.startsWith('https://duckduckgo.com/?q=')).toBe(true);
    expect(a.primaryLinks.find((l) => l.kind === 'archive')?.url).toBe('https://web.archive.org/web/*/europe1.fr/*');
  });
});
