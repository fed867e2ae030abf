// One linear pass that cuts a text into tokens with their UTF-16 offsets and matching forms.
//
// Approach: the character table of normalize.ts classifies each code unit. A word is a run of letters of one
// script (Arabic, Latin, other) with its combining marks, tashkeel, tatweel and invisible joiners; a number is
// a run of digits (Arabic-Indic included); every other visible character is a one-character punctuation
// token (an astral symbol such as an emoji is one token of two code units). A script change or a
// letter/digit change starts a new token, which is how "اوروب1" becomes اوروب + 1 and "كشـ24" كش + 24.
// Tokens live in parallel typed arrays so that a megabyte of text costs a few allocations, not a million
// objects.
//
// Spellings that need normalising are normalised once and cached (bounded), repeated spellings are interned (no new
// string per occurrence), and the matching-form array is sized
// up front: a megabyte of text stays within the speed budget.
//
// A full stop that does not end a sentence is flagged (AbbrevDot) in a last pass over the dots: the dots inside
// and after abbreviations ("U.S.", "a.m.", "e.g.", "av. J.-C."), after titles and short forms ("Dr.", "Gen.",
// "Sept.", "Inc.", "M."), after an initial ("J. Smith"), before a number after "No."/"p.", inside numbers and
// names ("3.5", "$1.2", "Reuters.com"), and any dot followed by a lower-case Latin word ("U.K. officials").
// isSentenceEnd() is the one test the grammar's sentence-bounded windows use.
//
// Limits: a word longer than MAX_WORD characters keeps an empty matching form, since no name or cue is that
// long; an abbreviation that really ends a sentence before a capitalised word ("... in the U.S. The BBC said")
// is not taken as a sentence end.

import { CharClass, charClass, normChar, normIsIdentity } from './normalize';

/** 0 unknown, 1 lower case, 2 not lower case (filled on first use: no string per accented letter). */
const lowerTable = new Uint8Array(0x10000);

function isLowerNonAscii(c: number): boolean {
  let v = lowerTable[c]!;
  if (v === 0) {
    const ch = String.fromCharCode(c);
    v = ch.toLowerCase() === ch && ch.toUpperCase() !== ch ? 1 : 2;
    lowerTable[c] = v;
  }
  return v === 1;
}

export const TokKind = { Arabic: 1, Latin: 2, OtherWord: 3, Number: 4, Punct: 5 } as const;
export type TokKind = (typeof TokKind)[keyof typeof TokKind];

export const TokFlag = { SpaceBefore: 1, NewlineBefore: 2, UpperInitial: 4, AllUpper: 8, AbbrevDot: 16 } as const;

export interface Tokens {
  n: number;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  flags: Uint8Array;
  norm: string[];
  text: string;
}

const MAX_WORD = 64;

/** Raw spelling → matching form, for words that are not already in matching form (bounded). */
const normCache = new Map<string, string>();
const NORM_CACHE_MAX = 50_000;

// An intern table for word spellings, keyed by a hash of the code units computed during the scan: a word seen
// before (articles, clitics, names, cue words) reuses its strings instead of slicing a new one, which on a
// megabyte of text is most of the garbage the tokenizer made. Direct-mapped: a collision simply replaces.
const INTERN_BITS = 13;
const INTERN_MASK = (1 << INTERN_BITS) - 1;
const internRaw: string[] = Array.from({ length: 1 << INTERN_BITS }, () => '');
const internNorm: string[] = Array.from({ length: 1 << INTERN_BITS }, () => '');

// What the scan needs of a code unit, in one lookup: its class (bits 0–2), whether it is its own matching form (bit 3),
// whether it is a lower-case letter (bit 4); bit 7 marks the entry as filled. One load a character instead of three
// lazily filled tables: about a tenth off the scan of a megabyte of pathological text, a few per cent on articles.
const INFO_CLASS = 7;
const INFO_IDENTITY = 8;
const INFO_LOWER = 16;
const INFO_FILLED = 128;
const infoTable = new Uint8Array(0x10000);

