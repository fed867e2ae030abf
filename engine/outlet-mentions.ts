// Outlet names in the text: a longest-match scan of the registry aliases over the tokens.
//
// Approach: at each word, try the word and its clitic-stripped forms (arabic.ts: "لوكالة", "وللصحيفة",
// "بالجزيرة"), look the form up among the aliases starting with it (registry-index.ts) and extend over the
// following tokens (spaces, a glued digit, or one glue character: "و.م.ع", "Al-Ahram", "اوروب1"). The
// longest alias wins, then the form with fewer clitics. French contractions "du"/"au"/"des"/"aux" stand for
// de/à + le/les ("un article du Monde", "a confié au Parisien"). Acronym aliases (MAP, AS, SPA) match in
// capitals, or in title case ("Wam", "Irna") as a weak match that needs an outlet context; Latin everyday-word
// aliases (Le Soir, Metro, Libération) only when the word after the article is capitalised ("la Presse
// canadienne", not "Le monde"); any other Latin alias needs a capital somewhere unless the registry itself
// spells it in lower case ("franceinfo"): "the economist", "un rapport" are words. A one-word alias that only
// open datasets give and that is not the outlet's name ("English", "Culture") is weak, and a name cut from a
// longer capitalised run ("Supermarket News", "Times Radio") is refused. Two extra passes: definite head nouns that are
// also names ("المجلة") are left to anaphora, and short forms of an outlet named earlier ("The Wall Street
// Journal ... the Journal reported") become mentions of it.
//
// Limits: whether an everyday-word alias is really an outlet is decided later, by the grammar, from context;
// this module only records the candidates. No fuzzy matching.

import type { Medium } from './types';
import { arabicForms, tokenForms, withoutArticle } from './arabic';
import { nationality, OUTLET_HEADS, QUOTES } from './lexicon';
import { normalizeForMatch } from './normalize';
import { isLatinPlaceName, startsArabicPlace } from './places';
import type { AliasEntry, RegistryIndex } from './registry-index';
import { gluedName, isWord, nextInName, offsetAfterCut, TokFlag, TokKind, type Tokens, wordForms } from './tokenize';
import { trieLongest } from './trie';

export interface OutletMention {
  /** First and last token of the name (inclusive). */
  first: number;
  last: number;
  /** Offsets of the name, clitics excluded. */
  start: number;
  end: number;
  /** Clitics or contraction in front of the name, in matching form ("و", "ل", "ول", "du", "au"). */
  prefix: string;
  entry: AliasEntry | null;
  /** For an outlet the registry does not know (unknown-outlets.ts). */
  unknown?: { name: string; country: string | null; medium: Medium | null };
  /** Token index of an outlet head noun written before the name (صحيفة، le quotidien), or -1. */
  head: number;
  /** An unknown quoted name that replaces the shorter registry names inside it. */
  supersedes?: boolean;
  /** A weak match (an acronym in title case: "Wam"): it needs an outlet context, like an everyday word. */
  weak?: boolean;
}

const NEWS_WORD = normalizeForMatch('الأنباء');
const AGENCY_WORD = normalizeForMatch('وكالة');

// A Map, not an object: looking up every word of a page as an object key cost more than the alias trie itself.
const CONTRACTIONS = new Map([['du', 'le'], ['au', 'le'], ['des', 'les'], ['aux', 'les']]);

/** An acronym written in title case ("Wam", "Irna", "Kuna"): a name only in an outlet context. */
function titleCaseAcronym(t: Tokens, e: AliasEntry, first: number, last: number): boolean {
  if (!e.acronym || first !== last || t.kind[first]! !== TokKind.Latin || t.norm[first]!.length < 3) return false;
  return (t.flags[first]! & TokFlag.UpperInitial) !== 0 && (t.flags[first]! & TokFlag.AllUpper) === 0;
}

/** What a paper's possessive and a capitalised name lead to when the paper itself speaks: a column or a journalist. */
const OWN_COLUMNS = new Set(['column', 'columnist', 'diary', 'editor', 'correspondent', 'reporter', 'team', 'desk', 'investigation', 'podcast', 'blog', 'newsletter']);
/** Plural nouns that open sentences as subjects far more often than they name the magazine of that name. */
const EVERYDAY_SUBJECTS = new Set(['people', 'folks']);
const LEADING_ARTICLES = new Set(['the', 'le', 'la', 'les', 'l', 'el', 'al', 'il', 'lo', 'der', 'die', 'das', 'de', 'het', 'o', 'a', 'os', 'as']);

const lowerCache = new WeakMap<AliasEntry, boolean>();
const elidedLowerCache = new WeakMap<AliasEntry, boolean>();

/** True when the registry itself spells this alias in lower case ("franceinfo", "l'infolettre"), so lower case in a text may be the name. */
function spelledLower(reg: RegistryIndex, e: AliasEntry, elided = false): boolean {
  const cache = elided ? elidedLowerCache : lowerCache;
  let v = cache.get(e);
  if (v === undefined) {
    v = false;
    for (const id of e.ids) {
      const o = reg.byId(id);
      if (!o) continue;
      for (const n of [o.name, ...Object.values(o.names), ...o.aliases]) {
        if (typeof n !== 'string') continue;
        // The first word after an article: "The i Paper" is spelled in lower case as much as "taz".
        const body = n.replace(elided ? /^l['’]\s*/i : /^(?:the|le|la|les|l['’]|el)\s+/i, '');
        const c = body.search(/\p{L}/u);
        if (c < 0 || body[c] === body[c]!.toUpperCase()) continue;
        if (wordForms(n).join(' ') === e.key) { v = true; break; }
      }
      if (v) break;
    }
    cache.set(e, v);
  }
  return v;
}

const weakCache = new WeakMap<AliasEntry, boolean>();

/**
 * A one-word Latin alias that only open datasets give, and that is not the outlet's own name: "English" for
 * Prensa Latina TV, "Culture" for Kultura, "Tomorrow" for Zavtra. Such a word names the outlet only in an
 * outlet context, like an everyday word.
 */
function datasetOnlyAlias(reg: RegistryIndex, e: AliasEntry): boolean {
  let v = weakCache.get(e);
  if (v === undefined) {
    v = e.tokens.length === 1 && !e.acronym && /^[a-z]+$/.test(e.key) && e.ids.every((id) => {
      const o = reg.byId(id);
      if (!o || (o.sources['aliases'] ?? []).includes('curated')) return false;
      return wordForms(o.name).join(' ') !== e.key;
    });
    weakCache.set(e, v);
  }
  return v;
}

