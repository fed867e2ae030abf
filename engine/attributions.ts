// The attribution grammar: which outlet mentions are sources of the article, and how they are cited.
//
// Approach: mention-centred and bounded. For each outlet mention (registry or unknown) in text order:
//   1. byline block            → byline_via ("المحرر عن اوروب1", "Par X avec AFP"); the credited name is the host;
//   2. "(" name ")"            → wire_dateline when a dash follows or it opens its paragraph ("باريس (رويترز) -");
//   3. a walk left over at most 8 tokens of fillers (head nouns: صحيفة/le quotidien/the daily, report nouns:
//      تقرير, articles, "ما + verb", nationality adjectives, quotes) to the end of a cue phrase (cues/):
//      According → according_to, Published → published_by, Verb → reported_by, Interview or Speech with
//      ل/à/au → interview_with, Footer → other, Arabic عن only right after a cited outlet;
//      The walk also takes a participle a few words before its agent ("publiées au printemps par",
//      "reported on Tuesday by"), hyphenated adjectives ("the hard-line Kayhan"), time adverbs ("a déclaré ce
//      lundi à"), Arabic clitics written apart ("لشبكة الـCNN", "للـ«بي بي سي»") and report nouns with their
//      adjectives ("تحقيقا سابقا لشبكة" → published_by). French verbs count before their subject after a comma, a
//      quote, que/comme/dont ("ce que révèle Le Canard", "comme le notait Le Parisien");
//   4. a clitic ل, French à/auprès de, Arabic عبر, or English "to" a few words after a speech verb: a speech cue
//      up to 10 (English: 6) tokens back in the sentence ("قال الوزير لرويترز", "confirmed the news to Axios") →
//      interview_with; "sur/on/dans" + a channel or paper with a speech verb around ("a-t-elle affirmé sur
//      BFMTV", "said on CBS") → interview_with; "sondage Ifop pour Le Figaro" → published_by; clause-initial
//      "Pour Der Spiegel," / "For the Daily Telegraph," → according_to;
//   5. a walk right over the nationality adjective, a closing quote and a few auxiliaries to a reporting verb
//      ("“أوروب 1” تكشف", "Reuters reported", "Le Monde a révélé") → reported_by;
//   6. a bare outlet line at the end ("(أ ف ب)", "MAP") → other.
// Everyday-word aliases (الشروق، Le Soir) count only in an outlet context: a head noun, quotes, a nationality
// adjective, the byline, a dateline, or a cue whose outlet is followed by a clause boundary. Shared aliases
// (الوطن، الرأي) are settled by nationality, then the host's country, then a domain in the article; unsettled
// ones are reported as written with known: false. Photo credits and caption blocks are skipped.
// "A cites B" (نقلت نوفوستي عن صحيفة السفير, "Reuters, citing the FT") is recorded for the chain, names
// joined by "et/and/و/," share one cue ("selon Le Monde et Libération"), headline labels ("الغارديان":,
// "- FT", لـ"الشرق الأوسط":) count as other / interview_with, and an abbreviation in parentheses after a
// name is that name ("وكالة الأنباء القطرية (قنا)").
//
// A one-word everyday name followed by a surname or a person's apposition ("», confie Marianne, 45 ans") is a
// person. Shared names left unsettled by context go to the France-based outlet in a French article, then to an
// outlet far better known in the registry (more names and spellings: "للجزيرة" is Al Jazeera).
//
// Limits: no parsing; a cue more than 8 tokens from its outlet is missed, and an outlet that is the subject of
// a reporting verb about itself ("Al Jazeera announced it closed its office") still counts as reported_by.

import type { Attribution, AttributionPattern, Medium, OutletRecord, OutletRef, TextBlock } from './types';
import { arabicForms, hasLam, withoutArticle } from './arabic';
import { findPlaces, isLatinPlaceName, latinPlaceCountry, startsArabicPlace } from './places';
import { AGENT_WORDS, CueKind, PARTICIPLES, type CueHit, type CueHits } from './cues/index';
import { ARABIC_FILLER, ARABIC_FUNCTION, ARABIC_OUTLET_ADJECTIVES, CLOSE_PARENS, DASHES, LATIN_FILLER, mediumFits, nationality, OPEN_PARENS, OUTLET_ADJECTIVES, OUTLET_HEADS, PHOTO_WORDS, QUOTES, REPORT_NOUNS, AFTER_SUBJECT_FILLER } from './lexicon';
import { LATIN_GIVEN, LATIN_TITLES } from './names';
import { normalizeForMatch } from './normalize';
import { GENERIC_TITLE_WORDS, type OutletMention } from './outlet-mentions';
import type { RegistryIndex } from './registry-index';
import { gluedName, isSentenceEnd, isWord, TokFlag, TokKind, type Tokens, wordForms } from './tokenize';
import { abbreviatesBefore, FRENCH_ADJECTIVE, headForOtherPurposeAr, LANGUAGE_ADJ, outletHead, utilityNetworkAr } from './unknown-outlets';
import { outletBySkeleton } from './transliteration';

const ARABIC_LETTER = /[\u0621-\u064a]/;

export interface GrammarContext {
  t: Tokens;
  cues: CueHits;
  blockOf: Int32Array;
  blocks: readonly TextBlock[];
  reg: RegistryIndex;
  host: OutletRef | null;
  /** Host names in the article's links and text ("hespress.com"). */
  articleDomains: ReadonlySet<string>;
  blockFirst: Int32Array;
  blockLast: Int32Array;
  blockWords: Int32Array;
  /** Shared aliases already settled in this article: alias key → outlet id. */
  settled: Map<string, string>;
  /** Outlets already cited in this article (ids), to settle a shared short name ("APS" after "l'Agence de presse sénégalaise"). */
  cited?: Set<string>;
  /** The country the article names most (from the places gazetteer), for unsettled shared aliases. */
  mainCountry: string | null;
  /** The country of most of the unambiguous outlets the article names (two or more), or null. */
  citedCountry?: string | null;
  /** The article's language: a French article's unqualified "Libération" or "RTL" is the French outlet. */
  lang?: 'ar' | 'fr' | 'en';
}

export interface FoundAttribution extends Attribution {
  /** Index of the mention in the mention list, or -1 for anaphora. */
  mention: number;
  /** Block kind where it was found. */
  block: TextBlock['kind'];
  /** Index of that block. */
  blockIndex: number;
  /** A hand in the story rather than its source ("— with AAP" under a staff reporter's byline). */
  contribution?: boolean;
}

export interface CitesLink {
  from: OutletRef;
  to: OutletRef;
}

export interface GrammarResult {
  attributions: FoundAttribution[];
  cites: CitesLink[];
  /** The byline's credited outlet, when it names one (for the host). */
  credited: OutletRef | null;
  /** Outlet of each mention once validated (null when the mention is not an outlet here). */
  resolved: (OutletRef | null)[];
}

/** Time words and other everyday aliases that a cue alone never turns into an outlet (قالت اليوم إن...). */
const ADVERBIAL = new Set(['اليوم', 'الأيام', 'الغد', 'المساء', 'الصباح', 'الأسبوع', 'الآن', 'الحياة', 'الوقت', 'البلاد', 'الأخبار', 'الأنباء', 'الخبر', 'الحدث', 'كان', 'كانت', 'قد', 'الوطن', 'الرأي', 'الشعب', 'الجمهورية', 'الدستور', 'النهار',
  // "وبحسب البيان" is "according to the statement"; the union, the centre, the east, the Gulf, the Arabs, the city, the revolution.
  'البيان', 'الاتحاد', 'الوسط', 'الشرق', 'الخليج', 'العرب', 'المدينة', 'الثورة']
  .map((w) => normalizeForMatch(w)));
const BOUNDARY_WORDS = new Set(['ان', 'أن', 'إن', 'بأن', 'في', 'that', 'que', 'qu', 'qui', 'dont', 'on', 'in', 'ce', 'cette', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'mardi',
  'et', 'and', 'ou', 'or', 'a', 'ont', 'has', 'had', 'hier', 'as', 'saying', 'comme', 'dans', 'sur', 'selon', 'depuis', 'avant', 'apres', 'yesterday', 'which', 'who', 'last', 'this', 'earlier', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'مع', 'و',
  'auprès', 'citant', 'citing', 'quoting', 'from']
  .map((w) => normalizeForMatch(w)));
const CLAUSE_OPENERS = new Set(['و', 'ثم', 'كما', 'بينما', 'لكن', 'and', 'but', 'while', 'whereas', 'as', 'then', 'et', 'mais', 'ou', 'or', 'puis', 'alors', 'donc', 'car', 'tandis', 'quand', 'lorsque', 'que', 'qu', 'ainsi', 'enfin', 'aussi']);
const RELATIVE_LATIN = new Set(['which', 'who', 'that', 'qui', 'التي', 'الذي', 'والتي', 'والذي']);
const ON_MEDIUM = new Set(['sur', 'on', 'dans', 'in']);
const ARTICLE_WORDS = new Set(['le', 'la', 'les', 'l', 'the', 'du', 'de', 'd', 'des', 'a', 'an']);
const CREDIT_WORDS = new Set(['avec', 'with', 'source', 'sources', 'via', 'المصدر', 'عن', 'بتصرف', 'inputs', 'input', 'from', 'agencies', 'additional']);
const MA = new Set(['ما', 'لما', 'بما', 'مما'].map((w) => normalizeForMatch(w)));
const A_PREPS = new Set(['a', 'au', 'aux', 'chez', 'aupres']);
function isGraveA(code: number, lang: string | undefined): boolean {
  return code === 0xe0 || code === 0xc0 || (code === 0x41 && lang === 'fr');
}
const BYLINE_SEPARATORS = new Set(['عن', 'avec', 'with', 'via', 'and', 'et', 'و', 'نقلا']);
/** Words after an outlet's name in a byline that make it the publication's own staff ("By Al Jazeera Staff"). */
const BYLINE_END = new Set([':', '.']);
/** "كتب", "بقلم", "إعداد": words a byline puts before the writer's name. */
const WRITTEN_BY_AR = new Set(['كتب', 'كتبت', 'بقلم', 'إعداد', 'اعداد', 'تحرير', 'حوار', 'تقرير'].map((w) => normalizeForMatch(w)));
const STAFF_WORDS = new Set(['staff', 'reporter', 'reporters', 'correspondent', 'correspondents', 'team', 'desk', 'newsroom', 'writers', 'editors', 'editorial', 'redaction', 'journaliste', 'journalistes', 'محرر', 'المحرر', 'فريق', 'التحرير', 'مراسل', 'مراسلو', 'خاص']);

export function outletRef(o: OutletRecord): OutletRef {
  return { id: o.id, name: o.name, known: true, domain: o.domains[0] ?? null, country: o.country, medium: o.medium };
}


/** A definite Arabic head noun (matching form): "الصحيفة", "القناة". */
export function outletHeadForm(f: string): boolean {
  const bare = withoutArticle(f);
  return bare !== null && bare !== undefined && OUTLET_HEADS.has(bare);
}

/** "C'est Le Monde qui…", "c'était Mediapart qui…": the outlet is clefted (a few tokens back, before its name). */
function clefted(t: Tokens, last: number): boolean {
  for (let q = last - 1; q >= 0 && q >= last - 8; q--) {
    const w = t.norm[q]!;
    if (w === 'est' || w === 'etait' || w === 'sont') return q >= 2 && t.norm[q - 1] === "'" && t.norm[q - 2] === 'c' || q >= 1 && t.norm[q - 1] === 'ce';
    if (t.kind[q]! === TokKind.Punct && w !== "'") return false;
  }
  return false;
}

/**
 * True when the definite word at `i` ("الأيام") was written earlier without its article before a place, as the head of an
 * event's name ("أيام الشارقة المسرحية", "أيام قرطاج"): the quoted word is that event's short form.
 */
function shortFormOfPlaceEvent(t: Tokens, i: number): boolean {
  const w = t.norm[i]!;
  if (!w.startsWith('ال') || w.length < 4) return false;
  // The places after each bare word, gathered once per text: a page repeating «الأيام» a hundred thousand times stays linear.
  let firstAt = placeEventHeads.get(t);
  if (!firstAt) {
    firstAt = new Map();
    for (let q = 0; q + 1 < t.n; q++) {
      if (t.kind[q]! !== TokKind.Arabic || t.kind[q + 1]! !== TokKind.Arabic || firstAt.has(t.norm[q]!) || t.norm[q]!.startsWith('ال')) continue;
      if (isPlaceWord(t, q + 1)) firstAt.set(t.norm[q]!, q);
    }
    placeEventHeads.set(t, firstAt);
  }
  const at = firstAt.get(w.slice(2));
  return at !== undefined && at < i - 1;
}
const placeEventHeads = new WeakMap<Tokens, Map<string, number>>();

/** A one-word place name: "الرياض", "Rabat". */
function isPlaceWord(t: Tokens, i: number): boolean {
  if (t.kind[i]! === TokKind.Latin) return isLatinPlaceName([t.norm[i]!]);
  return arabicForms(t.norm[i]!).some((f) => f.prefix === '' && startsArabicPlace(f.form));
}

function isPunct(t: Tokens, j: number, set: ReadonlySet<string>): boolean {
  return t.kind[j]! === TokKind.Punct && set.has(t.norm[j]!);
}

function anyForm(t: Tokens, j: number, pred: (form: string, prefix: string) => boolean): boolean {
  if (t.kind[j]! === TokKind.Arabic) {
    for (const f of arabicForms(t.norm[j]!)) if (pred(f.form, f.prefix)) return true;
    return false;
  }
  return pred(t.norm[j]!, '');
}

interface LeftWalk {
  cue: CueHit | null;
  head: number;
  lam: boolean;
  aPrep: boolean;
  country: string | null;
  /** Token where the walk stopped (the cue's last token, or the first non-filler). */
  stop: number;
  /** "sur/on/dans/in" right before the name (articles aside): "a affirmé sur BFMTV", "said on CNN", or -1. */
  onTok: number;
  /** English "to" right before the name (articles aside): "confirmed the news to TechCrunch", or -1. */
  toTok: number;
  /** "sondage Ifop pour Le Figaro", "a YouGov poll for The Times": the outlet commissioned a poll. */
  poll: boolean;
  /** An Arabic report noun before ل + the outlet: "تحقيقا سابقا لشبكة", "تقرير لصحيفة"; its token, or -1. */
  report: number;
  /** "Pour Der Spiegel, ...", "For the Daily Telegraph, ...": the pour/for right before the name, or -1. */
  forTok: number;
}

/** Standalone Arabic article or clitics written apart from a quoted or Latin name: الـCNN، للـ«بي بي سي», لـ. */
const AR_LOOSE_CLITICS = new Set(['ال', 'وال', 'فال', 'بال', 'وبال', 'كال']);
const AR_LOOSE_LAM = new Set(['ل', 'ول', 'فل', 'لل', 'ولل', 'فلل', 'الي']);
/** Last parts of hyphenated outlet adjectives: state-run, Saudi-owned, Beirut-based, hard-line, pro-government, English-language. */
const COMPOUND_TAILS = new Set(['run', 'owned', 'based', 'affiliated', 'backed', 'controlled', 'linked', 'aligned', 'leaning', 'funded', 'financed', 'line',
  'wing', 'official', 'government', 'language', 'circulation', 'profit', 'conservative', 'liberal', 'right', 'left', 'kremlin', 'iranian', 'regime', 'opposition',
  'arab', 'israeli', 'palestinian', 'saudi', 'qatari', 'emirati', 'turkish', 'russian', 'chinese', 'american', 'british', 'french', 'friendly', 'sponsored',
  'appartenant', 'proche', 'gouvernemental']);
/** Words that open a person's apposition after a name: "Marianne, une retraitée", "Metro, a nurse". */
const PERSON_APPOSITION = new Set(['un', 'une', 'an', 'mere', 'pere', 'habitante', 'habitant', 'aged', 'age', 'agee', 'mother', 'father']);
const POLL_NOUNS = new Set(['sondage', 'barometre', 'enquete', 'etude', 'poll', 'survey', 'study']);
const TO_WORDS = new Set(['to']);

const EN_POLL_NOUNS = new Set(['poll', 'polls', 'survey', 'polling']);
/** An Arabic poll noun in construct with the outlet that ran it: "منح استطلاع القناة 12 الليكود 27 مقعدا". */
const POLL_NOUNS_AR = new Set(['استطلاع', 'استطلاعات', 'استطلاعا'].map((w) => normalizeForMatch(w)));
const POLL_MODIFIERS = new Set(['tracking', 'exit', 'opinion', 'national', 'new', 'latest', 'college', 'university']);

/**
 * The last token of a poll noun right after an outlet's name, the pollster's name between the two joined by a
 * slash or a hyphen: "Reuters/Ipsos poll", "Washington Post-ABC News poll", "CNN poll", "CBS News/YouGov survey"; or -1.
 */
function pollAfter(ctx: GrammarContext, last: number): number {
  const { t, blockOf } = ctx;
  const b = blockOf[last]!;
  let j = last + 1;
  if (j < t.n && t.norm[j] === "'" && j + 1 < t.n && t.norm[j + 1] === 's') j += 2; // "CNN's poll"
  for (let steps = 0; j < t.n && steps < 6 && blockOf[j] === b; j++, steps++) {
    const w = t.norm[j]!;
    if (t.kind[j]! === TokKind.Punct) {
      if ((w === '/' || w === '-' || w === '&') && (t.flags[j]! & TokFlag.NewlineBefore) === 0) continue;
      return -1;
    }
    if (t.kind[j]! !== TokKind.Latin) return -1;
    if (EN_POLL_NOUNS.has(w)) return j;
    if (!isCapLatin(t, j) && !POLL_MODIFIERS.has(w)) return -1;
  }
  return -1;
}

/** A past participle a few words before an agent word: "publiées au printemps par", "reported on Tuesday by". */
function splitParticiple(ctx: GrammarContext, agent: number): CueHit | null {
  const { t, blockOf } = ctx;
  const b = blockOf[agent]!;
  for (let k = agent - 1, steps = 0; k >= 0 && steps < 5 && blockOf[k]! === b; k--) {
    if (t.kind[k]! === TokKind.Punct) { if (t.norm[k]! === "'" || t.norm[k]! === '-') continue; return null; }
    steps++;
    if (t.kind[k]! !== TokKind.Latin) { if (t.kind[k]! === TokKind.Number) continue; return null; }
    const kinds = PARTICIPLES.get(t.norm[k]!);
    if (kinds !== undefined) return { first: k, last: agent, kinds, inversionOnly: false, start: t.start[k]!, end: t.end[agent]! };
  }
  return null;
}

const NEWS_AR = normalizeForMatch('الأنباء');

/** Participles between a poll and the outlet it was made for: "un sondage Léger réalisé pour", "a poll carried out for". */
const POLL_PARTICIPLES = new Set(['realise', 'realisee', 'realises', 'realisees', 'mene', 'menee', 'menes', 'menees', 'effectue', 'effectuee', 'commande', 'commandee',
  'conducted', 'commissioned', 'carried', 'out', 'done']);

/**
 * The poll noun that a "pour"/"for" at j + 1 completes, or -1: "sondage pour", "sondage Ifop pour", "sondage Léger réalisé pour",
 * "a poll by Opinium for", "a YouGov poll carried out for".
 */
function pollNounBefore(t: Tokens, j: number): number {
  let q = j;
  for (let k = 0; k < 2 && q >= 0 && t.kind[q]! === TokKind.Latin && POLL_PARTICIPLES.has(t.norm[q]!); k++) q--;
  if (q >= 0 && POLL_NOUNS.has(t.norm[q]!)) return q;
  // "The survey, conducted for India Today by CVoter,": the participle set off by a comma.
  if (q < j && q >= 1 && t.norm[q] === ',' && POLL_NOUNS.has(t.norm[q - 1]!)) return q - 1;
  // The pollster: one or two capitalised words, in English after "by".
  let caps = 0;
  while (q >= 0 && caps < 2 && isCapLatin(t, q) && !POLL_NOUNS.has(t.norm[q]!)) { q--; caps++; }
  if (caps === 0) return -1;
  if (q >= 0 && t.norm[q] === 'by') q--;
  return q >= 0 && POLL_NOUNS.has(t.norm[q]!) ? q : -1;
}

function walkLeft(ctx: GrammarContext, first: number, prefix: string): LeftWalk {
  const { t, cues, blockOf } = ctx;
  const res: LeftWalk = { cue: null, head: -1, lam: hasLam(prefix), aPrep: A_PREPS.has(prefix), country: null, stop: -1, onTok: -1, toTok: -1, poll: false, report: -1, forTok: -1 };
  const b = blockOf[first]!;
  let steps = 0;
  let j = first - 1;
  let adjacent = true; // only articles so far between the name and j
  while (j >= 0 && steps < 8 && blockOf[j]! === b) {
    // "the Kremlin-backed RT": the second half of a hyphenated adjective is no cue, though "backed" may be one.
    if (t.kind[j]! === TokKind.Latin && COMPOUND_TAILS.has(t.norm[j]!) && j - 2 >= 0 && t.norm[j - 1]! === '-' && (t.flags[j]! & TokFlag.SpaceBefore) === 0 &&
      (t.flags[j - 1]! & TokFlag.SpaceBefore) === 0 && t.kind[j - 2]! === TokKind.Latin) { j -= 3; steps++; continue; }
    const h = cues.byLast[j]!;
    // "طبقا لما أوردته صحيفة X": a bare publishing verb after ما belongs to the According cue before it.
    if (h >= 0 && cues.kinds[h] === CueKind.Published && cues.first[h] === j && j - 1 >= 0 && MA.has(t.norm[j - 1]!) && (cues.byLast[j - 2] ?? -1) >= 0) { j -= 2; steps++; continue; }
    // A cue that only follows its outlet ("Le Monde a obtenu") says nothing about a name after it.
    if (h >= 0 && (cues.kinds[h]! & ~(CueKind.VerbAfter | CueKind.Speech)) === 0 && !(cues.kinds[h]! & CueKind.Speech && (res.lam || res.aPrep || res.onTok >= 0 || res.toTok >= 0))) {
      // not a cue for this name: fall through to the filler rules
    } else if (h >= 0 && cues.first[h] === j && t.norm[j] === 'per' && (t.flags[j]! & TokFlag.UpperInitial) && j - 1 >= 0 && blockOf[j - 1] === b && isCapLatin(t, j - 1)) {
      break; // "Beats Per Minute": a title word, not "per Axios"
    } else if (h >= 0) {
      const c = cues.hit(h);
      if (c.kinds & CueKind.Footer) {
        // A footer word must open its block or a parenthesis: "المصدر: X", "(Source Europe1)".
        const before = c.first - 1;
        if (before < 0 || blockOf[before]! !== b || isPunct(t, before, OPEN_PARENS)) { res.cue = c; res.stop = j; return res; }
        break;
      }
      res.cue = c; res.stop = j; return res;
    }
    if (t.kind[j]! === TokKind.Punct) {
      const s = t.norm[j]!;
      if (QUOTES.has(s)) { j--; continue; }
      // "la radio-télévision publique SWR": two head nouns joined by a hyphen.
      if (s === '-' && res.head === j + 1 && j - 1 >= 0 && !(t.flags[j]! & TokFlag.SpaceBefore) && outletHead(t, j - 1)) { j--; continue; }
      if (j === first - 1 && OPEN_PARENS.has(s)) { j--; continue; } // an abbreviation in parentheses: وذكرت (واس) أن
      if ((s === ':' || s === '-') && j - 1 >= 0 && cues.byLast[j - 1]! >= 0 && (cues.kinds[cues.byLast[j - 1]!]! & CueKind.Footer)) { j--; continue; }
      break;
    }
    if (!isWord(t, j)) break;
    const head = outletHead(t, j);
    if (head) {
      if (res.head < 0) res.head = j;
      if (t.kind[j]! === TokKind.Arabic) {
        for (const f of arabicForms(t.norm[j]!)) if (f.prefix !== '' && hasLam(f.prefix)) res.lam = true;
      }
      j--; steps++; continue;
    }
    const norm = t.norm[j]!;
    if (t.kind[j]! === TokKind.Latin) {
      // A hyphenated adjective before the name: "the hard-line Kayhan", "the Beirut-based Al-Akhbar", "Hezbollah-affiliated Al-Manar".
      if (COMPOUND_TAILS.has(norm) && j - 2 >= 0 && t.norm[j - 1]! === '-' && (t.flags[j]! & TokFlag.SpaceBefore) === 0 &&
        (t.flags[j - 1]! & TokFlag.SpaceBefore) === 0 && t.kind[j - 2]! === TokKind.Latin) { j -= 3; steps++; continue; }
      // "publiées au printemps par le site X", "reported on Tuesday by the FT".
      if (AGENT_WORDS.has(norm)) {
        const sp = splitParticiple(ctx, j);
        if (sp) { res.cue = sp; res.stop = j; return res; }
      }
      // "un article paru dimanche dans Le Parisien", "an interview published on Sunday in the Observer".
      if ((norm === 'dans' || norm === 'in') && j + 1 < t.n) {
        const sp = splitParticiple(ctx, j);
        if (sp && (sp.kinds & CueKind.Published)) { res.cue = sp; res.stop = j; return res; }
      }
      // "sondage Ifop pour Le Figaro", "a YouGov poll for The Times".
      if ((norm === 'pour' || norm === 'for') && j - 1 >= 0) {
        const q = pollNounBefore(t, j - 1);
        if (q >= 0) { res.poll = true; j = q - 1; steps++; continue; }
      }
      if (adjacent && ON_MEDIUM.has(norm) && res.onTok < 0) res.onTok = j;
      if (adjacent && (norm === 'pour' || norm === 'for') && res.forTok < 0) res.forTok = j;
      if (adjacent && TO_WORDS.has(norm) && res.toTok < 0) res.toTok = j;
      // "le quotidien d'État Sidwaya", "la télévision de l'État": who owns it, after the head noun.
      if (norm === 'etat' && j - 2 >= 0 && t.norm[j - 1] === "'" && (t.norm[j - 2] === 'd' || (t.norm[j - 2] === 'l' && j - 3 >= 0 && t.norm[j - 3] === 'de'))) {
        const k = t.norm[j - 2] === 'd' ? j - 3 : j - 4;
        // "l'agence de presse d'État RIA Novosti": the owner follows the whole head, "presse" included.
        const ofAt = k - 1 >= 0 && t.norm[k - 1] === 'de' ? k - 2 : k - 2 >= 0 && t.norm[k - 1] === "'" && t.norm[k - 2] === 'd' ? k - 3 : -1;
        const pressHead = ofAt >= 0 && (t.norm[k] === 'presse' || t.norm[k] === 'information') && outletHead(t, ofAt);
        if (pressHead) { j = ofAt; steps++; continue; }
        if (k >= 0 && outletHead(t, k)) { j = k; steps++; continue; }
      }
      // "la radio alémanique SRF", "le quotidien turinois La Stampa": an adjective right after the head noun.
      if (j - 1 >= 0 && !(t.flags[j]! & TokFlag.UpperInitial) && FRENCH_ADJECTIVE.test(norm) && outletHead(t, j - 1)) { j--; steps++; continue; }
      // "la radio publique néo-zélandaise RNZ", "la chaîne sud-africaine SABC": a hyphenated adjective.
      if (j - 3 >= 0 && t.norm[j - 1] === '-' && !(t.flags[j]! & TokFlag.UpperInitial) && FRENCH_ADJECTIVE.test(norm) && t.kind[j - 2]! === TokKind.Latin &&
        !(t.flags[j - 2]! & TokFlag.UpperInitial) && (outletHead(t, j - 3) || FRENCH_ADJECTIVE.test(t.norm[j - 3]!))) { j -= 3; steps++; continue; }
      if (LATIN_FILLER.has(norm) || REPORT_NOUNS.has(norm)) {
        // "a" is French "à" only when written with its accent (French capitals often drop it: "A RFI, il a dit"): "In a
        // statement, a BBC manager said" is English.
        if (A_PREPS.has(norm) && (norm !== 'a' || isGraveA(t.text.charCodeAt(t.start[j]!), ctx.lang))) res.aPrep = true;
        if (!ARTICLE_WORDS.has(norm)) adjacent = false;
        j--; steps++; continue;
      }
      // English possessive: "Britain's Guardian newspaper"; the country settles a shared name ("Australia's ABC").
      if (norm === 's' && j - 2 >= 0 && t.norm[j - 1]! === "'" && t.kind[j - 2]! === TokKind.Latin) {
        if (!res.country) {
          const two = j - 3 >= 0 && t.kind[j - 3]! === TokKind.Latin ? latinPlaceCountry([t.norm[j - 3]!, t.norm[j - 2]!]) : undefined;
          const c = two ?? latinPlaceCountry([t.norm[j - 2]!]);
          if (c) res.country = c;
        }
        j -= 3; steps++; continue;
      }
    }
    const nat = nationality(norm);
    if (nat) { if (!res.country) res.country = nat; j--; steps++; continue; }
    // "نقلت الصحيفة المتخصصة «X»", "المجلة الأمريكية المتخصصة": what kind of outlet, after its head noun.
    if (t.kind[j]! === TokKind.Arabic && ARABIC_OUTLET_ADJECTIVES.has(norm) && j - 1 >= 0 && blockOf[j - 1]! === b &&
      (outletHead(t, j - 1) || nationality(t.norm[j - 1]!) || ARABIC_OUTLET_ADJECTIVES.has(t.norm[j - 1]!))) { j--; steps++; continue; }
    // "the Afrikaans weekly Rapport", "the Hebrew-language daily": a language before the head noun.
    if (t.kind[j]! === TokKind.Latin && res.head >= 0 && LANGUAGE_ADJ.has(norm)) { j--; steps++; continue; }
    if (t.kind[j]! === TokKind.Arabic) {
      let lamHere = false;
      let report = false;
      const filler = anyForm(t, j, (f, p) => {
        const ok = ARABIC_FILLER.has(f) || REPORT_NOUNS.has(f);
        if (ok && hasLam(p)) lamHere = true;
        if (REPORT_NOUNS.has(f) && p === '') report = true;
        return ok;
      });
      if (filler) { if (lamHere) res.lam = true; if (report && res.lam && res.report < 0) res.report = j; j--; steps++; continue; }
      // "وكالة الأنباء الرسمية "سانا"": "news agency" is a head noun in two words.
      if (t.norm[j] === NEWS_AR && j - 1 >= 0 && outletHead(t, j - 1)) { if (res.head < 0) res.head = j - 1; j -= 2; steps++; continue; }
      // A standalone clitic "لـ", "للـ" before the name, or إلى ("في تصريحات إلى قناة ...").
      if (AR_LOOSE_LAM.has(norm)) { res.lam = true; j--; steps++; continue; }
      // The article written apart: "الـCNN", "الـ«سي إن إن»".
      if (AR_LOOSE_CLITICS.has(norm)) { j--; steps++; continue; }
      // "قال عبر قناة الجزيرة": a channel the speaker used; "على قناة" before the head noun the same
      // ("في تصريحات لبرنامج "الحكاية" على قناة "إم بي سي مصر"").
      const onAir = (norm === 'على' || norm === 'علي') && res.head === j + 1 && (() => { const md = outletHead(t, j + 1)?.medium; return md === 'tv' || md === 'radio'; })();
      if (norm === 'عبر' || norm === 'وعبر' || onAir) { res.lam = true; j--; steps++; continue; }
      // "كتبت رنا سعادة في «نداء الوطن»": a writer's piece in the outlet, the writer named between the verb and في.
      if (norm === 'في' || norm === 'وفي') {
        for (let k = j - 1, n = 0; k >= 0 && n < 4 && blockOf[k]! === b && t.kind[k]! === TokKind.Arabic; k--, n++) {
          const hk = cues.byLast[k]!;
          if (hk >= 0 && cues.first[hk] === k && WROTE_AR.has(t.norm[k]!)) { res.cue = cues.hit(hk); res.stop = k; return res; }
          if (isDefiniteWord(t, k) || ARABIC_FUNCTION.has(t.norm[k]!)) break;
        }
      }
      // "ما + verb": the verb after ما is a filler (وفق ما خلص إليه تقرير X).
      if (j - 1 >= 0 && t.kind[j - 1]! === TokKind.Arabic && MA.has(t.norm[j - 1]!)) { j--; steps++; continue; }
      if (j - 1 >= 0 && cues.byLast[j - 1]! >= 0 && MA.has(t.norm[j - 1]!)) { j--; steps++; continue; }
    }
    break;
  }
  res.stop = j;
  return res;
}