function fillInfo(c: number): number {
  const k = charClass(c);
  let v = INFO_FILLED | k;
  if (normIsIdentity(c)) v |= INFO_IDENTITY;
  if ((c >= 0x61 && c <= 0x7a) || (c > 0x7f && isLowerNonAscii(c))) v |= INFO_LOWER;
  infoTable[c] = v;
  return v;
}

function sameSpelling(text: string, s: number, j: number, raw: string): boolean {
  if (raw.length !== j - s) return false;
  for (let q = 0; q < raw.length; q++) if (raw.charCodeAt(q) !== text.charCodeAt(s + q)) return false;
  return true;
}

function wordKind(k: CharClass): TokKind {
  if (k === CharClass.ArabicLetter) return TokKind.Arabic;
  if (k === CharClass.LatinLetter) return TokKind.Latin;
  if (k === CharClass.Digit) return TokKind.Number;
  return TokKind.OtherWord;
}

export function tokenize(text: string): Tokens {
  const len = text.length;
  // Upper bound on the token count is the text length; grow lazily to keep small texts cheap.
  // A token averages several characters: start at a third of the length (10 MB of arrays for a 1 MB text is
  // garbage-collector work the page pays for) and grow when a text is denser.
  // (A name or a cue phrase of twenty characters gets arrays of its own size: wordForms runs on thousands of them.)
  let cap = Math.min(len + 1, Math.max(64, Math.ceil(len / 3)));
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let kind = new Uint8Array(cap);
  let flags = new Uint8Array(cap);
  // Sized up front (a token is at least one character) and trimmed at the end: pushing a quarter of a million
  // strings one by one costs more in copies than the whole scan.
  const norm: string[] = [];
  if (len > 4096) norm.length = cap;
  let n = 0;

  let sawSpace = false;
  let sawNewline = false;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    let ci = infoTable[c]!;
    if (ci === 0) ci = fillInfo(c);
    const k = (ci & INFO_CLASS) as CharClass;
    if (k === CharClass.Space) { sawSpace = true; i++; continue; }
    if (k === CharClass.Newline) { sawSpace = true; sawNewline = true; i++; continue; }
    // A stray mark outside a word is dropped, except tatweel after a space: Arabic sites set it as a dash ("واشنطن ـ العربي الجديد").
    if (k === CharClass.Mark && !(c === 0x640 && sawSpace)) { i++; continue; }
    if (n >= cap) {
      // Grown in place rather than by a closure: arrays a closure reassigns live in its context, and every
      // store of the scan would go through it.
      cap = Math.min(len + 1, cap * 2);
      const s2 = new Int32Array(cap); s2.set(start); start = s2;
      const e2 = new Int32Array(cap); e2.set(end); end = e2;
      const k2 = new Uint8Array(cap); k2.set(kind); kind = k2;
      const f2 = new Uint8Array(cap); f2.set(flags); flags = f2;
      if (len > 4096) norm.length = cap;
    }
    let f = 0;
    if (sawSpace) f |= TokFlag.SpaceBefore;
    if (sawNewline) f |= TokFlag.NewlineBefore;
    sawSpace = false; sawNewline = false;
    const s = i;
    if (k === CharClass.Mark) {
      while (i < len && text.charCodeAt(i) === 0x640) i++;
      start[n] = s; end[n] = i; kind[n] = TokKind.Punct; flags[n] = f;
      norm[n] = '-';
      n++;
      continue;
    }
    if (k === CharClass.Punct) {
      const isHigh = c >= 0xd800 && c <= 0xdbff && i + 1 < len;
      i += isHigh ? 2 : 1;
      start[n] = s; end[n] = i; kind[n] = TokKind.Punct; flags[n] = f;
      norm[n] = isHigh ? text.slice(s, i) : normChar(c);
      n++;
      continue;
    }
    // A word or a number: extend while the same class (or a mark) continues.
    const wk = wordKind(k);
    let identity = true;
    let upperInitial = false;
    let allUpper = true;
    let letters = 0;
    let hash = 0;
    let j = i;
    while (j < len) {
      const cj = text.charCodeAt(j);
      let info = infoTable[cj]!;
      if (info === 0) info = fillInfo(cj);
      const kj = info & INFO_CLASS;
      if (kj === CharClass.Mark) { identity = false; hash = (Math.imul(hash, 31) + cj) | 0; j++; continue; }
      if (kj !== k) break;
      hash = (Math.imul(hash, 31) + cj) | 0;
      if (j - s < MAX_WORD) {
        if ((info & INFO_IDENTITY) === 0) identity = false;
        if (wk === TokKind.Latin) {
          const lower = (info & INFO_LOWER) !== 0;
          if (letters === 0) upperInitial = !lower;
          if (lower) allUpper = false;
          letters++;
        }
      }
      j++;
    }
    let out = '';
    const slot = (hash ^ (hash >>> INTERN_BITS)) & INTERN_MASK;
    if (j - s <= MAX_WORD && sameSpelling(text, s, j, internRaw[slot]!)) {
      out = internNorm[slot]!;
    } else if (j - s <= MAX_WORD) {
      out = text.slice(s, j);
      const raw = out;
      if (!identity) {
        // Words repeat (articles, clitics, names): normalise each spelling once.
        const hit = normCache.get(raw);
        if (hit !== undefined) out = hit;
        else {
          out = '';
          for (let q = s; q < j; q++) out += normChar(text.charCodeAt(q));
          if (normCache.size >= NORM_CACHE_MAX) normCache.clear();
          normCache.set(raw, out);
        }
      }
      internRaw[slot] = raw;
      internNorm[slot] = out;
    }
    i = j;
    if (wk === TokKind.Latin) {
      if (upperInitial) f |= TokFlag.UpperInitial;
      if (allUpper && letters > 0) f |= TokFlag.AllUpper;
    }
    start[n] = s; end[n] = i; kind[n] = wk; flags[n] = f;
    norm[n] = out;
    n++;
  }
  if (norm.length !== n) norm.length = n;
  const toks = { n, start, end, kind, flags, norm, text };
  markAbbreviationDots(toks);
  return toks;
}

