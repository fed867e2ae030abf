// Article language from the text itself: Arabic letters against Latin letters, then French against English
// by their commonest function words. Cheap: it samples at most the first 20,000 characters.
//
// Limits: three languages only (the product's); a Latin-script text in another language is called French or
// English, whichever its function words resemble more.

import type { Lang } from './types';

const FR_WORDS = ['le', 'la', 'les', 'des', 'du', 'une', 'est', 'et', 'que', 'qui', 'dans', 'pour', 'pas', 'sur', 'au', 'aux', 'avec', 'ont', 'été', 'selon', 'il', 'elle'];
const EN_WORDS = ['the', 'and', 'of', 'to', 'is', 'in', 'that', 'was', 'for', 'with', 'on', 'are', 'by', 'has', 'have', 'it', 'he', 'she', 'said', 'from'];
/** Longest function word above: longer words are never looked up. */
const MAX_FUNCTION_WORD = 5;

// A short word packed into a number (one byte per Latin-1 letter): counting words this way makes no string per
// word, which on pages in other languages was a tenth of the engine's time.
function packWord(w: string): number {
  let code = 0;
  for (let i = 0; i < w.length; i++) code = code * 256 + w.charCodeAt(i);
  return code * 8 + w.length;
}
const FR = new Set(FR_WORDS.map(packWord));
const EN = new Set(EN_WORDS.map(packWord));

/** The lower-case Latin-1 letter for code unit c (a–z, à–ÿ), or 0 when c is none. */
function lowerLetter(c: number): number {
  if (c >= 0x61 && c <= 0x7a) return c;
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  if (c >= 0xe0 && c <= 0xff) return c;
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 32;
  if (c === 0x178) return 0xff; // Ÿ
  return 0;
}

export function detectLang(text: string): Lang {
  const s = text.length > 20000 ? text.slice(0, 20000) : text;
  let ar = 0;
  let lat = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x600 && c <= 0x6ff) ar++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) lat++;
  }
  if (ar > 0 && ar >= lat * 0.5) return 'ar';
  let fr = 0;
  let en = 0;
  let code = 0;
  let length = 0;
  for (let i = 0; i <= s.length; i++) {
    const l = i < s.length ? lowerLetter(s.charCodeAt(i)) : 0;
    if (l !== 0) {
      if (length < MAX_FUNCTION_WORD) code = code * 256 + l;
      length++;
      continue;
    }
    if (length > 0 && length <= MAX_FUNCTION_WORD) {
      const key = code * 8 + length;
      if (FR.has(key)) fr++;
      if (EN.has(key)) en++;
    }
    code = 0;
    length = 0;
  }
  return fr > en ? 'fr' : 'en';
}
