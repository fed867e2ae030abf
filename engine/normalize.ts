// Text normalisation for matching names across scripts and spellings.
//
// Approach: a per-character table (built lazily, one entry per UTF-16 code unit) maps every character to its
// matching form: Arabic tashkeel and tatweel vanish, the alef/hamza family becomes ا, ى → ي, ة → ه, ؤ → و,
// ئ → ي, Persian ی/ک become ي/ك, Arabic-Indic and Persian digits become ASCII; Latin letters are lower-cased
// and lose their accents (É → e, œ → oe); typographic apostrophes, quotes and dashes collapse to ' " -.
// A digit run glued to letters is split off ("اوروب1" → "اوروب 1", "Europe1" → "europe 1", "كشـ24" →
// "كش 24") so that glued and spaced spellings meet. The same table drives the tokenizer, so a name in the
// registry and the same name in an article normalise identically.
//
// Limits: no stemming or transliteration (the registry lists "Europe 1" and "أوروب 1" itself); ء is kept;
// presentation-form Arabic (U+FB50–FEFF) is not decomposed; ß becomes "ss" but other rare letters pass as is.

/** Character classes used by the tokenizer. */
export const CharClass = {
  Space: 0,
  Newline: 1,
  ArabicLetter: 2,
  LatinLetter: 3,
  OtherLetter: 4,
  Digit: 5,
  /** Combining mark, tashkeel, tatweel or an invisible joiner: belongs to the word around it. */
  Mark: 6,
  Punct: 7,
} as const;
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

const UNKNOWN = 255;
const classTable = new Uint8Array(0x10000).fill(UNKNOWN);
const normTable: (string | undefined)[] = Array.from({ length: 0x10000 }, () => undefined);

const LETTER_RE = /\p{L}/u;
const MARK_RE = /\p{M}/u;
const SPACE_RE = /\s/u;
const NUMBER_RE = /\p{Nd}/u;

function computeClass(c: number): CharClass {
  if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x85) return CharClass.Newline;
  if (c === 0x200c || c === 0x200d || c === 0x200e || c === 0x200f || c === 0xfeff || c === 0xad ||
      (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x061c) return CharClass.Mark;
  if (c === 0x200b) return CharClass.Space;
  if (c >= 0x30 && c <= 0x39) return CharClass.Digit;
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return CharClass.LatinLetter;
  if (c < 0x80) return c <= 0x20 || c === 0x7f ? CharClass.Space : CharClass.Punct;
  if ((c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9)) return CharClass.Digit;
  if (c === 0x640) return CharClass.Mark; // tatweel
  if ((c >= 0x610 && c <= 0x61a) || (c >= 0x64b && c <= 0x65f) || c === 0x670 || (c >= 0x6d6 && c <= 0x6ed && c !== 0x6e5 && c !== 0x6e6)) return CharClass.Mark;
  if (c >= 0xd800 && c <= 0xdfff) return CharClass.Punct;
  const ch = String.fromCharCode(c);
  if (SPACE_RE.test(ch)) return CharClass.Space;
  if (MARK_RE.test(ch)) return CharClass.Mark;
  if (LETTER_RE.test(ch)) {
    if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0x8a0 && c <= 0x8ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) return CharClass.ArabicLetter;
    if (c <= 0x24f || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0xfb00 && c <= 0xfb06)) return CharClass.LatinLetter;
    return CharClass.OtherLetter;
  }
  if (NUMBER_RE.test(ch)) return CharClass.Digit;
  return CharClass.Punct;
}

/** The class of one UTF-16 code unit. */
export function charClass(c: number): CharClass {
  let k = classTable[c]!;
  if (k === UNKNOWN) { k = computeClass(c); classTable[c] = k; }
  return k as CharClass;
}

const ARABIC_MAP: Record<number, string> = {
  0x623: 'ا', 0x625: 'ا', 0x622: 'ا', 0x671: 'ا', 0x672: 'ا', 0x673: 'ا',
  0x649: 'ي', 0x6cc: 'ي', 0x6d2: 'ي', 0x626: 'ي',
  0x629: 'ه', 0x6c0: 'ه', 0x6d5: 'ه',
  0x624: 'و',
  0x6a9: 'ك', 0x6af: 'ك', // Persian keheh, gaf (written for a foreign g in some papers)
};

const PUNCT_MAP: Record<number, string> = {
  0x2019: "'", 0x2018: "'", 0x201b: "'", 0x2032: "'", 0x2bc: "'", 0x60: "'", 0xb4: "'", 0x2b9: "'",
  0x201c: '"', 0x201d: '"', 0x201e: '"', 0x201f: '"', 0xab: '"', 0xbb: '"', 0x2033: '"', 0x2039: '"', 0x203a: '"', 0x300c: '"', 0x300d: '"',
  0x2010: '-', 0x2011: '-', 0x2012: '-', 0x2013: '-', 0x2014: '-', 0x2015: '-', 0x2212: '-', 0xfe58: '-', 0xfe63: '-', 0xff0d: '-',
  0x60c: ',', 0x61b: ';', 0x61f: '?', 0x6d4: '.', 0xff0c: ',',
};