/** Title and short-form abbreviations written with a capital and a dot: "Dr.", "Gen.", "Sept.", "Inc.", "Mme." (matching form). */
const ABBREV_CAP = new Set(['mr', 'mrs', 'ms', 'messrs', 'dr', 'st', 'ste', 'gen', 'lt', 'col', 'capt', 'cpt', 'maj', 'sgt', 'cpl', 'adm', 'cmdr', 'brig', 'sen', 'rep', 'gov',
  'pres', 'prof', 'rev', 'hon', 'supt', 'insp', 'det', 'jr', 'sr', 'mt', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'inc', 'corp', 'ltd', 'co', 'bros', 'plc', 'dept', 'univ', 'ave', 'blvd', 'mme', 'mmes', 'mlle', 'mlles', 'mm', 'mgr', 'me', 'pr', 'bd', 'av']);
/** Abbreviations written in lower case: "vs.", "cf.", "av. J.-C.", "apr. J.-C.", "approx.", "et al.". */
const ABBREV_LOWER = new Set(['vs', 'v', 'cf', 'av', 'apr', 'approx', 'al', 'env', 'resp', 'ibid']);
/** Abbreviations that stand before a number: "No. 10", "p. 12", "art. 5", "vol. 2". */
const ABBREV_NUMBER = new Set(['no', 'nos', 'nr', 'n', 'p', 'pp', 'art', 'vol', 'fig', 'ch', 'sec', 'para', 'tel']);

