// `npm run bench:extractor`: is our own article extractor as good as Mozilla Readability? Over the 130 pages
// of ../shared/corpus/readability-pages, compares the text we extract with Readability's expected output for
// each page (expected.html, from Readability's own test suite): word-level recall (how much of Readability's
// article we keep) and precision (how much of ours is in Readability's). Speed is measured in Chromium by
// `npm run bench`; here the DOM is linkedom, so times are only indicative.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractArticleWithMap } from '../extractor/extract-article';

const CORPUS = resolve(import.meta.dirname, '../../shared/corpus/readability-pages');
if (!existsSync(CORPUS)) {
  console.log(`corpus not found at ${CORPUS}: nothing to compare`);
  process.exit(0);
}

const words = (text: string) => text.replace(/\s+/g, ' ').trim().split(' ').filter((w) => w.length > 3);
const recalls: number[] = [];
const precisions: number[] = [];
let agreeing = 0;
let pages = 0;
const weak: string[] = [];
for (const name of readdirSync(CORPUS).sort()) {
  const source = join(CORPUS, name, 'source.html');
  const expectedFile = join(CORPUS, name, 'expected.html');
  if (!existsSync(source) || !existsSync(expectedFile)) continue;
  const { document } = parseHTML(readFileSync(source, 'utf8'));
  const ours = extractArticleWithMap(document as unknown as Document, 'https://example.com/').article.text;
  const expectedDoc = parseHTML(`<html><body>${readFileSync(expectedFile, 'utf8')}</body></html>`).document;
  const expected = expectedDoc.body?.textContent ?? '';
  const expectedWords = words(expected);
  const ourWords = words(ours);
  const ourSet = new Set(ourWords);
  const expectedSet = new Set(expectedWords);
  const recall = expectedWords.length ? expectedWords.filter((w) => ourSet.has(w)).length / expectedWords.length : 1;
  const precision = ourWords.length ? ourWords.filter((w) => expectedSet.has(w)).length / ourWords.length : expectedWords.length ? 0 : 1;
  recalls.push(recall);
  precisions.push(precision);
  pages++;
  if (recall >= 0.8 && precision >= 0.8) agreeing++;
  else weak.push(`${name} (recall ${recall.toFixed(2)}, precision ${precision.toFixed(2)})`);
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
console.log(`extractor vs Readability's expected output over ${pages} pages:`);
console.log(`  word recall median ${median(recalls).toFixed(3)}, word precision median ${median(precisions).toFixed(3)}`);
console.log(`  pages where both are >= 0.8: ${agreeing}/${pages}`);
console.log(`  the others: ${weak.join('; ')}`);