/** True when token i opens its sentence (its capital says nothing about a name). */
function sentenceInitial(t: Tokens, i: number): boolean {
  if (i === 0 || (t.flags[i]! & TokFlag.NewlineBefore)) return true;
  const p = t.norm[i - 1]!;
  return p === '.' || p === '!' || p === '?' || p === '"' || p === ':';
}

/** Words before a span of time or a distance: "aux 20 minutes", "dans les 24 heures", "toutes les 20 minutes". */
const BEFORE_DURATION = new Set(['aux', 'les', 'toutes', 'dans', 'en', 'pendant', 'durant', 'environ', 'sous', 'apres', 'avant', 'depuis', 'moins', 'plus',
  'chaque', 'every', 'in', 'within', 'for', 'about', 'nearly', 'over', 'under', 'last', 'first', 'next']);
/** Units of time and distance that titles are made of: "20 minutes", "24 heures". */
const DURATION_UNITS = new Set(['minutes', 'minute', 'heures', 'heure', 'hours', 'hour', 'jours', 'days', 'secondes', 'seconds', 'km', 'kilometres', 'miles']);

function caseOk(t: Tokens, e: AliasEntry, first: number, last: number, reg: RegistryIndex): boolean {
  if (titleCaseAcronym(t, e, first, last)) return true;
  // "qu'aux 20 minutes", "dans les 24 heures", "à 20 minutes de Paris": a number and a unit in lower case is a span of
  // time or a distance, not the paper spelled so ("20 minutes", "24 heures"), after such a word or before "de".
  if (first < last && t.kind[first]! === TokKind.Number && t.kind[first + 1]! === TokKind.Latin && !(t.flags[first + 1]! & TokFlag.UpperInitial) && DURATION_UNITS.has(t.norm[first + 1]!) &&
    ((first > 0 && BEFORE_DURATION.has(t.norm[first - 1]!)) || (last + 1 < t.n && (t.norm[last + 1] === 'de' || t.norm[last + 1] === 'd')))) return false;
  // A one- or two-letter Latin alias ("AS", "ÅU") is a name only in capitals: "au", "as" are words.
  if (first === last && t.kind[first]! === TokKind.Latin && t.norm[first]!.length <= 2 && (t.flags[first]! & TokFlag.AllUpper) === 0) return false;
  if (e.acronym) {
    for (let j = first; j <= last; j++) {
      if (t.kind[j]! === TokKind.Latin && (t.flags[j]! & TokFlag.AllUpper) === 0) return false;
    }
    return true;
  }
  // Latin names are written with a capital: "the economist", "un rapport", "le monde agricole" are words.
  // An everyday-word alias needs its first word after the article capitalised ("la Presse canadienne",
  // not "Le monde"); any other needs a capital somewhere, unless the registry spells it in lower case.
  let latin = 0;
  let anyCap = false;
  let firstContent = -1;
  for (let j = first; j <= last; j++) {
    if (t.kind[j]! !== TokKind.Latin) continue;
    latin++;
    if (t.flags[j]! & TokFlag.UpperInitial) anyCap = true;
    if (firstContent < 0 && !(j < last && LEADING_ARTICLES.has(t.norm[j]!))) firstContent = j;
  }
  if (latin === 0) return true;
  // "Media reports said": an everyday word made a name by dropping its article ("Le Média" → "Média") is no name
  // when only the sentence start capitalises it.
  if (e.derived && e.common && first === last && sentenceInitial(t, first)) return false;
  // "People said they were frightened": a title that is the plainest of subjects is the word when only the sentence
  // start capitalises it and a lower-case verb follows ("told People" and "People magazine" stay the title).
  if (e.common && first === last && EVERYDAY_SUBJECTS.has(t.norm[first]!) && sentenceInitial(t, first)) {
    const n = first + 1;
    if (n < t.n && t.kind[n]! === TokKind.Latin && !(t.flags[n]! & TokFlag.UpperInitial)) return false;
  }
  // "a list of Australian shows": a title that is a nationality with its article ("The Australian") is the adjective
  // without it.
  if (e.common && first === last && t.kind[first]! === TokKind.Latin && nationality(t.norm[first]!) && !(first > 0 && LEADING_ARTICLES.has(t.norm[first - 1]!))) return false;
  // "The Catalan daily Sport": a head noun written in lower case describes the title after it; it does not open
  // a longer title ("Daily Sport").
  if (firstContent >= 0 && firstContent < last && t.kind[firstContent]! === TokKind.Latin && !(t.flags[firstContent]! & TokFlag.UpperInitial) &&
    OUTLET_HEADS.has(t.norm[firstContent]!) && !spelledLower(reg, e)) return false;
  if (e.common && gluedName(t, first, last)) return true;
  // ... unless the title itself is written in lower case ("taz"): then the grammar's outlet context decides.
  // "selon le magazine L'actualité": a title the registry spells with a lower case after its elided article ("l'actualité" is
  // also "the news") is the title when that article is capitalised after a head noun ("à L'essentiel" alone may be the
  // paper's own interview, read without its address).
  const elidedAt = firstContent - 2;
  if (e.common && elidedAt >= first && elidedAt >= 1 && t.norm[firstContent - 1] === "'" && t.norm[elidedAt] === 'l' && (t.flags[elidedAt]! & TokFlag.UpperInitial) &&
    t.kind[elidedAt - 1]! === TokKind.Latin && OUTLET_HEADS.has(t.norm[elidedAt - 1]!) && spelledLower(reg, e, true)) return true;
  if (e.common) return firstContent >= 0 && ((t.flags[firstContent]! & TokFlag.UpperInitial) !== 0 || spelledLower(reg, e));
  // "The economist said": a capital on the sentence's article alone does not make the word after it a title.
  if (firstContent > first && (t.flags[firstContent]! & TokFlag.UpperInitial) === 0 && sentenceInitial(t, first)) return spelledLower(reg, e);
  return anyCap || spelledLower(reg, e);
}

/**
 * A name that goes on with "de/des/du/of" and a capitalised word is another title: "L'Écho des Landes" is not
 * L'Écho, "Le Journal de Saône-et-Loire" not Le Journal. (Cities are editions or places: "Le Parisien de Paris".)
 */
/** Title words many papers share: "L'Écho", "Le Journal", "Le Courrier" + "de/des" + a place is another paper. */
export const GENERIC_TITLE_WORDS: ReadonlySet<string> = new Set(['echo', 'journal', 'courrier', 'republicain', 'progres', 'telegramme', 'union', 'independant', 'populaire', 'messager',
  'nouvelles', 'gazette', 'tribune', 'depeche', 'matin', 'soir', 'presse', 'quotidien', 'petit', 'reveil', 'eveil', 'echos', 'herald', 'times', 'post', 'news',
  'express', 'observer', 'chronicle', 'star', 'sun', 'mirror', 'standard', 'mail', 'nation', 'globe', 'citizen', 'bee', 'spectator', 'examiner', 'advocate',
  'courier', 'argus', 'mercury', 'enquirer', 'inquirer', 'record', 'sentinel', 'dispatch', 'register', 'bulletin', 'leader', 'guardian', 'telegram', 'statesman',
  'telegraph', 'journal', 'press']);

