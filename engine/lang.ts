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

// A short word packed into a small integer, six bits per letter (a–z as 1–26, à–ÿ as 27–58): counting words this way
// makes no string per word, and the key stays a small integer (eight bits a letter made a heap number of every
// five-letter word, an allocation per word).
function letterCode(l: number): number {
  return l <= 0x7a ? l - 0x60 : l - 0xe0 + 27;
}
function packWord(w: string): number {
  let code = 0;
  for (let i = 0; i < w.length; i++) code = code * 64 + letterCode(w.charCodeAt(i));
  return code;
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
  // One pass over the sample counts the scripts and the function words together (no slice: a copy of 20,000
  // characters for every page).
  const limit = text.length > 20000 ? 20000 : text.length;
  let ar = 0;
  let lat = 0;
  let fr = 0;
  let en = 0;
  let code = 0;
  let length = 0;
  for (let i = 0; i <= limit; i++) {
    const c = i < limit ? text.charCodeAt(i) : 0;
    if (c >= 0x600 && c <= 0x6ff) ar++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) lat++;
    const l = lowerLetter(c);
    if (l !== 0) {
      if (length < MAX_FUNCTION_WORD) code = code * 64 + letterCode(l);
      length++;
      continue;
    }
    if (length > 0 && length <= MAX_FUNCTION_WORD) {
      if (FR.has(code)) fr++;
      if (EN.has(code)) en++;
    }
    code = 0;
    length = 0;
  }
  if (ar > 0 && ar >= lat * 0.5) return 'ar';
  return fr > en ? 'fr' : 'en';
}