function computeNorm(c: number): string {
  const k = charClass(c);
  if (k === CharClass.Mark) return '';
  if (k === CharClass.Space || k === CharClass.Newline) return ' ';
  if (k === CharClass.Digit) {
    if (c >= 0x660 && c <= 0x669) return String.fromCharCode(c - 0x660 + 48);
    if (c >= 0x6f0 && c <= 0x6f9) return String.fromCharCode(c - 0x6f0 + 48);
    if (c < 0x80) return String.fromCharCode(c);
    return String.fromCharCode(c);
  }
  const arabic = ARABIC_MAP[c];
  if (arabic !== undefined) return arabic;
  const p = PUNCT_MAP[c];
  if (p !== undefined) return p;
  if (k === CharClass.LatinLetter || k === CharClass.OtherLetter) {
    if (c === 0xdf) return 'ss';
    if (c === 0x153 || c === 0x152) return 'oe';
    if (c === 0xe6 || c === 0xc6) return 'ae';
    if (c === 0x131) return 'i';
    if (c === 0x142 || c === 0x141) return 'l';
    if (c === 0xf8 || c === 0xd8) return 'o';
    const base = String.fromCharCode(c).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    return base.length > 0 ? base : String.fromCharCode(c).toLowerCase();
  }
  return String.fromCharCode(c);
}

const identityTable = new Uint8Array(0x10000);

/** The matching form of one UTF-16 code unit ('' when it vanishes). */
export function normChar(c: number): string {
  let s = normTable[c];
  if (s === undefined) {
    s = computeNorm(c);
    normTable[c] = s;
    identityTable[c] = s.length === 1 && s.charCodeAt(0) === c ? 1 : 2;
  }
  return s;
}

/** True when a code unit is its own matching form (most letters), so a word can be sliced, not rebuilt. */
export function normIsIdentity(c: number): boolean {
  let k = identityTable[c];
  if (k === 0) { normChar(c); k = identityTable[c]; }
  return k === 1;
}

function isWordClass(k: CharClass): boolean {
  return k === CharClass.ArabicLetter || k === CharClass.LatinLetter || k === CharClass.OtherLetter;
}

/**
 * The matching form of a string: normalised characters, a digit run split from glued letters, whitespace
 * collapsed, trimmed. Deterministic and locale-free; the registry build uses it too.
 */
export function normalizeForMatch(s: string): string {
  let out = '';
  let lastKind: CharClass = CharClass.Space; // class of the last emitted non-space character
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const k = charClass(c);
    if (k === CharClass.Space || k === CharClass.Newline) { pendingSpace = out.length > 0; continue; }
    const n = normChar(c);
    if (n === '') continue;
    const boundary = (k === CharClass.Digit && isWordClass(lastKind)) || (isWordClass(k) && lastKind === CharClass.Digit);
    if ((pendingSpace || boundary) && out.length > 0) out += ' ';
    pendingSpace = false;
    out += n;
    lastKind = k;
  }
  return out;
}

/** True when the string contains Arabic letters. */
export function hasArabic(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (charClass(s.charCodeAt(i)) === CharClass.ArabicLetter) return true;
  return false;
}

/**
 * Normalise a whole text keeping, for every character of the result, the UTF-16 offset it came from in the
 * original (`map[norm.length]` is the original length). Used by callers that search normalised text and must
 * report original offsets; the engine itself works on tokens, which carry their own offsets.
 */
export function normalizeWithMap(s: string): { norm: string; map: Int32Array } {
  const parts: string[] = [];
  const map = new Int32Array(s.length * 3 + 2);
  let len = 0;
  let lastKind: CharClass = CharClass.Space;
  let pendingSpace = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const k = charClass(c);
    if (k === CharClass.Space || k === CharClass.Newline) { if (len > 0 && pendingSpace < 0) pendingSpace = i; continue; }
    const n = normChar(c);
    if (n === '') continue;
    const boundary = (k === CharClass.Digit && isWordClass(lastKind)) || (isWordClass(k) && lastKind === CharClass.Digit);
    if (len > 0 && (pendingSpace >= 0 || boundary)) { parts.push(' '); map[len++] = pendingSpace >= 0 ? pendingSpace : i; }
    pendingSpace = -1;
    parts.push(n);
    for (let j = 0; j < n.length; j++) map[len++] = i;
    lastKind = k;
  }
  map[len] = s.length;
  return { norm: parts.join(''), map: map.slice(0, len + 1) };
}