function continuesIntoLongerTitle(t: Tokens, first: number, last: number): boolean {
  const p = last + 1;
  if (p + 1 >= t.n || t.kind[p]! !== TokKind.Latin || (t.flags[p]! & TokFlag.NewlineBefore)) return false;
  const w = t.norm[p]!;
  if (w !== 'de' && w !== 'des' && w !== 'du' && w !== 'of') return false;
  // "an analysis by the Chicago Sun-Times of CTA data": after a title of its own, English "of" opens the object of the
  // noun before it; only a generic title goes on into a longer one ("the Times of Malta").
  if (w === 'of') {
    let own = '';
    for (let j = first; j <= last; j++) if (t.kind[j]! === TokKind.Latin && !LEADING_ARTICLES.has(t.norm[j]!) && t.norm[j] !== "'") own = own ? own + ' ' + t.norm[j]! : t.norm[j]!;
    if (!GENERIC_TITLE_WORDS.has(own)) return false;
  }
  let q = p + 1;
  // "les Pays de la Loire": an article between "de" and the place.
  const withArticle = (t.norm[q] === 'la' || t.norm[q] === 'l') && q + 1 < t.n && (t.flags[q + 1]! & TokFlag.UpperInitial) !== 0;
  if (withArticle) q += t.norm[q + 1] === "'" ? 2 : 1;
  if (q >= t.n || t.kind[q]! !== TokKind.Latin || (t.flags[q]! & TokFlag.UpperInitial) === 0) return false;
  // The place may be hyphenated: "du Val-d'Oise", "de Seine-Saint-Denis".
  const words = withArticle ? [t.norm[p + 1]!, t.norm[q]!] : [t.norm[q]!];
  // "les Pays de la Loire", "le Pays de Galles": the name and what follows make a place.
  const own0: string[] = [];
  for (let j = first; j <= last; j++) if (t.kind[j]! === TokKind.Latin && !LEADING_ARTICLES.has(t.norm[j]!) && t.norm[j] !== "'") own0.push(t.norm[j]!);
  if (isLatinPlaceName([...own0, w, ...words])) return true;
  for (let r = q + 1; r + 1 < t.n && (t.norm[r] === '-' || t.norm[r] === "'") && !(t.flags[r]! & TokFlag.SpaceBefore) && words.length < 5; r += 2) words.push(t.norm[r + 1]!);
  if (!isLatinPlaceName(words) && !isLatinPlaceName([t.norm[q]!])) return true;
  // A place after a distinctive title is an edition ("Le Parisien du Val-d'Oise"); after a generic one it names
  // another paper ("L'Écho des Landes", "Le Journal de Saône-et-Loire").
  let own = '';
  for (let j = first; j <= last; j++) if (t.kind[j]! === TokKind.Latin && !LEADING_ARTICLES.has(t.norm[j]!) && t.norm[j] !== "'") own = own ? own + ' ' + t.norm[j]! : t.norm[j]!;
  return GENERIC_TITLE_WORDS.has(own);
}

/** Regions that titles are named after: "Le Sahel", "Le Maghreb", "Le Littoral". */
const REGION_WORDS = new Set(['sahel', 'maghreb', 'golfe', 'levant', 'sud', 'nord', 'littoral', 'centre', 'midi', 'orient', 'sahara']);

/** Desks and sections named after their outlet ("RTÉ Sport", "TVA Sports", "Le Figaro Économie"). */
const DESKS = new Set(['sport', 'sports', 'business', 'politics', 'football', 'foot', 'info', 'infos', 'nouvelles', 'economie', 'eco', 'culture', 'tech', 'money', 'online', 'digital', 'profit']);

/** A one-word name cut from a longer capitalised run is part of another name: "Supermarket News", "Times Radio". */
/** US networks whose local stations are named by channel number: "FOX 5", "NBC 4", "ABC 7", "CBS 2". */
const NETWORKS = new Set(['fox', 'nbc', 'abc', 'cbs', 'cw']);

const BODY_WORDS = new Set(['authority', 'ministry', 'council', 'commission', 'agency', 'department', 'corporation', 'board', 'office', 'directorate', 'institute',
  'ministere', 'autorite', 'conseil', 'agence', 'direction', 'office']);
/** Capitalised words from j (up to three) closing on a public body's word: "eGovernment Authority". */
function bodyAfterAnd(t: Tokens, j: number): boolean {
  for (let k = j; k < t.n && k <= j + 3; k++) {
    if (t.kind[k]! !== TokKind.Latin || (t.flags[k]! & TokFlag.NewlineBefore)) return false;
    if (BODY_WORDS.has(t.norm[k]!)) return k > j;
    if (!/[A-Z]/.test(t.text.slice(t.start[k]!, t.end[k]!))) return false;
  }
  return false;
}

/** Words that may stand capitalised before a title without being part of its name. */
const BEFORE_TITLE = /^(?:by|par|per|via|with|avec|and|et|of|de|du|des|in|dans|to|a|au|aux|for|pour|from|on|sur|at|told|said|says)$/;

/**
 * Token first follows a capitalised Latin word (not an acronym, an article, a head noun or a nationality) in mid-sentence,
 * and the words before that are in sentence case (a lower-case word of four letters or more shortly before it): a
 * title-case headline capitalises every word.
 */
function capitalisedWordBefore(t: Tokens, first: number): boolean {
  const p = first - 1;
  if (p < 1 || t.kind[p]! !== TokKind.Latin || !(t.flags[p]! & TokFlag.UpperInitial) || (t.flags[p]! & TokFlag.AllUpper)) return false;
  if (!(t.flags[first]! & TokFlag.SpaceBefore) || (t.flags[first]! & TokFlag.NewlineBefore) || sentenceInitial(t, p)) return false;
  const w = t.norm[p]!;
  if (LEADING_ARTICLES.has(w) || OUTLET_HEADS.has(w) || nationality(w) || BEFORE_TITLE.test(w)) return false;
  // (Eight tokens back: a hyphenated name spends three of them, "the UN E-Government Development Index".)
  for (let q = p - 1; q >= 0 && q >= p - 8; q--) {
    if (t.flags[q + 1]! & TokFlag.NewlineBefore) return false;
    if (t.kind[q]! === TokKind.Latin && !(t.flags[q]! & TokFlag.UpperInitial) && t.norm[q]!.length >= 4) return true;
  }
  return false;
}

