// A plain-text article (.txt) as ArticleInput: the first line is the title, a short line right after it that
// looks like a byline is the byline (with the outlet's name on the next line when it stands alone there), the
// rest are paragraphs. `text` is the file's content unchanged, so
// offsets point into the file.
//
// Byline test: at most 80 characters and 10 words, no sentence-final punctuation (but a short "City - Paper:"), and either a byline
// marker (بقلم، عن، |، Par, By, avec, with, via, /, a spaced dot) or at most five words.

import type { ArticleInput, TextBlock } from './types';
import { detectLang } from './lang';

/** "كتب- أحمد جمعة:", "كتبت - سارة علي:", "إعداد: …": an Egyptian-style writer's credit, closed by a colon. */
const WRITER_LEAD = /^(?:كتب|كتبت|كتبه|كتبها|إعداد|اعداد|متابعة|تقرير)\s*[-–—:]/;
// ("United News of Bangladesh . Cox's Bazar": a spaced dot or bullet between the credit and the city.)
const BYLINE_MARKERS = /(^|\s)(بقلم|عن|par|by|avec|with|via|من)(\s|:|$)|[|/–—-]|\s[.·•]\s/i;

// (After a standfirst a dash alone is no byline: a photo caption or a TV listing ("TF1, 21 h 10 – HPI") may stand there.)
const BYLINE_AFTER_STANDFIRST = /(^|\s)(بقلم|par|by|avec|with|via)(\s|:|$)|\|/i;

const DATE_LINE = /^(?:publi[ée]|published|posted|updated|mis à jour|modifi[ée])\b|\d{1,2}[/.:-]\d{1,2}/iu;

export function textToArticleInput(text: string, url?: string | null): ArticleInput {
  const blocks: TextBlock[] = [];
  const spans: { start: number; end: number }[] = [];
  let s = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n' || text[i] === '\r') {
      let a = s;
      let b = i;
      while (a < b && /\s/.test(text[a] ?? '')) a++;
      while (b > a && /\s/.test(text[b - 1] ?? '')) b--;
      if (b > a) spans.push({ start: a, end: b });
      s = i + 1;
    }
  }
  let title: string | null = null;
  // "Titre / chapô / Le Point avec AFP": a standfirst of a sentence or two may stand between the title and the byline, which
  // must then carry a byline marker.
  const standfirst = spans.length > 3 && isStandfirst(text.slice(spans[1]!.start, spans[1]!.end));
  spans.forEach((sp, idx) => {
    let kind: TextBlock['kind'] = 'paragraph';
    if (idx === 0) { kind = 'title'; title = text.slice(sp.start, sp.end); }
    else if (idx === 1 || (idx === 2 && standfirst && BYLINE_AFTER_STANDFIRST.test(text.slice(sp.start, sp.end)) && !text.slice(sp.start, sp.end).includes('©'))) {
      const line = text.slice(sp.start, sp.end);
      const words = line.split(/\s+/).filter(Boolean).length;
      // A dateline byline may close with a colon ("الدوحة - الراية:").
      const datelineColon = line.endsWith(':') && words <= 5 && (/\s[-–—]\s/.test(line) || WRITER_LEAD.test(line));
      if (line.length <= 80 && words <= 10 && (!/[.!?؟:]$/.test(line) || datelineColon) && (BYLINE_MARKERS.test(line) || words <= 5)) kind = 'byline';
    } else if (idx === 2 && blocks[1]?.kind === 'byline' && !standfirst) {
      // "By Cole Brennan" / "USA TODAY": the outlet on a line of its own under the reporter's name, a few
      // capitalised words with no sentence punctuation, continues the byline.
      const line = text.slice(sp.start, sp.end);
      const words = line.split(/\s+/).filter(Boolean);
      // ("La Voix de l'Est": French particles and elisions stay in lower case.)
      // (A date line, "Publié le 11/09/2025 06:01", is no outlet.)
      if (line.length <= 40 && words.length <= 5 && !/[.!?؟:,،]$/.test(line) && /^[\p{Lu}\d(«"“\p{Script=Arabic}]/u.test(words[0] ?? '') && !DATE_LINE.test(line) &&
        words.every((w) => /^[\p{Lu}\d(«"“]/u.test(w) || /^\p{Script=Arabic}/u.test(w) || /^(?:de|du|des|la|le|les|of|the|and|et|[ld]['’]\p{Lu}.*)$/u.test(w))) kind = 'byline';
    }
    blocks.push({ start: sp.start, end: sp.end, kind });
  });
  return { text, blocks, title, url: url ?? null, lang: detectLang(text) };
}

/** A standfirst: one to three sentences of eight words or more, closed by a full stop, too long for a byline. */
function isStandfirst(line: string): boolean {
  const words = line.split(/\s+/).filter(Boolean).length;
  return words >= 8 && line.length <= 500 && /[.!?؟]$/.test(line);
}
