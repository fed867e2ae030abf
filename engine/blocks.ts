// Text blocks: the parts of an article (title, byline, paragraphs...) as offset ranges, and the token →
// block map the grammar uses to keep its windows inside one block.
//
// Approach: blocks given by the extractor are kept when they are sane (inside the text, sorted, not
// overlapping); any text they leave out, and texts without blocks, are cut at line breaks into paragraph
// blocks (a first line equal to the given title becomes the title block).
//
// Limits: a block is one run of text; nothing here splits sentences.

import type { TextBlock } from './types';
import type { Tokens } from './tokenize';

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x200b || c === 0x202f || c === 0x2009 || c === 0x3000 || c === 12 || c === 11;
}

function lines(text: string, from: number, to: number, out: TextBlock[]): void {
  let s = from;
  while (s < to) {
    let nl = text.indexOf('\n', s);
    if (nl < 0 || nl > to) nl = to;
    let a = s;
    let b = nl;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) out.push({ start: a, end: b, kind: 'paragraph' });
    s = nl + 1;
  }
}

/**
 * A line that links to another story ("Lire aussi : Selon Le Monde, ...", "اقرأ أيضا: رويترز: ...", "READ MORE: BBC
 * reveals ..."): the headline it quotes cites outlets for that other story, not for this one.
 */
const RELATED_LINE = new RegExp('^[\\s»›→•·*|▶►-]*(?:' + [
  'read (?:also|more|next)', 'also read', 'related(?: (?:story|stories|article|articles|coverage|content))?\\s*:', 'see also', 'recommended\\s*:', 'more on this',
  'further reading', 'you may also like', "don'?t miss", 'watch\\s*:', 'listen\\s*:', 'more\\s*:',
  '[àa] lire (?:aussi|également|egalement)', 'lire (?:aussi|également|egalement|la suite|notre)', 'voir aussi', '[àa] voir (?:aussi|également)',
  'sur le même sujet', 'sur le meme sujet', 'découvrir aussi', 'notre dossier', 'vidéo\\s*[-–:]', 'video\\s*[-–:]', 'info\\s*[-–]?\\s*vidéo',
  '[اأإ]قر[أا] (?:[أا]يض[اًا]?|كذلك|المزيد)', 'شاهد (?:[أا]يض[اًا]?|المزيد)', 'طالع (?:[أا]يض[اًا]?|كذلك)', 'مواضيع ذات صلة', 'ذات صلة\\s*:', 'للمزيد\\s*:', 'تابع (?:[أا]يض[اًا]?)',
].join('|') + ')', 'iu');

/** Longest line read as a "see also" link. */
const RELATED_MAX = 300;

export function normalizeBlocks(text: string, given: readonly TextBlock[] | undefined, title: string | null | undefined): TextBlock[] {
  const out: TextBlock[] = [];
  const len = text.length;
  const valid = (given ?? []).filter((b) => b && Number.isInteger(b.start) && Number.isInteger(b.end) && b.start >= 0 && b.end <= len && b.start < b.end)
    .slice().sort((a, b) => a.start - b.start);
  let pos = 0;
  for (const b of valid) {
    if (b.start < pos) continue;
    if (b.start > pos) lines(text, pos, b.start, out);
    out.push({ start: b.start, end: b.end, kind: b.kind });
    pos = b.end;
  }
  if (pos < len) lines(text, pos, len, out);
  if (valid.length === 0 && out.length > 0 && title) {
    const b0 = out[0]!;
    const first = text.slice(b0.start, b0.end).trim();
    if (first === title.trim()) out[0] = { ...b0, kind: 'title' };
  }
  for (let i = 0; i < out.length; i++) {
    const b = out[i]!;
    if ((b.kind !== 'paragraph' && b.kind !== 'heading') || b.end - b.start > RELATED_MAX) continue;
    const head = text.slice(b.start, Math.min(b.end, b.start + 60));
    const m = RELATED_LINE.exec(head);
    if (!m) continue;
    out[i] = { ...b, kind: 'related' };
    // "اقرأ المزيد :", "Sur le même sujet :", "Read more" on a line of its own: the headlines listed under it are links
    // too ("(بترا): بدء تشغيل آبار جديدة", "Grève SNCB : le trafic perturbé, selon la VRT"). A headline is short and
    // closes without a full stop; the first line that does not look like one is the article again.
    if (b.end - b.start > 60 || !HEADER_REST.test(head.slice(m[0].length))) continue;
    for (let k = i + 1, listed = 0; k < out.length && listed < RELATED_LIST_MAX; k++, listed++) {
      const h = out[k]!;
      if ((h.kind !== 'paragraph' && h.kind !== 'heading') || h.end - h.start > RELATED_HEADLINE_MAX || SENTENCE_CLOSE.test(text.slice(h.end - 1, h.end))) break;
      out[k] = { ...h, kind: 'related' };
      i = k;
    }
  }
  return out;
}

/** What may follow a "see also" header alone on its line: a colon, a dash, an arrow. */
const HEADER_REST = /^[\s:：.…\-–—»›→▶►|]*$/u;
/** Headlines listed under such a header: how many, and how long each may be. */
const RELATED_LIST_MAX = 8;
const RELATED_HEADLINE_MAX = 160;
const SENTENCE_CLOSE = /[.。]/u;

/** Block index of every token (-1 for a token outside every block, which cannot happen with normalizeBlocks). */
export function blockIndex(t: Tokens, blocks: readonly TextBlock[]): Int32Array {
  const res = new Int32Array(t.n).fill(-1);
  let b = 0;
  for (let i = 0; i < t.n; i++) {
    const s = t.start[i]!;
    while (b < blocks.length && blocks[b]!.end <= s) b++;
    if (b < blocks.length && blocks[b]!.start <= s) res[i] = b;
    else res[i] = -1 - b; // between blocks: a distinct negative id so windows never cross it
  }
  return res;
}