function insideLongerName(t: Tokens, e: AliasEntry, first: number, last: number, reg: RegistryIndex): boolean {
  // "spoke with FOX 5", "told NBC 4": a local station, named by its channel, not the network.
  if (first === last && NETWORKS.has(t.norm[first]!) && last + 1 < t.n && t.kind[last + 1]! === TokKind.Number && (t.flags[last + 1]! & TokFlag.SpaceBefore) &&
    t.norm[last + 1]!.length <= 2) return true;
  // "told News 9", "Channel 4 said": an everyday media word with a channel number is a station of its own.
  if (e.common && first === last && t.kind[first]! === TokKind.Latin && (t.norm[first] === 'news' || t.norm[first] === 'channel') && last + 1 < t.n &&
    t.kind[last + 1]! === TokKind.Number && (t.flags[last + 1]! & TokFlag.SpaceBefore) && !(t.flags[last + 1]! & TokFlag.NewlineBefore)) return true;
  // "dans le Sahel", "au Sahel": a title named after a region, written as the region (lower-case article after a
  // preposition of place), is the region.
  if (e.common && t.kind[first]! === TokKind.Latin) {
    const art = t.norm[first] === 'le' || t.norm[first] === 'la' ? first : first >= 1 && (t.norm[first - 1] === 'le' || t.norm[first - 1] === 'la') ? first - 1 : -1;
    const rest: string[] = [];
    for (let q = Math.max(art + 1, first); q <= last; q++) if (isWord(t, q)) rest.push(t.norm[q]!);
    const region = rest.length > 0 && (isLatinPlaceName(rest) || (rest.length === 1 && REGION_WORDS.has(rest[0]!)));
    if (art >= 1 && !(t.flags[art]! & TokFlag.UpperInitial) && /^(?:dans|en|vers|sur|de|du|au|pour)$/.test(t.norm[art - 1]!) && region) return true;
    if (art < 0 && first >= 1 && /^(?:au|du)$/.test(t.norm[first - 1]!) && region) return true;
  }
  // "Leaders' Questions", "Metro's Property section": an everyday-word title before a possessive and a capitalised
  // word names something of its own (not an acronym: "ABC's Insiders" is the broadcaster's programme).
  if (e.common && t.kind[last]! === TokKind.Latin && !(t.flags[last]! & TokFlag.AllUpper) && last + 2 < t.n && (t.norm[last + 1] === "'" || t.norm[last + 1] === '’') && !(t.flags[last + 1]! & TokFlag.SpaceBefore)) {
    const q = t.norm[last + 2] === 's' && !(t.flags[last + 2]! & TokFlag.SpaceBefore) ? last + 3 : last + 2;
    if (q < t.n && t.kind[q]! === TokKind.Latin && (t.flags[q]! & TokFlag.UpperInitial) && !(t.flags[q]! & TokFlag.NewlineBefore)) {
      // ... unless that is one of its columns or its people: "The Sun's Bizarre column reported", "the Times's Diary".
      let k = q;
      while (k < t.n && k < q + 3 && t.kind[k]! === TokKind.Latin && (t.flags[k]! & TokFlag.UpperInitial)) k++;
      if (!(k < t.n && t.kind[k]! === TokKind.Latin && OWN_COLUMNS.has(t.norm[k]!))) return true;
    }
  }
  // The first half of a hyphenated word: "la Croix-Rouge" is not the daily La Croix.
  const d = last + 1;
  if (e.common && t.kind[last]! === TokKind.Latin && d + 1 < t.n && t.norm[d] === '-' && !(t.flags[d]! & TokFlag.SpaceBefore) &&
    t.kind[d + 1]! === TokKind.Latin && !(t.flags[d + 1]! & TokFlag.SpaceBefore)) return true;
  // "United Daily News", "Gulf Daily News": a title made only of generic words, right after a capitalised word
  // in mid-sentence, is the end of a longer name.
  if (first !== last && t.kind[first]! === TokKind.Latin && e.tokens.every((w) => GENERIC_TITLE_WORDS.has(w) || w === 'daily' || w === 'the')) {
    const p = first - 1;
    if (p >= 1 && t.kind[p]! === TokKind.Latin && (t.flags[p]! & TokFlag.UpperInitial) && !(t.flags[first]! & TokFlag.NewlineBefore) &&
      !LEADING_ARTICLES.has(t.norm[p]!) && !sentenceInitial(t, p) && !/^(?:by|par|per)$/.test(t.norm[p]!)) return true;
  }
  // "la Tribune de la presse parlementaire": a title that goes on with "de la" and a lower-case noun is a body's name.
  // (Only with "de la" / "de l'": "Le Parisien de source syndicale" and "Le Parisien du Val-d'Oise" stay the paper.)
  if (e.common && t.kind[last]! === TokKind.Latin && last + 3 < t.n && t.norm[last + 1] === 'de' && (t.norm[last + 2] === 'la' || t.norm[last + 2] === 'l') &&
    !(t.flags[last + 1]! & TokFlag.NewlineBefore)) {
    let k = last + 3;
    if (k < t.n && t.norm[k] === "'") k++;
    if (k < t.n && t.kind[k]! === TokKind.Latin && !(t.flags[k]! & TokFlag.UpperInitial) && t.norm[k]!.length > 2) return true;
  }
  // "contributed N1.04 trillion", "R2.5 billion": a currency letter glued to an amount, not a channel named N1.
  if (t.kind[last]! === TokKind.Number && last + 2 < t.n && (t.norm[last + 1] === '.' || t.norm[last + 1] === ',') && !(t.flags[last + 1]! & TokFlag.SpaceBefore) &&
    t.kind[last + 2]! === TokKind.Number && !(t.flags[last + 2]! & TokFlag.SpaceBefore) && first < last && !(t.flags[last]! & TokFlag.SpaceBefore)) return true;
  // "LFM - Sport", "Metro | Culture": a desk after a name and a dash or bar is that site's section, not the paper named Sport.
  if (e.common && first === last && DESKS.has(t.norm[first]!) && first >= 2 && /^[-–—|/]$/.test(t.norm[first - 1]!) && !(t.flags[first - 1]! & TokFlag.NewlineBefore) &&
    isWord(t, first - 2)) return true;
  // "first reported by Montana Free Press", "the Billings Gazette said": an everyday-word title right after a capitalised
  // word in the middle of a sentence written in sentence case is the end of another paper's name.
  if (e.common && t.kind[first]! === TokKind.Latin && !(t.flags[first]! & TokFlag.AllUpper) && capitalisedWordBefore(t, first)) return true;
  if (first !== last || t.kind[first]! !== TokKind.Latin) return false;
  // The second half of a hyphenated word: "Croix-Rouge" is not the weekly Rouge.
  const h = first - 1;
  if (h >= 1 && t.norm[h] === '-' && !(t.flags[first]! & TokFlag.SpaceBefore) && !(t.flags[h]! & TokFlag.SpaceBefore) && t.kind[h - 1]! === TokKind.Latin) return true;
  // "the Idaho Statesman", "the Sacramento Bee": a one-word title that is an everyday word, right after a place name, is
  // the end of a local paper's name.
  // "the News & Star understands": the second half of a title joined by an ampersand.
  if (first >= 2 && t.kind[first]! === TokKind.Latin && t.norm[first - 1] === '&' && t.kind[first - 2]! === TokKind.Latin && (t.flags[first - 2]! & TokFlag.UpperInitial) &&
    !e.tokens.includes('&')) return true;
  // "publié dans la Gazette officielle", "the Official Gazette": a government's gazette, not a newspaper.
  if (t.kind[last]! === TokKind.Latin && last + 1 < t.n && (t.norm[last + 1] === 'officielle' || t.norm[last + 1] === 'officiel') && !(t.flags[last + 1]! & TokFlag.NewlineBefore)) return true;
  if (e.common && first >= 1 && t.kind[first - 1]! === TokKind.Latin && (t.flags[first - 1]! & TokFlag.UpperInitial) && !(t.flags[first]! & TokFlag.NewlineBefore) &&
    !sentenceInitial(t, first - 1) && isLatinPlaceName([t.norm[first - 1]!])) return true;
  // "its regional unit PAL Express": an everyday-word title after a company's acronym is the end of the company's name.
  if (e.common && first === last && first >= 1 && t.kind[first - 1]! === TokKind.Latin && (t.flags[first - 1]! & TokFlag.AllUpper) && t.norm[first - 1]!.length >= 2 &&
    t.norm[first - 1]!.length <= 5 && (t.flags[first]! & TokFlag.SpaceBefore) && !(t.flags[first]! & TokFlag.NewlineBefore) && !sentenceInitial(t, first - 1)) return true;
  // "Donegal ETB says": an acronym right after a capitalised word (not a nationality, an article or a head noun) ends a
  // longer name, a local body's (an Education and Training Board).
  if ((t.flags[first]! & TokFlag.AllUpper) && t.norm[first]!.length <= 4 && first >= 1 && t.kind[first - 1]! === TokKind.Latin && (t.flags[first - 1]! & TokFlag.UpperInitial) &&
    !(t.flags[first - 1]! & TokFlag.AllUpper) && (t.flags[first]! & TokFlag.SpaceBefore) && !(t.flags[first]! & TokFlag.NewlineBefore) && !sentenceInitial(t, first - 1) &&
    !nationality(t.norm[first - 1]!) && !LEADING_ARTICLES.has(t.norm[first - 1]!) && !OUTLET_HEADS.has(t.norm[first - 1]!) && !/^(?:by|par|per|via|with|avec|and|et)$/.test(t.norm[first - 1]!)) return true;
  if (!e.derived) return false;
  // "la chambre d'agriculture Alsace", "en Provence": a title named after a region, written without its article, is the region.
  if (isLatinPlaceName(e.tokens)) return true;
  const p = first - 1;
  // "the Ulster Farmers' Union said": after a possessive apostrophe the word ends another name.
  if (p >= 1 && (t.norm[p] === "'" || t.norm[p] === '’') && !(t.flags[p]! & TokFlag.SpaceBefore) && t.kind[p - 1]! === TokKind.Latin && (t.flags[first]! & TokFlag.SpaceBefore)) return true;
  // "The Union said": an English article before a title the registry knows only without English ("L'Union").
  if (p >= 0 && t.norm[p] === 'the' && !e.ids.some((id) => reg.byId(id)?.languages.includes('en') ?? true)) return true;
  if (p >= 0 && t.kind[p]! === TokKind.Latin && (t.flags[p]! & TokFlag.UpperInitial) && !(t.flags[first]! & TokFlag.NewlineBefore) && !LEADING_ARTICLES.has(t.norm[p]!)) return true;
  const n = nextInName(t, last);
  return n >= 0 && t.kind[n]! === TokKind.Latin && (t.flags[n]! & TokFlag.UpperInitial) !== 0;
}

