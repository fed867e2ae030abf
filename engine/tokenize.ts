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
// Limits: no sentence splitting here (the grammar looks at punctuation tokens itself); a word longer than
// MAX_WORD characters keeps an empty matching form, since no name or cue is that long.

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

export const TokFlag = { SpaceBefore: 1, NewlineBefore: 2, UpperInitial: 4, AllUpper: 8 } as const;

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
const internRaw: string[] = new Array<string>(1 << INTERN_BITS).fill('');
const internNorm: string[] = new Array<string>(1 << INTERN_BITS).fill('');

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
  let cap = len + 1;
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let kind = new Uint8Array(cap);
  let flags = new Uint8Array(cap);
  // Sized up front (a token is at least one character) and trimmed at the end: pushing a quarter of a million
  // strings one by one costs more in copies than the whole scan.
  const norm: string[] = [];
  if (len > 4096) norm.length = len;
  let n = 0;

  const grow = (): void => {
    cap = Math.min(len + 1, cap * 2);
    const s2 = new Int32Array(cap); s2.set(start); start = s2;
    const e2 = new Int32Array(cap); e2.set(end); end = e2;
    const k2 = new Uint8Array(cap); k2.set(kind); kind = k2;
    const f2 = new Uint8Array(cap); f2.set(flags); flags = f2;
  };

  let sawSpace = false;
  let sawNewline = false;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    const k = charClass(c);
    if (k === CharClass.Space) { sawSpace = true; i++; continue; }
    if (k === CharClass.Newline) { sawSpace = true; sawNewline = true; i++; continue; }
    if (k === CharClass.Mark) { i++; continue; } // a stray mark outside a word
    if (n >= cap) grow();
    let f = 0;
    if (sawSpace) f |= TokFlag.SpaceBefore;
    if (sawNewline) f |= TokFlag.NewlineBefore;
    sawSpace = false; sawNewline = false;
    const s = i;
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
      const kj = charClass(cj);
      if (kj === CharClass.Mark) { identity = false; hash = (Math.imul(hash, 31) + cj) | 0; j++; continue; }
      if (kj !== k) break;
      hash = (Math.imul(hash, 31) + cj) | 0;
      if (j - s < MAX_WORD) {
        if (identity && !normIsIdentity(cj)) identity = false;
        if (wk === TokKind.Latin) {
          const lower = (cj >= 0x61 && cj <= 0x7a) || (cj > 0x7f && isLowerNonAscii(cj));
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
  return { n, start, end, kind, flags, norm, text };
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
export function nextInName(t: Tokens, i: number): number {
  const j = i + 1;
  if (j >= t.n) return -1;
  const fj = t.flags[j]!;
  if (fj & TokFlag.NewlineBefore) return -1;
  if (isWord(t, j)) return j;
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
