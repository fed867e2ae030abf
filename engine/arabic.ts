// Arabic proclitics: the forms a written word may stand for once its clitics are taken off.
//
// Approach: a conjunction (و ف) and/or a preposition (ب ل ك) may be glued to a word: "لوكالة" = ل + وكالة,
// "وللصحيفة" = و + ل + الصحيفة (ل before the article swallows its alef: لل), "بالجزيرة" = ب + الجزيرة. For
// each word we list the word itself first, then every stripped form whose remainder keeps at least two
// letters. Callers try the forms in order and keep the longest name match, so a word that merely begins with
// و or ب ("وليد", "بريطانيا") stays itself unless a stripped form really names something.
//
// Limits: no suffixes (pronouns are listed explicitly where needed, e.g. نشرته), no future س, no stemming.
// Works on matching forms (normalize.ts), where أ/إ/آ are already ا and ة is ه.

export interface Form {
  form: string;
  /** Matching-form characters taken off the front. */
  cut: number;
  /** The clitics taken off, e.g. "و", "ل", "ول". */
  prefix: string;
}

const CONJ = ['', 'و', 'ف'];
const PREP = ['', 'ب', 'ل', 'ك'];

const cache = new Map<string, Form[]>();
const CACHE_MAX = 20000;

function compute(norm: string): Form[] {
  const out: Form[] = [{ form: norm, cut: 0, prefix: '' }];
  if (norm.length < 3) return out;
  for (const conj of CONJ) {
    for (const prep of PREP) {
      const p = conj + prep;
      if (p === '' || !norm.startsWith(p)) continue;
      const rest = norm.slice(p.length);
      if (rest.length < 2) continue;
      out.push({ form: rest, cut: p.length, prefix: p });
      if (prep === 'ل' && rest.length >= 3 && rest.charCodeAt(0) === 0x644 /* ل */) {
        out.push({ form: 'ا' + rest, cut: p.length, prefix: p });
      }
    }
  }
  return out;
}

/** The word and its clitic-stripped forms (the word itself first). */
export function arabicForms(norm: string): Form[] {
  let f = cache.get(norm);
  if (f === undefined) {
    f = compute(norm);
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(norm, f);
  }
  return f;
}

/** The form without its article ال, or null. */
export function withoutArticle(form: string): string | null {
  return form.length > 3 && form.startsWith('ال') ? form.slice(2) : null;
}

/** True when the prefix contains the preposition ل ("to"/"for"): "لوكالة", "للجزيرة", "ولـ". */
export function hasLam(prefix: string): boolean {
  return prefix.includes('ل');
}

const plainCache = new Map<string, Form[]>();

/** The forms of a token in any script: Arabic gets its clitic-stripped forms, others only themselves (cached). */
export function tokenForms(norm: string, arabic: boolean): Form[] {
  if (arabic) return arabicForms(norm);
  let f = plainCache.get(norm);
  if (f === undefined) {
    f = [{ form: norm, cut: 0, prefix: '' }];
    if (plainCache.size >= CACHE_MAX) plainCache.clear();
    plainCache.set(norm, f);
  }
  return f;
}