export function scanOutletMentions(t: Tokens, reg: RegistryIndex, limit = Infinity): OutletMention[] {
  const out: OutletMention[] = [];
  const trie = reg.trie;
  const accept = (e: AliasEntry, first: number, last: number): boolean => caseOk(t, e, first, last, reg) && !insideLongerName(t, e, first, last, reg) &&
    !(t.kind[last]! === TokKind.Latin && continuesIntoLongerTitle(t, first, last)) &&
    // "Canal9" (the Valais channel) is one name, not Canal+ with a number glued on.
    !(t.kind[last]! === TokKind.Latin && last + 1 < t.n && t.kind[last + 1]! === TokKind.Number && (t.flags[last + 1]! & TokFlag.SpaceBefore) === 0);
  for (let i = 0; i < t.n && out.length < limit; i++) {
    if (!isWord(t, i)) continue;
    const norm = t.norm[i]!;
    if (norm === '' || norm.length > 40) continue;
    let best: { e: AliasEntry; last: number; len: number; cut: number; prefix: string; first: number } | null = null;
    if (t.kind[i]! === TokKind.Arabic) {
      for (const f of arabicForms(norm)) {
        // "هبة بريس ـ فاس": a town whose first letter reads as a clitic ("ف" + "آس") is the town.
        if (f.prefix !== '' && f.form.length <= 3 && startsArabicPlace(norm)) continue;
        const m = trieLongest(t, i, f.form, trie, accept);
        if (!m) continue;
        if (!best || m.length > best.len || (m.length === best.len && f.cut < best.cut)) {
          best = { e: m.value, last: m.last, len: m.length, cut: f.cut, prefix: f.prefix, first: i };
        }
      }
    } else {
      // Other scripts have no clitics: the word is its only form.
      const m = trieLongest(t, i, norm, trie, accept);
      if (m) best = { e: m.value, last: m.last, len: m.length, cut: 0, prefix: '', first: i };
    }
    const art = t.kind[i]! === TokKind.Latin ? CONTRACTIONS.get(norm) : undefined;
    if (art !== undefined) {
      // "du Monde" = de + "Le Monde": match the article's aliases from the next token.
      const node = trie.get(art);
      const j = nextInName(t, i);
      if (node?.next && j >= 0) {
        const m = trieLongest(t, j, t.norm[j]!, node.next, accept);
        if (m && (!best || m.length + 1 > best.len)) best = { e: m.value, last: m.last, len: m.length + 1, cut: 0, prefix: norm, first: j };
        // "du National Post": the article's "Le National" gives way to a longer title without it.
        if (best && best.prefix === norm) {
          const plain = trieLongest(t, j, t.norm[j]!, trie, accept);
          if (plain && plain.last > best.last) best = { e: plain.value, last: plain.last, len: plain.length, cut: 0, prefix: '', first: j };
        }
      }
    }
    if (!best) continue;
    // "The Herald Sun": a title that opens with an article may end inside a longer one that starts after it.
    if (best.first === i && best.last > i && t.kind[i]! === TokKind.Latin && LEADING_ARTICLES.has(norm)) {
      const j = nextInName(t, i);
      const m = j >= 0 && j <= best.last ? trieLongest(t, j, t.norm[j]!, trie, accept) : null;
      if (m && m.last > best.last) best = { e: m.value, last: m.last, len: m.length, cut: 0, prefix: '', first: j };
    }
    // "قناة كوردستان 24": an alias that opens with its head noun ("قناة كوردستان", Kurdistan TV) gives way to a longer
    // name starting after the head noun.
    if (best.first === i && best.last > i && t.kind[i]! === TokKind.Arabic && OUTLET_HEADS.has(withoutArticle(best.e.tokens[0]!) ?? best.e.tokens[0]!)) {
      const j = nextInName(t, i);
      if (j >= 0 && j <= best.last) {
        for (const f of arabicForms(t.norm[j]!)) {
          const m = trieLongest(t, j, f.form, trie, accept);
          if (m && m.last > best.last && f.prefix === '') { best = { e: m.value, last: m.last, len: m.length, cut: 0, prefix: '', first: j }; break; }
        }
      }
    }
    const start = best.cut > 0 ? offsetAfterCut(t, best.first, best.cut) : t.start[best.first]!;
    // "the Information & eGovernment Authority": a name that goes on past an ampersand is another body's.
    { const nx = best.last + 1; if (nx + 1 < t.n && t.norm[nx] === '&' && t.kind[nx + 1]! === TokKind.Latin && (t.flags[nx + 1]! & TokFlag.NewlineBefore) === 0 &&
      !best.e.tokens.includes('&')) { i = best.last; continue; } }
    // ... or past "and" to a body's word: "the Information and eGovernment Authority", "Media and Communications Ministry".
    { const nx = best.last + 1; if (nx + 1 < t.n && (t.norm[nx] === 'and' || t.norm[nx] === 'et') && bodyAfterAnd(t, nx + 1)) { i = best.last; continue; } }
    // "les Francofolies de Spa", "qui viennent à Spa": an acronym in title case after "de"/"of" and a capitalised noun,
    // or after "à"/"in", is a town's name, not SPA.
    if (titleCaseAcronym(t, best.e, best.first, best.last) && best.first >= 2 && t.kind[best.first - 1]! === TokKind.Latin &&
      (((t.norm[best.first - 1] === 'de' || t.norm[best.first - 1] === 'of') && (t.flags[best.first - 2]! & TokFlag.UpperInitial) !== 0) ||
        t.norm[best.first - 1] === 'a' || t.norm[best.first - 1] === 'in')) { i = best.last; continue; }
    const weak = titleCaseAcronym(t, best.e, best.first, best.last) || (!best.e.common && datasetOnlyAlias(reg, best.e));
    // "RTÉ Sport has reported", "Selon TVA Sports": a desk named after the outlet is the outlet (a longer name the
    // registry knows, "Sky Sports", "BFM Business", matched first). Not when another capitalised word follows:
    // "CNN Business Insider". Nor after an everyday word: "Record Sport understands" is the Daily Record's desk.
    const desk = best.last + 1;
    if (!weak && !best.e.common && desk < t.n && (t.kind[best.last]! === TokKind.Latin || t.kind[best.last]! === TokKind.Number) && t.kind[desk]! === TokKind.Latin &&
      (t.flags[desk]! & TokFlag.UpperInitial) && (t.flags[desk]! & TokFlag.SpaceBefore) && !(t.flags[desk]! & TokFlag.NewlineBefore) && DESKS.has(t.norm[desk]!) &&
      !(desk + 1 < t.n && t.kind[desk + 1]! === TokKind.Latin && (t.flags[desk + 1]! & TokFlag.UpperInitial) && !(t.flags[desk + 1]! & TokFlag.NewlineBefore))) best.last = desk;
    out.push({ first: best.first, last: best.last, start, end: t.end[best.last]!, prefix: best.prefix, entry: best.e, head: -1, ...(weak ? { weak } : {}) });
    i = best.last;
  }
  return out;
}

