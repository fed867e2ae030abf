// Shared set-up for the engine tests: the test registry and people, and small helpers.
import { analyzeArticle, setEngineDebug } from '../../engine/analyze';
import { buildPeopleIndex } from '../../engine/people-index';
import { buildRegistryIndex } from '../../engine/registry-index';
import { textToArticleInput } from '../../engine/text-input';
import type { Analysis, ArticleInput, Attribution } from '../../engine/types';
import { TEST_PEOPLE } from './test-people';
import { TEST_OUTLETS } from './test-registry';

setEngineDebug(true);

export const deps = { registry: buildRegistryIndex(TEST_OUTLETS), people: buildPeopleIndex(TEST_PEOPLE) };

/** Analyse a body text: a title line, then the paragraphs (one per line). */
export function run(body: string, extra: Partial<ArticleInput> = {}, title = 'Titre'): Analysis {
  const text = `${title}\n\n${body}`;
  return analyzeArticle({ ...textToArticleInput(text), ...extra }, deps);
}

/** Analyse a whole .txt-like text. */
export function runText(text: string, extra: Partial<ArticleInput> = {}): Analysis {
  return analyzeArticle({ ...textToArticleInput(text), ...extra }, deps);
}

export function outletIds(a: Analysis): string[] {
  return [...new Set(a.attributions.map((x) => x.outlet.id ?? `?${x.outlet.name}`))].sort();
}

export function find(a: Analysis, outlet: string): Attribution[] {
  return a.attributions.filter((x) => (x.outlet.id ?? `?${x.outlet.name}`) === outlet);
}

export function patterns(a: Analysis, outlet: string): string[] {
  return find(a, outlet).map((x) => x.pattern);
}
