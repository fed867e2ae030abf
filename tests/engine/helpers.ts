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

/**
 * Analyse a body text: a title line, then the paragraphs (one per line). The page is on a site the registry does
 * not know, so these phrase tests see the grammar alone: without an address the engine would also read the
 * host from the text (a lone "told X" is then X's own story — tests/engine/host-without-url.test.ts).
 */
export function run(body: string, extra: Partial<ArticleInput> = {}, title = 'Titre'): Analysis {
  const text = `${title}\n\n${body}`;
  return analyzeArticle({ ...textToArticleInput(text, NEUTRAL_URL), ...extra }, deps);
}

const NEUTRAL_URL = 'https://news.example.org/2025/story';

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