/**
 * Drop everyday-word aliases that are a definite outlet head noun ("المجلة", "الصحيفة" as names of papers):
 * in running text they are anaphors ("وبحسب المجلة"), resolved by anaphora.ts. Quoted, or with a nationality
 * adjective after them, they stay names.
 */
export function dropAnaphoricHeads(t: Tokens, mentions: OutletMention[]): OutletMention[] {
  return mentions.filter((m) => {
    if (!m.entry || !m.entry.common || m.first !== m.last || t.kind[m.first]! !== TokKind.Arabic) return true;
    // "وكالة الأنباء الرسمية", "وكالة الأنباء السورية": "news agency", not the Kuwaiti daily الأنباء.
    if (m.entry.tokens[0] === NEWS_WORD && m.first > 0 && t.kind[m.first - 1]! === TokKind.Arabic && tokenForms(t.norm[m.first - 1]!, true).some((f) => f.form === AGENCY_WORD)) return false;
    const form = m.entry.tokens[0]!;
    const bare = withoutArticle(form);
    if (!bare || !OUTLET_HEADS.has(bare)) return true;
    const prev = m.first - 1;
    if (prev >= 0 && t.kind[prev]! === TokKind.Punct && QUOTES.has(t.norm[prev]!)) return true;
    // KUNA's house style brackets a paper's name after its head noun: "كشفت جريدة (الجريدة)" is Al-Jarida.
    if (prev >= 1 && t.norm[prev] === '(' && t.kind[prev - 1]! === TokKind.Arabic && tokenForms(t.norm[prev - 1]!, true).some((f) => OUTLET_HEADS.has(f.form))) return true;
    const next = m.last + 1;
    if (next < t.n && t.kind[next]! === TokKind.Arabic && nationality(t.norm[next]!)) return true;
    return false;
  });
}

/**
 * Short forms of an outlet named earlier: "The Wall Street Journal ... The Journal reported", "the Post",
 * "Le Figaro ... le Figaro". "the/le/la" + a capitalised word equal to the last word of an outlet already
 * mentioned becomes a mention of that outlet (an everyday-word match: it still needs a cue).
 */