const KANA = new Set(['كان', 'كانت', 'وكان', 'وكانت', 'فكان', 'فكانت'].map((w) => normalizeForMatch(w)));

/**
 * "وكان موقع «إنفوديفنسا» الإسباني المتخصص في الشؤون العسكرية قد كشف": the Arabic pluperfect, كان before the outlet and
 * قد before its verb, with a long description between them. Up to twelve words, in the same sentence.
 */
function pluperfectAfter(ctx: GrammarContext, first: number, head: number, last: number): RightWalk | null {
  const { t, cues, blockOf } = ctx;
  const k = (head >= 0 && head < first ? head : first) - 1;
  if (k < 0 || t.kind[k]! !== TokKind.Arabic || !KANA.has(t.norm[k]!)) return null;
  for (let j = last + 1, n = 0; j + 1 < t.n && n < 12 && blockOf[j] === blockOf[last]; j++, n++) {
    // A quoted name further on is the subject itself: "وكانت وكالة الأنباء اليمنية «سبأ» … قد نقلت".
    if (isSentenceEnd(t, j) || (QUOTES.has(t.norm[j]!) && j > last + 1)) return null;
    if (t.norm[j] === 'قد' && cues.byFirst[j + 1]! >= 0 && (cues.kinds[cues.byFirst[j + 1]!]! & CueKind.Verb)) return { cue: cues.hit(cues.byFirst[j + 1]!) };
  }
  return null;
}

const WROTE_AR = new Set(['كتب', 'كتبت', 'وكتب', 'وكتبت', 'فكتب', 'فكتبت'].map((w) => normalizeForMatch(w)));

/** Words after which a French verb comes before its subject: "ce que révèle Le Canard", "comme le rapportait hier Le Parisien". */
const INVERSION_OPENERS = new Set(['que', 'qu', 'comme', 'ainsi', 'dont']);

/**
 * True when a reporting verb at `first` may have its subject after it: after a comma or a quote
 * (", rapporte Le Monde", "», écrit Libération"), after que/comme/dont ("ce que révèle Le Canard"),
 * or after comme + le/l' ("comme le rapportait Le Parisien").
 */
function invertedBefore(ctx: GrammarContext, first: number): boolean {
  const { t, blockOf } = ctx;
  const b = blockOf[first]!;
  let j = first - 1;
  if (j < 0 || blockOf[j]! !== b) return false;
  if (t.kind[j]! === TokKind.Punct) {
    if (t.norm[j]! === ',' || t.norm[j]! === '"') return true;
    if (t.norm[j]! !== "'") return false;
    // A closing single quote ("'We will fight,' said the BBC") has a space after it; an elision does not.
    if (t.flags[first]! & TokFlag.SpaceBefore) return true;
    j--; // qu'indique, l'a révélé
    if (j < 0 || blockOf[j]! !== b) return false;
  }
  if (t.kind[j]! !== TokKind.Latin) return false;
  const w = t.norm[j]!;
  if (INVERSION_OPENERS.has(w)) return true;
  if (w === 'le' || w === 'l' || w === 'se' || w === 's') {
    let k = j - 1;
    if (k >= 0 && t.norm[k]! === "'") k--;
    return k >= 0 && blockOf[k]! === b && INVERSION_OPENERS.has(t.norm[k]!);
  }
  return false;
}

function isCapLatin(t: Tokens, j: number): boolean {
  return t.kind[j]! === TokKind.Latin && (t.flags[j]! & TokFlag.UpperInitial) !== 0;
}

/** A speech or interview cue up to `window` tokens back in the same sentence. */
function speechBefore(ctx: GrammarContext, first: number, window = 10): CueHit | null {
  const { t, cues, blockOf } = ctx;
  const b = blockOf[first]!;
  for (let j = first - 1, steps = 0; j >= 0 && steps < window && blockOf[j]! === b; j--, steps++) {
    if (isSentenceEnd(t, j)) break;
    // "وقال حواس إن المتحف هدية مصر للعالم": after إن come the words said, not whom they were said to.
    if (t.kind[j]! === TokKind.Arabic && AR_THAT.has(t.norm[j]!)) break;
    const h = cues.byLast[j]!;
    if (h >= 0 && (cues.kinds[h]! & (CueKind.Speech | CueKind.Interview))) return cues.hit(h);
  }
  return null;
}

/**
 * "a indiqué le directeur régional de la Sonede à Sfax, Mourad Ben Slama, à l'agence TAP": a speaker's name set off by
 * commas right before "à": the speech verb is read back from the comma that opens it, past the title.
 */
function speechBeforeSetOffSpeaker(ctx: GrammarContext, from: number): CueHit | null {
  const { t } = ctx;
  let j = from - 1;
  while (j >= 0 && (t.norm[j] === 'l' || t.norm[j] === "'" || t.norm[j] === 'la' || t.norm[j] === 'le')) j--;
  if (j < 1 || !A_PREPS.has(t.norm[j]!) || t.norm[j - 1] !== ',') return null;
  let k = j - 2;
  let caps = 0;
  while (k >= 0 && caps < 5 && isCapLatin(t, k)) { k--; caps++; }
  if (caps < 2 || k < 0 || t.norm[k] !== ',') return null;
  return speechBefore(ctx, k, 10);
}

/**
 * "Le secteur observe aussi avec attention la situation à la RTBF": the state of things "at" a newsroom, named after
 * its noun, is where it happens, not whom it was told to ("a confié sa colère à RTL" keeps its listener).
 */
function objectBeforeA(t: Tokens, sp: CueHit, first: number): boolean {
  let j = first - 1;
  while (j > sp.last && (t.norm[j] === 'la' || t.norm[j] === 'l' || t.norm[j] === "'" || t.norm[j] === 'le' || t.norm[j] === 'les')) j--;
  if (j <= sp.last || !A_PREPS.has(t.norm[j]!)) return false;
  return j - 1 > sp.last && LOCATIVE_STATE_NOUNS.has(t.norm[j - 1]!);
}
const LOCATIVE_STATE_NOUNS = new Set(['situation', 'ambiance', 'climat', 'crise', 'tension', 'tensions', 'greve', 'malaise', 'atmosphere', 'changements',
  'restructuration', 'reorganisation', 'licenciements', 'suppressions', 'departs', 'conditions', 'difficultes', 'turbulences']);

/** A speech cue up to 12 tokens after the name in the same sentence ("Sur RTL, le ministre a estimé"). */
function speechAfter(ctx: GrammarContext, last: number): CueHit | null {
  const { t, cues, blockOf } = ctx;
  const b = blockOf[last];
  let depth = 0;
  for (let j = last + 1, steps = 0; j < t.n && steps < 12 && blockOf[j] === b; j++) {
    // "Sen. Amy Klobuchar (D-MN) warned": a parenthesis does not count against the distance.
    if (t.kind[j]! === TokKind.Punct && OPEN_PARENS.has(t.norm[j]!)) { depth++; continue; }
    if (t.kind[j]! === TokKind.Punct && CLOSE_PARENS.has(t.norm[j]!) && depth > 0) { depth--; continue; }
    if (depth > 0) { if (j - last > 40) break; continue; }
    steps++;
    if (isSentenceEnd(t, j) && !(t.norm[j] === '.' && j > 0 && LATIN_TITLES.has(t.norm[j - 1]!))) break;
    // "tenante du titre", "le titre": a French verb form after a determiner is the noun.
    if (j > 0 && NOUN_DETERMINERS.has(t.norm[j - 1]!)) continue;
    // "sera présenté dans le journal de Kwezi TV et publié sur le site": a participle after "et" goes with the verb before.
    if (j > 0 && (t.norm[j - 1] === 'et' || t.norm[j - 1] === 'and')) continue;
    const h = cues.byFirst[j]!;
    if (h >= 0 && (cues.kinds[h]! & (CueKind.Speech | CueKind.VerbAfter))) return cues.hit(h);
    if (cues.afterLast[j]! >= 0) return cues.afterHit(j);
  }
  return null;
}
const NOUN_DETERMINERS = new Set(['du', 'le', 'un', 'au', 'des', 'les', 'une', 'ce', 'son', 'sa', 'ses', 'leur']);

interface RightWalk { cue: CueHit; /** Where the outlet wrote it, after its name ("صحيفة X، في افتتاحية نشرتها"). */ published?: true }

const REPORT_ADVERBS_EN = new Set(['later', 'also', 'first', 'earlier', 'then', 'separately', 'previously', 'exclusively']);

const LEANING_AR = new Set(['الإصلاحية', 'الإصلاحي', 'الأصولية', 'الأصولي', 'المحافظة', 'المحافظ', 'المعارضة', 'المعارض', 'اليمينية', 'اليميني', 'اليسارية',
  'اليساري', 'المتشددة', 'المتشدد', 'الموالية', 'الموالي', 'المستقلة', 'المستقل', 'الليبرالية', 'الليبرالي', 'القومية', 'الحكومية', 'الرسمية', 'شبه الرسمية',
  'الاقتصادية', 'الرياضية', 'الأسبوعية', 'اليومية', 'المسائية'].map((w) => normalizeForMatch(w)));
const OFFICIAL_AR = new Set(['الرسمية', 'الرسمي', 'الحكومية', 'الحكومي'].map((w) => normalizeForMatch(w)));
const SUBJECT_PRONOUNS = new Set(['on', 'il', 'elle', 'ils', 'elles', 'nous', 'vous', 'je', 'he', 'she', 'they', 'we', 'i', 'you', 'it']);
function walkRight(ctx: GrammarContext, last: number, loose = false, first = -1): RightWalk | null {
  const { t, cues, blockOf } = ctx;
  const b = blockOf[last]!;
  let j = last + 1;
  // "the Kano-based online newspaper, Daily Nigerian, reported": a name set off by commas after its description, then
  // the verb.
  if (first > 0 && t.norm[first - 1] === ',' && j + 1 < t.n && t.norm[j] === ',' && blockOf[j + 1] === b && t.kind[j + 1]! === TokKind.Latin &&
    cues.afterLast[j + 1]! >= 0 && first >= 2 && t.kind[first - 2]! === TokKind.Latin && outletHead(t, first - 2)) return { cue: cues.afterHit(j + 1) };
  let steps = 0;
  let appositionDone = false;
  // "وكالة الأنباء السورية الرسمية (سانا) نقلت": the agency's official standing, then its abbreviation.
  let parenAt = last + 1;
  if (j < t.n && t.kind[j]! === TokKind.Arabic && OFFICIAL_AR.has(t.norm[j]!) && j + 1 < t.n && OPEN_PARENS.has(t.norm[j + 1]!)) { j++; parenAt = j; }
  // "أما صحيفة "هم ميهن" الإصلاحية، فنشرت": the paper's leaning after its name, then the verb.
  else {
    let k = j;
    if (k < t.n && t.kind[k]! === TokKind.Punct && QUOTES.has(t.norm[k]!)) k++;
    if (k < t.n && k > last && t.kind[k]! === TokKind.Arabic && LEANING_AR.has(t.norm[k]!) && blockOf[k] === b) j = k + 1;
  }
  // "وعادت صحيفة «لوفيغارو» الفرنسية، في افتتاحية نشرتها أمس، إلى": where the paper wrote it, after its name, its
  // nationality and a comma.
  if (t.kind[last]! === TokKind.Arabic) {
    let k = j;
    if (k < t.n && t.kind[k]! === TokKind.Punct && QUOTES.has(t.norm[k]!)) k++;
    for (let adj = 0; adj < 2 && k < t.n && blockOf[k] === b && t.kind[k]! === TokKind.Arabic && (nationality(t.norm[k]!) || ARABIC_OUTLET_ADJECTIVES.has(t.norm[k]!)); adj++) k++;
    if (k < t.n && t.norm[k] === ',') k++;
    const h = k < t.n && blockOf[k] === b && t.norm[k] === 'في' ? cues.byFirst[k]! : -1;
    if (h >= 0 && (cues.kinds[h]! & CueKind.Published)) return { cue: cues.hit(h), published: true };
  }
  while (j < t.n && steps < (loose ? 6 : 4) && blockOf[j]! === b) {
    if (cues.afterLast[j]! >= 0) return { cue: cues.afterHit(j) };
    // "BBC Scotland reported", "BBC London said": the outlet's regional edition, named by a place right after it.
    if (j === last + 1 && isCapLatin(t, j) && !(t.flags[j]! & TokFlag.NewlineBefore) && isLatinPlaceName([t.norm[j]!])) { j++; steps++; continue; }
    if (t.kind[j]! === TokKind.Punct) {
      // Possessive: "Al Jazeera's correspondent said".
      // "Axios' Barak Ravid reported", "CNN's Jake Tapper reported": a journalist's name after the possessive.
      if (t.norm[j]! === "'" && (t.flags[j]! & TokFlag.SpaceBefore) === 0 && j + 1 < t.n) {
        let k = j + 1;
        if (t.norm[k]! === 's' && (t.flags[k]! & TokFlag.SpaceBefore) === 0) k++;
        else if (!t.norm[j - 1]!.endsWith('s') || !(isCapLatin(t, k) || POSSESSED.has(t.norm[k]!))) { j++; continue; }
        // "The Sun's front page shows", "The Telegraph's defence editor reported", "the BBC's political editor Chris Mason said".
        let owned = 0;
        // "Haaretz's military correspondent Amos Harel": a plain adjective may come before the staff word.
        while (k < t.n && owned < 4 && blockOf[k] === b && t.kind[k]! === TokKind.Latin && !isCapLatin(t, k) &&
          (POSSESSED.has(t.norm[k]!) || (k + 1 < t.n && blockOf[k + 1] === b && !isCapLatin(t, k + 1) && POSSESSED.has(t.norm[k + 1]!) && STAFF_NOUNS.has(t.norm[k + 1]!)))) { k++; owned++; }
        let caps = 0;
        while (k < t.n && caps < 3 && blockOf[k] === b && isCapLatin(t, k) && !(cues.byFirst[k]! >= 0)) { k++; caps++; }
        // "The Australian Financial Review's Street Talk column reported": a named column or show of the outlet's.
        if (caps > 0 && owned === 0 && k < t.n && blockOf[k] === b && (t.norm[k] === 'column' || t.norm[k] === 'newsletter' || t.norm[k] === 'podcast' ||
          t.norm[k] === 'blog' || t.norm[k] === 'programme' || t.norm[k] === 'program' || t.norm[k] === 'show')) k++;
        // "CNBC's David Faber later reported": an adverb between the journalist and the verb.
        for (let adv = 0; adv < 2 && k < t.n && blockOf[k] === b && (caps > 0 || owned > 0) && cues.afterLast[k]! < 0 && REPORT_ADVERBS_EN.has(t.norm[k]!); adv++) k++;
        // "The BBC's Jeremy Bowen, reporting from Jerusalem, said": an apposition may follow the name.
        if (k < t.n && (caps > 0 || owned > 0) && cues.afterLast[k]! < 0 && t.norm[k] !== ',') break;
        j = k; continue;
      }
      if (QUOTES.has(t.norm[j]!)) { j++; continue; }
      // "Kosmo! reported", "Yahoo! News said": an exclamation mark that is part of the title.
      if (t.norm[j] === '!' && j === last + 1 && !(t.flags[j]! & TokFlag.SpaceBefore) && j + 1 < t.n && t.kind[j + 1]! === TokKind.Latin && !isCapLatin(t, j + 1)) { j++; continue; }
      // "the Iraqi News Agency (INA) later quoted": the outlet's abbreviation in parentheses, right after its name.
      if (j === parenAt && OPEN_PARENS.has(t.norm[j]!)) {
        let k = j + 1;
        while (k < t.n && k <= j + 3 && blockOf[k] === b && isWord(t, k)) k++;
        if (k > j + 1 && k < t.n && CLOSE_PARENS.has(t.norm[k]!)) { j = k + 1; continue; }
      }
      // An apposition or relative clause between the outlet and its verb, once:
      // "Radio Dabanga, a Netherlands-based station, said", "Le quotidien, qui cite des sources, affirme".
      // "X, which first reported the talks" / "صحيفة الغارديان، التي نشرت": the verb sits in the relative clause.
      if (t.norm[j]! === ',' && !appositionDone && j + 1 < t.n && RELATIVE_LATIN.has(t.norm[j + 1]!)) {
        appositionDone = true;
        // "X, which first reported": the verb may open the clause; otherwise skip the clause to its comma.
        let k = j + 2;
        let found: CueHit | null = null;
        for (let q = k; q < t.n && q <= k + 2 && blockOf[q] === b; q++) {
          if (cues.afterLast[q]! >= 0) { found = cues.afterHit(q); break; }
          if (!AFTER_SUBJECT_FILLER.has(t.norm[q]!)) break;
        }
        if (found) return { cue: found };
        while (k < t.n && k - j <= 16 && blockOf[k] === b && !(t.norm[k]! === ',' || isSentenceEnd(t, k))) k++;
        // "le quartier de la Croix, où vivent les familles, on suit": a clause with a subject of its own follows.
        if (k < t.n && t.norm[k]! === ',' && blockOf[k] === b && !(k + 1 < t.n && SUBJECT_PRONOUNS.has(t.norm[k + 1]!))) { j = k + 1; continue; }
        break;
      }
      // "أما «لوموند» الفرنسية، فقد رأت": the topic fronted by أما, its verb after فقد.
      if (t.norm[j]! === ',' && j + 2 < t.n && t.norm[j + 1] === 'فقد' && cues.afterLast[j + 2]! >= 0) return { cue: cues.afterHit(j + 2) };
      // ... or glued to its verb: "أما صحيفة «إل موندو»، فتناولت".
      if (t.norm[j]! === ',' && j + 1 < t.n && t.kind[j + 1]! === TokKind.Arabic && t.norm[j + 1]!.startsWith('ف') && cues.afterLast[j + 1]! >= 0 && ammaBefore(t, j)) return { cue: cues.afterHit(j + 1) };
      // ("Yedioth Ahronoth, Israel's biggest-selling daily, reported": the apposition may open on a country's possessive.)
      const placePossessive = j + 3 < t.n && isCapLatin(t, j + 1) && t.norm[j + 2] === "'" && t.norm[j + 3] === 's' && !(t.flags[j + 2]! & TokFlag.SpaceBefore) &&
        isLatinPlaceName([t.norm[j + 1]!]);
      if (t.norm[j]! === ',' && !appositionDone && j + 1 < t.n && t.kind[j + 1]! === TokKind.Latin && ((t.flags[j + 1]! & TokFlag.UpperInitial) === 0 || placePossessive)) {
        let k = j + 1;
        while (k < t.n && k - j <= 14 && blockOf[k] === b && !(t.norm[k]! === ',' || isSentenceEnd(t, k))) {
          // A quote closing inside the aside ("24 heures, et on nous remercie … », confie"): the name was in someone's words.
          if (t.text[t.start[k]!] === '»' || t.text[t.start[k]!] === '”') return null;
          k++;
        }
        if (k < t.n && t.norm[k]! === ',' && blockOf[k] === b && !(k + 1 < t.n && SUBJECT_PRONOUNS.has(t.norm[k + 1]!))) { appositionDone = true; j = k + 1; continue; }
      }
      break;
    }
    const norm = t.norm[j]!;
    if (norm === 'فقد' && j + 1 < t.n && cues.afterLast[j + 1]! >= 0) return { cue: cues.afterHit(j + 1) };
    // "It was the Guardian that first revealed", "the BBC, whose" aside: a restrictive relative with no comma.
    // ... and French "C'est Het Nieuwsblad qui a révélé".
    if (((norm === 'that' || norm === 'who' || norm === 'which' || (norm === 'qui' && clefted(t, last))) && t.kind[j]! === TokKind.Latin) ||
      // "ونختم من «الصباح» التي أفادت": the Arabic relative needs no comma.
      ((norm === 'التي' || norm === 'الذي') && t.kind[j]! === TokKind.Arabic)) {
      for (let q = j + 1; q < t.n && q <= j + 3 && blockOf[q] === b; q++) {
        if (cues.afterLast[q]! >= 0) return { cue: cues.afterHit(q) };
        if (!AFTER_SUBJECT_FILLER.has(t.norm[q]!)) break;
      }
      break;
    }
    // "قناة "المسيرة" التابعة لجماعة الحوثي قد نقلت": who owns or backs the outlet, between it and its verb.
    if (t.kind[j]! === TokKind.Arabic && AFFILIATION_AR.has(norm) && steps < 3) {
      let k = j + 1;
      while (k < t.n && k <= j + 4 && blockOf[k] === b && t.kind[k]! === TokKind.Arabic && cues.afterLast[k]! < 0) k++;
      if (k < t.n && cues.afterLast[k]! >= 0) return { cue: cues.afterHit(k) };
      j = k; steps++; continue;
    }
    // "A Guardian analysis of official data found", "A Reuters review of court filings showed": the piece's object.
    if (norm === 'of' && j > 0 && REPORT_NOUNS.has(t.norm[j - 1]!)) {
      for (let q = j + 1; q < t.n && q <= j + 5 && blockOf[q] === b && t.kind[q]! !== TokKind.Punct; q++) {
        if (cues.afterLast[q]! >= 0) return { cue: cues.afterHit(q) };
      }
      break;
    }
    // "The Sunday Times of London reported": the paper's city.
    if (norm === 'of' && j + 1 < t.n && isCapLatin(t, j + 1) && isLatinPlaceName([t.norm[j + 1]!])) { j += 2; steps++; continue; }
    // "The Washington Post editorial board said", "the BBC investigations team found".
    if (t.kind[j]! === TokKind.Latin && !isCapLatin(t, j) && POSSESSED.has(norm) && steps < 3 && !(STAFF_NOUNS.has(norm) && j + 1 < t.n && isCapLatin(t, j + 1))) { j++; steps++; continue; }
    // "CNN and other outlets reported", "Le Monde et d'autres médias rapportent".
    if ((norm === 'and' || norm === 'et') && j + 1 < t.n && OTHERS.has(t.norm[j + 1]!)) {
      let k = j + 2;
      while (k < t.n && k <= j + 4 && blockOf[k] === b && (OTHERS.has(t.norm[k]!) || t.norm[k] === "'" || MEDIA_PLURALS.has(t.norm[k]!) || outletHead(t, k))) k++;
      if (k < t.n && cues.afterLast[k]! >= 0) return { cue: cues.afterHit(k) };
      break;
    }
    // A staff member named between the outlet and the verb: "Al Jazeera English correspondent Hashem Ahelbarra reported".
    if (t.kind[j]! === TokKind.Latin && STAFF_NOUNS.has(norm) && j + 1 < t.n && isCapLatin(t, j + 1)) {
      let k = j + 1;
      let caps = 0;
      while (k < t.n && caps < 3 && blockOf[k] === b && isCapLatin(t, k) && !(cues.byFirst[k]! >= 0)) { k++; caps++; }
      if (caps > 0 && k < t.n && cues.afterLast[k]! >= 0) return { cue: cues.afterHit(k) };
      break;
    }
    if (nationality(norm) || AFTER_SUBJECT_FILLER.has(norm) || (t.kind[j]! === TokKind.Latin && (outletHead(t, j) || OUTLET_ADJECTIVES.has(norm)))) { j++; steps++; continue; }
    // After an anaphor, a short modifier may stand before the verb: "Le quotidien conservateur salue", "L'hebdomadaire de Hambourg pointe".
    // ("le journal de Kwezi TV et publié sur le site": after "et" a participle is coordinated with another verb, not this subject's.)
    if (loose && t.kind[j]! === TokKind.Latin && steps < 3 && norm !== 'et' && norm !== 'and') { j++; steps++; continue; }
    break;
  }
  return null;
}