/** Token w (a word before a dot) ends a glued run of short letter groups joined by dots: U.S, a.m, Ph.D, J.-C. */
function dottedAbbreviation(t: Tokens, w: number): boolean {
  let dots = 0;
  let j = w;
  for (let parts = 0; parts < 6; parts++) {
    if (t.kind[j]! !== TokKind.Latin || t.norm[j]!.length > 3) return false;
    if (j === 0 || (t.flags[j]! & TokFlag.SpaceBefore) !== 0) return dots > 0;
    let p = j - 1;
    if (t.kind[p]! !== TokKind.Punct) return dots > 0;
    if (t.norm[p] === '-' && p > 0 && (t.flags[p]! & TokFlag.SpaceBefore) === 0 && t.norm[p - 1] === '.') p--;
    if (t.norm[p] !== '.' || (t.flags[p]! & TokFlag.SpaceBefore) !== 0 || p === 0) return dots > 0;
    dots++;
    j = p - 1;
  }
  return false;
}

function markAbbreviationDots(t: Tokens): void {
  const { n, kind, flags, norm } = t;
  for (let i = 1; i < n; i++) {
    if (kind[i]! !== TokKind.Punct || norm[i]! !== '.' || (flags[i]! & TokFlag.SpaceBefore) !== 0) continue;
    const pk = kind[i - 1]!;
    if (pk !== TokKind.Latin && pk !== TokKind.Number) continue;
    const nx = i + 1;
    if (nx >= n || (flags[nx]! & TokFlag.NewlineBefore) !== 0) continue;
    const nk = kind[nx]!;
    if ((flags[nx]! & TokFlag.SpaceBefore) === 0) {
      // "U.S", "3.5", "Reuters.com", "U.S.,", "Inc.)", "J.-C.": a dot glued to what follows ends nothing (Arabic after it,
      // "عام 2024.وقال", is a sentence written without its space).
      if (nk === TokKind.Latin || nk === TokKind.Number || norm[nx] === ',' || norm[nx] === ')' || norm[nx] === ';' || norm[nx] === '-') flags[i] = flags[i]! | TokFlag.AbbrevDot;
      continue;
    }
    // "U.K. officials", "9 a.m. on Monday", "etc. and": a sentence does not open in lower case.
    if (nk === TokKind.Latin && (flags[nx]! & TokFlag.UpperInitial) === 0) { flags[i] = flags[i]! | TokFlag.AbbrevDot; continue; }
    if (pk !== TokKind.Latin) continue;
    const w = norm[i - 1]!;
    const cap = (flags[i - 1]! & TokFlag.UpperInitial) !== 0;
    let abbrev = false;
    if (dottedAbbreviation(t, i - 1)) abbrev = true; // the last dot of "U.S.", "U.A.E.", "a.m.", "e.g.", "J.-C.", "Ph.D."
    else if (w.length === 1 && cap) abbrev = true; // an initial: "J. Smith", "M. Macron"
    else if (cap && ABBREV_CAP.has(w)) abbrev = true;
    else if (!cap && ABBREV_LOWER.has(w)) abbrev = true;
    else if (ABBREV_NUMBER.has(w) && nk === TokKind.Number) abbrev = true;
    if (abbrev) flags[i] = flags[i]! | TokFlag.AbbrevDot;
  }
}

const END_PUNCT = new Set(['.', '!', '?', ';', ':', '…']);

/** True when token j ends a sentence or clause: . ! ? ; : … — except a dot flagged as an abbreviation's. */
export function isSentenceEnd(t: Tokens, j: number): boolean {
  return t.kind[j]! === TokKind.Punct && END_PUNCT.has(t.norm[j]!) && (t.flags[j]! & TokFlag.AbbrevDot) === 0;
}

/** A name of several tokens written as one word with a digit in it ("7sur7", "Médi1"): no everyday phrase is. */
export function gluedName(t: Tokens, first: number, last: number): boolean {
  if (first === last) return false;
  let digit = false;
  for (let j = first; j <= last; j++) {
    if (j > first && t.flags[j]! & TokFlag.SpaceBefore) return false;
    if (t.kind[j]! === TokKind.Number) digit = true;
  }
  return digit;
}

export function isWord(t: Tokens, i: number): boolean {
  const k = t.kind[i]!;
  return k === TokKind.Arabic || k === TokKind.Latin || k === TokKind.OtherWord || k === TokKind.Number;
}