export function shortFormMentions(t: Tokens, mentions: readonly OutletMention[], reg: RegistryIndex, limit = Infinity): OutletMention[] {
  if (mentions.length === 0) return [];
  const covered = new Uint8Array(t.n);
  for (const m of mentions) for (let j = m.first; j <= m.last; j++) covered[j] = 1;
  // One-word everyday titles ("Sun", "Times") may end a two-word short form: "the Capital Sun" of the Idaho Capital Sun.
  const commonAt = new Set<number>();
  for (const m of mentions) if (m.first === m.last && m.entry?.common) commonAt.add(m.first);
  const lastWord = new Map<string, { id: string; after: number }>();
  // "La Gazette de la Grande Île … La Gazette affirme", "the Times of India … the Times": the words before the
  // title's "de"/"of" are its short form.
  const headWords = new Map<string, { id: string; after: number }>();
  const lastTwo = new Map<string, { id: string; after: number }>();
  // Only an outlet's first mention sets its short forms (the maps keep the first), so each outlet is read once.
  const seen = new Set<string>();
  for (const m of mentions) {
    if (!m.entry || m.entry.ids.length !== 1 || seen.has(m.entry.ids[0]!)) continue;
    seen.add(m.entry.ids[0]!);
    const rec = reg.byId(m.entry.ids[0]!);
    if (!rec) continue;
    const words = wordForms(rec.name);
    const w = words[words.length - 1]!;
    // "Bloomberg News … The News": "News" ends too many names to stand for one, and "The News" is a paper of its own.
    // ("The Observer" itself is one word past its article: it gives no short form to "The Charlotte Observer".)
    const own = words.filter((x) => x !== 'the' && x !== 'le' && x !== 'la' && x !== 'l').length;
    if (own >= 2 && !(w === 'news' || w === 'media' || w === 'tv' || w === 'radio') && !lastWord.has(w)) lastWord.set(w, { id: rec.id, after: m.last });
    // "The Dallas Morning News … the Morning News", "the Chicago Sun-Times … The Sun-Times": a title of three words or
    // more is shortened to its last two.
    if (own >= 3) {
      const tail = words.slice(-2).join(' ');
      if (!lastTwo.has(tail)) lastTwo.set(tail, { id: rec.id, after: m.last });
    }
    const of = words.findIndex((x, k) => k >= 1 && (x === 'de' || x === 'du' || x === 'des' || x === 'd' || x === 'of'));
    const start = words[0] === 'the' || words[0] === 'le' || words[0] === 'la' || words[0] === 'l' ? 1 : 0;
    const key = words.slice(0, of).join(' ');
    if (of > start && of - start <= 2 && !headWords.has(key)) headWords.set(key, { id: rec.id, after: m.last });
  }
  if (lastWord.size === 0 && headWords.size === 0 && lastTwo.size === 0) return [];
  const out: OutletMention[] = [];
  for (const m of mentions) {
    if (!m.entry || m.entry.ids.length === 0 || t.kind[m.last]! !== TokKind.Latin) continue;
    const hit = headWords.get(m.entry.tokens.join(' ')) ?? headWords.get(['la', ...m.entry.tokens].join(' ')) ?? headWords.get(['le', ...m.entry.tokens].join(' ')) ??
      headWords.get(['the', ...m.entry.tokens].join(' '));
    if (!hit || hit.after >= m.first || m.entry.ids.includes(hit.id)) continue;
    // The words must be all there is: "La Gazette" alone, not "La Gazette du Midi".
    const nx = m.last + 1;
    if (nx < t.n && t.kind[nx]! === TokKind.Latin && (t.norm[nx] === 'de' || t.norm[nx] === 'du' || t.norm[nx] === 'of' || (t.flags[nx]! & TokFlag.UpperInitial) !== 0)) continue;
    const entry: AliasEntry = { key: m.entry.key, tokens: m.entry.tokens, ids: [hit.id], common: true, shared: false, acronym: false, derived: true };
    out.push({ ...m, entry, supersedes: true });
  }
  // "the Sydney Morning Herald … The Herald reported": a listed one-word title ("The Herald" of Glasgow) that repeats
  // the last word of an outlet named before it is that outlet's short form.
  // A headline names the paper the way its body will: "…, Observer reports" above "The Charlotte Observer reported".
  let titleEnd = 0;
  while (titleEnd < t.n && !(titleEnd > 0 && (t.flags[titleEnd]! & TokFlag.NewlineBefore))) titleEnd++;
  for (const m of mentions) {
    if (!m.entry || t.kind[m.last]! !== TokKind.Latin) continue;
    const withArticle = m.last === m.first + 1 && (t.norm[m.first] === 'the' || t.norm[m.first] === 'le' || t.norm[m.first] === 'la');
    if (!(m.first === m.last || withArticle)) continue;
    const hit = lastWord.get(t.norm[m.last]!);
    const inTitle = m.last < titleEnd && hit !== undefined && hit.after >= titleEnd;
    if (!hit || (hit.after >= m.first && !inTitle) || m.entry.ids.includes(hit.id)) continue;
    // "The Financial Times … The Times reported": a paper whose own full name this is stays itself.
    // ("Le Quotidien (Senegal)" is named "Le Quotidien": its qualifier is the registry's, not the paper's.)
    // A paper of another country does not: "The Sydney Morning Herald … The Herald said" is the Sydney paper, not Glasgow's.
    const hitCountry = reg.byId(hit.id)?.country;
    if (m.entry.ids.some((id) => { const r = reg.byId(id); return r !== undefined && r.country === hitCountry && wordForms(r.name.replace(/\s*\([^)]*\)\s*$/, '')).join(' ') === m.entry!.tokens.join(' '); })) continue;
    const prev = withArticle ? t.norm[m.first]! : m.first - 1 >= 0 ? t.norm[m.first - 1]! : '';
    if (prev !== 'the' && prev !== 'le' && prev !== 'la' && !inTitle) continue;
    const entry: AliasEntry = { key: t.norm[m.last]!, tokens: [t.norm[m.last]!], ids: [hit.id], common: true, shared: false, acronym: false, derived: true };
    out.push({ first: m.last, last: m.last, start: t.start[m.last]!, end: m.end, prefix: '', entry, head: -1, supersedes: true });
  }
  for (let i = 1; i < t.n && out.length < limit; i++) {
    if ((covered[i] && !commonAt.has(i)) || t.kind[i]! !== TokKind.Latin || (t.flags[i]! & TokFlag.UpperInitial) === 0) continue;
    if (lastTwo.size > 0) {
      const j = nextInName(t, i);
      const two = j > i && (!covered[j] || commonAt.has(j)) && t.kind[j]! === TokKind.Latin && (t.flags[j]! & TokFlag.UpperInitial) ? lastTwo.get(t.norm[i]! + ' ' + t.norm[j]!) : undefined;
      const prev = t.norm[i - 1]!;
      const nx = j + 1;
      if (two && two.after < i && (prev === 'the' || prev === 'le' || prev === 'la') &&
        !(nx < t.n && t.kind[nx]! === TokKind.Latin && (t.flags[nx]! & TokFlag.UpperInitial) !== 0 && !(t.flags[nx]! & TokFlag.NewlineBefore))) {
        const entry: AliasEntry = { key: t.norm[i]! + ' ' + t.norm[j]!, tokens: [t.norm[i]!, t.norm[j]!], ids: [two.id], common: true, shared: false, acronym: false, derived: true };
        out.push({ first: i, last: j, start: t.start[i]!, end: t.end[j]!, prefix: '', entry, head: -1, supersedes: covered[i] === 1 || covered[j] === 1 });
        i = j;
        continue;
      }
    }
    if (covered[i]) continue;
    const hit = lastWord.get(t.norm[i]!);
    if (!hit || hit.after >= i) continue;
    const prev = t.norm[i - 1]!;
    if (prev !== 'the' && prev !== 'le' && prev !== 'la') continue;
    const nx = i + 1 < t.n ? i + 1 : -1;
    if (nx >= 0 && t.kind[nx]! === TokKind.Latin && (t.flags[nx]! & TokFlag.UpperInitial) !== 0) continue; // part of a longer name
    const entry: AliasEntry = { key: t.norm[i]!, tokens: [t.norm[i]!], ids: [hit.id], common: true, shared: false, acronym: false, derived: true };
    out.push({ first: i, last: i, start: t.start[i]!, end: t.end[i]!, prefix: '', entry, head: -1 });
  }
  return out;
}