/** Words before a shared tail that make a different paper: Financial Times, Sunday Times, Sunday Telegraph. */
const DATED_PAST = /^\s*["»”']?\s*(?:عام|سنة|في عام|in|en)\s+(?:19|20)\d\d\b/;
function trailingCapsCredit(ctx: GrammarContext, m: OutletMention): boolean {
  const { t, blockOf } = ctx;
  const b = blockOf[m.first]!;
  if (b < ctx.blocks.length - 2 || t.kind[m.first]! !== TokKind.Latin) return false;
  for (let j = m.first; j <= m.last; j++) if (t.kind[j]! === TokKind.Latin && !(t.flags[j]! & TokFlag.AllUpper)) return false;
  const bl = blockLastTok(ctx, b);
  if (!(m.last === bl || (m.last + 1 === bl && isSentenceEnd(t, bl)))) return false;
  const p = m.first - 1;
  return p >= 0 && blockOf[p] === b && isSentenceEnd(t, p);
}

function closingWithCredit(ctx: GrammarContext, m: OutletMention): boolean {
  const { t, blockOf } = ctx;
  const b = blockOf[m.first]!;
  if (b !== ctx.blocks.length - 1 || m.first < 3) return false;
  const w = t.norm[m.first - 1]!;
  if (w !== 'with' && w !== 'avec') return false;
  const first = ctx.blockFirst[b]!;
  const last = blockLastTok(ctx, b);
  // ("(Avec TAP)" alone is the credit line the footer rule reads.)
  if (t.norm[first] !== '(' || first + 1 >= m.first - 1 || last !== m.last + 1 || t.norm[last] !== ')' || last - first > 12) return false;
  return true;
}

function trailingDashCredit(ctx: GrammarContext, m: OutletMention): boolean {
  const { t, blockOf } = ctx;
  const b = blockOf[m.first]!;
  if (b !== ctx.blocks.length - 1 || t.kind[m.first]! !== TokKind.Latin || !m.entry || m.entry.common || m.entry.ids.length !== 1) return false;
  if (ctx.reg.byId(m.entry.ids[0]!)?.medium !== 'agency') return false;
  const bl = blockLastTok(ctx, b);
  if (!(m.last === bl || (m.last + 1 === bl && isSentenceEnd(t, bl)))) return false;
  let p = m.first - 1;
  if (p < 1 || blockOf[p] !== b || (t.norm[p] !== '-' && t.norm[p] !== '–' && t.norm[p] !== '—')) return false;
  p--;
  if (t.norm[p] === '-') p--;
  return p >= 0 && blockOf[p] === b && (isSentenceEnd(t, p) || t.norm[p] === '"' || t.norm[p] === '”' || t.norm[p] === '»');
}

function placeCovers(t: Tokens, first: number, last: number): boolean {
  if (last >= t.n) return false;
  for (const p of findPlaces(t)) if (p.first <= first && p.last >= last) return true;
  return false;
}

/** "أما" opening the clause that ends at `comma`: the topic of a "أما …، فـ" sentence. */
function ammaBefore(t: Tokens, comma: number): boolean {
  for (let k = comma - 1; k >= 0 && comma - k <= 10; k--) {
    if (isSentenceEnd(t, k) || (t.norm[k] === ',' && k < comma)) return false;
    if (t.norm[k] === 'اما' || t.norm[k] === 'واما') return true;
  }
  return false;
}

function isDefiniteWord(t: Tokens, j: number): boolean {
  return arabicForms(t.norm[j]!).some((f) => f.form.startsWith('ال') && f.form.length > 3 && f.prefix === '');
}

function withinBefore(t: Tokens, first: number): boolean {
  let p = first - 1;
  while (p >= 0 && (t.norm[p] === 'la' || t.norm[p] === 'le' || t.norm[p] === 'l' || t.norm[p] === "'" || t.norm[p] === 'the')) p--;
  if (p >= 0 && t.norm[p] === 'du') return p >= 1 && t.norm[p - 1] === 'sein';
  if (p >= 1 && t.norm[p] === 'de' && t.norm[p - 1] === 'sein') return true;
  return p >= 0 && (t.norm[p] === 'within' || t.norm[p] === 'inside');
}

/** "On X," / "On X's "Programme"," / "Sur X," opening its sentence. */
/** Nouns for a channel's own output, as the subject after "Sur X,": its bulletins, programmes, schedule. */
const PROGRAMME_SUBJECTS = new Set(['rendez', 'journaux', 'jt', 'emission', 'emissions', 'programmes', 'programmation', 'grille', 'flashs', 'bulletins', 'antenne',
  'matinale', 'programming', 'schedule', 'shows']);

function frontedBroadcast(t: Tokens, onTok: number, last: number): boolean {
  const p = onTok - 1;
  // At the sentence's start, or after a short opening phrase: "La veille, sur LCI, le président …".
  const opener = (): boolean => {
    if (t.norm[p] !== ',') return false;
    for (let j = p - 1, words = 0; j >= 0; j--) {
      if (isSentenceEnd(t, j) || (t.flags[j + 1]! & TokFlag.NewlineBefore)) return true;
      // "et 2 min 10 s sur Carrefour Génipa," is a race gap, not an opening phrase.
      if (t.kind[j]! === TokKind.Number) return false;
      if (isWord(t, j) && ++words > 3) return false;
    }
    return true;
  };
  if (p >= 0 && !(t.flags[onTok]! & TokFlag.NewlineBefore) && !isSentenceEnd(t, p) && t.norm[p] !== '"' && t.norm[p] !== '«' && !opener()) return false;
  let k = last + 1;
  // The programme after a possessive: "ABC's "This Week"", "CNN's State of the Union".
  if (k + 1 < t.n && (t.norm[k] === "'" || t.norm[k] === '’') && t.norm[k + 1] === 's') {
    k += 2;
    for (let steps = 0; k < t.n && steps < 8 && t.norm[k] !== ','; steps++, k++) if (isSentenceEnd(t, k)) return false;
  }
  if (!(k < t.n && t.norm[k] === ',')) return false;
  // "Sur France Inter, il anime La Bande originale": the person hosts a show there; the channel is no source.
  const subject = k + 1;
  const verb = subject + 1 < t.n && (t.norm[subject] === 'il' || t.norm[subject] === 'elle' || t.norm[subject] === 'he' || t.norm[subject] === 'she') ? subject + 1 : -1;
  if (verb >= 0 && (t.norm[verb] === 'toujours' ? HOSTING_VERBS.has(t.norm[verb + 1] ?? '') : HOSTING_VERBS.has(t.norm[verb]!))) return false;
  // "Sur La Première, les rendez-vous d'information du matin ont été remplacés": the channel's own programmes are the subject.
  for (let q = subject; q < t.n && q <= subject + 2; q++) if (PROGRAMME_SUBJECTS.has(t.norm[q]!)) return false;
  return true;
}

const HOSTING_VERBS = new Set(['anime', 'animait', 'presente', 'presentait', 'officie', 'officiait', 'coanime', 'hosts', 'hosted', 'presents', 'anchors']);

/** "الصادرة في ميونيخ", "التابعة لـ", "المملوكة لـ", "المقربة من", "الموالية لـ", "الناطقة باسم": where an outlet appears, or its owner or camp. */
const AFFILIATION_AR = new Set(['الصادره', 'الصادر', 'التابعه', 'التابع', 'المملوكه', 'المملوك', 'المقربه', 'المقرب', 'المواليه', 'الموالي', 'الناطقه', 'الناطق', 'المحسوبه', 'المحسوب']);

const PUBLIC_OPINION = 'الراي العام';

/** A participle that makes the outlet before it a relay of the one after ("CNN, citing a report in Axios", "a indiqué le parquet à l'AFP, confirmant une information de Mediapart", "نقلت صحيفة التايمز عن تقرير نشرته صحيفة هآرتس"). */
const CITING_WORDS = new Set(['citing', 'quoting', 'citant', 'confirmant', 'confirming', 'confirme', 'confirment', 'confirms', 'عن']);
const NOT_SHORTENED = new Set(['financial', 'sunday', 'economic', 'business', 'evening', 'morning']);

/** "the Daily Mail's owner", "the BBC's lawyers": a possessive that leads to a person or thing outside the newsroom. */
function ownerAfter(t: Tokens, last: number, blockOf: Int32Array): boolean {
  let k = last + 1;
  if (k >= t.n || t.norm[k] !== "'" || (t.flags[k]! & TokFlag.SpaceBefore) || blockOf[k] !== blockOf[last]) return false;
  k++;
  if (k < t.n && t.norm[k] === 's' && !(t.flags[k]! & TokFlag.SpaceBefore)) k++;
  return k < t.n && t.kind[k]! === TokKind.Latin && !(t.flags[k]! & TokFlag.UpperInitial) && !POSSESSED.has(t.norm[k]!) && !STAFF_NOUNS.has(t.norm[k]!);
}

/** What an outlet's possessive may introduce before the verb: its staff, its pages, its pieces. */
const POSSESSED = new Set(['front', 'page', 'pages', 'cover', 'lead', 'story', 'stories', 'headline', 'headlines', 'editorial', 'board', 'investigation',
  'investigative', 'team', 'unit', 'analysis', 'reporting', 'reporters', 'reporter', 'correspondent', 'correspondents', 'editor', 'editors', 'desk', 'political',
  'diplomatic', 'defence', 'defense', 'security', 'economics', 'economic', 'business', 'health', 'science', 'home', 'affairs', 'chief', 'senior', 'international',
  'foreign', 'royal', 'media', 'technology', 'tech', 'legal', 'crime', 'sports', 'football', 'middle', 'east', 'europe', 'africa', 'asia', 'washington',
  'own', 'latest', 'exclusive', 'poll', 'survey', 'data', 'tally', 'count', 'review', 'columnist', 'anchor', 'presenter', 'host', 'show', 'programme', 'program',
  'report', 'reports', 'article', 'website', 'site', 'account', 'coverage', 'sources']);

/** Newsroom staff titles that may stand between an outlet and a reporter's name. */
const STAFF_NOUNS = new Set(['correspondent', 'reporter', 'editor', 'journalist', 'anchor', 'presenter', 'columnist', 'analyst', 'producer', 'host',
  'correspondant', 'correspondante', 'envoyé', 'envoyee', 'envoye', 'journaliste', 'chroniqueur', 'chroniqueuse', 'éditorialiste', 'editorialiste']);
const OTHERS = new Set(['other', 'others', 'several', 'many', 'autres', 'd', 'plusieurs', 'de', 'nombreux', 'news', 'organizations', 'organisations']);

/** Plural media words before "including X": "Israeli media, including Channel 12", "plusieurs médias, dont BFMTV". */
const MEDIA_PLURALS = new Set(['media', 'outlets', 'newspapers', 'papers', 'reports', 'broadcasters', 'channels', 'agencies', 'tabloids', 'dailies',
  'medias', 'journaux', 'quotidiens', 'chaines', 'presse', 'titres', 'وسائل', 'الصحف', 'صحف', 'تقارير', 'وسائل الإعلام', 'القنوات', 'قنوات', 'مواقع'].map((w) => normalizeForMatch(w)));
const INCLUDING = new Set(['including', 'notably', 'dont', 'notamment', 'parmi', 'among', 'بينها', 'منها', 'ومنها', 'وبينها', 'أبرزها', 'ابرزها', 'خاصة', 'لاسيما', 'ولاسيما']);

/** "Israeli media, including Channel 12", "plusieurs médias, dont BFMTV", "وسائل إعلام عبرية، بينها القناة 12". */
function includedAmongMedia(ctx: GrammarContext, first: number): number {
  const { t, blockOf, cues } = ctx;
  let q = first - 1;
  while (q >= 0 && blockOf[q] === blockOf[first] && (t.norm[q] === 'the' || t.norm[q] === 'le' || t.norm[q] === 'la' || t.norm[q] === 'l' || t.norm[q] === "'" || QUOTES.has(t.norm[q]!))) q--;
  if (q < 0 || blockOf[q] !== blockOf[first] || !INCLUDING.has(t.norm[q]!)) return -1;
  for (let k = q - 1, steps = 0; k >= 0 && steps < 5 && blockOf[k] === blockOf[first]; k--, steps++) {
    if (isSentenceEnd(t, k)) return -1;
    if (MEDIA_PLURALS.has(t.norm[k]!)) {
      // "The company's big-city dailies, including the National Post": titles someone owns, not sources.
      for (let o = k - 1; o >= 0 && o >= k - 4 && blockOf[o] === blockOf[first]; o--) if (OWNER_WORDS.has(t.norm[o]!) || (t.norm[o] === 's' && t.norm[o - 1] === "'")) return -1;
      // The media must be reporting: "according to several media, including X", "media outlets, including X,
      // reported"; "Broadcasters, including CBC, received a separate share" is news about them.
      const cueBefore = (k >= 1 && blockOf[k - 1] === blockOf[k] && cues.byLast[k - 1]! >= 0) || (k >= 2 && blockOf[k - 2] === blockOf[k] && cues.byLast[k - 2]! >= 0);
      let cueAfter = false;
      for (let j = first + 1, n = 0; j < t.n && n < 14 && blockOf[j] === blockOf[first] && !isSentenceEnd(t, j); j++, n++) {
        const h = cues.byFirst[j]!;
        if (h >= 0 && (cues.kinds[h]! & (CueKind.Verb | CueKind.VerbAfter | CueKind.Speech)) !== 0) { cueAfter = true; break; }
        if (cues.afterLast[j]! >= 0) { cueAfter = true; break; }
      }
      return cueBefore || cueAfter ? q : -1;
    }
  }
  return -1;
}
const OWNER_WORDS = new Set(['its', 'their', 'his', 'her', 'ses', 'leurs', 'son', 'sa', 'owns', 'owned', 'detient', 'possede']);

const SYNDICATION_CUE = /originally|first (?:appeared|published)|republi|reprinted|reproduced|produced in partnership|initialement|paru initialement/i;

const REPEATED_PREPOSITIONS = new Set(['de', 'd', "'", 'l', 'du', 'des', 'la', 'le', 'à', 'au', 'aux', 'par', 'selon', 'by', 'of', 'to', 'from']);
const CUE_PREPOSITIONS = new Set(['à', 'au', 'aux', 'par', 'selon', 'by', 'to', 'from']);

function articleNotInTitle(ctx: GrammarContext, first: number, key: string): boolean {
  const t = ctx.t;
  if (first < 1 || t.kind[first]! !== TokKind.Latin) return false;
  const before = t.norm[first - 1]!;
  const article = before === 'le' || before === 'la' || before === 'les' ? before : before === "'" && first >= 2 && t.norm[first - 2] === 'l' ? 'l' : null;
  if (!article) return false;
  const at = article === 'l' ? first - 2 : first - 1;
  const c = t.text.charCodeAt(t.start[at]!);
  if (c < 97 || c > 122) return false;
  // Only after a preposition of place: "selon le Sud-Ouest" still quotes the paper.
  const prep = at - 1 >= 0 ? t.norm[at - 1]! : '';
  if (prep !== 'dans' && prep !== 'vers' && prep !== 'depuis') return false;
  return key.split(' ').every((w) => COMPASS_WORDS.has(w)) && ctx.reg.lookupAlias(article === 'l' ? `l'${key}` : `${article} ${key}`) === undefined;
}
const COMPASS_WORDS = new Set(['nord', 'sud', 'est', 'ouest', 'centre', 'midi']);

/** "X الصادرة عن Y", "X التابعة لـ Y": an affiliation word right after an outlet's name, before the cue. */
function publisherAfterTitle(t: Tokens, cueFirst: number, mentions: readonly OutletMention[], mi: number): boolean {
  const w = cueFirst - 1;
  if (w < 1 || !AFFILIATION_AR.has(t.norm[w]!)) return false;
  let q = w - 1;
  while (q >= 0 && QUOTES.has(t.norm[q]!)) q--;
  for (let k = mi - 1; k >= 0 && k >= mi - 3; k--) if (mentions[k]!.last === q) return true;
  return false;
}

const CLAUSE_PUNCT = new Set(['.', ',', ';', ':', '!', '?', '(', '«', '"', '“', '—', '–', '-', '…']);

const REVIEW_VERBS_AR = new Set(['تكتب', 'يكتب', 'كتب', 'كتبت', 'نقرا', 'تقول', 'يقول', 'تري', 'يري', 'تتناول', 'يتناول', 'تنشر', 'نشرت', 'تطالعنا', 'نطالع']);
const REVIEW_TOUR_AR = new Set(['جولتنا', 'جوله', 'جولة', 'نبدا', 'نختتم', 'ونختتم', 'نختم', 'ونختم', 'ننتقل', 'وننتقل', 'نتوقف', 'ونتوقف']);
/** The token opening an Arabic press-review frame around a headed outlet name, or -1. */
function pressReviewFrameAr(t: Tokens, m: OutletMention, blockOf: Int32Array): number {
  const h = m.head >= 0 && m.head < m.first ? m.head : -1;
  if (h < 1) return -1;
  const p = h - 1;
  const b = blockOf[m.first]!;
  if (blockOf[p] !== b) return -1;
  const prep = t.norm[p]!;
  if (prep === 'في' || prep === 'وفي' || prep === 'ففي') {
    let q = m.last + 1;
    if (q < t.n && nationality(t.norm[q]!)) q++;
    if (q >= t.n || t.norm[q] !== ',') return -1;
    for (let r = q + 1; r < t.n && r <= q + 3 && blockOf[r] === b; r++) if (REVIEW_VERBS_AR.has(t.norm[r]!)) return p;
    return -1;
  }
  if (prep === 'من' || prep === 'مع' || prep === 'الي' || prep === 'إلى' || prep === 'الى') {
    // ("ونختم مع صحيفة «إل باييس» الكتالونية، التي أفادت": the relative clause reports; it is read as such.)
    let q = m.last + 1;
    while (q < t.n && (QUOTES.has(t.norm[q]!) || nationality(t.norm[q]!))) q++;
    if (q + 1 < t.n && t.norm[q] === ',' && (t.norm[q + 1] === 'التي' || t.norm[q + 1] === 'الذي')) return -1;
    for (let r = p - 1; r >= 0 && r >= p - 6 && blockOf[r] === b; r--) if (REVIEW_TOUR_AR.has(t.norm[r]!)) return r;
  }
  return -1;
}

function hasCuePreposition(t: Tokens, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (CUE_PREPOSITIONS.has(t.norm[j]!)) return true;
  return false;
}

/** "contributed to this report", "contributed reporting" up to 12 tokens after the name, in the same sentence. */
function contributedAfter(ctx: GrammarContext, last: number): boolean {
  const { t, blockOf } = ctx;
  const b = blockOf[last];
  for (let j = last + 1, steps = 0; j + 1 < t.n && steps < 12 && blockOf[j] === b; j++, steps++) {
    if (isSentenceEnd(t, j)) return false;
    if (t.norm[j] !== 'contributed') continue;
    const n1 = t.norm[j + 1];
    const n2 = t.norm[j + 2];
    return n1 === 'reporting' || (n1 === 'to' && n2 === 'this' && (t.norm[j + 3] === 'report' || t.norm[j + 3] === 'story' || t.norm[j + 3] === 'article'));
  }
  return false;
}

/** French nouns for a piece of journalism that name their outlet with de/du: "une enquête de Mediapart". */
const FR_PIECES = new Set(['enquete', 'enquetes', 'article', 'articles', 'reportage', 'reportages', 'editorial', 'revelations', 'documentaire', 'investigation', 'tribune']);

function pieceBefore(t: Tokens, first: number): number {
  let q = first - 1;
  if (q >= 0 && t.kind[q]! === TokKind.Punct && QUOTES.has(t.norm[q]!)) q--;
  if (q < 0) return -1;
  if (t.norm[q] === "'" && q - 1 >= 0 && t.norm[q - 1] === 'd') q--;
  else if (!(t.norm[q] === 'de' || t.norm[q] === 'du' || t.norm[q] === 'des')) return -1;
  const p = q - 1;
  if (p < 0 || !FR_PIECES.has(t.norm[p]!)) return -1;
  // "Les Enquêtes de Marianne": a capitalised piece noun inside a sentence is a show's or a book's title.
  if ((t.flags[p]! & TokFlag.UpperInitial) && p > 0 && !isSentenceEnd(t, p - 1) && !(t.flags[p]! & TokFlag.NewlineBefore)) return -1;
  // "un épisode consacré à l'enquête de Marianne": what a programme is devoted to is its topic, not a source.
  for (let k = p - 1; k >= 0 && k >= p - 5; k--) if (DEVOTED.has(t.norm[k]!)) return -1;
  return p;
}
/** "consacré à la", "dédiée au": the words right before a name. */
function devotedTo(t: Tokens, first: number): boolean {
  let k = first - 1;
  while (k >= 0 && (t.norm[k] === 'la' || t.norm[k] === 'le' || t.norm[k] === 'l' || t.norm[k] === "'" || t.norm[k] === 'les')) k--;
  if (k < 1 || !(t.norm[k] === 'a' || t.norm[k] === 'au' || t.norm[k] === 'aux')) return false;
  return DEVOTED.has(t.norm[k - 1]!);
}
const DEVOTED = new Set(['consacre', 'consacree', 'consacres', 'consacrees', 'dedie', 'dediee', 'dedies', 'dediees']);

/**
 * A parenthesis holding only outlets, closing a sentence or a line: "sur l'ensemble de la ligne (Belga).", "jsi/rc (dpa, AFP)".
 * Not an acronym after a full name ("the Syrian Arab News Agency (SANA)"): the word before the parenthesis must not be a name.
 */
function creditParens(ctx: GrammarContext, mi: number, mentions: readonly OutletMention[]): boolean {
  const { t, blockOf } = ctx;
  const m = mentions[mi]!;
  const b = blockOf[m.first]!;
  let open = m.first - 1;
  for (let k = mi - 1; k >= 0; k--) {
    const p = mentions[k]!;
    let q = open;
    while (q > p.last && (t.norm[q] === ',' || t.norm[q] === '/' || t.norm[q] === 'and' || t.norm[q] === 'et' || t.norm[q] === 'و')) q--;
    if (q !== p.last || q === open) break;
    open = p.first - 1;
  }
  // "(L'essentiel/AFP)": the publication's one-word name before a slash, then the agency. Two names there are a
  // photographer's ("(John Smith/AFP)"), a credit of the picture.
  if (open >= 1 && t.norm[open] === '/' && blockOf[open] === b) {
    let q = open - 1;
    let words = 0;
    while (q >= 0 && open - q <= 5 && blockOf[q] === b && ((t.kind[q]! === TokKind.Latin && !PHOTO_WORDS.has(t.norm[q]!) && !LATIN_GIVEN.has(t.norm[q]!)) || t.norm[q] === "'" || t.norm[q] === '.')) {
      if (t.kind[q]! === TokKind.Latin && t.norm[q] !== 'l') words++;
      q--;
    }
    if (words === 1 && q >= 0 && isPunct(t, q, OPEN_PARENS)) open = q;
  }
  if (open < 0 || blockOf[open] !== b || !isPunct(t, open, OPEN_PARENS)) return false;
  // A short line ending in "(AFP)" is a photo caption ("Le président à l'Élysée, lundi. (AFP)"); a credit closes a
  // real paragraph or the story.
  if (ctx.blockWords[b]! < 15 && b < ctx.blocks.length - 2) return false;
  let close = m.last + 1;
  for (let k = mi + 1; k < mentions.length; k++) {
    const n = mentions[k]!;
    let q = close;
    while (q < n.first && (t.norm[q] === ',' || t.norm[q] === '/' || t.norm[q] === 'and' || t.norm[q] === 'et' || t.norm[q] === 'و')) q++;
    if (q !== n.first || q === close) break;
    close = n.last + 1;
  }
  if (close >= t.n || blockOf[close] !== b || !isPunct(t, close, CLOSE_PARENS)) return false;
  const after = close + 1;
  if (!(after >= t.n || blockOf[after] !== b || isSentenceEnd(t, after) || t.norm[after] === ',' || t.norm[after] === '.')) return false;
  const before = open - 1;
  if (before >= 0 && blockOf[before] === b && t.kind[before]! === TokKind.Latin && (t.flags[before]! & TokFlag.UpperInitial)) return false;
  if (before >= 0 && blockOf[before] === b && mentions.some((x) => x.last === before)) return false;
  // "قال لـ(السوداني)،": a name in parentheses after a preposition is its object, as Sudanese papers write their own.
  if (before >= 0 && blockOf[before] === b && t.kind[before]! === TokKind.Arabic && (t.norm[before] === 'ل' || t.norm[before] === 'ول' || t.norm[before] === 'لل')) return false;
  return true;
}

function quotedAround(t: Tokens, m: OutletMention): { open: number; close: number } | null {
  const o = m.first - 1;
  if (o < 0 || !isPunct(t, o, QUOTES)) return null;
  let c = m.last + 1;
  if (c < t.n && t.kind[c]! === TokKind.Arabic && nationality(t.norm[c]!)) c++;
  if (c < t.n && isPunct(t, c, QUOTES)) return { open: o, close: c };
  if (m.last + 1 < t.n && isPunct(t, m.last + 1, QUOTES)) return { open: o, close: m.last + 1 };
  return null;
}

function nationalityAfter(t: Tokens, m: OutletMention): { tok: number; country: string } | null {
  let j = m.last + 1;
  if (j < t.n && isPunct(t, j, QUOTES)) j++;
  if (j < t.n && (t.flags[j]! & TokFlag.NewlineBefore) === 0 && t.kind[j]! === TokKind.Arabic) {
    const c = nationality(t.norm[j]!);
    if (c) return { tok: j, country: c };
  }
  return null;
}

/** "Freedom of the Press", "Friends of the Earth": a capitalised word and "of" (and an article) before `first`, inside a sentence. */
const STATEMENT_NOUNS = new Set(['communique', 'communiques', 'statement', 'statements', 'release']);
/** A press release's noun among the three words before a publishing cue. */
function statementBefore(t: Tokens, cueFirst: number, blockOf: Int32Array): boolean {
  for (let j = cueFirst - 1; j >= 0 && j >= cueFirst - 3 && blockOf[j] === blockOf[cueFirst]; j--) {
    if (STATEMENT_NOUNS.has(t.norm[j]!)) return true;
    if (t.kind[j]! === TokKind.Punct) return false;
  }
  return false;
}

const BULLETIN_AR = new Set(['نشرة', 'نشرتها', 'نشرته', 'النشرة', 'ونشرة', 'بنشرة', 'نشرات', 'النشرات'].map((w) => normalizeForMatch(w)));
const BULLETIN_ADJECTIVES_AR = new Set(['الإخبارية', 'الاخبارية', 'الإخبارية'].map((w) => normalizeForMatch(w)));

const INVERSION_ADVERBS = new Set(['encore', 'aussi', 'egalement', 'enfin', 'ainsi', 'alors', 'toutefois', 'cependant', 'pourtant', 'quant']);
/** After a French verb, an article and an outlet's head noun: the subject, inverted ("indique encore le journal"). */
function invertedSubjectAfter(t: Tokens, cueLast: number, blockOf: Int32Array): boolean {
  let j = cueLast + 1;
  // (Two adverbs at most: a page of "encore encore …" stays linear.)
  while (j < t.n && j <= cueLast + 2 && blockOf[j] === blockOf[cueLast] && INVERSION_ADVERBS.has(t.norm[j]!)) j++;
  if (j + 1 >= t.n || blockOf[j] !== blockOf[cueLast]) return false;
  if (t.norm[j] === 'l' && t.norm[j + 1] === "'") j += 2;
  else if (t.norm[j] === 'le' || t.norm[j] === 'la') j++;
  else return false;
  return j < t.n && t.kind[j]! === TokKind.Latin && !(t.flags[j]! & TokFlag.UpperInitial) && OUTLET_HEADS.has(t.norm[j]!);
}

const DATA_NOUNS_AR = new Set(['بيانات', 'إحصاءات', 'إحصائيات', 'أرقام', 'تقديرات', 'حسابات', 'معطيات'].map((w) => normalizeForMatch(w)));

const RELEVER = new Set(['releve', 'relevent', 'relevait', 'relevaient']);

function closesLongerName(t: Tokens, first: number, blockOf: Int32Array): boolean {
  let p = first - 1;
  if (p >= 0 && t.norm[p] === 'the' && !(t.flags[p]! & TokFlag.UpperInitial)) p--;
  if (p < 2 || t.norm[p] !== 'of') return false;
  p--;
  // (Not at the sentence's opening: "Both of the Times' reporters".)
  return blockOf[p] === blockOf[first] && isCapLatin(t, p) && !(t.flags[p]! & TokFlag.AllUpper) && t.kind[p - 1]! !== TokKind.Punct && blockOf[p - 1] === blockOf[p];
}

/** "according to the India Today report", "citing a Sun investigation": the name qualifies a piece of journalism in lower case. */
const PIECE_NOUNS_EN = new Set(['report', 'reports', 'survey', 'poll', 'investigation', 'analysis', 'article', 'story', 'editorial']);
function pieceNounAfter(t: Tokens, last: number): boolean {
  const j = last + 1;
  return j < t.n && t.kind[last]! === TokKind.Latin && t.kind[j]! === TokKind.Latin && !(t.flags[j]! & (TokFlag.UpperInitial | TokFlag.NewlineBefore)) && PIECE_NOUNS_EN.has(t.norm[j]!);
}

function boundaryAfter(t: Tokens, m: OutletMention, natTok: number): boolean {
  const j = (natTok >= 0 ? natTok : m.last) + 1;
  if (j >= t.n) return true;
  if (t.flags[j]! & TokFlag.NewlineBefore) return true;
  if (t.kind[j]! === TokKind.Punct) return true;
  // ", a appris Le Parisien de source syndicale".
  if (t.norm[j] === 'de' && j + 1 < t.n && (t.norm[j + 1] === 'source' || t.norm[j + 1] === 'sources')) return true;
  // An edition or a day: "Le Parisien de l'Oise", "Le Parisien du Val-d'Oise", "Le Soir de mardi", "Le Progrès de Lyon".
  if ((t.norm[j] === 'de' || t.norm[j] === 'du' || t.norm[j] === 'd') && j + 1 < t.n) {
    let q = j + 1;
    if (t.norm[q] === "'") q++;
    if (q < t.n && (t.norm[q] === 'l' || t.norm[q] === 'la') && t.norm[q + 1] === "'") q += 2;
    else if (q < t.n && t.norm[q] === 'la') q++;
    if (q < t.n && (CALENDAR_FR.has(t.norm[q]!) || (t.kind[q]! === TokKind.Latin && (t.flags[q]! & TokFlag.UpperInitial) !== 0))) {
      // The capitalised word must close the name: "Le Parisien de Paris," not "Le Monde de Jean Dupont".
      let r = q + 1;
      while (r + 1 < t.n && (t.norm[r] === '-' || t.norm[r] === "'") && !(t.flags[r]! & TokFlag.SpaceBefore)) r += 2;
      return r >= t.n || t.kind[r]! === TokKind.Punct || (t.flags[r]! & TokFlag.NewlineBefore) !== 0 || anyForm(t, r, (f) => BOUNDARY_WORDS.has(f));
    }
  }
  // A participle agreeing with the piece before the name: "selon les informations du Parisien publiées mardi".
  if (t.kind[j]! === TokKind.Latin && /(?:ees|es|ee|ues|us)$/.test(t.norm[j]!) && PARTICIPLES.has(t.norm[j]!)) return true;
  // A time phrase closing the clause: "comme le rapportait Le Monde la semaine dernière,", "… en mars", "l'an dernier",
  // "… en début d'année", "… fin janvier".
  if (TIME_AFTER.test(t.text.slice(t.start[j]!, t.start[j]! + 40))) return true;
  return anyForm(t, j, (f) => BOUNDARY_WORDS.has(f));
}
const TIME_AFTER = /^(?:la semaine (?:dernière|passée)|l['’](?:automne|été|hiver) (?:dernier|passé)|le printemps (?:dernier|passé)|(?:au|ce) printemps|cet (?:été|automne|hiver)|(?:last|this) (?:spring|summer|autumn|fall|winter)\b|le mois (?:dernier|passé)|l['’](?:an|année) (?:dernier|dernière|passé|passée)|en (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|\d{4})\b|(?:en |au )?(?:début|fin|milieu|mi-)\s*(?:de |d['’]|du )?(?:semaine|mois|année|an|journée|soirée|matinée|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b|(?:last|this) (?:week|month|year)\b|earlier this (?:week|month|year)\b)/i;
const CALENDAR_FR = new Set(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'ce', 'cette', 'hier', 'jour', 'week-end', 'weekend']);

/**
 * An outlet that is the subject of the news rather than its source: "The BBC said its director general had
 * resigned", "Al Jazeera said its correspondent was killed", "The Post said it would cut a third of its staff",
 * "BFMTV a annoncé des suppressions de postes", "France Télévisions a annoncé la fermeture de France 4". The
 * complement of the outlet's verb (at most 12 tokens, same sentence) either opens with a pronoun for the outlet
 * itself (its/it/sa/son/ses/leur) and names a corporate or harm event, or follows an announce verb and names a
 * corporate event. "Reuters said its analysis showed", "the BBC said its reporters saw" stay sources: no event.
 * Limits: Latin scripts only; an event word in a nested clause ("its correspondent reported that ten people were
 * killed") still counts when it falls in the window, so the window stops at "that/que" after the pronoun.
 */
const SELF_PRONOUNS = new Set(['its', 'it', 'itself', 'sa', 'son', 'ses', 'leur', 'leurs']);
const OWN_SHOWS = new Set(['show', 'programme', 'program', 'series', 'emission', 'serie']);
const ANNOUNCE_VERBS = new Set(['announced', 'announces', 'annonce', 'annonces', 'annonçait', 'unveiled', 'dévoile', 'dévoilé', 'confirmed', 'confirms', 'confirme', 'confirmé'].map((w) => normalizeForMatch(w)));
const COMPLEMENT_SKIP = new Set(['that', 'que', 'qu', 'on', 'in', 'a', 'statement', 'late', 'earlier', 'this', 'last', 'week', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'yesterday', 'today', 'ce', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', 'matin', 'soir', 'dans', 'un', 'communique', ',']);
const SELF_EVENTS = new Set([
  'leave', 'leaving', 'left', 'return', 'returning', 'depart', 'departure', 'exit', 'retire', 'retiring', 'retirement', 'axed', 'cancelled', 'canceled', 'ended',
  'ending', 'scrapped', 'dropped', 'appeal', 'ruling', 'fine', 'verdict', 'complaints', 'record', 'streaming', 'launch', 'launched', 'launching', 'app', 'subscription',
  'paywall', 'podcast', 'programme', 'show', 'series', 'ratings', 'viewers', 'viewing', 'audience', 'reviewing', 'review', 'incident', 'error', 'mistake', 'apologised',
  'arrêt', 'arrêter', 'départ', 'retour', 'émission', 'résultats', 'bénéfice', 'audiences', 'lancement', 'lancer', 'tournage', 'déprogrammé', 'déprogrammée',
  'killed', 'died', 'dead', 'death', 'injured', 'wounded', 'detained', 'arrested', 'jailed', 'imprisoned', 'kidnapped', 'abducted', 'missing', 'expelled', 'deported',
  'banned', 'barred', 'raided', 'attacked', 'targeted', 'shot', 'fired', 'sacked', 'dismissed', 'suspended', 'resigned', 'resign', 'resignation', 'quit', 'stepped',
  'appointed', 'hired', 'cut', 'cuts', 'cutting', 'close', 'closed', 'closing', 'closure', 'shut', 'shutting', 'sell', 'sold', 'sale', 'buy', 'bought', 'acquire', 'acquired',
  'acquisition', 'merge', 'merger', 'layoffs', 'redundancies', 'jobs', 'sue', 'sued', 'suing', 'lawsuit', 'settle', 'settled', 'settlement', 'apologised', 'apologized',
  'apology', 'apologise', 'apologize', 'comment', 'commenting', 'licence', 'license', 'revoked', 'blocked', 'censored', 'hacked', 'fined', 'charged', 'staff', 'employees', 'newsroom', 'bureau', 'offices',
  'tué', 'tuée', 'tués', 'mort', 'morte', 'décès', 'blessé', 'blessée', 'blessés', 'arrêté', 'arrêtée', 'détenu', 'détenue', 'emprisonné', 'enlevé', 'enlevée', 'disparu',
  'expulsé', 'expulsée', 'interdit', 'interdite', 'licencié', 'licenciée', 'licenciement', 'licenciements', 'suspendu', 'suspendue', 'démission', 'démissionné', 'nommé',
  'nommée', 'nomination', 'supprimer', 'suppression', 'suppressions', 'postes', 'fermer', 'fermeture', 'vendre', 'vente', 'cession', 'racheter', 'rachat', 'fusion',
  'condamné', 'condamnée', 'plainte', 'poursuites', 'excuses', 'amende', 'sanctionné', 'sanctionnée', 'grève', 'départ', 'recrutement', 'rédaction', 'salariés', 'effectifs',
  // Its own programmes: "Télé-Québec a confirmé la production d'une série", "unveiled its new season".
  'production', 'série', 'saison', 'épisodes', 'season', 'episodes', 'lineup', 'grille',
  // A rights tender it took part in: "Sky Sports … confirmed it had not made an offer".
  'offer', 'bid', 'tender', 'offre',
  // Its own print run: "Metro says it distributes about 950,000 copies a day".
  'distributes', 'distributed', 'copies', 'distribue', 'exemplaires',
].map((w) => normalizeForMatch(w)));

const RIGHTS_VERBS = new Set(['obtenu', 'acquis', 'decroche', 'achete', 'rachete', 'obtained', 'acquired', 'secured', 'won', 'bought', 'landed']);
/** What a broadcaster buys: "a obtenu huit des neuf matches", "secured the rights", "won the tender for three seasons". */
const RIGHTS_OBJECTS = new Set(['droits', 'rights', 'matchs', 'matches', 'rencontres', 'games', 'fixtures', 'lot', 'lots', 'saisons', 'seasons', 'licence', 'license',
  'tender', 'appel', 'diffusion', 'exclusivite', 'exclusivity']);

const AUDIENCE = new Set(['viewing', 'viewers', 'ratings', 'audience', 'audiences', 'subscribers', 'readership', 'circulation', 'complaints', 'abonnés',
  'téléspectateurs', 'auditeurs', 'lecteurs', 'cotes'].map((w) => normalizeForMatch(w)));

/** An outlet's own people, shows and audience: named right after its verb, the news is about the outlet itself. */
const MEDIA_OWN = new Set(['presenter', 'presenters', 'host', 'hosts', 'anchor', 'anchors', 'newsreader', 'programme', 'program', 'show', 'series', 'episode',
  'broadcaster', 'network', 'channel', 'viewers', 'viewing', 'ratings', 'audience', 'audiences', 'subscribers', 'readership', 'circulation', 'complaints',
  'streaming', 'présentateur', 'présentatrice', 'animateur', 'animatrice', 'émission', 'programme', 'tournage', 'audiences', 'abonnés', 'chaîne', 'antenne',
  'rédaction', 'journalistes', 'salariés'].map((w) => normalizeForMatch(w)));

/** Harm done to someone: the outlet's own people only with a pronoun ("its correspondent was killed"); "BFMTV a annoncé la mort du chanteur" is news. */
const HARM_EVENTS = new Set(['killed', 'died', 'dead', 'death', 'injured', 'wounded', 'detained', 'arrested', 'jailed', 'imprisoned', 'kidnapped', 'abducted', 'missing',
  'expelled', 'deported', 'shot', 'attacked', 'targeted', 'tué', 'tuée', 'tués', 'mort', 'morte', 'décès', 'blessé', 'blessée', 'blessés', 'arrêté', 'arrêtée', 'détenu',
  'détenue', 'emprisonné', 'enlevé', 'enlevée', 'disparu', 'expulsé', 'expulsée'].map((w) => normalizeForMatch(w)));

const FIRST_PERSON = new Set(['i', 'we', 'je', 'j', 'nous']);
const FIRST_PERSON_SKIP = new Set(["'", 've', 'd', 'have', 'had', 'also', 'already', 'once', 'then', 'ai', 'l', 'le', 'lui', 'avons', 'leur']);

/** True when the cue starting at offset `start` (before token `first`) has a first-person subject: "I told", "as we said to", "je l'ai dit à". */
function firstPersonBefore(ctx: GrammarContext, first: number, start: number): boolean {
  const { t, blockOf } = ctx;
  let j = first;
  while (j > 0 && t.start[j]! > start && blockOf[j - 1] === blockOf[first]) j--;
  if (t.start[j]! > start) return false;
  for (let k = j - 1, steps = 0; k >= 0 && steps < 4 && blockOf[k] === blockOf[first]; k--, steps++) {
    const w = t.norm[k]!;
    if (FIRST_PERSON.has(w)) return true;
    if (!FIRST_PERSON_SKIP.has(w)) return false;
  }
  return false;
}

const HABITUAL = new Set(['weekly', 'regular', 'monthly', 'fortnightly', 'longtime', 'long', 'years', 'decades', 'regularly', 'hebdomadaire', 'mensuelle', 'reguliere']);
/** A column written over years: "wrote a weekly column for", "a regular columnist for", "for decades wrote for". */
function habitualColumn(t: Tokens, cueFirst: number, cueLast: number): boolean {
  let column = false;
  for (let j = cueFirst; j <= cueLast; j++) if (t.norm[j] === 'column' || t.norm[j] === 'chronique' || t.norm[j] === 'columnist' || t.norm[j] === 'wrote' || t.norm[j] === 'writing') column = true;
  if (!column) return false;
  for (let j = Math.max(0, cueFirst - 6); j <= cueLast; j++) if (HABITUAL.has(t.norm[j]!)) return true;
  return false;
}

const AR_AIRED_EVENTS = new Set(['المباراة', 'المباريات', 'مباراة', 'مباريات', 'اللقاء', 'الحفل', 'النهائي', 'السباق', 'البطولة', 'المواجهة', 'الافتتاح', 'المهرجان',
  // Services a channel carries live: "وبثت قناة "مي سات" القبطية القداس على الهواء".
  'القداس', 'قداس', 'الصلاة', 'صلاة', 'الشعائر', 'المراسم', 'الخطبة', 'خطبة']
  .map((w) => normalizeForMatch(w)));
/** "قناة عمان الرياضية المباريات": after the channel's name and its adjectives, the event it carries. */
function arabicEventAired(t: Tokens, last: number, blockOf: Int32Array): boolean {
  for (let j = last + 1, n = 0; j < t.n && n < 3 && blockOf[j] === blockOf[last]; j++, n++) {
    // (Past the name's closing quote: 'قناة "مي سات" القبطية القداس'.)
    if (j === last + 1 && t.kind[j]! === TokKind.Punct && QUOTES.has(t.norm[j]!)) { n--; continue; }
    // ("وذكرت وكالة الأناضول أن الصلاة …": a clause after the name is what it reported, not what it aired.)
    if (t.kind[j]! !== TokKind.Arabic || ARABIC_FUNCTION.has(t.norm[j]!)) return false;
    if (AR_AIRED_EVENTS.has(t.norm[j]!)) return true;
  }
  return false;
}

const AIRING = new Set(['diffuse', 'diffusee', 'diffuses', 'diffusees', 'retransmis', 'retransmise', 'retransmises', 'aired', 'broadcast', 'televised', 'streamed', 'shown']);
/** Events and shows a channel airs: what it airs is then the event, not a report. */
const SHOWS = new Set(['match', 'matchs', 'matches', 'rencontre', 'rencontres', 'competition', 'championnat', 'tournoi', 'course', 'courses', 'coupe', 'prix',
  'jeux', 'film', 'films', 'serie', 'series', 'feuilleton', 'concert', 'spectacle', 'ceremonie', 'defile', 'game', 'games', 'fixture', 'fixtures', 'race', 'races',
  'tournament', 'championship', 'league', 'season', 'episode', 'episodes', 'show', 'shows', 'movie', 'movies', 'concert', 'ceremony', 'fight', 'bout', 'bouts', 'draw']);

const ACCOUNTS_AR = new Set(['الحسابات', 'الحساب', 'الصفحه', 'الصفحات', 'المنصات', 'حسابات', 'حساب', 'صفحه', 'صفحات', 'منصات']);
/** "الحسابات الرسمية لـ": an outlet's own accounts or pages on social networks stand before its name (or its head noun). */
function officialAccountsBefore(t: Tokens, first: number, head: number): boolean {
  let j = (head >= 0 && head < first ? head : first) - 1;
  if (j >= 0 && (t.norm[j] === 'الرسميه' || t.norm[j] === 'الرسمي')) j--;
  return j >= 0 && t.kind[j]! === TokKind.Arabic && arabicForms(t.norm[j]!).some((f) => ACCOUNTS_AR.has(f.form));
}

const BROADCAST_VERBS = new Set(['diffuse', 'diffusait', 'diffusent', 'diffusera', 'retransmet', 'retransmettait', 'broadcast', 'broadcasts', 'aired', 'airs', 'showed', 'shows', 'televised', 'streamed', 'streams']);
const OBJECT_LEADS = new Set(['un', 'une', 'le', 'la', 'les', 'l', "'", 'des', 'du', 'sa', 'son', 'ses', 'leur', 'a', 'an', 'the', 'its', 'their', 'live', 'direct', 'en']);
/** A broadcasting verb whose object is a show: "diffusait un match de Ligue Europe", "broadcast the final live". */
function airsShowAfter(t: Tokens, verbFirst: number, verbLast: number): boolean {
  let verb = false;
  for (let j = verbFirst; j <= verbLast; j++) if (BROADCAST_VERBS.has(t.norm[j]!) || AIRING.has(t.norm[j]!)) verb = true;
  if (!verb) return false;
  for (let j = verbLast + 1, steps = 0; j < t.n && steps < 4; j++, steps++) {
    if (SHOWS.has(t.norm[j]!)) return true;
    if (!OBJECT_LEADS.has(t.norm[j]!)) return false;
  }
  return false;
}

const BUREAU_PREPS = new Set(['a', 'in', 'en', 'depuis', 'from', 'at']);

const BODY_NOUNS = new Set(['ministere', 'ministry', 'minister', 'ministre', 'department', 'departement', 'direction', 'commission', 'conseil', 'council', 'secretariat',
  'office', 'agence', 'agency', 'autorite', 'authority', 'institut', 'institute', 'chambre', 'tribunal', 'cour', 'court', 'prefecture', 'mairie']);
/** "ministère de la Santé", "Department of Health": the name closes a body's name that opens with a body noun and "de"/"of". */
function bodyOfBefore(t: Tokens, first: number): boolean {
  let k = first - 1;
  while (k >= 0 && (t.norm[k] === 'la' || t.norm[k] === 'l' || t.norm[k] === "'" || t.norm[k] === 'the')) k--;
  if (k < 1 || !(t.norm[k] === 'de' || t.norm[k] === 'du' || t.norm[k] === 'des' || t.norm[k] === 'of' || t.norm[k] === 'd')) return false;
  k--;
  if (k >= 0 && t.norm[k] === "'") k--;
  return k >= 0 && t.kind[k]! === TokKind.Latin && BODY_NOUNS.has(t.norm[k]!);
}

const CLAUSE_AUXILIARIES = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'would', 'will', 'could', 'should', 'might', 'may', 'plans', 'planned', 'intends', 'intended', 'wants',
  'expects', 'expected', 'needs', 'did', 'does']);
/** The word after a name (a glued "+" or "'s" aside) is a finite verb: the name is that clause's subject. */
function clauseVerbAfter(t: Tokens, last: number): boolean {
  let j = last + 1;
  while (j < t.n && t.kind[j]! === TokKind.Punct && !(t.flags[j]! & TokFlag.SpaceBefore) && (t.norm[j] === '+' || t.norm[j] === '!')) j++;
  return j < t.n && t.kind[j]! === TokKind.Latin && CLAUSE_AUXILIARIES.has(t.norm[j]!);
}

/** People who speak for a firm: "economists at RBC", "analysts at Jefferies". */
const PROFESSIONALS = new Set(['economists', 'economist', 'analysts', 'analyst', 'strategists', 'strategist', 'researchers', 'researcher', 'scientists', 'scientist', 'executives',
  'engineers', 'lawyers', 'doctors', 'traders', 'bankers', 'consultants', 'forecasters']);

/** "Le documentaire a été diffusé sur France 5", "il a été diffusé sur la chaîne Planète+": the airing itself is the news. */
const AIRED_SUBJECTS = new Set(['il', 'elle', 'ils', 'elles', 'documentaire', 'documentaires', 'docu-serie', 'telefilm', 'telefilms']);

/**
 * The airing participle at p is passive ("été/been" before it) and its subject, a few words back and across a relative
 * pronoun, is a show or a pronoun: "the show, which has been broadcast on ITV since 1960", "il a été diffusé sur la
 * chaîne Planète+", "Le documentaire a été diffusé sur France 5". The airing itself is the news.
 */
function passiveAiring(t: Tokens, p: number, blockOf: Int32Array): boolean {
  if (p < 1 || !AIRING.has(t.norm[p]!) || (t.norm[p - 1] !== 'been' && t.norm[p - 1] !== 'ete')) return false;
  for (let j = p - 2, steps = 0; j >= 0 && steps < 6 && blockOf[j] === blockOf[p]; j--, steps++) {
    const w = t.norm[j]!;
    if (w === ',' || w === 'which' || w === 'that' || w === 'qui' || w === 'has' || w === 'have' || w === 'had' || w === 'a' || w === 'ont' || w === 'avait') continue;
    if (t.kind[j]! === TokKind.Punct) return false;
    if (AIRED_SUBJECTS.has(w) || SHOWS.has(w) || AIRED_SHOWS_EN.has(w)) return true;
  }
  return false;
}

/** A passive airing among the few words right before a channel's name (whatever cue the grammar took for it). */
function passiveAiringBefore(t: Tokens, first: number, blockOf: Int32Array): boolean {
  for (let p = first - 1, n = 0; p >= 1 && n < 4 && blockOf[p] === blockOf[first]; p--, n++) {
    if (AIRING.has(t.norm[p]!) && (t.norm[p - 1] === 'been' || t.norm[p - 1] === 'ete')) return passiveAiring(t, p, blockOf);
  }
  return false;
}

const REPLAY_WORDS = new Set(['replay', 'disponible', 'disponibles', 'revoir', 'retrouver', 'reecouter', 'podcast', 'available', 'catch', 'stream', 'rewatch']);

function replayBefore(t: Tokens, cueFirst: number, blockOf: Int32Array): boolean {
  for (let j = cueFirst - 1, n = 0; j >= 0 && n < 4 && blockOf[j] === blockOf[cueFirst]; j--, n++) {
    if (t.kind[j]! === TokKind.Punct) return false;
    if (REPLAY_WORDS.has(t.norm[j]!)) return true;
  }
  return false;
}

const AIRED_SHOWS_EN = new Set(['soap', 'programme', 'program', 'drama', 'sitcom', 'documentary', 'it']);

function showAired(t: Tokens, cueFirst: number, blockOf: Int32Array): boolean {
  if (!AIRING.has(t.norm[cueFirst]!)) return false;
  if (passiveAiring(t, cueFirst, blockOf)) return true;
  // The noun the participle qualifies, a few words back ("les matchs des Bleus toujours diffusés par").
  for (let j = cueFirst - 1, steps = 0; j >= 0 && steps < 5 && blockOf[j] === blockOf[cueFirst]; j--, steps++) {
    if (t.kind[j]! === TokKind.Punct) return false;
    if (SHOWS.has(t.norm[j]!)) return true;
  }
  return false;
}

// (The noun heads the apposition, before any preposition: "Kicker, souvent bien renseigné sur les dossiers du club munichois,
// tempère" is still the magazine.)
const NOT_MEDIUM_APPOSITION = /^\s*,\s*(?:(?!(?:sur|on|about|of|de|du|des|dans|in|for|pour|with|avec)\s)[\p{L}'’-]+\s+){0,8}(?:service|authority|company|operator|transit|council|provider|airline|utility|bank|retailer|chain|charity|union|club|team|brand|firm|department|school|hospital)\b[^,]*,\s*$/iu;

// Verbs a press review gives a paper ("Le Parisien affiche en une") that any subject takes as well: "le Sud-Ouest
// affiche des prix plus bas" is a region, "le Centre voit ses ventes baisser" another.
const PLAIN_VERBS = new Set(['affiche', 'voit', 'suit', 'ouvre', 'livre', 'juge', 'parle', 'dresse', 'vante', 'cite', 'pointe', 'se montre', 'enregistre', 'compte',
  'affichent', 'voient', 'suivent', 'ouvrent', 'livrent', 'jugent', 'parlent', 'dressent', 'vantent', 'citent', 'pointent', 'se montrent', 'comptent']);

const MEDIUM_APPOSITION = /\b(?:news|newspaper|paper|daily|weekly|tabloid|broadcaster|channel|station|network|website|outlet|magazine|radio|television)\b/i;

/** Verbs of a report's findings, as against a statement. */
const FINDING_VERBS = new Set(['reported', 'reports', 'revealed', 'reveals', 'found', 'finds', 'uncovered', 'disclosed', 'documented', 'detailed']);

/** A body's nouns that take a genitive "ل": "المكتب … للشبيبة", "الأمانة العامة للحزب". */
const BODY_NOUNS_AR = new Set(['المكتب', 'المجلس', 'اللجنة', 'الأمانة', 'الهيئة', 'الاتحاد', 'الرابطة', 'الجمعية', 'النقابة', 'الفرع', 'المنظمة', 'الكتابة', 'الأمين', 'الكاتب', 'المنسق', 'عضو', 'عضوة', 'أعضاء']
  .map((w) => normalizeForMatch(w)));

const INSTITUTION_ADJ_AR = new Set(['الوطني', 'الوطنيه', 'الاعلي', 'الاعلى', 'الاتحادي', 'الاتحاديه', 'الملكي', 'الملكيه']);

const TRANSMIT_AR = new Set(['نقل', 'نقلت', 'ينقل', 'تنقل', 'نقلته', 'نقلها', 'ونقل', 'ونقلت', 'وينقل', 'وتنقل']);
const MEDIA_CROWD_AR = new Set(['الصحف', 'الصحيفه', 'الجريده', 'الموقع', 'المواقع', 'وسائل', 'الاعلام', 'القناه', 'الاذاعه', 'التلفزيون', 'الوكاله', 'الوكالات', 'المنصه', 'الصحافه']);

/** "نقلت الصحف عن", "ونقل عن": a verb of transmission, its subject at most a media noun, right before عن. */
function transmittedFrom(t: Tokens, an: number): boolean {
  let j = an - 1;
  for (let skipped = 0; j >= 0 && skipped < 2 && t.kind[j]! === TokKind.Arabic && MEDIA_CROWD_AR.has(t.norm[j]!); skipped++) j--;
  return j >= 0 && t.kind[j]! === TokKind.Arabic && TRANSMIT_AR.has(t.norm[j]!);
}

/** The bare noun of mention mi's one-word Arabic title stood before an earlier mention's quoted name ("نشرة "إنتربرايز""). */
function nounNamedOutletBefore(t: Tokens, mentions: readonly OutletMention[], mi: number): boolean {
  const m = mentions[mi]!;
  const bare = arabicForms(t.norm[m.first]!).map((f) => withoutArticle(f.form)).filter((w): w is string => !!w && w.length >= 3);
  if (bare.length === 0) return false;
  for (let k = 0; k < mi; k++) {
    const pm = mentions[k]!;
    let q = pm.first - 1;
    if (q >= 0 && QUOTES.has(t.norm[q]!)) q--; else continue;
    if (q >= 0 && t.kind[q]! === TokKind.Arabic && arabicForms(t.norm[q]!).some((f) => bare.includes(f.form))) return true;
  }
  return false;
}

/** An earlier "(X)" spells out the acronym at `q` as a name that is no outlet mention. */
function spelledOutBefore(t: Tokens, q: number, mentions: readonly OutletMention[]): boolean {
  let defs = spelledOut.get(t);
  if (!defs) {
    // One pass per text: where each acronym is first spelled out (a 1 MB page of "(AFP)" must not rescan per mention).
    defs = new Map();
    const mentionEnds = new Set(mentions.map((m) => m.last));
    const tried = new Set<string>();
    for (let k = 2; k < t.n; k++) {
      if (!(t.flags[k]! & TokFlag.AllUpper) || t.norm[k - 1] !== '(' || tried.has(t.norm[k]!)) continue;
      tried.add(t.norm[k]!);
      if (abbreviatesBefore(t, k, k) && !mentionEnds.has(k - 2)) defs.set(t.norm[k]!, k);
    }
    spelledOut.set(t, defs);
  }
  const at = defs.get(t.norm[q]!);
  return at !== undefined && at < q;
}
const spelledOut = new WeakMap<Tokens, Map<string, number>>();

const ASIDES: readonly (readonly string[])[] = [['de', 'son', 'cote'], ['de', 'leur', 'cote'], ['pour', 'leur', 'part'], ['pour', 'sa', 'part'], ['quant', 'a', 'lui'], ['quant', 'a', 'elle'], ['for', 'its', 'part'], ['on', 'its', 'part']];

function selfNews(ctx: GrammarContext, verbFirst: number, verbLast: number): boolean {
  const { t, blockOf } = ctx;
  const b = blockOf[verbLast]!;
  let announce = false;
  let reporting = false;
  for (let j = verbFirst; j <= verbLast; j++) {
    if (ANNOUNCE_VERBS.has(t.norm[j]!)) announce = true;
    if (FINDING_VERBS.has(t.norm[j]!)) reporting = true;
  }
  // "DAZN avait obtenu en 2024 huit des neuf matches de chaque journée": rights it bought, not a document it obtained.
  if (RIGHTS_VERBS.has(t.norm[verbLast]!)) {
    // (Not past a document: "a obtenu le rapport de la commission sur les matchs truqués".)
    for (let j = verbLast + 1; j < t.n && j <= verbLast + 10 && blockOf[j] === b && !isSentenceEnd(t, j) && !REPORT_NOUNS.has(t.norm[j]!); j++) if (RIGHTS_OBJECTS.has(t.norm[j]!)) return true;
  }
  let pronoun = -1;
  let lead = 0;
  let sawThat = false;
  for (let j = verbLast + 1, steps = 0; j < t.n && steps < 12 && blockOf[j] === b; j++, steps++) {
    const w = t.norm[j]!;
    if (isSentenceEnd(t, j)) return false;
    if (t.kind[j]! !== TokKind.Latin) { if (t.kind[j]! !== TokKind.Punct) lead++; continue; }
    // "Libération revient, de son côté, sur …", "for its part": an aside, not the outlet's own affairs.
    const aside = ASIDES.find((p) => p.every((x, q) => t.norm[j + q] === x));
    if (aside) { j += aside.length - 1; continue; }
    // "ProPublica reported that it had sued patients": what a report found is about someone else; only a statement
    // ("said that it would cut jobs") speaks of the outlet.
    if (pronoun < 0 && lead <= 1 && SELF_PRONOUNS.has(w)) { if (reporting && sawThat) return false; pronoun = j; continue; }
    // "TVA affirme qu'elle offrira des mesures de départ": a French subject pronoun before a future is the company's own plan.
    if (pronoun < 0 && lead <= 1 && sawThat && (w === 'elle' || w === 'il') && j + 1 < t.n && t.kind[j + 1]! === TokKind.Latin && /(?:ra|rait|ront|raient)$/.test(t.norm[j + 1]!)) { pronoun = j; continue; }
    if (pronoun >= 0 && (w === 'that' || w === 'que' || w === 'qu')) return false;
    // ("PBS has confirmed that Kwiżż il-Familja, the family quiz show that has aired for 14 seasons, will not return": a
    // programme named first and described after.)
    // "La RTBF a confirmé avoir obtenu les droits de la rencontre", "the channel confirmed it had secured the rights": its own deal.
    if ((w === 'droits' || w === 'rights') && j >= 2 && (t.norm[j - 1] === 'les' || t.norm[j - 1] === 'the') && RIGHTS_VERBS.has(t.norm[j - 2]!) && (announce || pronoun >= 0)) return true;
    if (SELF_EVENTS.has(w) && (pronoun >= 0 || (announce && (steps <= 5 || (steps <= 10 && OWN_SHOWS.has(w))) && !HARM_EVENTS.has(w)))) return true;
    // "reported record viewing figures", "said it had received 300 complaints": the outlet's own audience.
    if (AUDIENCE.has(w) && lead <= 3 && !sawThat) return true;
    if (w === 'that' || w === 'que' || w === 'qu') sawThat = true;
    // "said the presenter had been suspended": the outlet's own people and shows stand for "its".
    if (pronoun < 0 && lead <= 2 && MEDIA_OWN.has(w)) { pronoun = j; continue; }
    if (pronoun < 0 && !COMPLEMENT_SKIP.has(w)) lead++;
  }
  return false;
}

const AR_THAT = new Set(['أن', 'ان', 'إن', 'بأن', 'بان', 'وأن', 'فإن'].map((w) => normalizeForMatch(w)));

const AR_LAUNCH = new Set(['إطلاق', 'اطلاق', 'انطلاق'].map((w) => normalizeForMatch(w)));
const AR_PRODUCTS = new Set(['برنامج', 'برنامجا', 'خدمة', 'تطبيق', 'منصة', 'نسخة', 'موقع', 'قناة', 'بودكاست', 'نشرة'].map((w) => normalizeForMatch(w)));

/** Arabic events that befall an outlet itself: its office closed, its correspondent arrested, its sale. */
const AR_SELF_EVENTS = new Set(['إغلاق', 'اغلاق', 'إيقاف', 'ايقاف', 'تسريح', 'بيع', 'استقالة', 'تعيين', 'وفاة', 'مقتل', 'اعتقال', 'إصابة', 'اصابة', 'توقيف', 'حجب',
  'فصل', 'استحواذ', 'تسريحات', 'إطلاق', 'اطلاق', 'انطلاق', 'تغيير', 'إعادة', 'اعادة', 'نقل', 'حظر', 'منع', 'تعليق', 'مقاضاة', 'دعوى', 'غرامة', 'اعتذار', 'احتفال',
  'احتفالها', 'قرار', 'خطة', 'هيكلة', 'تقليص', 'ميزانية', 'نية', 'شراء', 'إنتاج', 'انتاج', 'تدشين', 'افتتاح', 'حصول', 'حقوق', 'دورة', 'دورتها'].map((w) => normalizeForMatch(w)));

/** Heads of masculine gender: "تلفزيون الكويت … نيته". */
const MASCULINE_HEADS_AR = new Set(['تلفزيون', 'التلفزيون', 'موقع', 'الموقع', 'راديو'].map((w) => normalizeForMatch(w)));
function masculineOutlet(t: Tokens, m: OutletMention): boolean {
  const h = m.head >= 0 ? m.head : m.first - 1 >= 0 ? m.first - 1 : -1;
  if (h >= 0 && arabicForms(t.norm[h]!).some((f) => MASCULINE_HEADS_AR.has(f.form))) return true;
  return arabicForms(t.norm[m.first]!).some((f) => MASCULINE_HEADS_AR.has(f.form));
}

/** What a channel carries on the air: matches, competitions, prayers, ceremonies. */
const CARRIED_EVENTS_AR = new Set(['منافسات', 'مباريات', 'مباراة', 'بطولة', 'بطولات', 'الدوري', 'سباق', 'سباقات', 'صلاة', 'صلاتي', 'شعائر', 'مراسم', 'حفل', 'حفلات',
  'وقائع', 'فعاليات', 'الدروس', 'دروس', 'نهائي', 'افتتاح', 'مهرجان', 'احتفالات',
  // "وعرضت قناة «الجديد» مسلسلا جديدا": drama and songs on the air are programmes, not reports.
  'مسلسل', 'مسلسلا', 'مسلسلات', 'حلقات', 'أغنية', 'أغاني', 'كليب', 'كرتون', 'سهرة'].map((w) => normalizeForMatch(w)));
const CARRY_VERBS_AR = new Set(['تنقل', 'ينقل', 'نقلت', 'نقل', 'تبث', 'يبث', 'بثت', 'بث', 'ستنقل', 'سينقل', 'ستبث', 'سيبث', 'عرضت', 'عرض', 'تعرض', 'يعرض'].map((w) => normalizeForMatch(w)));
function carriesEventAr(t: Tokens, cueFirst: number, last: number, blockOf: Int32Array): boolean {
  if (!arabicForms(t.norm[cueFirst]!).some((f) => CARRY_VERBS_AR.has(f.form))) return false;
  let j = last + 1;
  if (j < t.n && QUOTES.has(t.norm[j]!)) j++;
  for (let steps = 0; j < t.n && steps < 2 && blockOf[j] === blockOf[last]; j++, steps++) {
    if (t.kind[j]! !== TokKind.Arabic) return false;
    if (arabicForms(t.norm[j]!).some((f) => CARRIED_EVENTS_AR.has(f.form) || CARRIED_EVENTS_AR.has(withoutArticle(f.form) ?? ''))) return true;
  }
  return false;
}

const PRODUCTION_AR = new Set(['انتاج', 'إنتاج', 'بانتاج', 'بإنتاج'].map((w) => normalizeForMatch(w)));
/** "من إنتاج القناة الثانية": the outlet named as a work's producer (its head noun or name at `first`). */
function producedBy(t: Tokens, first: number): boolean {
  // Back over the head noun, its adjectives and quotes ("من إنتاج القناة الثانية "دوزيم"").
  for (let k = first - 1; k >= 0 && k >= first - 5; k--) {
    if (PRODUCTION_AR.has(t.norm[k]!)) return true;
    if (t.kind[k]! === TokKind.Punct && !QUOTES.has(t.norm[k]!)) return false;
  }
  return false;
}
const STOPPED_AR = new Set(['انقطع', 'توقف', 'تعطل', 'انقطاع', 'توقيف', 'إيقاف', 'ايقاف', 'وقف', 'منع', 'استئناف', 'استانف', 'عاد', 'وانقطع', 'وتوقف'].map((w) => normalizeForMatch(w)));
/** "انقطع بث "إذاعة لبنان"": the broadcast noun as the subject of its own stopping or resuming. */
function broadcastStopped(t: Tokens, start: number): boolean {
  let j = 0;
  while (j < t.n && t.start[j]! < start) j++;
  if (j >= t.n || !(t.norm[j] === 'بث' || t.norm[j] === 'وبث')) return false;
  return j > 0 && STOPPED_AR.has(t.norm[j - 1]!);
}
/** "التي تبث من خارج السودان", "تبث على موجة": a station's verb of airing with where or how it airs. */
function airsFromAr(t: Tokens, cue: CueHit): boolean {
  if (!arabicForms(t.norm[cue.first]!).some((f) => CARRY_VERBS_AR.has(f.form))) return false;
  const j = cue.last + 1;
  return j < t.n && (t.norm[j] === 'من' || t.norm[j] === 'على' || t.norm[j] === 'عبر' || t.norm[j] === 'منذ');
}

const LIVE_AR = new Set(['مباشرة', 'مباشره', 'مباشر', 'حيا', 'الهواء'].map((w) => normalizeForMatch(w)));
/** A carrying verb with an object pronoun ("نقلتها", "بثها") and "مباشرة" or "على الهواء" after the channel: live coverage. */
function carriedLiveAr(t: Tokens, cue: CueHit, last: number, blockOf: Int32Array): boolean {
  const w = t.norm[cue.first]!;
  if (!arabicForms(w).some((f) => CARRY_VERBS_AR.has(f.form) || (/(?:ها|ه)$/.test(f.form) && CARRY_VERBS_AR.has(f.form.replace(/(?:ها|ه)$/, ''))))) return false;
  for (let j = last + 1, steps = 0; j < t.n && steps < 4 && blockOf[j] === blockOf[last]; j++, steps++) {
    if (isSentenceEnd(t, j)) return false;
    if (t.kind[j]! === TokKind.Arabic && arabicForms(t.norm[j]!).some((f) => LIVE_AR.has(f.form))) return true;
  }
  return false;
}

/** Roles that head an outlet: "المدير العام لـ", "الرئيس التنفيذي لـ", "مدير قناة". */
const HEAD_ROLES_AR = new Set(['مدير', 'المدير', 'مديرة', 'المديرة', 'رئيس', 'الرئيس', 'رئيسة', 'الرئيسة', 'مذيع', 'مذيعة', 'مقدم', 'مقدمة', 'التنفيذي', 'التنفيذية', 'العام', 'العامة',
  'تحرير', 'مؤسس', 'مالك'].map((w) => normalizeForMatch(w)));
function headOfOutletAr(t: Tokens, m: OutletMention): boolean {
  const lamOnName = hasLam(m.prefix);
  const h = m.head >= 0 && m.head < m.first ? m.head : m.first;
  if (!lamOnName && !(h < m.first && arabicForms(t.norm[h]!).some((f) => hasLam(f.prefix)))) return false;
  const p = h - 1;
  if (p < 0 || t.kind[p]! !== TokKind.Arabic) return false;
  if (!HEAD_ROLES_AR.has(t.norm[p]!)) return false;
  // "المدير العام", "المدير التنفيذي", "رئيس تحرير": the role noun itself a word or two back.
  return HEAD_ROLES_AR.has(t.norm[p]!) && (['مدير', 'المدير', 'مديره', 'المديره', 'رئيس', 'الرئيس', 'رئيسه', 'الرئيسه', 'مذيع', 'مذيعه', 'مقدم', 'مقدمه', 'مؤسس', 'مالك'].includes(t.norm[p]!) ||
    (p >= 1 && ['مدير', 'المدير', 'مديره', 'المديره', 'رئيس', 'الرئيس', 'رئيسه', 'الرئيسه'].includes(t.norm[p - 1]!)));
}

const AWARDS_AR = new Set(['جائزة', 'جائزه', 'جوائز', 'تكريم', 'درع'].map((w) => normalizeForMatch(w)));
function awardBeforeAr(t: Tokens, start: number, first: number): boolean {
  let j = first - 1;
  while (j >= 0 && t.end[j]! > start) j--;
  for (let k = j, steps = 0; k >= 0 && steps < 3; k--, steps++) if (t.kind[k]! === TokKind.Arabic && arabicForms(t.norm[k]!).some((f) => AWARDS_AR.has(f.form))) return true;
  return false;
}

/** ", propriétaire du quotidien", ", owner of the paper", "، مالكة الصحيفة": an apposition making the outlet the owner. */
function ownerApposition(t: Tokens, last: number): boolean {
  let j = last + 1;
  while (j < t.n && j <= last + 3 && t.kind[j]! === TokKind.Latin && (t.flags[j]! & TokFlag.UpperInitial) && !(t.flags[j]! & TokFlag.NewlineBefore)) j++;
  if (j >= t.n || t.norm[j] !== ',') return false;
  const w = t.norm[j + 1];
  return w === 'proprietaire' || w === 'owner' || (w === 'which' && t.norm[j + 2] === 'owns') || (w === 'qui' && (t.norm[j + 2] === 'detient' || t.norm[j + 2] === 'possede'));
}
const AR_SELF_PARTS = new Set(['مكتب', 'مراسل', 'مراسلة', 'موظفي', 'صحفيي', 'صحافيي', 'مدير', 'مديرة', 'بث', 'برامج', 'برنامج', 'طاقم', 'مقر', 'استوديو', 'استوديوهات', 'موقع', 'صفحة',
  'حساب', 'ترخيص', 'رخصة', 'إدارة', 'ادارة', 'مجلس', 'رئيس', 'رئيسة', 'عاملين', 'العاملين', 'الموظفين', 'الصحفيين', 'دورة', 'شبكة', 'خريطة'].map((w) => normalizeForMatch(w)));

/**
 * An Arabic outlet that is the subject of the news: "وأعلنت قناة الجزيرة عن إغلاق مكتبها", "أعلنت الصحيفة تسريح
 * عشرات من موظفيها". Within six words after the name: an event noun, and a part of the outlet with the pronoun ها
 * ("مكتبها", "مراسلها") or the event itself with it ("احتفالها").
 */
function selfNewsAr(ctx: GrammarContext, last: number, masculine = false): boolean {
  const { t, blockOf } = ctx;
  const b = blockOf[last];
  let event = false;
  let own = false;
  let launch = false;
  let product = false;
  let asideDone = false;
  for (let j = last + 1, steps = 0; j < t.n && steps < 9 && blockOf[j] === b; j++, steps++) {
    // "وكان تلفزيون الكويت قد أعلن، الشهر الماضي، عن نيته": a short aside between commas.
    if (t.norm[j] === ',' && !asideDone) {
      let k = j + 1;
      while (k < t.n && k <= j + 4 && blockOf[k] === b && t.norm[k] !== ',' && !isSentenceEnd(t, k)) k++;
      if (k < t.n && t.norm[k] === ',' && k > j + 1) { asideDone = true; j = k; continue; }
    }
    if (isSentenceEnd(t, j) || t.norm[j] === ',') break;
    if (t.kind[j]! !== TokKind.Arabic) continue;
    // "ذكرت رويترز أن ...": what follows أن is the report, not news about the outlet.
    if (AR_THAT.has(t.norm[j]!)) break;
    for (const f of arabicForms(t.norm[j]!)) {
      const bare = withoutArticle(f.form) ?? f.form;
      if (AR_SELF_EVENTS.has(f.form) || AR_SELF_EVENTS.has(bare)) event = true;
      if (AR_LAUNCH.has(f.form) || AR_LAUNCH.has(bare)) launch = true;
      if (AR_PRODUCTS.has(f.form) || AR_PRODUCTS.has(bare)) product = true;
      if (f.form.endsWith('ها') && f.form.length > 3) {
        const stem = f.form.slice(0, -2);
        if (AR_SELF_PARTS.has(stem) || AR_SELF_PARTS.has(stem.replace(/ت$/, 'ه')) || AR_SELF_EVENTS.has(stem) || AR_SELF_EVENTS.has(stem.replace(/ت$/, 'ه'))) own = true;
      }
      // A masculine outlet ("تلفزيون الكويت", "موقع"): "نيته", "مكتبه".
      if (masculine && f.form.endsWith('ه') && f.form.length > 3) {
        const stem = f.form.slice(0, -1);
        if (AR_SELF_PARTS.has(stem) || AR_SELF_PARTS.has(stem.replace(/ت$/, 'ه')) || AR_SELF_EVENTS.has(stem) || AR_SELF_EVENTS.has(stem.replace(/ت$/, 'ه'))) own = true;
      }
    }
    if (event && own) return true;
    // "أعلنت قناة SBC … عن خريطة برامجية": a channel's programme grid is its own news.
    if (t.norm[j] === 'برامجيه' || t.norm[j] === 'البرامجيه') return true;
    // "أعلنت قناة العربية عن إطلاق برنامج جديد": a new programme or service of its own.
    if (event && launch && product) return true;
  }
  return false;
}

/** A one-word Latin name right after a given name or a title ("Ann Fox", "Mr Fox", "Dr Metro") is a person's surname. */
/** Per text: each capitalised Latin word first seen right after a listed given name ("Aaron Fox") → that position. */
const surnamesSeen = new WeakMap<Tokens, Map<string, number>>();
function surnamesOf(t: Tokens): Map<string, number> {
  let map = surnamesSeen.get(t);
  if (map) return map;
  map = new Map();
  for (let j = 1; j < t.n; j++) {
    if (t.kind[j]! !== TokKind.Latin || t.kind[j - 1]! !== TokKind.Latin || !(t.flags[j]! & TokFlag.UpperInitial) || !(t.flags[j - 1]! & TokFlag.UpperInitial)) continue;
    if ((t.flags[j]! & TokFlag.NewlineBefore) || !LATIN_GIVEN.has(t.norm[j - 1]!) || map.has(t.norm[j]!)) continue;
    map.set(t.norm[j]!, j);
  }
  surnamesSeen.set(t, map);
  return map;
}

function surnameAfterGiven(t: Tokens, m: OutletMention, blockOf: Int32Array): boolean {
  if (m.first !== m.last || t.kind[m.first]! !== TokKind.Latin || m.prefix !== '') return false;
  // "NWS meteorologist Aaron Fox told Newsweek … Fox said": an everyday-word short name that is the surname of a
  // person named in full before ("Michael Bloomberg … Bloomberg reported" keeps the distinctive name).
  const seen = surnamesOf(t).get(t.norm[m.first]!);
  if (seen !== undefined && seen < m.first && (m.entry?.common || m.weak) && !(t.flags[m.first]! & TokFlag.AllUpper)) return true;
  let p = m.first - 1;
  // "J. Fox", "Dr. Fox": an initial or a title abbreviation with its full stop; after any other word the full
  // stop ends a sentence ("… and Asmara. Reuters reported").
  if (p >= 1 && t.norm[p] === '.' && (t.flags[m.first]! & TokFlag.SpaceBefore)) {
    if (t.norm[p - 1]!.length > 1 && !LATIN_TITLES.has(t.norm[p - 1]!)) return false;
    p--;
  }
  if (p < 0 || blockOf[p] !== blockOf[m.first] || t.kind[p]! !== TokKind.Latin || !(t.flags[p]! & TokFlag.UpperInitial)) return false;
  if (LATIN_GIVEN.has(t.norm[p]!) || LATIN_TITLES.has(t.norm[p]!)) return true;
  // Any other capitalised word before a one-word name that is not an acronym ("Liam Fox", "Michael Bloomberg"),
  // unless it is a word that may stand there ("Meanwhile Fox reported", "Sunday Times", "Israeli Kan").
  if ((t.flags[m.first]! & TokFlag.AllUpper) || (t.flags[p]! & TokFlag.AllUpper) || t.norm[p]!.length < 2) return false;
  const w = t.norm[p]!;
  if (LATIN_FILLER.has(w) || NOT_GIVEN.has(w) || nationality(w) || outletHead(t, p) || latinPlaceCountry([w]) || REPORT_NOUNS.has(w)) return false;
  if (p - 1 >= 0 && blockOf[p - 1] === blockOf[p] && t.norm[p - 1] === "'") return false;
  return true;
}

/**
 * "per ESPN's Shams Charania", "Fox News' Bret Baier": after an outlet's possessive, a one-word name followed by a
 * capitalised word is the given name of its reporter.
 */
function reporterAfterPossessive(t: Tokens, m: OutletMention, blockOf: Int32Array): boolean {
  if (m.first !== m.last || t.kind[m.first]! !== TokKind.Latin || (t.flags[m.first]! & TokFlag.AllUpper)) return false;
  let p = m.first - 1;
  if (p >= 0 && t.norm[p] === 's' && !(t.flags[p]! & TokFlag.SpaceBefore)) p--;
  if (p < 1 || t.norm[p] !== "'" || (t.flags[p]! & TokFlag.SpaceBefore) || t.kind[p - 1]! !== TokKind.Latin || !(t.flags[p - 1]! & TokFlag.UpperInitial)) return false;
  const q = m.last + 1;
  if (q >= t.n || blockOf[q] !== blockOf[m.first] || t.kind[q]! !== TokKind.Latin || !(t.flags[q]! & TokFlag.UpperInitial) || (t.flags[q]! & TokFlag.AllUpper)) return false;
  const w = t.norm[q]!;
  return !NOT_GIVEN.has(w) && !nationality(w) && !outletHead(t, q) && !latinPlaceCountry([w]) && !REPORT_NOUNS.has(w);
}

/** "the People's Party", "the People's Liberation Army": a one-word name opening an institution's name with a possessive. */
const INSTITUTION_AFTER_POSSESSIVE = new Set(['party', 'parti', 'front', 'alliance', 'movement', 'army', 'liberation', 'republic', 'congress', 'assembly',
  'council', 'bank', 'union', 'court', 'committee', 'mojahedin', 'mujahideen', 'democratic', 'progressive']);
function possessiveOfInstitution(t: Tokens, m: OutletMention, blockOf: Int32Array): boolean {
  if (m.first !== m.last || t.kind[m.first]! !== TokKind.Latin) return false;
  let q = m.last + 1;
  if (q >= t.n || t.norm[q] !== "'" || (t.flags[q]! & TokFlag.SpaceBefore)) return false;
  q++;
  if (q < t.n && t.norm[q] === 's' && !(t.flags[q]! & TokFlag.SpaceBefore)) q++;
  return q < t.n && blockOf[q] === blockOf[m.first] && isCapLatin(t, q) && INSTITUTION_AFTER_POSSESSIVE.has(t.norm[q]!);
}

/** Capitalised words that often stand right before an outlet's name without being a given name. */
const NOT_GIVEN = new Set(['meanwhile', 'however', 'but', 'and', 'when', 'while', 'as', 'if', 'since', 'after', 'before', 'then', 'now', 'so', 'yet', 'also',
  'both', 'neither', 'former', 'rival', 'fellow', 'citing', 'per', 'via', 'told', 'said', 'says', 'tells', 'asked', 'by', 'at', 'on', 'in', 'to', 'from',
  'with', 'for', 'of', 'breaking', 'exclusive', 'update', 'updated', 'watch', 'listen', 'read', 'source', 'sources', 'credit', 'photo', 'picture', 'video',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'sunday', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'selon', 'avec', 'pour', 'par', 'quand', 'mais', 'puis', 'alors', 'ensuite', 'enfin', 'ainsi', 'comme',
  'sur', 'dans', 'chez', 'depuis', 'pendant', 'aussi', 'donc', 'or', 'ni', 'soit', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre', 'premium', 'plus', 'live', 'news',
  'state', 'public', 'private', 'independent', 'official', 'semi', 'pro', 'anti', 'pan', 'ex', 'new', 'old', 'the', 'le', 'la', 'les', 'l', 'el', 'al', 'a', 'an']);

/** The word at `j` is written without the accents the outlet's own name gives it ("Dauphine" for "Dauphiné"). */
function accentDropped(t: Tokens, j: number, names: readonly string[]): boolean {
  const raw = t.text.slice(t.start[j]!, t.end[j]!).toLowerCase();
  for (let q = 0; q < raw.length; q++) if (raw.charCodeAt(q) > 0x7f) return false;
  return names.some((name) => name.toLowerCase().split(/[\s'’-]+/).some((w) => w !== raw && w.normalize('NFD').replace(/\p{M}/gu, '') === raw));
}

/** "the Globe", "the state-owned Herald", "le Globe": an article before `first`, across lower-case words and hyphens. */
function articleBefore(t: Tokens, first: number): boolean {
  for (let p = first - 1; p >= 0 && p >= first - 5; p--) {
    const w = t.norm[p]!;
    if (w === 'the' || w === 'le' || w === 'la' || (w === 'l' && t.norm[p + 1] === "'")) return true;
    if (!(w === '-' || w === "'" || (t.kind[p]! === TokKind.Latin && !(t.flags[p]! & TokFlag.UpperInitial)))) return false;
  }
  return false;
}

/** "dans la Marne", "en Charente", "sur le Var": a preposition of place (and its article) before `first`. */
function placePrepositionBefore(t: Tokens, first: number): boolean {
  let p = first - 1;
  if (p >= 0 && (t.norm[p] === 'la' || t.norm[p] === 'le' || t.norm[p] === 'les')) p--;
  else if (p >= 1 && t.norm[p] === "'" && t.norm[p - 1] === 'l') p -= 2;
  return p >= 0 && (t.norm[p] === 'dans' || t.norm[p] === 'en' || t.norm[p] === 'sur' || t.norm[p] === 'vers' || t.norm[p] === 'pres');
}

/** The words that open a page's time stamp after a byline's credit: "PTI / Updated: Oct 14", "AFP | Publié le". */
const STAMP_WORDS = new Set(['updated', 'published', 'posted', 'publie', 'mis', 'modifie']);

/** "(Japan Coast Guard via AP)", "(Handout via Reuters)": a picture handed out through an agency, at the close of a parenthesis. */
function handoutCredit(t: Tokens, m: OutletMention, blockOf: Int32Array): boolean {
  const close = m.last + 1;
  if (close >= t.n || !isPunct(t, close, CLOSE_PARENS)) return false;
  const via = m.first - 1;
  if (via < 1 || t.norm[via] !== 'via') return false;
  for (let j = via - 1, steps = 0; j >= 0 && steps < 8 && blockOf[j] === blockOf[m.first]; j--, steps++) {
    if (isPunct(t, j, OPEN_PARENS)) return j < via - 1;
    if (isSentenceEnd(t, j)) return false;
  }
  return false;
}

function photoBefore(t: Tokens, first: number, blockOf: Int32Array): boolean {
  for (let j = first - 1, s = 0; j >= 0 && s < 3 && blockOf[j]! === blockOf[first]!; j--) {
    // "She stands by her video. Reuters first reported the feud": a sentence ends between them.
    if (t.kind[j]! === TokKind.Punct) { if (t.norm[j]! === '©') return true; if (isSentenceEnd(t, j) && t.norm[j] !== ':') return false; continue; }
    s++;
    if (PHOTO_WORDS.has(t.norm[j]!)) return true;
    // "Des images diffusées par BFM Paris montrent": footage a channel aired is a source; only a credit's own words
    // ("Photo : AFP", "Image courtesy of Reuters", "صورة أرشيفية - رويترز") stand between the word and the name.
    if (!PHOTO_LINKS.has(t.norm[j]!)) return false;
  }
  return false;
}
const PHOTO_LINKS = new Set(['par', 'by', 'de', 'du', 'd', 'l', 'la', 'le', 'the', 'of', 'courtesy', 'via', 'credit', 'credits', 'source', 'handout', 'file', 'afp',
  'reuters', 'ap', 'epa', 'getty', 'images', 'image', 'photo', 'photos', 'from', 'لـ', 'ل', 'من', 'عن', 'المصدر']);

function blockBounds(ctx: GrammarContext, b: number): { first: number; last: number } {
  const first = ctx.blockFirst[b] ?? -1;
  return { first, last: first < 0 ? -1 : ctx.blockLast[b]! };
}

function blockFirstTok(ctx: GrammarContext, b: number): number {
  return ctx.blockFirst[b] ?? -1;
}

function blockLastTok(ctx: GrammarContext, b: number): number {
  return ctx.blockLast[b] ?? -1;
}

/** First and last token of every block, and its word count (computed once per analysis). */
export function blockTokenRanges(t: Tokens, blockOf: Int32Array, nBlocks: number): { blockFirst: Int32Array; blockLast: Int32Array; blockWords: Int32Array } {
  const blockFirst = new Int32Array(nBlocks).fill(-1);
  const blockLast = new Int32Array(nBlocks).fill(-1);
  const blockWords = new Int32Array(nBlocks);
  for (let i = 0; i < t.n; i++) {
    const b = blockOf[i]!;
    if (b < 0) continue;
    if (blockFirst[b]! < 0) blockFirst[b] = i;
    blockLast[b] = i;
    if (isWord(t, i)) blockWords[b]! += 1;
  }
  return { blockFirst, blockLast, blockWords };
}

function trimmedBlockText(ctx: GrammarContext, b: number): { start: number; end: number } {
  const { first, last } = blockBounds(ctx, b);
  return { start: ctx.t.start[first]!, end: ctx.t.end[last]! };
}

// Not "bureau" or "office": "the Beirut bureau of The New York Times reported" is the paper.
const INSTITUTION_HEADS = new Set(['ministry', 'minister', 'ministers', 'secretary', 'department', 'departement', 'ministere', 'ministre', 'ministres', 'secretariat', 'secretaire',
  'commissioner', 'commissaire', 'directorate']);

/** A name right after "Ministry of", "Minister for", "ministère des": part of an institution's or an office's title. */
function institutionOf(t: Tokens, first: number): boolean {
  let p = first - 1;
  // The last of a list of portfolios: "Department of Culture, Communications and Sport".
  if (p >= 0 && (t.norm[p] === 'and' || t.norm[p] === 'et' || t.norm[p] === '&')) {
    for (let steps = 0; p >= 1 && steps < 10; steps++) {
      const w = t.norm[p]!;
      if (w === 'and' || w === 'et' || w === '&' || w === ',' || (t.kind[p]! === TokKind.Latin && (t.flags[p]! & TokFlag.UpperInitial) !== 0)) p--;
      else break;
    }
  }
  if (p < 1 || t.kind[p]! !== TokKind.Latin) return false;
  const prep = t.norm[p]!;
  if (prep !== 'of' && prep !== 'for' && prep !== 'de' && prep !== 'des' && prep !== 'du') return false;
  return INSTITUTION_HEADS.has(t.norm[p - 1]!);
}

function programmeOf(t: Tokens, first: number, mentions: readonly OutletMention[], mi: number): boolean {
  let open = first - 1;
  while (open >= 0 && first - open <= 5 && t.kind[open]! === TokKind.Latin) open--;
  if (open < 3 || !QUOTES.has(t.norm[open]!) || t.norm[open - 1] !== 's' || t.norm[open - 2] !== "'") return false;
  const owner = open - 3;
  for (let k = mi - 1; k >= 0 && k >= mi - 3; k--) if (mentions[k]!.last === owner) return true;
  return false;
}

/** After an outlet's name (its nationality and quotes): "، إن" / "إن" / "بأن" opening reported speech. */
function saysThatAfter(t: Tokens, last: number, blockOf: Int32Array): boolean {
  let k = last + 1;
  const b = blockOf[last]!;
  while (k < t.n && blockOf[k] === b && ((t.kind[k]! === TokKind.Punct && QUOTES.has(t.norm[k]!)) || (t.kind[k]! === TokKind.Arabic && nationality(t.norm[k]!)))) k++;
  if (k < t.n && t.norm[k] === ',') k++;
  // "على قناة MBC مصر، مساء الخميس، إن": the time of the interview between the outlet and إن.
  let q = k;
  while (q < t.n && q - k < 3 && blockOf[q] === b && t.kind[q]! === TokKind.Arabic && INTERVIEW_TIME_AR.has(t.norm[q]!)) q++;
  if (q > k) { k = q; if (k < t.n && t.norm[k] === ',') k++; }
  return k < t.n && blockOf[k] === b && (t.norm[k] === 'ان' || t.norm[k] === 'بان');
}

const INTERVIEW_TIME_AR: ReadonlySet<string> = new Set(['مساء', 'صباح', 'ظهر', 'عصر', 'ليلة', 'فجر', 'يوم', 'أمس', 'اليوم', 'الليلة', 'الأحد', 'الاثنين',
  'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الماضي', 'الماضية'].map((w) => normalizeForMatch(w)));

/** "nos confrères de La Libre", "nos consœurs du Soir": the colleagues name a newsroom, so an everyday-word title is one. */
function colleaguesOf(t: Tokens, first: number): boolean {
  const p = first - 1;
  if (p < 1 || (t.norm[p] !== 'de' && t.norm[p] !== 'du' && t.norm[p] !== 'd')) return false;
  const n = t.norm[p - 1]!;
  return n === 'confreres' || n === 'consoeurs' || n === 'consœurs' || n === 'confrere';
}

/** Resolve a mention to an outlet, or null when context says it is not one (everyday word, unsettled). */
/** "وكالة الأنباء النيجرية", "وكالة الأنباء الرسمية البوركينية": a news agency named only by its country. */
const NATIONAL_AGENCY_AR = /^وكال[ةه] (?:ال)?[أا]نباء(?: الرسمي[ةه])? \S+ي[ةه]?(?: الرسمي[ةه])?$/;

const nationalAgencies = new WeakMap<RegistryIndex, Map<string, OutletRecord | null>>();
/** The one news agency of a country in the registry, or its one state agency among several; null when none stands out. */
function nationalAgency(reg: RegistryIndex, country: string): OutletRecord | null {
  let byCountry = nationalAgencies.get(reg);
  if (!byCountry) {
    const all = new Map<string, OutletRecord[]>();
    for (const o of reg.outlets) if (o.medium === 'agency' && o.country) all.set(o.country, [...(all.get(o.country) ?? []), o]);
    byCountry = new Map();
    for (const [c, list] of all) {
      const state = list.filter((o) => o.stateAffiliation);
      byCountry.set(c, list.length === 1 ? list[0]! : state.length === 1 ? state[0]! : null);
    }
    nationalAgencies.set(reg, byCountry);
  }
  return byCountry.get(country) ?? null;
}

/** Broadcasters whose newsrooms cover other countries for a living: their own country says little of a review's papers. */
const INTERNATIONAL_BROADCASTERS = new Set(['rfi', 'france-24', 'tv5monde', 'bbc-afrique', 'bbc-arabic', 'bbc-world-service', 'bbc-hausa', 'dw', 'dw-arabic',
  'monte-carlo-doualiya', 'euronews', 'africanews', 'al-jazeera', 'trt-arabi', 'rt-arabic', 'alhurra', 'independent-arabia']);

function resolveMention(ctx: GrammarContext, m: OutletMention, countryHint: string | null): OutletRef | null {
  if (m.unknown) {
    // "وكالة الأنباء النيجرية": a country's news agency named by its nationality is that country's agency, when the
    // registry knows one (its state agency, when it knows several).
    const country = m.unknown.country ?? countryHint;
    if (country && m.unknown.medium === 'agency' && NATIONAL_AGENCY_AR.test(m.unknown.name)) {
      const rec = nationalAgency(ctx.reg, country);
      if (rec) return outletRef(rec);
    }
    // "صحيفة "كومباس" الإندونيسية": a foreign title in Arabic letters, found by its consonants.
    if (ARABIC_LETTER.test(m.unknown.name)) {
      const rec = outletBySkeleton(ctx.reg, m.unknown.name, m.unknown.country ?? countryHint ?? ctx.mainCountry);
      if (rec) return outletRef(rec);
    }
    return { id: null, name: m.unknown.name, known: false, domain: null, country: m.unknown.country ?? countryHint, medium: m.unknown.medium };
  }
  const e = m.entry!;
  let ids = e.ids;
  if (ids.length > 1 || e.shared) {
    let pick: string[] = ids;
    if (countryHint) {
      const f = ids.filter((id) => ctx.reg.byId(id)?.country === countryHint);
      if (f.length > 0) pick = f; else if (e.shared) pick = [];
      // No paper of that name in that country, and the name is an everyday phrase: "الرأي العام المغربي".
      if (f.length === 0 && e.common && m.head < 0 && ctx.t.kind[m.first]! === TokKind.Arabic) return null;
    }
    // The head noun names the kind of outlet: "تلفزيون المنار" is the Lebanese channel, not the Jerusalem paper.
    if (pick.length > 1 && m.head >= 0) {
      const headMedium = outletHead(ctx.t, m.head)?.medium ?? null;
      if (headMedium) {
        const f = pick.filter((id) => mediumFits(headMedium, ctx.reg.byId(id)?.medium ?? null));
        if (f.length > 0) pick = f;
      }
    }
    // "The Edge Malaysia … According to The Edge" on a Singapore page: the one of them cited in full already, before
    // the page's own country.
    if (pick.length > 1 && ctx.cited) {
      const f = pick.filter((id) => ctx.cited!.has(id));
      if (f.length === 1) pick = f;
    }
    // (An international broadcaster reviewing another country's press, RFI on Senegal's papers, reads that country's
    // "Le Quotidien", not one of its own.)
    const abroad = ctx.host?.id && INTERNATIONAL_BROADCASTERS.has(ctx.host.id) ? ctx.citedCountry ?? ctx.mainCountry : null;
    if (pick.length > 1 && ctx.host?.country && !(abroad && abroad !== ctx.host.country && pick.some((id) => ctx.reg.byId(id)?.country === abroad))) {
      const f = pick.filter((id) => ctx.reg.byId(id)?.country === ctx.host!.country);
      if (f.length > 0) pick = f;
    }
    // "told 12 News" on wisn.com, "By Eyewitness News" on abc7ny.com: of the stations sharing the brand, the page's own.
    if (pick.length > 1 && ctx.host?.id && pick.includes(ctx.host.id)) pick = [ctx.host.id];
    if (pick.length > 1) {
      const f = pick.filter((id) => (ctx.reg.byId(id)?.domains ?? []).some((d) => ctx.articleDomains.has(d)));
      if (f.length > 0) pick = f;
    }
    // Settled earlier in the article ("l'agence sénégalaise APS ... l'APS"), or the country the article is about.
    if (pick.length > 1) {
      const settled = ctx.settled.get(e.key);
      if (settled && pick.includes(settled)) pick = [settled];
    }
    // One of them already cited under another name ("l'Agence de presse sénégalaise … APS rapporte").
    if (pick.length > 1 && ctx.cited) {
      const f = pick.filter((id) => ctx.cited!.has(id));
      if (f.length === 1) pick = f;
    }
    if (pick.length > 1 && ctx.mainCountry) {
      const f = pick.filter((id) => ctx.reg.byId(id)?.country === ctx.mainCountry);
      if (f.length === 1) pick = f;
    }
    if (pick.length > 1 && ctx.citedCountry) {
      const f = pick.filter((id) => ctx.reg.byId(id)?.country === ctx.citedCountry);
      if (f.length === 1) pick = f;
    }
    // "said on ABC" in an English story is not Spain's ABC: an outlet publishing in the article's language.
    if (pick.length > 1 && !countryHint && ctx.lang && ctx.lang !== 'fr') {
      const f = pick.filter((id) => ctx.reg.byId(id)?.languages.includes(ctx.lang!) ?? false);
      if (f.length > 0) pick = f;
    }
    if (pick.length > 1 && !countryHint && ctx.lang === 'fr') {
      const f = pick.filter((id) => ctx.reg.byId(id)?.country === 'FR');
      if (f.length === 1) pick = f;
    }
    // "Joint par APA" on a Guinean site: of Austria's, Azerbaijan's and the African agency, one publishes in French.
    if (pick.length > 1 && !countryHint && ctx.lang === 'fr') {
      const f = pick.filter((id) => ctx.reg.byId(id)?.languages.includes('fr') ?? false);
      if (f.length === 1) pick = f;
    }
    // Still several: a much better known outlet (far more spellings on record) is the one the press means
    // ("للجزيرة" is Al Jazeera, not the Saudi daily; "Libération" the Paris daily).
    if (pick.length > 1 && !countryHint) {
      const ranked = pick.map((id) => ({ id, p: prominence(ctx.reg.byId(id)) })).sort((a, b) => b.p - a.p);
      if (ranked[0]!.p >= 1.5 * ranked[1]!.p && ranked[0]!.p >= 6) pick = [ranked[0]!.id];
    }
    if (pick.length === 1 && (ids.length > 1 || !countryHint || ctx.reg.byId(pick[0]!)?.country === countryHint || !e.shared)) {
      ids = pick;
      if (e.ids.length > 1 && !ctx.settled.has(e.key)) ctx.settled.set(e.key, pick[0]!);
    } else if (pick.length === 1 && ids.length === 1) {
      ids = pick;
    } else {
      let name = ctx.t.text.slice(m.start, m.end);
      // "للجزيرة": the article's alef was swallowed by the preposition; write the name with it.
      if (hasLam(m.prefix) && e.tokens[0]!.startsWith('ال') && name.startsWith('ل') && !name.startsWith('ال')) name = 'ا' + name;
      // "du Soir", "au Temps": the article went into the preposition; write the title with it.
      if ((e.tokens[0] === 'le' || e.tokens[0] === 'les') && e.tokens.length > 1 && ctx.t.norm[m.first] !== e.tokens[0]) name = (e.tokens[0] === 'le' ? 'Le ' : 'Les ') + name;
      // Left unsettled, the name still tells its kind when every outlet carrying it is of one ("RCI": two radios),
      // so "le quotidien" after it points past it.
      let medium: Medium | null = m.head >= 0 ? outletHead(ctx.t, m.head)?.medium ?? null : null;
      if (!medium) {
        const media = new Set(e.ids.map((id) => ctx.reg.byId(id)?.medium ?? null));
        if (media.size === 1) medium = [...media][0] ?? null;
      }
      return { id: null, name, known: false, domain: null, country: countryHint, medium };
    }
  }
  const rec = ctx.reg.byId(ids[0]!);
  // A descriptive name ("هيئة الإذاعة والتلفزيون", the broadcasting corporation) with another country's nationality
  // adjective ("السويدية") is that country's broadcaster, which the registry does not list under that name.
  if (rec && countryHint && rec.country && rec.country !== countryHint && ids.length === 1 && descriptiveArabicName(ctx.t, m)) {
    return { id: null, name: ctx.t.text.slice(m.start, m.end), known: false, domain: null, country: countryHint, medium: rec.medium };
  }
  // An everyday-word name whose nationality adjective is another country's is the phrase, not the paper:
  // "الرأي العام المغربي" is Moroccan public opinion, not Kuwait's Al-Rai Al-Aam.
  if (rec && e.common && countryHint && rec.country && rec.country !== countryHint && m.head < 0 && ctx.t.kind[m.first]! === TokKind.Arabic) return null;
  return rec ? outletRef(rec) : null;
}

/** The name itself opens with an Arabic head noun ("هيئة الإذاعة…", "وكالة الأنباء…"): a description more than a title. */
function descriptiveArabicName(t: Tokens, m: OutletMention): boolean {
  if (t.kind[m.first]! !== TokKind.Arabic || m.last === m.first) return false;
  return arabicForms(t.norm[m.first]!).some((f) => OUTLET_HEADS.has(f.form) || outletHeadForm(f.form) || f.form === HAYAA);
}
const HAYAA = normalizeForMatch('هيئة');

/** How well known an outlet is, from the registry itself: curated entries with many names and spellings. */
function prominence(o: OutletRecord | undefined): number {
  if (!o) return 0;
  const curated = (o.sources['name'] ?? []).includes('curated');
  return o.aliases.length + Object.keys(o.names).length + (o.wikidata ? 1 : 0) + (curated ? 4 : 0);
}

function countGlue(t: Tokens, m: OutletMention): number {
  let n = 0;
  for (let j = m.first; j <= m.last; j++) if (!isWord(t, j)) n++;
  return n;
}

/** True when a name opens like one of the host outlet's names, articles aside ("السومرية نيوز" on Alsumaria's page). */
function sameBrand(ctx: GrammarContext, tokens: readonly string[]): boolean {
  const h = ctx.host;
  if (!h) return false;
  const rec = h.id ? ctx.reg.byId(h.id) : undefined;
  const names = rec ? [rec.name, ...Object.values(rec.names), ...rec.aliases] : [h.name];
  const mine = tokens.filter((w) => !BRAND_ARTICLES.has(w));
  return names.some((n) => {
    if (typeof n !== 'string') return false;
    const theirs = wordForms(n).filter((w) => !BRAND_ARTICLES.has(w));
    if (theirs.length === 0 || mine[0] !== theirs[0]) return false;
    // One name opens the other ("Africanews" on Africanews French's page); "La Presse Canadienne" on La Presse's
    // page: a nationality after the host's name makes another outlet (the wire).
    const [short, long] = mine.length <= theirs.length ? [mine, theirs] : [theirs, mine];
    if (!short.every((w, q) => long[q] === w)) return false;
    return long === theirs || !mine.slice(theirs.length).some((w) => nationality(w) !== undefined);
  });
}
/** Month names and their short forms as datelines write them ("Jan 16", "Sept. 3"). */
const DATELINE_MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const BRAND_ARTICLES = new Set(['la', 'le', 'les', 'l', 'the', 'el', 'al']);

function sameOutlet(a: OutletRef | null, b: OutletRef | null): boolean {
  if (!a || !b) return false;
  if (a.id !== null && b.id !== null) return a.id === b.id;
  // "The Derbyshire Times" in the byline, "told the Derbyshire Times" in the story: one title with or without its article.
  if (a.id === null && b.id === null) return a.name === b.name || bareTitle(a.name) === bareTitle(b.name);
  return false;
}
// Names repeat (every mention of a page's unknown outlets is compared with every other): each is reduced once.
const bareTitles = new Map<string, string>();
function bareTitle(name: string): string {
  let bare = bareTitles.get(name);
  if (bare !== undefined) return bare;
  // ... and "Ocean FM News" is Ocean FM's newsroom.
  const n = normalizeForMatch(name).replace(/ news$/, '');
  const sp = n.indexOf(' ');
  bare = sp > 0 && BRAND_ARTICLES.has(n.slice(0, sp)) ? n.slice(sp + 1) : n;
  if (bareTitles.size >= 10_000) bareTitles.clear();
  bareTitles.set(name, bare);
  return bare;
}

export { sameOutlet };

export function runGrammar(ctx: GrammarContext, mentions: readonly OutletMention[]): GrammarResult {
  const { t, blockOf, blocks, cues } = ctx;
  const attributions: FoundAttribution[] = [];
  const cites: CitesLink[] = [];
  const resolved: (OutletRef | null)[] = Array.from({ length: mentions.length }, () => null);
  // Mentions that are not sources themselves are resolved only if a later "citing"/"عن" needs them.
  const pending = new Uint8Array(mentions.length);
  const hints: (string | null)[] = [];
  let credited: OutletRef | null = null;
  const attributedMention = new Int32Array(mentions.length).fill(-1);

  const add = (mi: number, outlet: OutletRef, pattern: AttributionPattern, start: number, end: number): void => {
    const m = mentions[mi]!;
    const b = blocks[blockOf[m.first]!]!;
    attributions.push({ start, end, surface: t.text.slice(start, end), pattern, outlet, nameStart: m.start, nameEnd: m.end, mention: mi, block: b ? b.kind : 'paragraph', blockIndex: blockOf[m.first]! });
    if (outlet.id) (ctx.cited ??= new Set()).add(outlet.id);
    if (outlet.id && !citedOutlets.has(outlet.id)) citedOutlets.set(outlet.id, outlet);
    attributedMention[mi] = attributions.length - 1;
  };
  // Distinct listed outlets cited so far, in order: the edition check reads these, not every attribution.
  const citedOutlets = new Map<string, OutletRef>();

  /** The closest earlier mention in the same sentence, within `maxTokens` tokens, that resolved to an outlet. */
  const previousOutlet = (mi: number, before: number, maxTokens: number): number => {
    for (let k = mi - 1; k >= 0; k--) {
      const p = mentions[k]!;
      if (before - p.last > maxTokens) return -1;
      if (blockOf[p.last]! !== blockOf[before]!) return -1;
      for (let j = p.last + 1; j < before; j++) if (isSentenceEnd(t, j)) return -1;
      if (resolved[k]!) return k;
      if (pending[k]) {
        pending[k] = 0;
        resolved[k] = resolveMention(ctx, p, hints[k] ?? null);
        if (resolved[k]!) return k;
      }
    }
    return -1;
  };

  for (let mi = 0; mi < mentions.length; mi++) {
    const m = mentions[mi]!;
    const b = blockOf[m.first]!;
    const block = blocks[b]!;
    if (!block || block.kind === 'caption' || block.kind === 'related') continue;
    if (photoBefore(t, m.first, blockOf) || handoutCredit(t, m, blockOf)) continue;
    // A surname that is also an outlet's name: "Mayor Ann Fox said", "Liam Fox told", "Mr Sky".
    if (surnameAfterGiven(t, m, blockOf) || reporterAfterPossessive(t, m, blockOf) || possessiveOfInstitution(t, m, blockOf)) continue;
    // "Nos confrères évoquent": an acronym's letters written as a capitalised word opening a sentence before a plain
    // noun are that word ("Wam reported", "quoted by Wam as saying" may still be the agency).
    if (m.entry?.acronym && m.first === m.last && (m.first === 0 || isSentenceEnd(t, m.first - 1) || blockOf[m.first - 1] !== blockOf[m.first]) && t.kind[m.first]! === TokKind.Latin && (t.flags[m.first]! & TokFlag.UpperInitial) && !(t.flags[m.first]! & TokFlag.AllUpper) &&
      m.last + 1 < t.n && t.kind[m.last + 1]! === TokKind.Latin && !isCapLatin(t, m.last + 1) && ctx.cues.byFirst[m.last + 1]! < 0 && ctx.cues.afterLast[m.last + 1]! < 0) continue;
    const e = m.entry;
    // "7sur7" written glued is the site; only "7 sur 7" with spaces is the everyday phrase.
    const common = e ? (e.common && !gluedName(t, m.first, m.last)) || m.weak === true : false;
    // "PUNCH Metro had reported", "Le Parisien Week-end": an everyday-word title right after another outlet's name
    // is that outlet's section.
    if (common && mi > 0 && t.kind[m.first]! === TokKind.Latin) {
      const pm = mentions[mi - 1]!;
      if (pm.last === m.first - 1 && t.kind[pm.last]! === TokKind.Latin && (t.flags[m.first]! & TokFlag.NewlineBefore) === 0) continue;
    }
    // "قناة العراقية الإخبارية": an everyday-word title with the article right after another outlet's name is its
    // adjective ("news"), not a second channel.
    if (common && mi > 0 && t.kind[m.first]! === TokKind.Arabic && m.prefix === '' && quotedAround(t, m) === null) {
      const pm = mentions[mi - 1]!;
      if (pm.last === m.first - 1 && t.kind[pm.last]! === TokKind.Arabic && (t.flags[m.first]! & TokFlag.NewlineBefore) === 0) continue;
    }
    // "ويضيف كافي، وهو تاجر": a short name read through the clitic "كـ" ("كـ + إفي", EFE) is a word of its own (the man
    // Kafi); "like EFE" is no citation anyway unless quoted.
    if (m.prefix.includes('ك') && t.kind[m.first]! === TokKind.Arabic && m.first === m.last && m.end - m.start <= 4 && quotedAround(t, m) === null) continue;
    const nat = nationalityAfter(t, m);
    // "L'Union belge a annoncé" (the Belgian football union) on a Brussels page: a French adjective of another country
    // than every outlet of that name makes it another body.
    if (!nat && m.entry && t.kind[m.last]! === TokKind.Latin && m.last + 1 < t.n && t.kind[m.last + 1]! === TokKind.Latin &&
      !(t.flags[m.last + 1]! & (TokFlag.UpperInitial | TokFlag.NewlineBefore))) {
      const c = nationality(t.norm[m.last + 1]!);
      if (c && m.entry.ids.every((id) => { const cc = ctx.reg.byId(id)?.country; return cc !== undefined && cc !== null && cc !== c; })) continue;
    }
    const quoted = quotedAround(t, m);
    // "كشفت نشرة "إنتربرايز" … ووفقا للنشرة": an everyday-word title whose noun named another outlet earlier (as the word
    // before its quoted name) is that outlet again, not the site called النشرة.
    if (common && quoted === null && t.kind[m.first]! === TokKind.Arabic && m.first === m.last && nounNamedOutletBefore(t, mentions, mi)) continue;

    // An abbreviation in parentheses right after the same outlet's name: "وكالة الأنباء القطرية (قنا)".
    if (mi > 0 && m.first - 1 >= 0 && isPunct(t, m.first - 1, OPEN_PARENS)) {
      const pm = mentions[mi - 1]!;
      const abbreviation = m.first === m.last && (t.flags[m.first]! & TokFlag.AllUpper) !== 0 || (pm.entry && e && pm.entry.ids.some((id) => e.ids.includes(id)));
      if (pm.last === m.first - 2 && blockOf[pm.last] === b && abbreviation) continue;
    }
    // "la Société de transport abidjanais sur rail (STAR)", "la Commission électorale indépendante (CEI)": the letters
    // abbreviate the name before them, which is no outlet.
    if (t.kind[m.first]! === TokKind.Latin && abbreviatesBefore(t, m.first, m.last, blockOf) && !(mi > 0 && mentions[mi - 1]!.last === m.first - 2)) continue;
    // ... and later on: "la Sucrerie rhumerie de Marie-Galante (SRMG) … La direction de la SRMG a expliqué".
    if (m.first === m.last && t.kind[m.first]! === TokKind.Latin && (t.flags[m.first]! & TokFlag.AllUpper) && spelledOutBefore(t, m.first, mentions)) continue;

    // 1. Byline.
    if (block.kind === 'byline') {
      const { first: bf, last: bl } = blockBounds(ctx, b);
      // Credited: the first name of the byline, followed by a separator (المحرر عن اوروب1, Le Figaro avec AFP).
      let lead = bf;
      while (lead < m.first && t.kind[lead]! === TokKind.Latin && (t.norm[lead]! === 'by' || t.norm[lead]! === 'par')) lead++;
      // "Rédaction Bel RTL", "La rédaction de Vosges Matin": the newsroom's credit before its name.
      {
        let r = lead;
        if (r < m.first && t.norm[r] === 'la' && r + 1 < m.first && t.norm[r + 1] === 'redaction') r++;
        if (r < m.first && t.norm[r] === 'redaction') {
          r++;
          if (r < m.first && (t.norm[r] === 'de' || t.norm[r] === 'du')) r++;
          else if (r + 1 < m.first && t.norm[r] === 'd' && (t.norm[r + 1] === "'" || t.norm[r + 1] === '’')) r += 2;
          if (r === m.first) lead = r;
        }
      }
      // "Vosges Matin (avec AFP)": the separator may sit in parentheses.
      const isSep = (j: number): boolean => j >= bf && j <= bl && (isPunct(t, j, DASHES) || anyForm(t, j, (f) => BYLINE_SEPARATORS.has(f)) ||
        (isPunct(t, j, OPEN_PARENS) && j + 1 <= bl && anyForm(t, j + 1, (f) => BYLINE_SEPARATORS.has(f))));
      // "كتب - فارس العنزي:": after "written by", a name whose first word is an everyday-word or agency name.
      if (t.kind[m.first]! === TokKind.Arabic && m.prefix === '') {
        let p = m.first - 1;
        while (p >= bf && t.kind[p]! === TokKind.Punct) p--;
        const q = m.last + 1;
        if (p >= bf && WRITTEN_BY_AR.has(t.norm[p]!) && q <= bl && t.kind[q]! === TokKind.Arabic && !anyForm(t, q, (f) => BYLINE_SEPARATORS.has(f))) continue;
      }
      // "By LIM SU ANN": a name written in capitals ends on letters that spell an agency's code.
      if (m.first > lead && m.first === m.last && t.kind[m.first]! === TokKind.Latin && (t.flags[m.first]! & TokFlag.AllUpper) &&
        t.kind[m.first - 1]! === TokKind.Latin && (t.flags[m.first - 1]! & TokFlag.AllUpper) && !isSep(m.first - 1) &&
        !(mi > 0 && mentions[mi - 1]!.last === m.first - 1)) continue;
      let after = m.last + 1;
      if (after <= bl && isPunct(t, after, QUOTES)) after++;
      const sepAfter = isSep(after);
      let before = m.first - 1;
      if (before >= bf && isPunct(t, before, QUOTES)) before--;
      const sepBefore = isSep(before) || (m.prefix !== '' && t.kind[m.first]! === TokKind.Arabic);
      // An everyday word in a byline ("الرياض" as a dateline) names an outlet only next to a separator.
      // A Latin title of several words that fills the whole byline line ("La Presse Canadienne") is a credit too.
      // So is an agency's code alone on it ("PTI", "By IANS"), though the same letters name a party elsewhere.
      // ... or with only the page's time stamp after it ("PTI / Updated: Oct 14, 2025, 19:42 IST").
      const stampAfter = m.last + 2 <= bl && t.kind[m.last + 1]! === TokKind.Punct && STAMP_WORDS.has(t.norm[m.last + 2]!);
      const wholeLine = (m.first === bf && m.last === bl && m.last > m.first && t.kind[m.first]! === TokKind.Latin) ||
        (m.first === lead && (m.last === bl || stampAfter) && m.first === m.last && (t.flags[m.first]! & TokFlag.AllUpper) !== 0 &&
          e !== null && e.ids.some((id) => ctx.reg.byId(id)?.medium === 'agency'));
      // "By Herald Reporter", "BY NEWSDAY REPORTER": an everyday-word title followed only by staff words is the
      // paper's own staff credit.
      let staffAfter = m.first === lead && m.last < bl;
      for (let k = m.last + 1; staffAfter && k <= bl; k++) if (!anyForm(t, k, (f) => STAFF_WORDS.has(f))) staffAfter = false;
      // "By Meenakshi Raghavan, The Conversation": a capitalised title closing a reporter's byline after a comma.
      // ("Mathieu Gendron, La Presse Canadienne": the reporter's name alone before the comma.)
      let nameOnly = before - bf >= 2 && before - bf <= 6;
      for (let k = bf; nameOnly && k < before; k++) if (!((t.kind[k]! === TokKind.Latin && (t.flags[k]! & TokFlag.UpperInitial)) || t.norm[k] === '-' || t.norm[k] === "'")) nameOnly = false;
      const commaCredit = t.kind[m.first]! === TokKind.Latin && (t.flags[m.first]! & TokFlag.UpperInitial) !== 0 && before > bf && t.norm[before] === ',' &&
        m.last === bl && (t.norm[bf] === 'by' || t.norm[bf] === 'par' || nameOnly);
      // "La Presse canadienne à Québec", "Reuters in London": the credit and its bureau's city fill the line.
      let bureauAfter = m.first === lead && m.last + 2 <= bl && t.kind[m.first]! === TokKind.Latin && BUREAU_PREPS.has(t.norm[m.last + 1]!);
      for (let k = m.last + 2; bureauAfter && k <= bl; k++) if (!(t.kind[k]! === TokKind.Latin && (t.flags[k]! & TokFlag.UpperInitial)) && t.norm[k] !== '-' && t.norm[k] !== "'") bureauAfter = false;
      if (bureauAfter && bl - m.last > 4) bureauAfter = false;
      if (common && !(m.first === lead && sepAfter) && !sepBefore && !wholeLine && !staffAfter && !commaCredit && !bureauAfter) continue;
      // "كشـ24 - المحرر عن لو فيجارو": after the site's own name and a dash, an everyday word is the staff credit ("the
      // editor"), not a second outlet.
      if (common && mi > 0 && isPunct(t, before, DASHES) && mentions[mi - 1]!.last === before - 1 && mentions[mi - 1]!.first >= bf) continue;
      // "سبق - الرياض": a paper named like a city, after another outlet's name and a dash, is the dateline.
      // The site may be one the registry does not know ("المواطن - الرياض"): one to three words before the dash, none
      // of them a relay word ("عن") or a city ("جدة - الرياض" is the paper's own dateline and name).
      let siteBefore = mi > 0 && mentions[mi - 1]!.last === before - 1 && mentions[mi - 1]!.first >= bf;
      if (!siteBefore && before - bf >= 1 && before - bf <= 3) {
        siteBefore = true;
        for (let k = bf; k < before; k++) if (!isWord(t, k) || anyForm(t, k, (f) => BYLINE_SEPARATORS.has(f)) || isPlaceWord(t, k)) siteBefore = false;
      }
      if (common && m.first === m.last && before >= bf && isPunct(t, before, DASHES) && m.first === bl - (isPunct(t, bl, BYLINE_END) ? 1 : 0) &&
        isPlaceWord(t, m.first) && siteBefore) continue;
      // "عمان - رزان الخطيب": a paper named like a city, opening the byline before a reporter's name, is the dateline.
      // So is "الرياض - واس": a city before an agency's credit.
      if (common && m.first === lead && m.first === m.last && sepAfter && isPlaceWord(t, m.first) &&
        (t.kind[m.first]! === TokKind.Arabic || !mentions.some((x, k) => k > mi && x.first <= bl && !(x.entry?.ids.every((id) => ctx.reg.byId(id)?.medium === 'agency') ?? false)))) continue;
      // With the host known, an everyday word that opens the byline is a dateline city ("الرياض - ..."), not a credit.
      if (common && ctx.host && m.first === lead && !wholeLine && !bureauAfter) continue;
      // The host's own brand under another registry entry ("السومرية نيوز/" on alsumaria.tv) is the host.
      if (ctx.host && m.first === lead && e && sameBrand(ctx, e.tokens)) continue;
      const ref = resolveMention(ctx, m, nat?.country ?? null);
      if (!ref) continue;
      resolved[mi] = ref;
      // Without a URL, a byline that names only a non-agency outlet is the publication's own: "By Al
      // Jazeera Staff", "BBC News", "جدة - عكاظ" (city, dash, paper). An agency there ("الرياض - واس",
      // "By Reuters") is relayed copy and stays an attribution.
      if (!ctx.host && !credited && ref.medium !== 'agency') {
        // What follows the name: staff words, or at most two other words that are not a relay
        // separator and not another outlet ("DAILY SABAH ISTANBUL", "Saudi Gazette report").
        let k = after;
        let others = 0;
        for (; k <= bl; k++) {
          if (anyForm(t, k, (f) => STAFF_WORDS.has(f)) || isPunct(t, k, DASHES)) continue;
          // A closing colon or full stop ("الدوحة - الراية:").
          if (k === bl && isPunct(t, k, BYLINE_END)) continue;
          if (!isWord(t, k)) break;
          if (anyForm(t, k, (f) => BYLINE_SEPARATORS.has(f)) || (mi + 1 < mentions.length && mentions[mi + 1]!.first === k)) break;
          if (++others > 2) break;
        }
        const staffOnly = k > bl;
        const cityDash = isPunct(t, before, DASHES) && before - bf <= 3;
        if (staffOnly && (m.first === lead || cityDash)) {
          credited = ref;
          continue;
        }
      }
      // "AFP/Tehran", "AFP - Paris": an agency's credit with its city names no relay after it, and an agency
      // heading copy is relayed far more often than it is read on its own site: an attribution, not the host.
      const agencyWithCity = !ctx.host && ref.medium === 'agency' && !mentions.some((x, k) => k > mi && x.first > after && x.first <= bl);
      if (m.first === lead && sepAfter && !credited && !agencyWithCity) {
        credited = ref;
        if (!ctx.host || !sameOutlet(ctx.host, ref)) {
          if (ctx.host) add(mi, ref, 'byline_via', m.start, m.end);
        }
        continue;
      }
      const span = trimmedBlockText(ctx, b);
      if (span.end - span.start <= 100) add(mi, ref, 'byline_via', span.start, span.end);
      else add(mi, ref, 'byline_via', m.start, m.end);
      continue;
    }

    // 2. Wire dateline.
    const open = m.first - 1;
    const close = m.last + 1;
    if (open >= 0 && close < t.n && isPunct(t, open, OPEN_PARENS) && isPunct(t, close, CLOSE_PARENS)) {
      const bf = blockFirstTok(ctx, b);
      const bl = blockLastTok(ctx, b);
      const dash = close + 1 <= bl && t.kind[close + 1]! === TokKind.Punct && (t.norm[close + 1]! === '-' || t.norm[close + 1]! === ':') ? close + 1 : -1;
      let dashEnd = dash;
      while (dashEnd >= 0 && dashEnd + 1 <= bl && t.norm[dashEnd + 1]! === '-' && (t.flags[dashEnd + 1]! & TokFlag.SpaceBefore) === 0) dashEnd++;
      // A dateline opens its paragraph: a city (and a date) at most, nothing that is itself a name or a cue.
      let wordsBefore = 0;
      for (let j = bf; j < open && wordsBefore <= 12; j++) if (isWord(t, j)) wordsBefore++;
      const prevMention = mi > 0 ? mentions[mi - 1]! : null;
      // Without a dash, the Arabic words before must be the dateline's city: "وتجولت (السوداني) في السوق" is the
      // paper naming itself as the subject of a verb.
      let arabicNonPlace = false;
      if (dash < 0) for (let j = bf; j < open; j++) if (t.kind[j]! === TokKind.Arabic && !isPlaceWord(t, j)) { arabicNonPlace = true; break; }
      // "Kendrapara (Odisha), Jan 16 (PTI) The population …": a place and a date before the credit, no dash after it.
      const dated = open >= 2 && t.kind[open - 1]! === TokKind.Number && t.kind[open - 2]! === TokKind.Latin && DATELINE_MONTHS.has(t.norm[open - 2]!);
      const nearStart = close < bl && open - bf <= 12 && wordsBefore <= 6 && !(prevMention && prevMention.last >= bf && prevMention.last < open) && (cues.byLast[open - 1] ?? -1) < 0 &&
        (dash >= 0 || (wordsBefore <= 3 && !arabicNonPlace) || dated);
      // "(AFP)" alone on its line is a source footer; at the end of a caption-like paragraph it may be a photo credit.
      const alone = wordsBefore === 0 && (close === bl || (close + 1 === bl && isSentenceEnd(t, close + 1)));
      if (dash >= 0 || nearStart || alone) {
        const ref = resolveMention(ctx, m, nat?.country ?? null);
        if (!ref) continue;
        resolved[mi] = ref;
        if (dash >= 0 || nearStart) {
          const start = nearStart ? t.start[bf]! : t.start[open]!;
          add(mi, ref, 'wire_dateline', start, dashEnd >= 0 ? t.end[dashEnd]! : t.end[close]!);
        } else {
          add(mi, ref, 'other', t.start[open]!, t.end[close]!);
        }
        continue;
      }
    }

    // Headline labels: "الغارديان": ... / وزير موريتاني لـ"الشرق الأوسط": ... / ... - FT
    if (block.kind === 'title' || block.kind === 'heading') {
      const bl = blockLastTok(ctx, b);
      let after = m.last + 1;
      if (after <= bl && isPunct(t, after, QUOTES)) after++;
      let before = m.first - 1;
      const bf = blockFirstTok(ctx, b);
      if (before >= bf && isPunct(t, before, QUOTES)) before--;
      const lamTok = before >= bf && t.kind[before]! === TokKind.Arabic && (t.norm[before]! === 'ل' || t.norm[before]! === 'ول');
      const labelStart = before + 1 <= m.first - 1 ? t.start[before + 1]! : t.start[m.first]!;
      // "مطار تونس قرطاج: …": a bare name closing a phrase of other words is part of it; a label opens the headline,
      // or is quoted or addressed ("وزير موريتاني لـ"الشرق الأوسط": …").
      const phraseEnd = quoted === null && !lamTok && m.prefix === '' && before >= bf && isWord(t, before);
      if (after <= bl && t.kind[after]! === TokKind.Punct && t.norm[after]! === ':' && (!common || quoted !== null || lamTok) && !phraseEnd) {
        const ref = resolveMention(ctx, m, nat?.country ?? null);
        if (ref) {
          resolved[mi] = ref;
          const lam = lamTok || hasLam(m.prefix);
          add(mi, ref, lam ? 'interview_with' : 'other', lamTok ? t.start[before]! : labelStart, t.end[after]!);
          continue;
        }
      }
      let rest = m.last + 1;
      while (rest <= bl && t.kind[rest]! === TokKind.Punct) rest++;
      // "… by spring - FT", "… by spring: Kathimerini": the outlet closing the headline after a dash, bar or colon.
      // (An everyday word after a colon may end a phrase; an acronym in capitals does not: "… airport operator: FT".)
      const capsAcronym = m.first === m.last && t.kind[m.first]! === TokKind.Latin && (t.flags[m.first]! & TokFlag.AllUpper) !== 0;
      const closer = before >= bf && t.kind[before]! === TokKind.Punct && (t.norm[before]! === '-' || t.norm[before]! === '|' || (t.norm[before]! === ':' && (!common || capsAcronym)));
      if (rest > bl && closer) {
        const ref = resolveMention(ctx, m, nat?.country ?? null);
        if (ref) { resolved[mi] = ref; add(mi, ref, 'other', t.start[before]!, m.end); continue; }
      }
    }

    // 3–5. Cues around the name.
    const left = walkLeft(ctx, m.first, m.prefix);
    // "The Reporters Committee for Freedom of the Press said": the title closes a longer proper name.
    if (t.kind[m.first]! === TokKind.Latin && closesLongerName(t, m.first, blockOf)) continue;
    // "في نشرتها الإخبارية الرئيسية": "its news bulletin", the adjective of a bulletin (a noun that looks like "نشرت + ها").
    if (t.kind[m.first]! === TokKind.Arabic && m.first === m.last && m.first > 0 && BULLETIN_ADJECTIVES_AR.has(t.norm[m.first]!) && BULLETIN_AR.has(t.norm[m.first - 1]!)) continue;
    if (left.head >= 0 && m.head < 0) m.head = left.head;
    // "الدفع الإلكتروني عبر شبكة «كي نت»", "تضيف 180 ألف متر مكعب يومياً إلى شبكة المدينة": a payment, water or power network.
    if (m.head >= 0 && t.kind[m.head]! === TokKind.Arabic && utilityNetworkAr(t, m.head)) continue;
    if (m.head >= 0 && t.kind[m.head]! === TokKind.Arabic && headForOtherPurposeAr(t, m.head, m.last)) continue;
    const countryHint = nat?.country ?? left.country;
    let pattern: AttributionPattern | null = null;
    let start = -1;
    let end = m.end;
    let citesFrom = -1;
    let viaCue = false;
    let viaLeft = false;
    const cue = left.cue;
    if (cue) {
      const k = cue.kinds;
      if (k & CueKind.Footer) { pattern = 'other'; }
      // "حديث الرأي العام" (talk of public opinion): an Arabic interview noun right before an everyday-word title with no
      // لـ, quotes or head noun is a construct, not an interview.
      else if ((k & CueKind.Interview) && common && t.kind[m.first]! === TokKind.Arabic && !left.lam && m.prefix === '' && quoted === null && m.head < 0 && cue.last === m.first - 1) pattern = null;
      else if (k & CueKind.Interview) pattern = 'interview_with';
      else if ((k & CueKind.Speech) && (left.lam || left.aPrep)) pattern = 'interview_with';
      // "This story was originally published by CalMatters": a syndication credit, the story's source line.
      // "le communiqué publié peu après par Québecor", "a statement released by the BBC": the house speaking for itself, a party.
      // (An agency carrying a body's statement is the source that relays it: "في بيان نشرته وكالة الأنباء القطرية".)
      else if ((k & CueKind.Published) && statementBefore(t, cue.first, blockOf) && t.kind[m.first]! === TokKind.Latin &&
        (m.entry ? ctx.reg.byId(m.entry.ids[0]!)?.medium : m.unknown?.medium) !== 'agency') continue;
      else if (k & CueKind.Published) pattern = SYNDICATION_CUE.test(t.text.slice(cue.start, cue.end)) ? 'other' : 'published_by';
      else if (k & CueKind.According) {
        pattern = 'according_to';
        if (k & CueKind.Cites) citesFrom = previousOutlet(mi, cue.first, 14);
      } else if (k & CueKind.Verb) {
        if (!cue.inversionOnly || invertedBefore(ctx, cue.first)) pattern = 'reported_by';
      } else if (k & CueKind.An && publisherAfterTitle(t, cue.first, mentions, mi)) {
        // ""الأهرام المسائى" الصادرة عن مؤسسة الأهرام": the house that publishes a paper, not a source.
      } else if (k & CueKind.An) {
        let p = previousOutlet(mi, cue.first, 6);
        // "ونقلت صحيفة X الإيطالية، في عددها الصادر اليوم، عن موقع Y": an aside between commas before عن.
        if (p < 0 && cue.first >= 2 && t.norm[cue.first - 1] === ',') {
          for (let q = cue.first - 2; q >= 0 && q >= cue.first - 10 && blockOf[q] === b && !isSentenceEnd(t, q); q--) {
            if (t.norm[q] === ',') { p = previousOutlet(mi, q, 6); break; }
          }
        }
        if (p >= 0) { pattern = 'according_to'; citesFrom = p; }
        // "ونقلت الصحف عن وكالة الأنباء الأردنية", "ونقل عن وكالة سبأ": relayed from it, whoever relays.
        else if (transmittedFrom(t, cue.first)) pattern = 'according_to';
      }
      if (pattern) { start = cue.start; viaCue = true; viaLeft = true; }
      // "CNN, citing a report in Axios, said": the report's cue stands between "citing" and the name.
      if (pattern && pattern !== 'interview_with' && citesFrom < 0) {
        for (let j = cue.first - 1; j >= 0 && j >= cue.first - 3 && blockOf[j] === b; j--) {
          if (CITING_WORDS.has(t.norm[j]!)) { citesFrom = previousOutlet(mi, j, 6); break; }
          if (!isWord(t, j)) break;
        }
      }
    }
    // French "Pour Der Spiegel, ..." (clause-initial "pour" + outlet + comma) is an according_to.
    // Also "For the Daily Telegraph, the headline is ...".
    // ("à 6 heures, pour 24 heures, afin de": a name that opens on a number after "pour" is a duration.)
    if (!pattern && left.forTok >= 0 && m.last + 1 < t.n && t.norm[m.last + 1]! === ',' && t.kind[m.first]! !== TokKind.Number) {
      const p = left.forTok - 1;
      // ("34,5 % pour Al Aoula," is a share: a symbol before "pour" opens no clause.)
      if (p < 0 || blockOf[p] !== b || (t.kind[p]! === TokKind.Punct && CLAUSE_PUNCT.has(t.norm[p]!))) { pattern = 'according_to'; start = t.start[left.forTok]!; viaCue = true; }
    }
    if (!pattern && (left.lam || left.aPrep)) {
      // Room for the speaker's name and title: "a confié Thierry Bodson, le président de la FGTB, au Soir".
      // An everyday word with no quotes or head noun must follow the verb closely ("تسببت بانعدام تام للرؤية",
      // "dans les Pays de la Loire" are words).
      let locative = false;
      for (let q = m.first - 1; q >= 0 && q >= m.first - 3; q--) if (t.norm[q] === 'dans' || t.norm[q] === 'in') locative = true;
      const near = common && quoted === null && m.head < 0 && (t.kind[m.first]! === TokKind.Arabic || locative);
      // "إلى حديث الرأي العام": the preposition belongs to the noun before the title, not to the title itself.
      const lamElsewhere = near && t.kind[m.first]! === TokKind.Arabic && !hasLam(m.prefix) && !(m.first > 0 && AR_LOOSE_LAM.has(t.norm[m.first - 1]!));
      const sp = lamElsewhere ? null : speechBefore(ctx, m.first, near ? 3 : 13);
      if (sp && !objectBeforeA(t, sp, m.first)) { pattern = 'interview_with'; start = sp.start; viaCue = true; }
    }
    if (!pattern && t.kind[m.first]! === TokKind.Latin && !(common && quoted === null && m.head < 0)) {
      const sp = speechBeforeSetOffSpeaker(ctx, m.head >= 0 && m.head < m.first ? m.head : m.first);
      if (sp) { pattern = 'interview_with'; start = sp.start; viaCue = true; }
    }
    // English "to" after a speech verb a few words back: "confirmed the news to TechCrunch", "made the comments to the BBC".
    if (!pattern && left.toTok >= 0) {
      const sp = speechBefore(ctx, left.toTok + 1, 6);
      if (sp) { pattern = 'interview_with'; start = sp.start; viaCue = true; }
    }
    // "a-t-il affirmé sur France Inter", "Sur RTL, le ministre a estimé", "said on CNN", "Dans Le Parisien, il explique".
    // A cue that ends on the preposition ("said on") leaves it to this rule.
    if (!pattern && cue && left.onTok < 0 && ON_MEDIUM.has(t.norm[cue.last]!) && cue.last >= m.first - 3) left.onTok = cue.last;
    if (!pattern && left.onTok >= 0) {
      const medium = m.entry ? ctx.reg.byId(m.entry.ids[0]!)?.medium : m.unknown?.medium;
      const on = t.norm[left.onTok]!;
      // "a nurse who works at a hospital in Al Ain": a title that is also a town, after "in", is the town.
      // ("In Makkah, …": a one-word title named after its city is the city after "in", everyday word or not.)
      const town = (on === 'dans' || on === 'in') && (common || m.first === m.last) && isLatinPlaceName(wordForms(t.text.slice(m.start, m.end)));
      // "sat on a BBC advisory council": after an indefinite article the name qualifies the noun that follows it.
      const qualifies = m.first > 0 && /^an?$/i.test(t.text.slice(t.start[m.first - 1]!, t.end[m.first - 1]!));
      const fits = town || qualifies ? false : on === 'dans' || on === 'in' ? medium === 'newspaper' || medium === 'magazine' || medium === 'online' : medium === 'tv' || medium === 'radio' || medium === 'online' || medium === 'group';
      if (fits) {
        // The speaker's title may sit between the verb and "sur": "a prévenu le premier secrétaire du PS, Olivier Faure, sur LCI".
        const sp = speechBefore(ctx, m.first, 14) ?? speechAfter(ctx, m.last);
        if (sp) { pattern = 'interview_with'; start = Math.min(sp.start, t.start[left.onTok]!); end = Math.max(m.end, sp.end); viaCue = true; }
        // "On ABC's "This Week," the adviser declined …", "Sur BFMTV, le ministre a refusé …": a broadcast opening the
        // sentence and closed by a comma frames what its guest said there.
        else if (frontedBroadcast(t, left.onTok, m.last)) {
          // "Dans L'Opinion, enfin, c'est …", "In the Guardian, the columnist …": what follows was read there.
          pattern = on === 'dans' || on === 'in' ? 'published_by' : 'interview_with'; start = t.start[left.onTok]!; viaCue = true;
        }
      }
    }
    // "Selon un sondage Ifop pour Le Figaro" is caught by the cue; "un sondage Elabe pour BFMTV" alone is the outlet's poll.
    if (!pattern && left.poll) { pattern = 'published_by'; start = t.start[left.stop + 1]!; viaCue = true; }
    if (!pattern) {
      const inc = includedAmongMedia(ctx, m.first);
      if (inc >= 0) { pattern = 'according_to'; start = t.start[inc]!; viaCue = true; }
    }
    // An Arabic press review's frames: "وفي صحيفة واشنطن بوست الأمريكية، تكتب المحللة", "نبدأ جولتنا في الصحف من صحيفة
    // الغارديان", "وننتقل إلى صحيفة التايمز".
    if (!pattern && t.kind[m.first]! === TokKind.Arabic) {
      const frame = pressReviewFrameAr(t, m, blockOf);
      if (frame >= 0) { pattern = 'published_by'; start = t.start[frame]!; viaCue = true; }
    }
    // "une enquête de Mediapart publiée en 2023", "un éditorial du Figaro": a piece of the outlet's, named as such.
    if (!pattern) {
      const piece = pieceBefore(t, m.first);
      if (piece >= 0) { pattern = 'published_by'; start = t.start[piece]!; viaCue = true; }
    }
    // "Associated Press writer Wen Li in Beijing contributed to this report.": a wire credit at the foot.
    if (!pattern && contributedAfter(ctx, m.last)) { pattern = 'byline_via'; start = m.start; end = t.end[blockLastTok(ctx, b)]!; viaCue = true; }
    // "(Belga).", "(dpa, AFP)": a credit in parentheses that holds nothing but outlets.
    if (!pattern && creditParens(ctx, mi, mentions)) pattern = 'other';
    // "… citing one of the officials. REUTERS": the Straits Times' way of crediting a wire, in capitals after the
    // story's last sentence.
    if (!pattern && trailingCapsCredit(ctx, m)) { pattern = 'other'; start = m.start; }
    // "(FRANCE 24 with AFP)", "(Le Point avec AFP)": the closing credit line in parentheses.
    if (!pattern && closingWithCredit(ctx, m)) { pattern = 'byline_via'; start = t.start[m.first - 1]!; }
    // "… still recovering from higher costs. - Bernama": an agency's credit closing the story after a dash.
    if (!pattern && trailingDashCredit(ctx, m)) { pattern = 'other'; start = t.start[m.first - 1]!; }
    // "تحقيقا سابقا لشبكة "سي إن إن"", "تقرير لصحيفة الغارديان": a piece of the outlet's, named as such.
    if (!pattern && left.report >= 0 && left.lam) { pattern = 'published_by'; start = t.start[left.report]!; viaCue = true; }
    // "وفي «لوفيجارو»، يرى الكاتب": in a quoted title, then a comma: what follows was read in it.
    // (A bare "في" must open the sentence: "ونفذ العاملين في "الرأي"، ظهر أمس، وقفة" is where they work.)
    if (!pattern && quoted !== null && t.kind[m.first]! === TokKind.Arabic && quoted.open > 0 && (t.norm[quoted.open - 1] === 'وفي' ||
      (t.norm[quoted.open - 1] === 'في' && (quoted.open - 1 === 0 || isSentenceEnd(t, quoted.open - 2) || blockOf[quoted.open - 2] !== blockOf[quoted.open - 1]))) &&
      quoted.close + 1 < t.n && t.norm[quoted.close + 1] === ',') {
      pattern = 'published_by'; start = t.start[quoted.open - 1]!; end = t.end[quoted.close]!; viaCue = true;
    }
    // "في صحيفة "هآرتس"، كتب": the same with a head noun, when it opens the sentence (not "يعمل في صحيفة ...").
    if (!pattern && quoted !== null && t.kind[m.first]! === TokKind.Arabic && m.head >= 1 && m.head === quoted.open - 1 &&
      (t.norm[m.head - 1] === 'في' || t.norm[m.head - 1] === 'وفي') && (m.head - 1 === 0 || isSentenceEnd(t, m.head - 2) || blockOf[m.head - 2] !== blockOf[m.head - 1]) &&
      quoted.close + 1 < t.n && t.norm[quoted.close + 1] === ',') {
      pattern = 'published_by'; start = t.start[m.head - 1]!; end = t.end[quoted.close]!; viaCue = true;
    }
    // "ونقلت الجريدة عن وكالة «أوروبا بريس»": "نقل … عن" + a head noun cites the outlet even when the relaying
    // subject is an anaphor the grammar does not hold as a mention.
    if (!pattern && t.kind[m.first]! === TokKind.Arabic && left.head >= 1 && t.norm[left.head - 1] === 'عن') {
      for (let q = left.head - 2; q >= 0 && q >= left.head - 5 && blockOf[q] === b; q--) {
        if (isSentenceEnd(t, q)) break;
        if (anyForm(t, q, (f) => f === 'نقلت' || f === 'نقل' || f === 'تنقل' || f === 'ينقل')) { pattern = 'according_to'; start = t.start[left.head - 1]!; viaCue = true; break; }
      }
    }
    // "قال عبد الرحمن آدم، وهو مزارع نزح مع أسرته، لوكالة فرانس برس، إن": the speech verb is far back, but "لـ + outlet
    // + إن" is the interview itself.
    // (A Latin name after an Arabic head noun too: "على قناة «MBC مصر»، إن".)
    if (!pattern && (hasLam(m.prefix) || left.lam) && (t.kind[m.first]! === TokKind.Arabic || (left.head >= 0 && t.kind[left.head]! === TokKind.Arabic)) &&
      saysThatAfter(t, m.last, blockOf)) {
      pattern = 'interview_with'; start = left.head >= 0 ? t.start[left.head]! : m.prefix !== '' ? t.start[m.first]! : m.start; viaCue = true;
    }
    // "a Reuters/Ipsos poll found", "a Washington Post-ABC News poll", "a CNN poll": the outlet's own poll.
    if (!pattern) {
      const p = pollAfter(ctx, m.last);
      if (p >= 0) { pattern = 'published_by'; start = t.start[m.first]!; end = t.end[p]!; viaCue = true; }
    }
    // "منح استطلاع القناة 12 الإسرائيلية الليكود 27 مقعدا": the outlet's poll, named in construct. An everyday word needs its
    // head noun or quotes ("استطلاع الرأي العام" is public opinion, not Al Rai's).
    if (!pattern && t.kind[m.first]! === TokKind.Arabic && m.prefix === '') {
      const nounAt = (m.head >= 0 ? m.head : quoted !== null ? quoted.open : m.first) - 1;
      if (nounAt >= 0 && blockOf[nounAt] === b && (!common || m.head >= 0 || quoted !== null) && anyForm(t, nounAt, (f) => POLL_NOUNS_AR.has(f))) {
        pattern = 'published_by'; start = t.start[nounAt]!; viaCue = true;
      }
    }
    let svo = false;
    let svoCue: CueHit | null = null;
    if (!pattern) {
      let r = walkRight(ctx, m.last, false, m.first) ?? pluperfectAfter(ctx, m.first, left.head, m.last);
      // "Le Journal de Québec, qui relèvent d'une autre division": "relever de" is to belong to, not to note ("El Watan relève
      // d'ailleurs que" notes).
      if (r && RELEVER.has(t.norm[r.cue.last]!) && r.cue.last + 1 < t.n && (t.norm[r.cue.last + 1] === 'de' || t.norm[r.cue.last + 1] === 'du' ||
        t.norm[r.cue.last + 1] === 'des' || (t.norm[r.cue.last + 1] === 'd' && t.norm[r.cue.last + 3] !== 'ailleurs'))) r = null;
      // "… de la matinale de LCI, la chaîne d'information du groupe, indique encore le journal": the verb's subject comes after it.
      if (r && t.kind[m.first]! === TokKind.Latin && invertedSubjectAfter(t, r.cue.last, blockOf)) r = null;
      const precededByPrep = left.stop >= 0 && left.stop === m.first - 1 && t.kind[left.stop]! !== TokKind.Punct && anyForm(t, left.stop, (f) => f === 'في' || f === 'من' || f === 'على' || f === 'عن' || f === 'of' || f === 'de' || f === 'for' || f === 'pour') ||
        // "un chercheur spécialiste du Sahel estime": the name complements the noun before it, which is the subject.
        // So does a capitalised noun inside a longer name: "l'Alliance des États du Sahel (AES)".
        (m.first >= 1 && t.kind[m.first - 1]! === TokKind.Latin && (t.norm[m.first - 1] === 'du' || t.norm[m.first - 1] === 'des') && m.first >= 2 && t.kind[m.first - 2]! === TokKind.Latin &&
          ((t.flags[m.first - 2]! & TokFlag.UpperInitial) === 0 || (common && m.first >= 3 && !isSentenceEnd(t, m.first - 3) && t.kind[m.first - 3]! !== TokKind.Punct)) && !REPORT_NOUNS.has(t.norm[m.first - 2]!));
      // An everyday word as the subject must open its clause ("وكانت الشروق قد نشرت"), or be quoted or
      // follow a head noun: "شياع السوداني قد أكد" is a surname, "كان قد كشف" a verb.
      let subjectOk = true;
      if (common && r && quoted === null && left.head < 0 && t.kind[m.first]! === TokKind.Arabic) {
        const p = m.first - 1;
        // An opening quote that does not close right after the name starts someone's words ("أن "المملكة اختارت …"").
        const clauseStart = p < 0 || blockOf[p] !== b || (t.kind[p]! === TokKind.Punct && !QUOTES.has(t.norm[p]!) && t.norm[p] !== '«' && t.norm[p] !== '“') ||
          anyForm(t, p, (f) => CLAUSE_OPENERS.has(f));
        const nat = e ? nationality(e.tokens[e.tokens.length - 1]!) !== undefined : false;
        if (!clauseStart || nat || ADVERBIAL.has(e!.tokens.join(' '))) subjectOk = false;
      }
      // "Metro, the Southwest Ohio Regional Transit Authority's bus service, said": an everyday-word name whose
      // apposition calls it something other than a medium.
      if (r && common && t.kind[m.first]! === TokKind.Latin && NOT_MEDIUM_APPOSITION.test(t.text.slice(m.end, r.cue.start)) &&
        !MEDIUM_APPOSITION.test(t.text.slice(m.end, r.cue.start))) subjectOk = false;
      // An everyday-word title after a lowercase article that is not part of it, with such a verb, is the thing itself.
      if (r && common && t.kind[m.first]! === TokKind.Latin && quoted === null && left.head < 0 && m.first >= 1 && (t.norm[m.first - 1] === 'le' || t.norm[m.first - 1] === 'la') &&
        (t.flags[m.first - 1]! & TokFlag.UpperInitial) === 0 && PLAIN_VERBS.has(t.text.slice(r.cue.start, r.cue.end).toLowerCase())) subjectOk = false;
      if (r && !precededByPrep && subjectOk) {
        pattern = r.published ? 'published_by' : 'reported_by';
        svo = true;
        svoCue = r.cue;
        start = quoted ? t.start[quoted.open]! : (left.head >= 0 && left.head < m.first ? t.start[left.head]! : t.start[m.first]!);
        end = r.cue.end;
      }
    }
    if (!pattern) {
      // 6. A bare outlet line: "(أ ف ب)", "— MAP", "Source Europe1".
      const bf = blockFirstTok(ctx, b);
      const bl = blockLastTok(ctx, b);
      let own = 0;
      for (let j = m.first; j <= m.last; j++) if (isWord(t, j)) own++;
      // Credit words may stand beside the name: "(avec AFP)", "Source : Europe1", "With Reuters".
      // ... before or after it: "(With PTI inputs)".
      // ("With additional input from Reuters": four credit words.)
      if (ctx.blockWords[b]! <= own + 4) for (let j = bf; j <= bl; j++) if ((j < m.first || j > m.last) && isWord(t, j) && CREDIT_WORDS.has(t.norm[j]!)) own++;
      const words = ctx.blockWords[b]! - own;
      // An everyday-word name alone on a line is a menu item or a heading ("News", "Capital"), not a footer.
      // A single capitalised Latin word alone on a line ("Culture", "Capital") is a heading unless it closes the
      // article or is set off as a credit: "(AFP)", "— Reuters", "Source : Europe1".
      const plainWord = m.first === m.last && t.kind[m.first]! === TokKind.Latin && (t.flags[m.first]! & TokFlag.AllUpper) === 0;
      const setOff = bf < m.first || bl > m.last;
      const nearEnd = b >= ctx.blocks.length - 3;
      if (words === 0 && block.kind !== 'title' && block.kind !== 'heading' && b > 0 && !(common && own === (m.last - m.first + 1) - countGlue(t, m)) && (!plainWord || nearEnd || setOff)) {
        pattern = 'other';
        start = t.start[bf]!;
        end = t.end[bl]!;
      }
    }

    // A one-word everyday name followed by a surname or by a person's apposition is a person:
    // "», confie Marianne Dupont", "», raconte Marianne, 45 ans", "», says Metro, a nurse".
    if (common && t.kind[m.last]! === TokKind.Latin && quoted === null && m.head < 0 && left.head < 0) {
      const nx = m.last + 1;
      if (nx < t.n && blockOf[nx] === b && isCapLatin(t, nx) && !(t.flags[nx]! & TokFlag.NewlineBefore)) continue;
      const subject = pattern === 'reported_by' || pattern === null;
      if (subject && nx + 1 < t.n && t.norm[nx]! === ',' && blockOf[nx + 1] === b && (t.kind[nx + 1]! === TokKind.Number || PERSON_APPOSITION.has(t.norm[nx + 1]!))) {
        // ... unless the apposition describes a medium: "The National, an Abu Dhabi-based newspaper, reported".
        let media = false;
        for (let q = nx + 1; q < t.n && q <= nx + 8 && blockOf[q] === b && t.norm[q]! !== ','; q++) if (t.kind[q]! === TokKind.Latin && outletHead(t, q)) { media = true; break; }
        if (!media) continue;
      }
    }
    // "وأوضحت الصحيفة الاقتصادية": after a definite head noun, a definite everyday word agrees with it as an adjective
    // ("the economic paper", an anaphor), it does not name the paper (that is "صحيفة الاقتصادية").
    if (common && quoted === null && t.kind[m.first]! === TokKind.Arabic && m.prefix === '' && t.norm[m.first]!.startsWith('ال')) {
      const h = m.head >= 0 ? m.head : left.head;
      if (h >= 0 && h === m.first - 1 && anyForm(t, h, (f) => f.startsWith('ال') && outletHeadForm(f))) continue;
    }
    // Outlet context for everyday-word aliases.
    if (common) {
      const headCtx = m.head >= 0 && m.head === m.first - 1 || (left.head >= 0 && left.head >= m.first - 2) || colleaguesOf(t, m.first);
      // A publishing or interview cue names a medium by itself ("paru dans Le Point", "a confié au Parisien"), but
      // not "إلى" before a bare everyday word: "العودة إلى الديار" is going back home.
      const toBareWord = t.kind[m.first]! === TokKind.Arabic && quoted === null && m.head < 0 && m.first > 0 && t.norm[m.first - 1] === 'الي' &&
        (ctx.cues.byLast[m.first - 1] ?? -1) < 0;
      // "un camion arrivé du Mali via le Sahel": "via" in running text, before an everyday phrase, is the route.
      const via = t.kind[m.first]! === TokKind.Latin && m.first >= 1 && t.norm[m.first - 1] === 'via' && !(t.flags[m.first - 1]! & TokFlag.UpperInitial) &&
        m.first >= 2 && blockOf[m.first - 2] === b && isWord(t, m.first - 2);
      if (via) continue;
      const strongCue = pattern === 'published_by' || (pattern === 'interview_with' && viaLeft && !toBareWord);
      const ctxOk = headCtx || quoted !== null || nat !== null || svo || pattern === 'other' || (strongCue && !ADVERBIAL.has(e!.tokens.join(' '))) ||
        (viaCue && pattern !== null && !toBareWord && !ADVERBIAL.has(e!.tokens.join(' ')) && (boundaryAfter(t, m, -1) || pieceNounAfter(t, m.last)));
      if (!ctxOk) continue;
      // "وفقا لبيانات البورصة": an everyday word after a data noun is the body whose figures they are (the exchange), not a paper.
      if (t.kind[m.first]! === TokKind.Arabic && quoted === null && m.head < 0 && m.prefix === '' && m.first > 0 &&
        anyForm(t, m.first - 1, (f) => DATA_NOUNS_AR.has(f))) continue;
    }
    if (!pattern) {
      // Not a source here, but keep it resolvable for "X, citing Y" (the relay before the cite cue).
      if (!(common && !(m.head >= 0 || quoted || nat))) { pending[mi] = 1; hints[mi] = countryHint; }
      continue;
    }
    // "ووثيقة نشرها موقع "ميديابارت" عام 2012", "a memo published by Le Monde in 2019": a dated past publication is part
    // of the story's history, not its source.
    if (pattern === 'published_by' && DATED_PAST.test(t.text.slice(m.end, m.end + 16))) continue;
    // "عبر منصة «أوان» والحسابات الرسمية لتلفزيون دبي": the outlet's own social accounts, where something is posted.
    if (t.kind[m.first]! === TokKind.Arabic && (hasLam(m.prefix) || left.lam) && officialAccountsBefore(t, m.first, m.head)) continue;
    // "for many years wrote a weekly column for the Daily Express": a writer's career, not a source of the story.
    if (pattern && viaLeft && cue && t.kind[m.first]! === TokKind.Latin && habitualColumn(t, cue.first, cue.last)) continue;
    // "ونقلت قناة عمان الرياضية المباريات مباشرة": a channel carrying the matches airs them; it is no source.
    if (pattern === 'reported_by' && t.kind[m.first]! === TokKind.Arabic && arabicEventAired(t, m.last, blockOf)) continue;
    // "Metro says" in Portland or Nashville is the metropolitan government, not London's free paper.
    if (common && t.kind[m.first]! === TokKind.Latin && m.first === m.last && t.norm[m.first] === 'metro' && quoted === null && m.head < 0 &&
      (['US', 'CA'].includes(ctx.host?.country ?? '') || ['US', 'CA'].includes(ctx.mainCountry ?? ''))) continue;
    // "des matchs des Bleus toujours diffusés par TF1", "games televised by ESPN": the channel airs the event itself,
    // it is not a source of the story.
    if (pattern === 'published_by' && viaLeft && cue && showAired(t, cue.first, blockOf)) continue;
    if ((pattern === 'published_by' || pattern === 'interview_with') && passiveAiringBefore(t, m.first, blockOf)) continue;
    // "L'émission est disponible en replay sur le site de KTO", "à revoir sur France.tv": where to watch it again, not a source.
    if (pattern === 'published_by' && viaLeft && cue && replayBefore(t, cue.first, blockOf)) continue;
    // "I told the BBC last year", "comme je l'ai dit à l'AFP": a speaker recalling an interview of their own, not the article's source.
    if (pattern === 'interview_with' && firstPersonBefore(ctx, m.first, start)) continue;
    // "NBC's "Meet the Press"", "CNN's "State of the Union"": a programme of the outlet before the possessive.
    if (programmeOf(t, m.first, mentions, mi)) continue;
    // "قرار الإحالة", "صباح اليوم": an everyday-word title followed by a definite noun is the word in a construct, not
    // the paper (an adjective after it, "صباح التركية", "التلفزيون البرتغالي العمومي", is not a construct).
    if (common && !quoted && m.head < 0 && t.kind[m.last]! === TokKind.Arabic && m.last + 1 < t.n && t.kind[m.last + 1]! === TokKind.Arabic &&
      !(t.flags[m.last + 1]! & TokFlag.NewlineBefore) && isDefiniteWord(t, m.last + 1) && !nationality(t.norm[m.last + 1]!) && !/(?:ي|يه|ية)$/.test(t.norm[m.last + 1]!)) continue;
    // "ووفقاً لأرقام «مواصلات»": an everyday-word title before another body's quoted name is the noun ("the figures of").
    if (common && !quoted && m.head < 0 && t.kind[m.last]! === TokKind.Arabic && m.last + 2 < t.n && QUOTES.has(t.norm[m.last + 1]!) && t.kind[m.last + 2]! === TokKind.Arabic &&
      !(t.flags[m.last + 1]! & TokFlag.NewlineBefore)) continue;
    // "المملكة العربية السعودية", "المملكة المتحدة": an everyday-word title that opens a longer place name is the place.
    if (common && !quoted && m.head < 0 && t.kind[m.first]! === TokKind.Arabic && placeCovers(t, m.first, m.last + 1)) continue;
    // "وافتتحت «الأيام» بعرض": the festival "أيام الشارقة المسرحية" (or "أيام قرطاج السينمائية") named earlier, now by its first word.
    if (common && quoted && m.head < 0 && m.first === m.last && t.kind[m.first]! === TokKind.Arabic && m.prefix === '' && shortFormOfPlaceEvent(t, m.first)) continue;
    // "المرصد الوطني للفلاحة", "المجلس الأعلى": an everyday-word title before "national" or "supreme" names an institution.
    if (common && !quoted && m.head < 0 && t.kind[m.last]! === TokKind.Arabic && m.last + 1 < t.n && INSTITUTION_ADJ_AR.has(t.norm[m.last + 1]!)) continue;
    // "عضوة المكتب الجهوي للشبيبة", "الكاتب العام للاتحاد": after a body's noun or its adjective, "ل" with an everyday-word
    // title is "of the youth", "of the union", not "told" a paper.
    if (common && !quoted && m.head < 0 && t.kind[m.first]! === TokKind.Arabic && hasLam(m.prefix) && m.first > 0 && t.kind[m.first - 1]! === TokKind.Arabic &&
      !(t.flags[m.first]! & TokFlag.NewlineBefore) && (BODY_NOUNS_AR.has(t.norm[m.first - 1]!) || (t.norm[m.first - 1]!.startsWith('ال') && /(?:ي|يه)$/.test(t.norm[m.first - 1]!) && !nationality(t.norm[m.first - 1]!)))) continue;
    // "ويتابع الرأي العام": public opinion, unless quoted or headed ("صحيفة الرأي العام").
    if (common && !quoted && m.head < 0 && e?.key === PUBLIC_OPINION) continue;
    // "Reporters sans frontières", "Reporters Without Borders": a title's word opening an NGO's name.
    if (t.kind[m.last]! === TokKind.Latin && m.last + 2 < t.n && ((t.norm[m.last + 1] === 'sans' && t.norm[m.last + 2] === 'frontieres') ||
      (t.norm[m.last + 1] === 'without' && t.norm[m.last + 2] === 'borders'))) continue;
    // "Dans le Sud-Ouest, Bordeaux affiche": points of the compass after "dans" and a lower-case article the title never
    // carries are a region ("selon le Sud-Ouest", "selon le Blick" keep their outlet).
    if (common && !quoted && m.head < 0 && e && articleNotInTitle(ctx, m.first, e.key)) continue;
    // "Globe said it" on a Manila page is Globe Telecom: a paper's short name taken from "The Globe and Mail" is written
    // with its article ("the Globe").
    // ("the state-owned Herald", "d'après le Globe": the article may stand before adjectives, or be French.)
    if (common && !quoted && m.head < 0 && e?.derived && t.kind[m.first]! === TokKind.Latin && e.tokens.length === 1 && !articleBefore(t, m.first) &&
      e.ids.every((id) => /^the\s/i.test(ctx.reg.byId(id)?.name ?? ''))) continue;
    // "maîtresse de conférences à Dauphine": the university, not Le Dauphiné's short name, which keeps its accent.
    if (common && !quoted && m.head < 0 && e?.derived && t.kind[m.last]! === TokKind.Latin && m.first === m.last && accentDropped(t, m.last, e.ids.map((id) => ctx.reg.byId(id)?.name ?? ''))) continue;
    // "tombée dans la Marne", "en Charente": a title that is a place's name, after a preposition of place and with the
    // article in lower case, is the place ("dans La Provence" keeps the paper's capital).
    if (!quoted && m.head < 0 && e && t.kind[m.last]! === TokKind.Latin && isLatinPlaceName(e.tokens.filter((w) => w !== 'la' && w !== 'le' && w !== 'l')) &&
      !(t.flags[m.first]! & TokFlag.UpperInitial && (t.norm[m.first] === 'la' || t.norm[m.first] === 'le')) && placePrepositionBefore(t, m.first)) continue;
    // "Une source au sein de la SMH", "a source within the ABC": the organisation itself, seen from inside.
    if (t.kind[m.first]! === TokKind.Latin && withinBefore(t, m.first)) continue;
    // "the Ministry of Foreign Affairs announced", "Minister for Foreign Affairs": a ministry's name, not the magazine.
    if (t.kind[m.first]! === TokKind.Latin && institutionOf(t, m.first)) continue;
    // "told the Daily Mail's owner", "selon l'avocat du Monde": the cue reaches someone the outlet owns or employs
    // outside its newsroom, not the outlet.
    if (viaLeft && ownerAfter(t, m.last, blockOf)) continue;
    // The outlet speaking about itself as a party: not a source ("The BBC said its director general resigned").
    if ((pattern === 'reported_by' || pattern === 'according_to') && t.kind[m.first]! === TokKind.Latin) {
      const verb = svoCue ? { first: svoCue.first, last: svoCue.last } : pattern === 'according_to' ? { first: m.last + 1, last: m.last } : null;
      if (verb && selfNews(ctx, verb.first, verb.last)) continue;
    }
    // "وأعلنت قناة الجزيرة عن إغلاق مكتبها": the verb comes first in Arabic, the event after the name.
    // (A Latin name after an Arabic head noun, "قناة SBC", is read the Arabic way.)
    if (pattern === 'reported_by' && (t.kind[m.last]! === TokKind.Arabic || t.kind[m.first]! === TokKind.Arabic || (m.head >= 0 && t.kind[m.head]! === TokKind.Arabic) ||
      (m.first > 0 && t.kind[m.first - 1]! === TokKind.Arabic && outletHead(t, m.first - 1))) &&
      selfNewsAr(ctx, (nat ? nat.tok : m.last), masculineOutlet(t, m))) continue;
    // "الجلسة، التي نقلتها قناة العراقية الرسمية مباشرة": what a channel carried live.
    if (t.kind[m.first]! === TokKind.Arabic && cue && carriedLiveAr(t, cue, m.last, blockOf)) continue;
    // "فيما تنقل «أبوظبي الرياضية» منافسات البطولات": a channel carrying matches or prayers on the air, not relaying news.
    if (pattern === 'reported_by' && t.kind[m.last]! === TokKind.Arabic && cue && carriesEventAr(t, cue.first, m.last, blockOf)) continue;
    // "فيلم وثائقي من إنتاج القناة الثانية "دوزيم" يرصد": the channel produced the work that the verb speaks of.
    // "انقطع بث "إذاعة لبنان"": the station's broadcast was cut. "إذاعة "دبنقا" التي تبث من خارج السودان": where it airs from.
    if (t.kind[m.first]! === TokKind.Arabic && (producedBy(t, m.head >= 0 && m.head < m.first ? m.head : m.first) || broadcastStopped(t, start) ||
      (svoCue && svoCue.first > m.last && airsFromAr(t, svoCue)))) continue;
    // "وقال المدير التنفيذي لقنوات الكأس", "المدير العام للتلفزيون الجزائري": the outlet's own head speaking, not an interview.
    if (pattern === 'interview_with' && t.kind[m.first]! === TokKind.Arabic && headOfOutletAr(t, m)) continue;
    // "جائزة التغطية الإخبارية لوكالة الأنباء السعودية": an award to the outlet for its coverage.
    if (pattern === 'published_by' && t.kind[m.first]! === TokKind.Arabic && awardBeforeAr(t, start, m.first)) continue;
    // "le groupe IPM, propriétaire du quotidien", "Rossel La Voix, propriétaire des deux titres", "X, owner of the paper": the
    // owner speaking of its own titles.
    if (ownerApposition(t, m.last)) continue;
    // "un ouvrage consacré à la Libération d'Auxerre": what a book or a show is devoted to is its topic.
    if (t.kind[m.first]! === TokKind.Latin && devotedTo(t, m.first)) continue;
    // "Le ministère de la Santé, interrogé par nos confrères, assure": a name the registry does not know that ends a
    // ministry's or a body's name is that body.
    if (m.unknown && t.kind[m.first]! === TokKind.Latin && bodyOfBefore(t, m.first)) continue;
    // "Reuters, citing the Sunday Times report, said Canal+ had also begun talks": after an inverted "said" the name opens
    // the reported clause when a verb of its own follows.
    if (pattern === 'reported_by' && viaLeft && cue && cue.last < m.first && t.kind[m.first]! === TokKind.Latin && clauseVerbAfter(t, m.last)) continue;
    // "La chaîne L'Équipe, qui diffusait un match", "Sky Sports, which broadcast the final": a channel airing a show.
    if (pattern === 'reported_by' && svoCue && airsShowAfter(t, svoCue.first, svoCue.last)) continue;
    // "the Australian broadcaster said": a nationality before a head noun of another medium is an adjective, not the
    // paper of that name ("The Australian newspaper reported" keeps it).
    if (e && (m.first === m.last || (m.first + 1 === m.last && t.norm[m.first] === 'the')) && t.kind[m.last]! === TokKind.Latin && nationality(t.norm[m.last]!) &&
      m.last + 1 < t.n && (t.flags[m.last + 1]! & TokFlag.UpperInitial) === 0) {
      const head = outletHead(t, m.last + 1);
      if (head && e.ids.every((id) => !mediumFits(head.medium, ctx.reg.byId(id)?.medium ?? null))) continue;
    }
    // "Economists at RBC said", "analysts at Jefferies wrote": people of a firm that shares a name with an outlet.
    if (m.first >= 2 && t.norm[m.first - 1] === 'at' && PROFESSIONALS.has(t.norm[m.first - 2]!)) continue;
    let ref = resolveMention(ctx, m, countryHint);
    if (!ref) continue;
    // A short form of an outlet already cited: "The New York Times reported ... The Times said", "the Journal", "the Post".
    const shortForm = e ? (e.tokens[0] === 'the' || e.tokens[0] === 'le' || e.tokens[0] === 'la' ? e.tokens.slice(1) : e.tokens) : [];
    // ... also a listed title of one media word that is not an everyday word: "the Spectator" after "The Hamilton Spectator".
    // Not when the short name is the page's own title ("contacted by The News" on The News' page) or only "News".
    // Nor, in French, when a paper of the page's or the story's country is called exactly so: "Le Quotidien" (Senegal)
    // after "WalfQuotidien" on a Senegalese page. English shortens ("the Argus" after the South Wales Argus).
    const ownFullName = (): boolean => {
      if (ctx.lang !== 'fr' || !e) return false;
      // (Or of the country whose papers the page cites: "Le Quotidien" in RFI's review of Senegal's press.)
      const here = [ctx.host?.country, ctx.mainCountry, ctx.citedCountry].filter((c): c is string => !!c);
      // ... or by one of its own names: "La Presse" (de Tunisie) after "la TAP" (Tunis Afrique Presse) on a Tunisian page.
      if (ref && ref.id !== null && !e.derived && e.ids.includes(ref.id) && !!ref.country && here.includes(ref.country)) return true;
      return e.ids.some((id) => {
        const r = ctx.reg.byId(id);
        return r !== undefined && !!r.country && here.includes(r.country) && wordForms(r.name.replace(/\s*\([^)]*\)\s*$/, '')).join(' ') === e.tokens.join(' ');
      });
    };
    if (e && t.kind[m.first]! === TokKind.Latin && (common || (shortForm.length === 1 && GENERIC_TITLE_WORDS.has(shortForm[0]!))) &&
      !(ctx.host?.id && e.ids.includes(ctx.host.id)) && !(shortForm.length === 1 && shortForm[0] === 'news') && !ownFullName()) {
      const short = shortForm;
      // Earlier mentions, attributed or not yet ("The New York Times and Deadline both reported" is settled later).
      const earlier: { at: number; outlet: OutletRef }[] = attributions.map((a) => ({ at: a.nameStart, outlet: a.outlet }));
      for (let k = 0; k < mi; k++) {
        const ids = mentions[k]!.entry?.ids;
        const rec = !resolved[k] && ids && ids.length === 1 ? ctx.reg.byId(ids[0]!) : undefined;
        if (rec) earlier.push({ at: mentions[k]!.start, outlet: outletRef(rec) });
      }
      earlier.sort((a, b) => a.at - b.at);
      for (let k = earlier.length - 1; k >= 0; k--) {
        const prev = earlier[k]!.outlet;
        if (sameOutlet(prev, ref)) break;
        // (A registry name's qualifier aside: "The Daily Telegraph (Sydney)" is shortened "the Telegraph".)
        const pt = wordForms(prev.name.replace(/\s*\([^)]*\)\s*$/, ''));
        // "the Times" after the New York Times is the same paper; after the Financial Times or the Sunday Times it is
        // another one (those are "the FT", "the Sunday Times").
        if (pt.length > short.length && NOT_SHORTENED.has(pt[pt.length - short.length - 1]!)) continue;
        if (pt.length > short.length && short.every((w, q) => pt[pt.length - short.length + q] === w)) { ref = prev; break; }
      }
    }
    // "told Sky News" after "Sky News Australia", "la RTBF" … : a listed name that is the start of an outlet already cited,
    // the rest of whose name is a place, is that outlet's edition.
    if (e && !common && t.kind[m.first]! === TokKind.Latin && ref.id !== null) {
      if (citedOutlets.size > 1 || (citedOutlets.size === 1 && !citedOutlets.has(ref.id))) {
        const mine = wordForms(t.text.slice(m.start, m.end));
        for (const prev of citedOutlets.values()) {
          if (sameOutlet(prev, ref)) continue;
          const pt = wordForms(prev.name);
          if (pt.length > mine.length && mine.every((w, q) => pt[q] === w) && isLatinPlaceName(pt.slice(mine.length))) { ref = prev; break; }
        }
      }
    }
    resolved[mi] = ref;
    if (!svo && nat && t.kind[m.first]! === TokKind.Arabic) end = Math.max(end, t.end[nat.tok]!);
    if (!svo && quoted && quoted.close > m.last) end = Math.max(end, t.end[quoted.close]!);
    add(mi, ref, pattern, start < 0 ? m.start : start, end);
    if (citesFrom >= 0 && resolved[citesFrom]!) {
      const from = resolved[citesFrom]!;
      if (!sameOutlet(from, ref)) {
        cites.push({ from, to: ref });
        if (attributedMention[citesFrom]! < 0 && !sameOutlet(from, ctx.host)) {
          const p = mentions[citesFrom]!;
          add(citesFrom, from, 'reported_by', t.start[p.first]!, cue ? cue.end : p.end);
        }
      }
    }
  }
  // Coordination: "selon Le Monde et Libération", "according to Reuters and AP", "حسب رويترز وفرانس برس",
  // "The New York Times and The Washington Post reported": a name joined to an attributed one shares its cue.
  for (let pass = 0; pass < 2; pass++) {
    for (let mi = 0; mi + 1 < mentions.length; mi++) {
      const x = mentions[mi]!;
      const y = mentions[mi + 1]!;
      if (blockOf[x.last] !== blockOf[y.first] || y.first - x.last > 6) continue;
      let joined = y.first - x.last === 1 ? (y.prefix === 'و' || y.prefix === 'ف') : true;
      let conjunction = y.first - x.last === 1;
      let commaOnly = true;
      for (let j = x.last + 1; j < y.first && joined; j++) {
        const n = t.norm[j]!;
        if (n === ',' || n === 'et' || n === 'and' || n === 'ou' || n === 'or' || n === '&' || n === 'و') { conjunction = true; if (n !== ',') commaOnly = false; }
        // The preposition repeated after the conjunction: "de Reuters et de l'Agence France-Presse", "by Reuters and by AP".
        else if (!(QUOTES.has(n) || (n === 'the' && j > x.last + 1) || (conjunction && REPEATED_PREPOSITIONS.has(n)))) joined = false;
      }
      if (!conjunction) joined = false;
      if (!joined) continue;
      const ax = attributedMention[mi]!;
      const ay = attributedMention[mi + 1]!;
      if ((ax >= 0) === (ay >= 0)) continue;
      // A comma alone joins a list that goes on ("selon Le Monde, Libération et Le Figaro"); "Selon Le Parisien,
      // France Télévisions aurait prolongé" opens the reported clause with its subject.
      if (commaOnly && ax >= 0 && y.prefix === '') {
        // ("According to Ming Pao, TVB News Channel and TVB Finance, Sports & Information Channel will be combined": a name
        // the registry does not know, after the comma, opens the reported clause.)
        if (!y.entry) continue;
        const nx = y.last + 1;
        const n = nx < t.n && blockOf[nx] === blockOf[y.last] ? t.norm[nx]! : '.';
        if (!(n === ',' || n === 'et' || n === 'and' || n === 'ou' || n === 'or' || n === '&' || n === '.' || n === ';' || n === ')' || n.startsWith('و'))) continue;
      }
      const from = ax >= 0 ? attributions[ax]! : attributions[ay]!;
      const ti = ax >= 0 ? mi + 1 : mi;
      // "une offre pour TAP, selon Bloomberg": a preposition after the comma is the later name's own cue, which the
      // name before it does not share.
      if (ti === mi && hasCuePreposition(t, x.last + 1, y.first)) continue;
      if (from.pattern === 'byline_via' || from.pattern === 'wire_dateline') continue;
      const tm = mentions[ti]!;
      // An everyday-word name joins only when quoted or headed, or when it is a capitalised Latin name that ends
      // there ("révélée par Le Monde et Libération", not "Reuters and Metro Mayor ...").
      if (tm.entry?.common && !pending[ti]) {
        const nx = tm.last + 1;
        const latinName = t.kind[tm.last]! === TokKind.Latin && !(nx < t.n && isCapLatin(t, nx) && blockOf[nx] === blockOf[tm.last]);
        if (!latinName) continue;
      }
      let ref = resolved[ti] ?? null;
      if (!ref && (pending[ti] || tm.entry?.common)) { pending[ti] = 0; ref = resolveMention(ctx, tm, hints[ti] ?? null); resolved[ti] = ref; }
      if (!ref || (ctx.host && sameOutlet(ctx.host, ref))) continue;
      const start = ti > mi ? (tm.prefix !== '' && t.kind[tm.first]! === TokKind.Arabic ? t.start[tm.first]! : tm.start) : tm.start;
      add(ti, ref, from.pattern, start, tm.end);
    }
  }
  // "المصدر : الجزيرة + الفرنسية + إذاعة فرنسا الدولية": every name after a plus sign on a source line is credited by it.
  for (let mi = 1; mi < mentions.length; mi++) {
    const m = mentions[mi]!;
    if (attributedMention[mi]! >= 0 || m.first < 2 || t.norm[m.first - 1] !== '+') continue;
    const b = blockOf[m.first]!;
    const first = ctx.blockFirst[b]!;
    const h = first >= 0 ? cues.byFirst[first]! : -1;
    if (h < 0 || !(cues.kinds[h]! & CueKind.Footer)) continue;
    let ref = resolved[mi] ?? null;
    if (!ref && (pending[mi] || m.entry?.common)) { pending[mi] = 0; ref = resolveMention(ctx, m, hints[mi] ?? null); resolved[mi] = ref; }
    if (!ref || (ctx.host && sameOutlet(ctx.host, ref))) continue;
    add(mi, ref, 'other', t.start[m.first - 1]!, m.end);
  }
  laterFullNames(attributions, cites);
  attributions.sort((a, b) => a.start - b.start || a.end - b.end);
  return { attributions, cites, credited, resolved };
}

/**
 * A shared short name left unsettled ("told the Herald") that is the tail of an outlet the article names in full
 * further on ("The Miami Herald first reported"): the same paper, as "the Times" after "The New York Times" is.
 */
function laterFullNames(attributions: FoundAttribution[], cites: CitesLink[]): void {
  // The distinct listed outlets with the last place each is named, and their names' word forms, computed once.
  const listed = new Map<string, { o: OutletRef; lastStart: number; words: string[] }>();
  for (const b of attributions) {
    if (b.outlet.id === null || !b.outlet.known) continue;
    const cur = listed.get(b.outlet.id);
    if (cur) cur.lastStart = Math.max(cur.lastStart, b.start);
    else listed.set(b.outlet.id, { o: b.outlet, lastStart: b.start, words: wordForms(b.outlet.name) });
  }
  if (listed.size === 0) return;
  const done = new Set<OutletRef>();
  for (const a of attributions) {
    if (a.outlet.id !== null || done.has(a.outlet) || !/^[\p{Script=Latin}\s'’.-]+$/u.test(a.outlet.name)) continue;
    done.add(a.outlet);
    const forms = wordForms(a.outlet.name);
    const short = forms[0] === 'the' || forms[0] === 'le' || forms[0] === 'la' ? forms.slice(1) : forms;
    // "The News" is a title of its own (Pakistan's), never short for "Bloomberg News" or "Sky News".
    if (short.length === 0 || short.length > 2 || (short.length === 1 && short[0] === 'news')) continue;
    let full: OutletRef | null = null;
    let several = false;
    for (const { o, lastStart, words: pt } of listed.values()) {
      if (lastStart <= a.start) continue;
      // Unlike "the Times" after the Financial Times, an unsettled "the Herald" or "the Post" may follow "Morning".
      const before = pt[pt.length - short.length - 1];
      if (pt.length <= short.length || (before !== 'morning' && NOT_SHORTENED.has(before!))) continue;
      if (!short.every((w, q) => pt[pt.length - short.length + q] === w)) continue;
      if (full) several = true; else full = o;
    }
    if (!full || several) continue;
    const old = a.outlet;
    for (const x of attributions) if (x.outlet === old) x.outlet = full;
    for (const c of cites) { if (c.from === old) c.from = full; if (c.to === old) c.to = full; }
  }
}

/**
 * The pattern of a cue around a pseudo-mention (an anaphor such as "الصحيفة", "le quotidien", "the newspaper"):
 * the same left and right walks as for names, without bylines, datelines or relays.
 */
export function cuePatternAt(ctx: GrammarContext, first: number, last: number, prefix: string): { pattern: AttributionPattern; start: number; end: number } | null {
  const { t, blockOf } = ctx;
  const left = walkLeft(ctx, first, prefix);
  const cue = left.cue;
  if (cue) {
    const k = cue.kinds;
    let pattern: AttributionPattern | null = null;
    if (k & CueKind.Interview) pattern = 'interview_with';
    else if ((k & CueKind.Speech) && (left.lam || left.aPrep)) pattern = 'interview_with';
    else if (k & CueKind.Published) pattern = 'published_by';
    else if (k & CueKind.According) pattern = 'according_to';
    else if (k & CueKind.Verb) {
      if (!cue.inversionOnly || invertedBefore(ctx, cue.first)) pattern = 'reported_by';
    }
    if (pattern) return { pattern, start: cue.start, end: t.end[last]! };
  }
  // "وقالت المصادر للوكالة إن", "وقال وزير النفط للوكالة": the speaker between the verb and the anaphor, as a name has
  // room for ("وقال الوزير لرويترز").
  if (!cue && left.lam && t.kind[first]! === TokKind.Arabic) {
    const sp = speechBefore(ctx, first, 6);
    if (sp) return { pattern: 'interview_with', start: sp.start, end: t.end[last]! };
  }
  const r = walkRight(ctx, last, t.kind[last]! === TokKind.Latin);
  if (r) {
    // Include the article before a Latin anaphor ("the newspaper said", "le quotidien affirme").
    let s = first;
    if (s - 1 >= 0 && t.kind[s - 1]! === TokKind.Latin && LATIN_FILLER.has(t.norm[s - 1]!) && blockOf[s - 1]! === blockOf[first]!) s--;
    if (s - 1 >= 0 && t.norm[s - 1]! === "'" && s - 2 >= 0 && t.norm[s - 2]! === 'l') s -= 2;
    return { pattern: 'reported_by', start: t.start[s]!, end: r.cue.end };
  }
  return null;
}
