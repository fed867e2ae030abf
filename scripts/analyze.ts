// CLI: `npm run -s analyze -- <file>...` prints one JSON object per input file, one per line.
// .txt files are the article itself (first line the title); .html files are extracted first with
// extractor/extract-article.ts (a crude <article>/<p> fallback is used while that module is missing).
// The registry comes from assets/registry/ when it has been built, else from the engine's test registry.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyzeArticle } from '../engine/analyze';
import { buildPeopleIndex, type PeopleIndex } from '../engine/people-index';
import { buildRegistryIndex, type CompactAliasIndex, type RegistryIndex } from '../engine/registry-index';
import { expandSources } from '../engine/registry-sources';
import { textToArticleInput } from '../engine/text-input';
import type { Analysis, ArticleInput, OutletRecord, OutletRef, PersonRecord } from '../engine/types';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface LoadedDeps { registry: RegistryIndex; people: PeopleIndex; source: string }

/** The engine functions that build the indexes: these modules, or the same code bundled as the extension ships it. */
export interface IndexBuilders { buildRegistryIndex: typeof buildRegistryIndex; buildPeopleIndex: typeof buildPeopleIndex; expandSources: typeof expandSources }

export async function loadDeps(builders: IndexBuilders = { buildRegistryIndex, buildPeopleIndex, expandSources }): Promise<LoadedDeps> {
  const { buildRegistryIndex, buildPeopleIndex, expandSources } = builders;
  const dir = resolve(root, 'assets/registry');
  const outletsPath = resolve(dir, 'outlets.json');
  if (existsSync(outletsPath)) {
    const raw = JSON.parse(readFileSync(outletsPath, 'utf8')) as OutletRecord[] | { outlets: OutletRecord[] };
    const outlets = (Array.isArray(raw) ? raw : raw.outlets).map(expandSources);
    const aliasPath = resolve(dir, 'alias-index.json');
    let compact: CompactAliasIndex | undefined;
    if (existsSync(aliasPath)) {
      const c = JSON.parse(readFileSync(aliasPath, 'utf8')) as CompactAliasIndex;
      if (c && typeof c === 'object' && c.aliases) compact = c;
    }
    const peoplePath = resolve(dir, 'people.json');
    let people: PersonRecord[] = [];
    if (existsSync(peoplePath)) {
      const p = JSON.parse(readFileSync(peoplePath, 'utf8')) as PersonRecord[] | { people: PersonRecord[] };
      people = Array.isArray(p) ? p : p.people;
    } else {
      people = (await import('../tests/engine/test-people')).TEST_PEOPLE;
    }
    return { registry: buildRegistryIndex(outlets, compact), people: buildPeopleIndex(people), source: 'assets/registry' };
  }
  const { TEST_OUTLETS } = await import('../tests/engine/test-registry');
  const { TEST_PEOPLE } = await import('../tests/engine/test-people');
  return { registry: buildRegistryIndex(TEST_OUTLETS), people: buildPeopleIndex(TEST_PEOPLE), source: 'test-registry' };
}

type Extract = (doc: Document, url?: string | null) => ArticleInput;
let extractorPromise: Promise<Extract | null> | null = null;

function loadExtractor(): Promise<Extract | null> {
  if (!extractorPromise) {
    const p = resolve(root, 'extractor/extract-article.ts');
    extractorPromise = existsSync(p)
      ? import(pathToFileURL(p).href).then((m: { extractArticle?: Extract }) => m.extractArticle ?? null).catch(() => null)
      : Promise.resolve(null);
  }
  return extractorPromise;
}

/** Crude fallback: title + the <p> texts of <article> (or <body>). */
function crudeExtract(doc: Document, url: string | null): ArticleInput {
  const title = (doc.querySelector('h1')?.textContent ?? doc.querySelector('title')?.textContent ?? '').trim();
  const scope = doc.querySelector('article') ?? doc.body ?? doc.documentElement;
  const paras = [...scope.querySelectorAll('p')].map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim()).filter((s) => s.length > 0);
  const parts = [title, ...paras].filter(Boolean);
  const text = parts.join('\n\n');
  const blocks: ArticleInput['blocks'] = [];
  let pos = 0;
  parts.forEach((p, i) => { blocks.push({ start: pos, end: pos + p.length, kind: i === 0 && title ? 'title' : 'paragraph' }); pos += p.length + 2; });
  const site = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? null;
  return { text, blocks, title, url, siteName: site };
}

export async function inputFromFile(file: string): Promise<ArticleInput> {
  const raw = readFileSync(file, 'utf8');
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm') {
    const { parseHTML } = await import('linkedom');
    const { document } = parseHTML(raw);
    const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? document.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? null;
    const extract = await loadExtractor();
    if (extract) return extract(document as unknown as Document, canonical);
    return crudeExtract(document as unknown as Document, canonical);
  }
  return textToArticleInput(raw);
}

const outlet = (o: OutletRef | null): OutletRef | null => (o ? { id: o.id, name: o.name, known: o.known, domain: o.domain, country: o.country, medium: o.medium } : null);

export function toCliJson(file: string, input: ArticleInput, a: Analysis): Record<string, unknown> {
  return {
    file,
    url: input.url ?? null,
    lang: a.lang,
    title: a.title,
    text: input.text,
    hostOutlet: outlet(a.hostOutlet),
    attributions: a.attributions.map((x) => ({ start: x.start, end: x.end, surface: x.surface, pattern: x.pattern, outlet: outlet(x.outlet) })),
    otherSources: a.otherSources.map((x) => ({ start: x.start, end: x.end, surface: x.surface })),
    originalOutlet: outlet(a.originalOutlet),
    chain: a.chain.map(outlet),
    actors: a.actors.map((x) => ({ name: x.name, surface: x.surface, role: x.role, type: x.type, wikidata: x.wikidata, mentions: x.mentions.map((m) => ({ start: m.start, end: m.end })) })),
    primaryLinks: a.primaryLinks.map((l) => ({ kind: l.kind, url: l.url, label: l.label })),
    ms: a.ms,
  };
}

async function main(): Promise<void> {
  const files = process.argv.slice(2).filter((f) => f !== '--');
  const deps = await loadDeps();
  for (const file of files) {
    let line: string;
    try {
      const input = await inputFromFile(file);
      const a = analyzeArticle(input, deps);
      line = JSON.stringify(toCliJson(file, input, a));
    } catch (e) {
      line = JSON.stringify({ file, error: e instanceof Error ? e.message : String(e) });
    }
    process.stdout.write(line + '\n');
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => { process.stderr.write(String(e) + '\n'); process.exitCode = 1; });
}