const BODY_NAMES = new Set(['authority', 'autorite', 'ministry', 'ministere', 'council', 'conseil', 'commission', 'department', 'departement', 'directorate',
  'direction', 'institute', 'institut', 'university', 'universite', 'hospital', 'hopital', 'company', 'societe', 'party', 'parti', 'association', 'federation',
  'union', 'organisation', 'organization', 'foundation', 'fondation', 'bank', 'banque', 'court', 'tribunal', 'cour', 'police', 'army', 'armee', 'centre', 'center',
  'corporation', 'office', 'board', 'bureau', 'service', 'services', 'fund', 'fonds', 'programme', 'program', 'alliance', 'front', 'movement', 'mouvement',
  ...['هيئه', 'وزاره', 'سلطه', 'مجلس', 'دائره', 'مديريه', 'جامعه', 'شركه', 'حزب', 'اتحاد', 'مؤسسه', 'بنك', 'مصرف', 'محكمه', 'منظمه', 'صندوق', 'مركز', 'حركه', 'جبهه']
    .map((w) => normalizeForMatch(w))]);

/**
 * "L'Autorité de santé de Dubaï (DHA) … d'après les chiffres communiqués par la DHA": an acronym the text defines, in
 * parentheses after a name that is no outlet's, stands for that body throughout, not for the outlet the registry knows by
 * it (Demirören's DHA). "Saudi Press Agency (SPA)" and "l'agence officielle saoudienne (SPA)" define the outlet itself.
 */
const INITIALS_SKIP = new Set(['de', 'des', 'du', 'd', 'la', 'le', 'les', 'l', 'of', 'the', 'and', 'et', 'for', 'pour', 'a', 'au', 'aux', 'en', 'in', 'on']);
/** The words ending at `last` (function words aside) start with the acronym's letters, in order: "réseaux franciliens" … "BRF". */
function initialsSpell(t: Tokens, last: number, acronym: string): boolean {
  if (acronym.length < 2 || acronym.length > 6 || !/^[a-z]+$/.test(acronym)) return false;
  let k = last;
  for (let q = acronym.length - 1; q >= 0; q--) {
    // (Three function words at most between two letters' words: "de la", "of the".)
    for (let skipped = 0; skipped < 3 && k >= 0 && t.kind[k]! === TokKind.Latin && INITIALS_SKIP.has(t.norm[k]!); skipped++) k--;
    if (k < 0 || t.kind[k]! !== TokKind.Latin || t.norm[k]!.charAt(0) !== acronym.charAt(q)) return false;
    k--;
    // (A hyphen or an apostrophe inside a word: "Île-de-France".)
    while (k >= 1 && (t.norm[k] === '-' || t.norm[k] === "'") && !(t.flags[k + 1]! & TokFlag.SpaceBefore)) k -= 2;
  }
  return true;
}

export function dropRedefinedAcronyms(t: Tokens, mentions: readonly OutletMention[]): readonly OutletMention[] {
  const acronymAt = (m: OutletMention): boolean => m.first === m.last && m.entry !== null && m.entry.acronym;
  if (!mentions.some(acronymAt)) return mentions;
  const endingAt = new Map<number, OutletMention>();
  for (const m of mentions) endingAt.set(m.last, m);
  const redefined = new Set<string>();
  for (const m of mentions) {
    if (!acronymAt(m)) continue;
    const open = m.first - 1;
    const before = open - 1;
    if (before < 0 || m.last + 1 >= t.n || t.norm[open] !== '(' || t.norm[m.last + 1] !== ')' || !isWord(t, before) || t.kind[before]! === TokKind.Number) continue;
    const named = endingAt.get(before);
    if (named?.entry && named.entry.ids.some((id) => m.entry!.ids.includes(id))) continue;
    // The name must be a body's ("Autorité", "Ministry", "هيئة"), never a dateline's city or date ("DAKAR, 12 mai (APS)"),
    // and carry no outlet head noun ("l'agence officielle saoudienne (SPA)").
    let head = false;
    let body = false;
    for (let k = before, steps = 0; k >= 0 && steps < 6 && isWord(t, k) && !head; k--, steps++) {
      const forms = t.kind[k]! === TokKind.Arabic ? tokenForms(t.norm[k]!, true).map((f) => withoutArticle(f.form) ?? f.form) : [t.norm[k]!];
      head = forms.some((f) => OUTLET_HEADS.has(f));
      if (forms.some((f) => BODY_NAMES.has(f))) body = true;
    }
    // ("la brigade des réseaux franciliens (BRF)": the acronym spells the words before it, a body's name defined on the spot.)
    if ((body || initialsSpell(t, before, t.norm[m.first]!)) && !head) redefined.add(t.norm[m.first]!);
  }
  return redefined.size === 0 ? mentions : mentions.filter((m) => !(acronymAt(m) && redefined.has(t.norm[m.first]!)));
}