const GLUE = new Set(['.', '-', "'", '·', '_', '&']);

/**
 * The next word token after word token i when the two belong to one name: separated by spaces only (no line
 * break), glued (letter/digit change: "اوروب1"), or joined by one glue character with no space around it
 * ("و.م.ع", "Al-Ahram", "l'AFP"). Returns -1 otherwise.
 */
/** Abbreviations that open place names inside titles: "St. Louis", "Mt. Airy", "Ft. Worth" (not "U.S. Steel"). */
const PLACE_ABBREVIATIONS = new Set(['st', 'ste', 'mt', 'ft', 'pt']);

export function nextInName(t: Tokens, i: number): number {
  const j = i + 1;
  if (j >= t.n) return -1;
  const fj = t.flags[j]!;
  if (fj & TokFlag.NewlineBefore) return -1;
  if (isWord(t, j)) return j;
  // "St. Catharines Standard", "St. Louis Post-Dispatch": an abbreviation's full stop inside a title.
  if (t.kind[j]! === TokKind.Punct && (fj & TokFlag.AbbrevDot) && (fj & TokFlag.SpaceBefore) === 0 && j + 1 < t.n && PLACE_ABBREVIATIONS.has(t.norm[i]!) &&
    !(t.flags[j + 1]! & TokFlag.NewlineBefore) && isWord(t, j + 1) && (t.flags[j + 1]! & TokFlag.UpperInitial)) return j + 1;
  // "Express & Star", "Mail & Guardian": a spaced ampersand inside a title (aliases drop it from their key).
  if (t.kind[j]! === TokKind.Punct && t.norm[j] === '&' && j + 1 < t.n && !(t.flags[j + 1]! & TokFlag.NewlineBefore) && isWord(t, j + 1)) return j + 1;
  // "Página/12": a slash glued between a word and a number.
  if (t.kind[j]! === TokKind.Punct && t.norm[j] === '/' && (fj & TokFlag.SpaceBefore) === 0 && j + 1 < t.n && t.kind[j + 1]! === TokKind.Number &&
    (t.flags[j + 1]! & (TokFlag.SpaceBefore | TokFlag.NewlineBefore)) === 0 && t.kind[i]! !== TokKind.Number) return j + 1;
  if (t.kind[j]! === TokKind.Punct && (fj & TokFlag.SpaceBefore) === 0 && GLUE.has(t.norm[j]!) && j + 1 < t.n) {
    const fk = t.flags[j + 1]!;
    if ((fk & (TokFlag.SpaceBefore | TokFlag.NewlineBefore)) === 0 && isWord(t, j + 1)) return j + 1;
  }
  return -1;
}

/** Word tokens of a short string, in matching form (punctuation dropped). Used for names and cue phrases. */
export function wordForms(s: string): string[] {
  const t = tokenize(s);
  const out: string[] = [];
  for (let i = 0; i < t.n; i++) if (isWord(t, i) && t.norm[i]! !== '') out.push(t.norm[i]!);
  return out;
}

/** Offset in the text after the first `cut` matching-form characters of token i (clitics taken off). */
export function offsetAfterCut(t: Tokens, i: number, cut: number): number {
  let p = t.start[i]!;
  const e = t.end[i]!;
  let seen = 0;
  while (p < e && seen < cut) {
    seen += normChar(t.text.charCodeAt(p)).length;
    p++;
  }
  // Skip marks (tatweel, tashkeel) left between the clitic and the word.
  while (p < e && normChar(t.text.charCodeAt(p)) === '') p++;
  return p;
}

/**
 * Tokens the heuristic passes (unknown outlets, actors, places, anaphora) look at: real articles are a few
 * thousand tokens; on a megabyte of pathological text this bound keeps those passes within budget.
 */
export const HEURISTIC_TOKENS = 60_000;

export function heuristicEnd(t: Tokens): number {
  return t.n < HEURISTIC_TOKENS ? t.n : HEURISTIC_TOKENS;
}
