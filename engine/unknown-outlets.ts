// Outlets the registry does not know, caught from an outlet head noun and a name.
//
// Approach: after the registry scan, look at each outlet head noun (صحيفة، جريدة، مجلة، موقع، قناة، إذاعة،
// وكالة... / le journal, le quotidien, la chaîne... / the newspaper, the daily, the broadcaster...) that is
// not already followed by a known name, and take as the outlet's name:
//   - a quoted name right after it: صحيفة “الصباح”، le site «Blast»;
//   - Arabic: one to three words closed by a nationality adjective: صحيفة إل باييس الإسبانية;
//   - French/English: a run of capitalised words, a nationality adjective or lower-case descriptors allowed in
//     between: le quotidien espagnol El País, the Kuwaiti daily Al-Qabas, le média en ligne Blast, le site
//     d'investigation néerlandais Follow the Money; English also "the Haaretz newspaper". Social platforms
//     (Facebook, X, YouTube...) are never outlets ("une publication Facebook").
//   - a capitalised name that carries a media word ("the Jordan Times", "Le Quotidien d'Oran").
// Each candidate becomes an OutletMention with `unknown` set (known: false downstream). It is reported only
// if the attribution grammar finds a cue for it, like any other mention. A registry name inside a longer
// quoted name ("صحيفة “الصباح الجديد”") gives way to the quoted name.
//
// Limits: an Arabic name without quotes and without a nationality adjective is not caught (there is no
// capitalisation to tell "قناة السويس" from a channel); generic complements (وكالة الفضاء، موقع التواصل) are
// refused from a list.

import type { Medium } from './types';
import { arabicForms, withoutArticle } from './arabic';
import { ARABIC_FUNCTION, ARABIC_OUTLET_ADJECTIVES, LATIN_FUNCTION, nationality, OUTLET_ADJECTIVES, OUTLET_HEADS, QUOTES, REPORT_NOUNS } from './lexicon';
import { normalizeForMatch } from './normalize';
import type { OutletMention } from './outlet-mentions';
import { heuristicEnd, isWord, TokFlag, TokKind, type Tokens, wordForms } from './tokenize';
import { CueKind, type CueHits } from './cues/index';
import { isLatinPlaceName, latinPlaceCountry } from './places';
import { LATIN_GIVEN, LATIN_TITLES, ROLE_HEADS } from './names';

const GENERIC = new Set([
  'الفضاء', 'الطاقة', 'الأمن', 'الأرصاد', 'الارصاد', 'التنمية', 'الاستخبارات', 'المخابرات', 'الطيران', 'الدواء', 'البيئة', 'التصنيف', 'الغذاء', 'الإغاثة', 'الهجرة', 'السياحة',
  'التعاون', 'المياه', 'الجريمة', 'النقل', 'السكك', 'التجارة', 'الاستثمار', 'الصحة', 'التواصل', 'الاتصالات', 'الإنترنت', 'السويس', 'بنما', 'الحادث', 'الحدث',
  'التنقيط', 'الطاقة', 'الفضائية', 'التلفزيونية', 'الإذاعية', 'التواصل', 'الويب', 'الأونروا', 'الغوث', 'التشغيل', 'الضمان', 'الرسمية', 'الحكومية', 'المحلية',
  'الوطنية', 'العمومية', 'الخاصة', 'الإخبارية', 'الإلكترونية', 'العامة', 'التابعة', 'الرسمي', 'الاجتماعي', 'الاجتماعية', 'العربية', 'الدولية',
  // "موقع السوق المالية السعودية", "موقع الوزارة": an institution's own website, not a news outlet.
  'السوق', 'البورصة', 'الوزارة', 'الهيئة', 'البنك', 'الشركة', 'المجلس', 'الحكومة', 'الرئاسة', 'الجامعة', 'المصرف', 'الديوان', 'السفارة', 'البرلمان',
  'المحكمة', 'المنظمة', 'البلدية', 'المديرية', 'الصندوق', 'النيابة', 'الشرطة', 'الجيش', 'القيادة', 'الأمانة', 'الإدارة', 'المؤسسة',
  // "شبكة الكهرباء البرتغالية", "شبكة الطرق الوطنية": a grid or a network of roads, not a broadcaster.
  'الكهرباء', 'الغاز', 'النفط', 'الطرق', 'المواصلات', 'الصرف', 'التوزيع', 'الري', 'الألياف', 'الهاتف', 'المترو', 'الحافلات', 'القطارات',
  // ... and in construct: "شبكة نقل الغاز", "شبكة توزيع المياه", "شبكة كهرباء".
  'نقل', 'توزيع', 'إمداد', 'أنابيب', 'خطوط', 'مياه', 'كهرباء', 'غاز', 'طرق', 'سكك', 'صرف', 'ري', 'اتصالات',
  // "شبكة العاصمة الإيرانية" (the capital's water network): a place's network, not a broadcaster the registry lacks.
  'العاصمة', 'المدينة', 'البلاد', 'الدولة', 'المحافظة', 'الولاية', 'الإقليم', 'المنطقة',
].map((w) => normalizeForMatch(w)));
const NEWS = normalizeForMatch('الأنباء');
const NEWS_L = normalizeForMatch('للأنباء');

/** Capitalised adjectives that qualify a paper without naming it: "the Arabic newspaper". */
export const LANGUAGE_ADJ = new Set(['arabic', 'arab', 'english', 'hebrew', 'persian', 'farsi', 'urdu', 'turkish', 'kurdish', 'amazigh', 'berber', 'islamist', 'jewish', 'christian', 'muslim', 'catholic', 'gulf', 'western', 'eastern', 'northern', 'southern', 'european', 'african', 'asian', 'latin', 'saudi-owned', 'qatari-owned', 'state-run', 'state-owned', 'afrikaans', 'swahili', 'hausa', 'yoruba', 'igbo', 'hindi', 'bengali', 'bangla', 'tamil', 'telugu', 'malayalam', 'marathi', 'gujarati', 'punjabi', 'cantonese', 'mandarin', 'yiddish', 'flemish', 'catalan', 'basque', 'galician', 'welsh', 'gaelic', 'irish-language', 'malay', 'tagalog', 'filipino']);
const LATIN_PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'la', 'el', 'al', 'du', 'des', 'the', 'of', 'and', 'y', 'i', 'le', 'l', 'd', 'e', 'et', 'am', 'im', 'und', 'van', 'von']);
const LATIN_ARTICLES = new Set(['le', 'la', 'l', 'du', 'au', 'un', 'une', 'des', 'de', 'd', 'the', 'a', 'an', 'its', 'son', 'sa']);
/** Lower-case words that describe an outlet between its head noun and its name: "en ligne", "d'investigation", "de référence". */
const DESCRIPTORS = new Set(['en', 'ligne', 'd', 'investigation', 'information', 'informations', 'de', 'presse', 'opinion', 'reference', 'specialise', 'specialisee',
  'specialises', 'economique', 'financier', 'sportif', 'sportive', 'satirique', 'gratuit', 'gratuite', 'prive', 'privee', 'populaire', 'conservateur',
  'conservatrice', 'progressiste', 'liberal', 'news', 'trade', 'independent', 'independant', 'independante', 'investigative', 'nonprofit', 'business',
  'financial', 'tech', 'sports', 'entertainment', 'political', 'industry', 'hardline', 'tabloid', 'daily', 'weekly', 'monthly', 'quotidien',
  'hebdomadaire', 'mensuel', 'anglophone', 'francophone', 'arabophone', 'pan-arab', 'panarabe', 'régional', 'régionale', 'local', 'locale', 'national',
  'nationale', 'officiel', 'officielle', 'public', 'publique', 'privé', 'privée', 'continue', 'gratuit', 'numérique', 'étudiant', 'étudiante', 'régionaux'].map((w) => normalizeForMatch(w)));
/** Capitalised nouns that are institutions, not names: "la télévision d'État", "la radio de l'Etat". */
const INSTITUTION_WORDS = new Set(['etat', 'etats', 'gouvernement', 'parlement', 'republique', 'senat', 'assemblee', 'armee', 'state', 'government', 'parliament', 'kingdom', 'royaume', 'regime',
  // "un rapport commandé par la Ville": a city hall, not a title.
  'ville', 'mairie', 'municipalite', 'commune', 'prefecture', 'region', 'province', 'city', 'council', 'county', 'municipality']);
/** Social networks and platforms: a post there is an "other source", never an outlet ("une publication Facebook", "la chaîne YouTube X"). */
const PLATFORMS = new Set(['facebook', 'twitter', 'x', 'instagram', 'tiktok', 'youtube', 'linkedin', 'telegram', 'whatsapp', 'snapchat', 'threads', 'bluesky',
  'reddit', 'truth', 'mastodon', 'twitch', 'substack', 'medium', 'spotify', 'google', 'apple', 'netflix', 'amazon', 'wikipedia', 'signal', 'discord', 'rumble',
  // Services that count outages, flights and traffic: "Sur le site Downdetector, qui recense les signalements".
  'downdetector', 'netblocks', 'flightradar24', 'cloudflare', 'similarweb', 'statcounter']);
const PLATFORMS_AR = new Set(['فيسبوك', 'فايسبوك', 'فيس بوك', 'تويتر', 'إكس', 'انستغرام', 'إنستغرام', 'انستجرام', 'إنستجرام', 'تيك توك', 'تيكتوك', 'يوتيوب',
  'تلغرام', 'تليغرام', 'تلجرام', 'واتساب', 'واتس اب', 'سناب شات', 'لينكدإن', 'ثريدز', 'نتفليكس', 'نتفلكس', 'نيتفليكس', 'شاهد'].map((w) => normalizeForMatch(w)));
// Not "website": "the GHMC website", "the ministry's website" are institutions' own pages.
const EN_POST_HEADS = new Set(['newspaper', 'daily', 'tabloid', 'magazine', 'broadcaster', 'channel', 'network', 'agency', 'paper', 'weekly']);

const headCacheAr = new Map<string, { medium: Medium; definite: boolean } | null>();

const PORTAL_AR: ReadonlySet<string> = new Set(['بوابة', 'وبوابة', 'فبوابة', 'لبوابة', 'ولبوابة'].map((w) => normalizeForMatch(w)));
const PORTAL_HEAD = { medium: 'online' as Medium, definite: false };

function headMedium(t: Tokens, i: number): { medium: Medium; definite: boolean } | null {
  const norm = t.norm[i]!;
  if (t.kind[i]! === TokKind.Arabic) {
    // "ونقلت بوابة «الوسط» الليبية": "portal" names a news site only before a quoted name ("بوابة المدينة" is a gate).
    if (PORTAL_AR.has(norm) && i + 1 < t.n && (t.norm[i + 1] === '"' || t.norm[i + 1] === '«')) return PORTAL_HEAD;
    let v = headCacheAr.get(norm);
    if (v === undefined) {
      v = headMediumAr(norm);
      if (headCacheAr.size >= 20000) headCacheAr.clear();
      headCacheAr.set(norm, v);
    }
    return v;
  }
  if (t.kind[i]! === TokKind.Latin) {
    const m = OUTLET_HEADS.get(norm);
    return m ? { medium: m, definite: false } : null;
  }
  return null;
}

function headMediumAr(norm: string): { medium: Medium; definite: boolean } | null {
  {
    for (const f of arabicForms(norm)) {
      const m = OUTLET_HEADS.get(f.form);
      if (m) return { medium: m, definite: false };
      const bare = withoutArticle(f.form);
      if (bare) { const m2 = OUTLET_HEADS.get(bare); if (m2) return { medium: m2, definite: true }; }
    }
    return null;
  }
}

/** The head-noun medium of token i, if it is an outlet head noun (any language, definite or not). */
export function outletHead(t: Tokens, i: number): { medium: Medium; definite: boolean } | null {
  return headMedium(t, i);
}

function isCap(t: Tokens, i: number): boolean {
  return t.kind[i]! === TokKind.Latin && (t.flags[i]! & TokFlag.UpperInitial) !== 0;
}

/** Tails of a dotted name that make it a news title ("OKO.press", "Kapital.info"); "Amazon.com" and "FastMail.FM" are companies. */
const DOTTED_TAILS = new Set(['press', 'info', 'news', 'media', 'presse', 'actu']);

/** A run of capitalised Latin words from i (particles allowed inside), at most 5 words; returns the last index or -1. */
function capRun(t: Tokens, i: number, limit: number): number {
  if (i >= limit || !isCap(t, i) || LATIN_FUNCTION.has(t.norm[i]!) && !isCap(t, i + 1)) return -1;
  let last = -1;
  let words = 0;
  let j = i;
  while (j < limit && words < 6) {
    if (t.flags[j]! & TokFlag.NewlineBefore && j > i) break;
    // "au quotidien local Europa Sur Antonio Ruiz, porte-parole": a person's full name after the title is not part of it.
    if (words >= 2 && LATIN_GIVEN.has(t.norm[j]!) && j + 1 < limit && isCap(t, j + 1) && !(t.flags[j + 1]! & TokFlag.NewlineBefore)) break;
    if (isCap(t, j) || (t.kind[j]! === TokKind.Number && j > i)) { last = j; words++; j++; continue; }
    // "OKO.press", "Lesiteinfo.com": a dotted name written as one word.
    if (t.norm[j] === '.' && last === j - 1 && j + 1 < limit && t.kind[j + 1]! === TokKind.Latin && !(t.flags[j]! & TokFlag.SpaceBefore) &&
      !(t.flags[j + 1]! & TokFlag.SpaceBefore) && DOTTED_TAILS.has(t.norm[j + 1]!)) { last = j + 1; j += 2; continue; }
    if (t.kind[j]! === TokKind.Punct && (t.norm[j]! === '-' || t.norm[j]! === "'") && (t.flags[j]! & TokFlag.SpaceBefore) === 0 && j + 1 < limit && isCap(t, j + 1)) { j++; continue; }
    if (t.kind[j]! === TokKind.Latin && LATIN_PARTICLES.has(t.norm[j]!) && j + 1 < limit && (isCap(t, j + 1) ||
      ((t.norm[j + 1] === 'l' || t.norm[j + 1] === 'd') && j + 3 < limit && t.norm[j + 2] === "'" && isCap(t, j + 3)))) { j++; continue; }
    // "Le Courrier de l'Ouest": an elided article inside the name.
    if (t.kind[j]! === TokKind.Latin && (t.norm[j] === 'l' || t.norm[j] === 'd') && j + 2 < limit && t.norm[j + 1] === "'" && isCap(t, j + 2)) { j += 2; continue; }
    break;
  }
  return last;
}

/** Words that make a capitalised name a media title: "the Jordan Times", "Le Quotidien d'Oran". */
const MEDIA_NAME_WORDS = new Set(['times', 'news', 'post', 'gazette', 'tribune', 'herald', 'telegraph', 'express', 'mirror', 'observer', 'monitor',
  'radio', 'tv', 'tele', 'television', 'press', 'presse', 'daily', 'courier', 'courrier', 'depeche', 'matin', 'soir', 'nouvelles', 'info', 'infos', 'chronicle',
  'standard', 'globe', 'mail', 'inquirer', 'magazine', 'hebdo', 'quotidien', 'gazzetta', 'corriere', 'diario', 'zeitung', 'dispatch',
  'agency', 'agence', 'broadcasting', 'fm', 'hebdomadaire', 'actualites', 'actu', 'weekly',
  // Newspaper words in other languages and further English ones: "Asahi Shimbun", "JoongAng Ilbo", "Ukrainska Pravda", "Dagens Nyheter".
  'shimbun', 'ilbo', 'pravda', 'vesti', 'novosti', 'gazeta', 'gazetta', 'kurier', 'courant', 'dagblad', 'nieuws', 'nachrichten', 'tagblatt', 'rundschau',
  'allgemeine', 'periodico', 'noticias', 'jornal', 'correio', 'haber', 'gazetesi', 'nyheter', 'sanomat', 'posten', 'tidende', 'sentinel', 'examiner',
  'enquirer', 'newswire']);

function mediumOfName(words: readonly string[]): Medium {
  if (words.some((w) => w === 'radio' || w === 'fm')) return 'radio';
  if (words.some((w) => w === 'tv' || w === 'tele' || w === 'television' || w === 'broadcasting')) return 'tv';
  if (words.some((w) => w === 'agency' || w === 'agence' || w === 'press' || w === 'presse')) return 'agency';
  if (words.some((w) => w === 'magazine' || w === 'hebdo' || w === 'weekly' || w === 'review')) return 'magazine';
  return 'newspaper';
}

/**
 * Syndication credits name the outlet a story comes from even when no head noun does: "This story was originally
 * published by CalMatters", "This article first appeared on The Conversation", "Cet article est republié à partir
 * de The Conversation", "initialement publié dans Le Courrier". The capitalised name after them is an outlet.
 */
const SYNDICATION_PHRASES: readonly (readonly string[])[] = [
  'originally published by', 'originally published in', 'originally published on', 'originally appeared in', 'originally appeared on',
  'first published by', 'first published in', 'first published on', 'first appeared in', 'first appeared on', 'republished from',
  'republished with permission from', 'reprinted with permission from', 'reprinted from', 'reproduced with permission from', 'produced in partnership with',
  'republie a partir de', 'initialement publie dans', 'initialement publie par', 'initialement publie sur', 'publie initialement dans',
  'publie initialement par', 'publie initialement sur', 'initialement paru dans', 'paru initialement dans',
].map((p) => p.split(' '));

/** "first published in March", "initialement publié en janvier": a date, not a name. */
const CALENDAR = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout',
  'septembre', 'octobre', 'novembre', 'decembre', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'spring', 'summer', 'autumn', 'fall', 'winter']);

/** Words that may open a time after a name: "ce lundi", "on Monday", "last week" is not one (no calendar word). */
const TIME_LEADS = new Set(['ce', 'cette', 'on', 'last', 'this', 'dans', 'la', 'le', 'nuit', 'de']);

const SYNDICATION_FIRST = new Set(SYNDICATION_PHRASES.map((w) => w[0]!));

function syndicationNameStart(t: Tokens, i: number): number {
  if (!SYNDICATION_FIRST.has(t.norm[i]!)) return -1;
  for (const words of SYNDICATION_PHRASES) {
    if (t.norm[i] !== words[0]) continue;
    let j = i;
    let ok = true;
    for (const w of words) {
      while (j < t.n && t.kind[j]! === TokKind.Punct && t.norm[j] === "'") j++;
      if (j >= t.n || t.norm[j] !== w) { ok = false; break; }
      j++;
    }
    if (ok) return j;
  }
  return -1;
}

/** Head nouns that name media only with a qualifier: agencies of every kind, networks of every kind. */
const AMBIGUOUS_HEADS = new Set(['agency', 'agence', 'network', 'wire', 'station']);
const MEDIA_QUALIFIERS = new Set(['news', 'press', 'presse', 'wire', 'information', 'informations', 'broadcast', 'broadcasting', 'television', 'tv', 'cable',
  'radio', 'media', 'medias', 'newswire', 'photo', 'tele', 'fm']);
const PERSON_JOBS = new Set(['presenter', 'host', 'anchor', 'reporter', 'journalist', 'correspondent', 'editor', 'producer', 'star', 'personality', 'chef',
  'presentateur', 'presentatrice', 'animateur', 'animatrice', 'journaliste', 'correspondant', 'correspondante', 'chroniqueur', 'chroniqueuse']);

/** A media word within two words before the head noun or right after it: "the news agency", "l'agence de presse". */
function mediaQualified(t: Tokens, i: number): boolean {
  for (let q = i - 1; q >= 0 && q >= i - 2; q--) if (MEDIA_QUALIFIERS.has(t.norm[q]!)) return true;
  const n1 = t.norm[i + 1];
  const n2 = t.norm[i + 2];
  return (n1 !== undefined && MEDIA_QUALIFIERS.has(n1)) || ((n1 === 'de' || n1 === 'd') && n2 !== undefined && MEDIA_QUALIFIERS.has(n2));
}

/** Foreign articles as Arabic newsrooms spell them before a title: El/La/Le/The/Die/Der/De. */
const FOREIGN_ARTICLES_AR = new Set(['إل', 'لا', 'لو', 'ذا', 'دي', 'دير', 'ديه', 'إيل'].map((w) => normalizeForMatch(w)));

const LA_AR = normalizeForMatch('لا');

/** A present-tense verb after the negation "لا" ("صحيفة لا تزال تصدر"): a clause, not a title. */
/** "الرسمية", "الحكومي": the state's gazette, website or channel, not a title's description (matching forms). */
const OFFICIAL_AR = new Set(['الرسمية', 'الرسمي', 'الحكومية', 'الحكومي'].map((w) => normalizeForMatch(w)));

function isArabicVerbLike(w: string): boolean {
  return /^[يت][^\s]{2,}/.test(w) && w.length <= 6;
}

/** Reporting verbs that may follow a two-word title ("صحيفة لا راثون ذكرت"): not part of it. */
const CUE_WORDS_AR = new Set(['ذكرت', 'قالت', 'أفادت', 'كشفت', 'نقلت', 'أوردت', 'أشارت', 'أكدت', 'نشرت', 'تقول', 'تكشف', 'تذكر', 'تشير'].map((w) => normalizeForMatch(w)));
function cueWordAr(w: string): boolean {
  return CUE_WORDS_AR.has(w);
}

/** Reporting verbs (clitics off) that may open "VERB + head noun + name": نقل موقع X عن، ذكرت صحيفة X أن. */
const REPORT_VERBS_AR = new Set(['ذكرت', 'ذكر', 'قالت', 'قال', 'أفادت', 'أفاد', 'كشفت', 'كشف', 'نقلت', 'نقل', 'أوردت', 'أورد', 'أشارت', 'أشار', 'أكدت', 'أكد',
  'نشرت', 'نشر', 'زعمت', 'زعم', 'رجحت', 'رجح', 'تحدثت', 'تحدث', 'بثت', 'بث', 'حسب', 'بحسب', 'وفق', 'وفقا', 'عن'].map((w) => normalizeForMatch(w)));
const PLAIN_ADJECTIVES_AR = new Set(['كبير', 'صغير', 'جديد', 'واحد', 'آخر', 'شهير', 'بارز', 'مستقل', 'معارض', 'مقرب', 'متخصص', 'معروف', 'موال', 'مغمور', 'ناطق',
  'أجنبي', 'أمريكي', 'رسمي', 'خاص', 'عام', 'أول', 'ثان', 'مختلف', 'عديد', 'بعض', 'كل', 'أحد'].map((w) => normalizeForMatch(w)));
const FRAME_ARTICLES = new Set(['le', 'la', 'les', 'the']);
/** Particles of Portuguese, Spanish and Italian titles: a French or English article before them is not the title's own. */
const FOREIGN_PARTICLES = new Set(['do', 'dos', 'das', 'da', 'del', 'della', 'dei', 'degli', 'di']);
const PREPOSITIONS_AR = new Set(['على', 'علي', 'في', 'من', 'الى', 'إلى', 'عن', 'مع'].map((w) => normalizeForMatch(w)));

/** What closes the name: the clause the verb introduces. */
const NAME_CLOSERS_AR = new Set(['عن', 'أن', 'ان', 'إن', 'بأن', 'بان', 'فإن', 'فان', 'قوله', 'قولها', 'تقريرا', 'تقريرا', 'مقالا', 'خبرا', 'في', 'يوم', 'اليوم', 'امس', 'أمس'].map((w) => normalizeForMatch(w)));

/**
 * After a reporting verb and an indefinite head noun, one to three Arabic words up to "عن/أن/،": a foreign title
 * written without quotes. Adjectives (nisba endings in ي/ية, "إخباري", "محلي") and definite words are no name.
 * Returns the name's last token or -1.
 */
function unquotedNameAfterVerb(t: Tokens, head: number, j: number): number {
  const v = head - 1;
  if (v < 0 || t.kind[v]! !== TokKind.Arabic || !arabicForms(t.norm[v]!).some((f) => REPORT_VERBS_AR.has(f.form))) return -1;
  let k = j;
  // "ذكرت صحيفة غوتيبوري بوستن (GP)": a Latin abbreviation in parentheses closes the name, whatever its endings.
  let abbreviated = false;
  for (let q = j; q < t.n && q - j < 3 && t.kind[q]! === TokKind.Arabic && !(t.flags[q]! & TokFlag.NewlineBefore); q++) {
    const w = t.norm[q]!;
    if (NAME_CLOSERS_AR.has(w) || ARABIC_FUNCTION.has(w) || nationality(w) || REPORT_NOUNS.has(w) || headMedium(t, q) || w.startsWith('ال')) break;
    if (q + 3 < t.n && t.norm[q + 1] === '(' && t.kind[q + 2]! === TokKind.Latin && (t.flags[q + 2]! & TokFlag.AllUpper) && t.norm[q + 3] === ')') { abbreviated = true; break; }
  }
  while (k < t.n && k - j < 3 && t.kind[k]! === TokKind.Arabic && !(t.flags[k]! & TokFlag.NewlineBefore)) {
    const w = t.norm[k]!;
    if (NAME_CLOSERS_AR.has(w) || ARABIC_FUNCTION.has(w) || nationality(w) || REPORT_NOUNS.has(w) || headMedium(t, k)) break;
    if (abbreviated) { k++; continue; }
    // Definite words, nisba and feminine endings, and plain adjectives describe the outlet: "موقع إخباري", "شبكة كبيرة".
    if (w.startsWith('ال') || /(?:ي|يه|يا|ه)$/.test(w) || w.length < 3 || PLAIN_ADJECTIVES_AR.has(w)) return -1;
    k++;
  }
  if (k === j || k >= t.n) return -1;
  const close = t.norm[k]!;
  if (!(NAME_CLOSERS_AR.has(close) || close === ',' || close === '.' || (abbreviated && close === '('))) return -1;
  return k - 1;
}

const DEGREES = new Set(['ma', 'md', 'ms', 'msc', 'mba', 'phd', 'bsc', 'ba', 'rn', 'mph', 'jd', 'dds', 'dvm']);

/** A title, a role or a given name: the capitalised run around it is a person's name. */
function personal(t: Tokens, q: number): boolean {
  return q >= 0 && q < t.n && (LATIN_TITLES.has(t.norm[q]!) || ROLE_HEADS.has(t.norm[q]!) || LATIN_GIVEN.has(t.norm[q]!));
}

/**
 * The mentions lying within tokens from..to, found by binary search: `known` is sorted by first token, and a scan of
 * every mention for every head noun would grow with the square of a long page.
 */
function mentionsWithin(known: readonly OutletMention[], from: number, to: number): OutletMention[] {
  let lo = 0;
  let hi = known.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (known[mid]!.first < from) lo = mid + 1; else hi = mid; }
  const out: OutletMention[] = [];
  for (let k = lo; k < known.length && known[k]!.first <= to; k++) if (known[k]!.last <= to) out.push(known[k]!);
  return out;
}

const SPOKEN_NOUNS_AR = new Set(['حديث', 'مقابلة', 'تصريح', 'تصريحات', 'حوار', 'لقاء', 'اتصال', 'مداخلة', 'بيان'].map((w) => normalizeForMatch(w)));
const NETWORK_AR = new Set(['شبكة', 'الشبكة'].map((w) => normalizeForMatch(w)));
/** Words of pipes, wires and payments: a "شبكة" among them is no broadcaster. */
const UTILITY_WORDS_AR = new Set(['مياه', 'المياه', 'الماء', 'الكهرباء', 'كهرباء', 'الصرف', 'الصحي', 'الدفع', 'المدفوعات', 'السداد', 'الري', 'الغاز', 'الأنابيب',
  'مكعب', 'المكعبة', 'الطرق', 'السكك', 'الحديدية', 'الألياف', 'البصرية', 'الاتصالات', 'الإنترنت', 'الانترنت', 'البطاقات', 'المصرفية', 'الصراف', 'أجهزة', 'التوزيع',
  'الإلكتروني', 'الالكتروني', 'الإلكترونية', 'الالكترونية', 'النقل', 'الحافلات', 'الطاقة', 'الشحن', 'شحن', 'متر', 'مترا', 'لتر', 'ميغاواط', 'كيلوواط'].map((w) => normalizeForMatch(w)));
/**
 * "الدفع الإلكتروني عبر شبكة «كي نت»", "تضيف 180 ألف متر مكعب يومياً إلى شبكة المدينة": a "شبكة" a few words after a
 * utility's word is a payment, water or power network. (Not "لشبكة": an interview "to the network".)
 */
export function utilityNetworkAr(t: Tokens, head: number): boolean {
  const forms = arabicForms(t.norm[head]!);
  if (!forms.some((f) => NETWORK_AR.has(f.form) && !f.prefix.includes('ل'))) return false;
  for (let q = head - 1; q >= 0 && q >= head - 5 && !isSentenceEndTok(t, q) && !(t.flags[q + 1]! & TokFlag.NewlineBefore); q--) {
    // ("مدير شركة المياه في حديث إلى شبكة «سي إن إن»": an interview between them.)
    if (t.kind[q]! === TokKind.Arabic && arabicForms(t.norm[q]!).some((f) => SPOKEN_NOUNS_AR.has(f.form))) return false;
    if (t.kind[q]! === TokKind.Arabic && arabicForms(t.norm[q]!).some((f) => UTILITY_WORDS_AR.has(f.form))) return true;
  }
  return false;
}


/** What a news agency or network is "for" in its Arabic name: "وكالة X للأنباء", "شبكة X للإعلام". */
const MEDIA_PURPOSES_AR = new Set(['للأنباء', 'للانباء', 'للإعلام', 'للاعلام', 'للصحافة', 'للأخبار', 'للاخبار', 'للنشر', 'للبث', 'للتلفزيون', 'للإذاعة', 'للتلفزة']
  .map((w) => normalizeForMatch(w)));
/** Purposes a body's name states with a bare "ل": "لمراقبة الانتخابات", "لحقوق الإنسان", "لمكافحة الفساد". */
const OTHER_PURPOSE_STEMS_AR = ['لمراقب', 'لمكافح', 'لحقوق', 'لدعم', 'لتنمي', 'لرصد', 'لحماي', 'لتصنيف', 'لمتابع', 'لتطوير', 'لدراس', 'لأبحاث', 'لابحاث']
  .map((w) => normalizeForMatch(w));

/**
 * "وكالة «فيتش» للتصنيف الائتماني", "وكالة «إيرينا» للطاقة المتجددة", "شبكة شمس لمراقبة الانتخابات": an agency or a
 * network named for a purpose other than news is a rating agency, a public body or a watchdog, not a newsroom.
 */
export function headForOtherPurposeAr(t: Tokens, head: number, last: number): boolean {
  if (headMediumAr(t.norm[head]!)?.medium !== 'agency' && !NETWORK_AR.has(t.norm[head]!.replace(/^[وف]/, ''))) return false;
  let q = last + 1;
  while (q < t.n && QUOTES.has(t.norm[q]!)) q++;
  if (q >= t.n || t.kind[q]! !== TokKind.Arabic || (t.flags[q]! & TokFlag.NewlineBefore)) return false;
  const w = t.norm[q]!;
  if (MEDIA_PURPOSES_AR.has(w)) return false;
  return (w.startsWith('لل') && w.length > 4) || OTHER_PURPOSE_STEMS_AR.some((stem) => w.startsWith(stem));
}

export function scanUnknownOutlets(t: Tokens, known: readonly OutletMention[], outletCountry: (id: string) => string | undefined = () => undefined): OutletMention[] {
  const end = heuristicEnd(t);
  const covered = new Uint8Array(t.n);
  for (const m of known) for (let j = m.first; j <= m.last; j++) covered[j] = 1;
  const out: OutletMention[] = [];
  const push = (head: number, first: number, last: number, country: string | null, medium: Medium | null, nameStart?: number, nameEnd?: number): void => {
    for (let j = first; j <= last; j++) if (covered[j]!) return;
    if (t.kind[first]! === TokKind.Latin && speakerWithAge(t, first, last)) return;
    if (t.kind[first]! === TokKind.Latin && hyphenatedPlace(t, first, last)) return;
    // "By Herald staff", "Rédaction Radio Chablais": the byline's "By" or newsroom word is not part of the name.
    if (nameStart === undefined && last > first && t.kind[first]! === TokKind.Latin && (t.norm[first] === 'by' || t.norm[first] === 'par' || t.norm[first] === 'redaction')) first++;
    // "Mais Info-Matin souligne", "But Ta Nea said": a conjunction opening the sentence is not part of the name.
    if (nameStart === undefined && last > first && t.kind[first]! === TokKind.Latin && OPENING_CONJUNCTIONS.has(t.norm[first]!)) first++;
    // "A Sun-Times analysis found": the sentence's indefinite article is not part of the name.
    if (nameStart === undefined && last > first && t.kind[first]! === TokKind.Latin && (t.norm[first] === 'a' || t.norm[first] === 'an')) first++;
    // "Le Correio do Povo", "the Diario de Noticias": a French or English article before a foreign title is the writer's.
    if (nameStart === undefined && last > first + 1 && t.kind[first]! === TokKind.Latin && FRAME_ARTICLES.has(t.norm[first]!)) {
      for (let j = first + 2; j < last; j++) if (FOREIGN_PARTICLES.has(t.norm[j]!)) { first++; break; }
    }
    if (t.kind[first]! === TokKind.Latin && PLATFORMS.has(t.norm[first]!)) return;
    if (head >= 0 && t.kind[head]! === TokKind.Arabic && utilityNetworkAr(t, head)) return;
    if (head >= 0 && t.kind[head]! === TokKind.Arabic && headForOtherPurposeAr(t, head, last)) return;
    // "بموقع "فيسبوك"", "منصة "إكس"": a social network in Arabic letters.
    if (t.kind[first]! === TokKind.Arabic && arabicForms(t.norm[first]!).some((f) => PLATFORMS_AR.has(f.form))) return;
    // "Guernsey Post said", "Australia Post said": a place and "Post" with no article is the postal service (a paper
    // is "the Jersey Evening Post").
    if (t.kind[first]! === TokKind.Latin && last === first + 1 && t.norm[last] === 'post' && !(first > 0 && t.norm[first - 1] === 'the') && head < 0) return;
    // "the Malaysian daily said": a nationality alone is what the paper is, not its name.
    if (first === last && t.kind[first]! === TokKind.Latin && nationality(t.norm[first]!) !== undefined) return;
    if (first === last && t.kind[first]! === TokKind.Latin && INSTITUTION_WORDS.has(t.norm[first]!)) return;
    // "the Media Institute of Southern Africa said": a name opening on an institution's word is not a title.
    // ("Freedom Radio", "Army Radio": a name that ends on a broadcast word is a station whatever it opens with.)
    if (t.kind[first]! === TokKind.Latin && NON_MEDIA_WORDS.has(t.norm[first]!) && !MEDIA_NAME_WORDS.has(t.norm[first]!) && !(last > first && BROADCAST_TAILS.has(t.norm[last]!))) return;
    // "l'hebdomadaire de Hambourg": where the paper is, not its name.
    if (t.kind[first]! === TokKind.Latin) {
      const words: string[] = [];
      for (let j = first; j <= last; j++) if (isWord(t, j)) words.push(t.norm[j]!);
      if (isLatinPlaceName(words)) return;
    }
    const start = nameStart ?? t.start[first]!;
    const end = nameEnd ?? t.end[last]!;
    out.push({ first, last, start, end, prefix: '', entry: null, unknown: { name: t.text.slice(start, end), country, medium }, head });
    for (let j = first; j <= last; j++) covered[j] = 1;
  };
  const nearReporting = reportingWindows(t, end);
  for (let i = 0; i < end; i++) {
    if (covered[i]! || !isWord(t, i)) continue;
    const h = headMedium(t, i);
    if (!h && t.kind[i]! === TokKind.Latin) {
      const q = syndicationNameStart(t, i);
      const last = q >= 0 && !covered[q] ? capRun(t, q, t.n) : -1;
      if (last >= 0 && !(LATIN_FUNCTION.has(t.norm[q]!) && last === q) && !CALENDAR.has(t.norm[q]!)) { push(-1, q, last, null, 'online'); i = last; continue; }
    }
    if (!h && t.kind[i]! === TokKind.Number) {
      const fm = frequencyName(t, i);
      if (fm >= 0) { push(-1, i, fm, null, 'radio'); i = fm; }
      continue;
    }
    if (!h && t.kind[i]! === TokKind.Arabic) {
      const q = quotedAfterArabicCue(t, i, covered);
      if (q >= 0 && !(q === i + 2 && bodyAbbreviationBefore(t, i + 2))) { push(-1, i + 2, q, null, null); i = q; }
      continue;
    }
    if (!h) {
      // A capitalised name that carries a media word after its first word: "the Jordan Times", "Le Quotidien d'Oran".
      let mediaAhead = false;
      if (isCap(t, i)) for (let q = i + 1; q <= i + 6 && q < t.n; q++) if (MEDIA_NAME_WORDS.has(t.norm[q]!)) { mediaAhead = true; break; }
      // "Mayor Tom Voice", "Dr Jane Star": a person whose name holds a media word.
      if (mediaAhead && (personal(t, i) || personal(t, i + 1) || (i > 0 && t.kind[i - 1]! === TokKind.Latin && personal(t, i - 1)))) mediaAhead = false;
      // "Brenda Goodman, MA WebMD Health News": a degree after a name is not part of the outlet's.
      if (mediaAhead && DEGREES.has(t.norm[i]!) && (t.flags[i]! & TokFlag.AllUpper || t.norm[i] === 'phd')) continue;
      if (mediaAhead) {
        const last = capRun(t, i, t.n);
        if (last > i) {
          const words: string[] = [];
          for (let q = i; q <= last; q++) if (isWord(t, q)) words.push(t.norm[q]!);
          // "The TV presenter": a name needs a word of its own besides the media word and the article.
          const ownWords = words.filter((w) => !MEDIA_NAME_WORDS.has(w) && !LATIN_ARTICLES.has(w));
          // "faces on Kenyan TV": a nationality and a media word describe a country's television, they name nothing.
          const own = ownWords.every((w) => nationality(w) !== undefined) ? 0 : ownWords.length;
          // "the International Energy Agency": an agency is a news agency only with a media word in its name ("Yonhap News Agency").
          const mediaWords = words.slice(1).filter((w) => MEDIA_NAME_WORDS.has(w));
          const onlyAgency = mediaWords.every((w) => w === 'agency' || w === 'agence') && !words.some((w) => MEDIA_QUALIFIERS.has(w));
          // "PAL Express", "the Madaraka Express": with no head noun, "Express" names an airline, a train or a courier.
          const onlyExpress = mediaWords.every((w) => w === 'express');
          // "The Post Office", "the Times Square Alliance": a media word inside an institution's name.
          // (A media word last is a title: "the Health Service Journal".)
          // "By Herald Reporter", "Star Correspondent": a staff credit, the paper's name then a staff word.
          // ("The National Parents Council Post Primary said": a body's word before a media word that does not end the name.)
          const firstMedia = words.findIndex((w, q) => q > 0 && MEDIA_NAME_WORDS.has(w));
          const institution = !MEDIA_NAME_WORDS.has(words[words.length - 1]!) && (NON_MEDIA_WORDS.has(words[words.length - 1]!) || STAFF_TAIL.has(words[words.length - 1]!) ||
            (firstMedia > 0 && words.slice(0, firstMedia).some((w) => NON_MEDIA_WORDS.has(w) && w !== 'network' && w !== 'group')));
          // "the Dallas TV station reported": a lower-case "station" after the run makes it a description.
          const described = last + 1 < t.n && !isCap(t, last + 1) && (t.norm[last + 1] === 'station' || t.norm[last + 1] === 'affiliate' || t.norm[last + 1] === 'outlet');
          if (mediaWords.length > 0 && !onlyAgency && !onlyExpress && own > 0 && !institution && !described && !(last + 1 < t.n && PERSON_JOBS.has(t.norm[last + 1]!))) {
            // "the Colombo Telegraph": a listed title made of a media word alone ("Telegraph") is the tail of a longer one.
            const tails = mentionsWithin(known, i + 1, last);
            const generic = tails.length > 0 && tails.every((m) => {
              for (let q = m.first; q <= m.last; q++) if (isWord(t, q) && !MEDIA_NAME_WORDS.has(t.norm[q]!) && !LATIN_ARTICLES.has(t.norm[q]!)) return false;
              return true;
            });
            const lead = words[0]!;
            // "the London Times" is The Times; "the Colombo Times" another paper: a city of the listed title's own
            // country (or of none known) describes it.
            const leadCountry = latinPlaceCountry([lead]);
            const describesTail = isLatinPlaceName([lead]) &&
              (leadCountry === undefined || tails.some((m) => m.entry?.ids.some((id) => outletCountry(id) === leadCountry) ?? false));
            // ("the Indiana Capital Chronicle": up to four words, a place first and no trade in between; "the China-Europe
            // Railway Express" is a train.)
            const longerOk = words.length === 2 || (words.length <= 4 && isLatinPlaceName([lead]) &&
              !words.slice(1, -1).some((w) => NON_MEDIA_WORDS.has(w) || TRANSPORT_WORDS.has(w)));
            if (generic && longerOk && i > 0 && t.norm[i - 1] === 'the' && !covered[i] && !nationality(lead) && !describesTail && !LATIN_FUNCTION.has(lead) && !OPENERS.has(lead)) {
              for (const m of tails) for (let q = m.first; q <= m.last; q++) covered[q] = 0;
              push(-1, i, last, null, mediumOfName(words));
              const added = out[out.length - 1];
              if (added && added.first === i) added.supersedes = true;
              i = last;
              continue;
            }
            push(-1, i, last, null, mediumOfName(words));
            i = last;
            continue;
          }
        }
      }
      const sign = callSign(t, i);
      if (sign >= 0 && !covered[i]) { push(-1, i, sign, 'US', 'tv'); i = sign; continue; }
      const reporter = nearReporting !== null && nearReporting[i] ? reportingName(t, i, covered) : -1;
      if (reporter >= 0) { push(-1, i, reporter, null, null); i = reporter; }
      continue;
    }
    let j = i + 1;
    if (j >= t.n || (t.flags[j]! & TokFlag.NewlineBefore)) continue;
    if (covered[j]! && !(t.kind[i]! === TokKind.Arabic && nationality(t.norm[j]!) !== undefined)) continue;
    // "الصحيفة المتخصصة «لوكوتيديان دو ميدسان»", "المجلة الأمريكية «X»": up to two adjectives between an Arabic head
    // noun and the quoted name.
    let adjectiveCountry: string | null = null;
    if (t.kind[i]! === TokKind.Arabic) {
      let q = j;
      // (A nationality may be covered as an outlet of its own: "الفرنسية" is also AFP's short name.) "الجريدة الرسمية «الكويت
      // اليوم»" is the state's gazette and "التلفزيون الرسمي" carries statements read on it: official is no adjective here.
      while (q < t.n && q - j < 2 && t.kind[q]! === TokKind.Arabic && !(t.flags[q]! & TokFlag.NewlineBefore) &&
        ((ARABIC_OUTLET_ADJECTIVES.has(t.norm[q]!) && !covered[q] && !OFFICIAL_AR.has(t.norm[q]!)) || nationality(t.norm[q]!) !== undefined)) {
        adjectiveCountry ??= nationality(t.norm[q]!) ?? null;
        q++;
      }
      // The quoted words must read as a name: short, and not a clause ("الصحيفة الأمريكية "يؤكد ما حذرت منه الحكومة"").
      let nameWords = 0;
      let verbFirst = false;
      for (let k = q + 1; k < t.n && k <= q + 6 && !(t.kind[k]! === TokKind.Punct && QUOTES.has(t.norm[k]!)); k++) {
        if (isWord(t, k)) { if (nameWords === 0 && t.kind[k]! === TokKind.Arabic && isArabicVerbLike(t.norm[k]!)) verbFirst = true; nameWords++; }
      }
      if (q > j && q < t.n && t.kind[q]! === TokKind.Punct && QUOTES.has(t.norm[q]!) && !(t.flags[q]! & TokFlag.NewlineBefore) && nameWords <= 4 && !verbFirst) j = q;
      else adjectiveCountry = null;
    }
    if (covered[j]!) continue;
    // A quoted name right after the head noun.
    if (t.kind[j]! === TokKind.Punct && QUOTES.has(t.norm[j]!)) {
      let k = j + 1;
      let words = 0;
      while (k < t.n && words <= 6 && !(t.kind[k]! === TokKind.Punct && QUOTES.has(t.norm[k]!))) {
        if (isWord(t, k)) words++;
        else if (t.norm[k]! === '.' || t.norm[k]! === ',' || t.norm[k]! === '(') { words = 99; break; }
        k++;
      }
      // "يعتبر الموقع "عبئا على صورة المجموعة"" (the plant, "a burden on the group's image"): a quoted phrase with a
      // preposition inside, after a definite head noun, is words said about it, not its name.
      let phrase = false;
      if (h.definite && t.kind[i]! === TokKind.Arabic && words >= 3) for (let q = j + 2; q < k - 1; q++) if (PREPOSITIONS_AR.has(t.norm[q]!)) { phrase = true; break; }
      // 'told The Journal the station "respects the decision of the regulator"': words in lower case are quoted speech.
      // (A brand or a domain in lower case is one or two words: «lanouvelletribune.info», «mediacongo net».)
      if (t.kind[j + 1]! === TokKind.Latin && !(t.flags[j + 1]! & TokFlag.UpperInitial) && words >= 3) phrase = true;
      if (!phrase && words >= 1 && words <= 6 && k < t.n && k - 1 > j) {
        let country: string | null = adjectiveCountry;
        if (k + 1 < t.n) country = nationality(t.norm[k + 1]!) ?? country;
        // A known name inside longer quotes ("الصباح الجديد") gives way to the quoted name.
        const inner = mentionsWithin(known, j + 1, k - 1);
        if (inner.length > 0 && !(inner.length === 1 && inner[0]!.first === j + 1 && inner[0]!.last === k - 1)) {
          for (const m of inner) for (let q = m.first; q <= m.last; q++) covered[q] = 0;
          push(i, j + 1, k - 1, country, h.medium);
          const added = out[out.length - 1];
          if (added && added.first === j + 1) added.supersedes = true;
        } else {
          push(i, j + 1, k - 1, country, h.medium);
        }
      }
      continue;
    }
    if (h.definite && t.kind[i]! === TokKind.Arabic) continue;
    if (t.kind[i]! === TokKind.Arabic) {
      // Latin name after an Arabic head noun: صحيفة Le Temps.
      const capLast = capRun(t, j, t.n);
      if (capLast >= 0) { push(i, j, capLast, null, h.medium); continue; }
      // "مع راديو 9090": a station named by a number of three or four digits that is not a year.
      if (h.medium === 'radio' && t.kind[j]! === TokKind.Number && /^\d{3,4}$/.test(t.norm[j]!) && !/^(?:19|20)\d\d$/.test(t.norm[j]!)) { push(i, i, j, null, 'radio'); continue; }
      let k = j;
      let words = 0;
      let country: string | undefined;
      while (k < t.n && words < 3 && t.kind[k]! === TokKind.Arabic) {
        const c = nationality(t.norm[k]!);
        if (c && words > 0) { country = c; break; }
        if (ARABIC_FUNCTION.has(t.norm[k]!) || REPORT_NOUNS.has(t.norm[k]!) || headMedium(t, k)) break;
        if (words === 0 && GENERIC.has(t.norm[k]!)) break;
        words++;
        k++;
      }
      if (!country && k < t.n && words > 0 && words <= 3) {
        const c = nationality(t.norm[k]!);
        if (c) country = c;
      }
      if (country && words > 0) {
        const first = j;
        const last = k - 1;
        if (t.norm[first]! === NEWS || t.norm[first]! === NEWS_L) {
          // "وكالة الأنباء البريطانية «بي إيه ميديا»": a known name quoted after the phrase is the agency's name, and the
          // phrase only says what it is.
          const q = k + 1;
          if (q + 1 < t.n && t.kind[q]! === TokKind.Punct && QUOTES.has(t.norm[q]!) && mentionsWithin(known, q + 1, q + 6).some((m) => m.first === q + 1)) continue;
          // وكالة الأنباء الكويتية: the name is the whole phrase.
          push(i, i, k, country, h.medium);
        } else {
          push(i, first, last, country, h.medium);
        }
      } else if (FOREIGN_ARTICLES_AR.has(t.norm[j]!) && j + 1 < t.n && t.kind[j + 1]! === TokKind.Arabic && !ARABIC_FUNCTION.has(t.norm[j + 1]!) &&
        !(t.norm[j] === LA_AR && isArabicVerbLike(t.norm[j + 1]!)) && !(t.flags[j + 1]! & TokFlag.NewlineBefore)) {
        // "صحيفة لا راثون", "موقع إل كونفيدنسيال", "صحيفة دي فيلت": a foreign article spelt in Arabic opens a title
        // ("صحيفة لا تزال تصدر" is a clause: a verb follows the negation).
        let last = j + 1;
        const nx = last + 1;
        if (nx < t.n && t.kind[nx]! === TokKind.Arabic && !(t.flags[nx]! & TokFlag.NewlineBefore) && !ARABIC_FUNCTION.has(t.norm[nx]!) &&
          !nationality(t.norm[nx]!) && !t.norm[nx]!.startsWith('ال') && !cueWordAr(t.norm[nx]!)) last = nx;
        push(i, j, last, null, h.medium);
      } else {
        // "نقل موقع إنفومايغرانتس عن", "وذكرت صحيفة تاغس أنتسايغر أن": a reporting verb, an indefinite head noun, then
        // a name with no quotes up to the clause it introduces.
        const last = unquotedNameAfterVerb(t, i, j);
        if (last >= 0) push(i, j, last, null, h.medium);
      }
      continue;
    }
    // French / English.
    if (t.kind[i]! !== TokKind.Latin) continue;
    const prev = i - 1;
    // English "the journal Current Biology" is a scientific journal; French "le journal X" is a newspaper.
    if (t.norm[i] === 'journal' && prev >= 0 && (t.norm[prev] === 'the' || t.norm[prev] === 'a')) continue;
    // "the agency Frontex", "the space agency NASA", "the network Meta": an agency or network is a medium only
    // when the text says so ("the news agency", "l'agence de presse", "the TV network").
    if (AMBIGUOUS_HEADS.has(t.norm[i]!) && !mediaQualified(t, i)) continue;
    // "The TV presenter Jane Doe": a person's job, not an outlet.
    if (i + 1 < t.n && PERSON_JOBS.has(t.norm[i + 1]!)) continue;
    // An elided article counts: "l'agence de presse malienne AMAP".
    const elided = prev >= 1 && t.norm[prev] === "'" && (t.norm[prev - 1] === 'l' || t.norm[prev - 1] === 'd');
    const hasDet = elided || prev >= 0 && t.kind[prev]! === TokKind.Latin && (LATIN_ARTICLES.has(t.norm[prev]!) || nationality(t.norm[prev]!) !== undefined ||
      // "The trade publication Supermarket News": an adjective between the article and the head noun.
      ((t.flags[prev]! & TokFlag.UpperInitial) === 0 && prev - 1 >= 0 && (LATIN_ARTICLES.has(t.norm[prev - 1]!) || nationality(t.norm[prev - 1]!) !== undefined)) ||
      // "the Afrikaans weekly Rapport": a language before the head noun.
      (LANGUAGE_ADJ.has(t.norm[prev]!) && prev - 1 >= 0 && LATIN_ARTICLES.has(t.norm[prev - 1]!)));
    // "Chinese-language newspaper Ming Pao", "Online outlet HK01", "Independent news site Mada Masr": descriptors back to
    // the start of the sentence stand for the article.
    // "Le titre Forvia a gagné 6 % en séance": a share on the stock market, not a press title.
    if (t.norm[i] === 'titre' && stockTalk(t, i)) continue;
    // "Joint par Radio Télé Métropole", "Radio Gaspésie rapporte": a capitalised broadcast word opening a name is one.
    const namingHead = isCap(t, i) && NAMING_HEADS.has(t.norm[i]!) && i + 1 < t.n && isCap(t, i + 1) && !(t.flags[i + 1]! & TokFlag.NewlineBefore);
    const hasDet2 = hasDet || describedFromSentenceStart(t, prev) || namingHead;
    let k = j;
    let country: string | null = null;
    // Nationality adjectives and lower-case descriptors between the head noun and the name:
    // "le quotidien espagnol El País", "le média en ligne Blast", "le site d'investigation néerlandais Follow the Money".
    // ("quoted by Daily Nigerian": a capitalised head with a capitalised nationality after it is the whole title.)
    const titledNationality = namingHead && t.norm[i] === 'daily' && nationality(t.norm[j]!) !== undefined && !(j + 1 < t.n && isCap(t, j + 1));
    for (let s = 0; s < 5 && !titledNationality && k < t.n && !(t.flags[k]! & TokFlag.NewlineBefore); s++) {
      if (t.kind[k]! === TokKind.Punct) { if (t.norm[k]! === "'" && (t.flags[k]! & TokFlag.SpaceBefore) === 0) { k++; continue; } break; }
      if (t.kind[k]! !== TokKind.Latin) break;
      const c = nationality(t.norm[k]!);
      if (c) {
        if (isCap(t, k) && !LATIN_ARTICLES.has(t.norm[prev] ?? '')) break;
        country = c; k++; continue;
      }
      if (isCap(t, k) || !(DESCRIPTORS.has(t.norm[k]!) || FRENCH_ADJECTIVE.test(t.norm[k]!))) break;
      k++;
    }
    // Descriptors with no capitalised name after them: back to the head noun (capRun then finds nothing).
    if (k > j && !(k < t.n && (isCap(t, k) || (t.kind[k]! === TokKind.Punct && QUOTES.has(t.norm[k]!))))) k = j;
    if (prev >= 0 && country === null) country = nationality(t.norm[prev]!) ?? null;
    if (titledNationality) { push(-1, i, j, nationality(t.norm[j]!) ?? null, h.medium); continue; }
    if (hasDet2) {
      let q = k;
      let quoted = false;
      if (q < t.n && t.kind[q]! === TokKind.Punct && QUOTES.has(t.norm[q]!)) { q++; quoted = true; }
      let capLast = capRun(t, q, t.n);
      // "au micro de Radio Chablais Patrick Gex-Collet": the speaker's given name ends the station's name.
      for (let k = q + 1; capLast >= 0 && k <= capLast; k++) if (LATIN_GIVEN.has(t.norm[k]!)) { capLast = k - 1; break; }
      if (capLast >= 0) {
        const nm = t.norm[q]!;
        // "raconte au quotidien régional Didier Lefebvre, 61 ans": the head noun is an anaphor and the name a speaker's.
        if (speakerWithAge(t, q, capLast) || (dativeHead(t, i) && speakerDescribed(t, q, capLast))) continue;
        // "a confié au Journal Marc-André Leblanc, propriétaire d'un garage": after "au journal", a given name and a
        // surname are the speaker, and the head noun is the host's short name; "le site Jean-Luc Lagardère" is a
        // factory named after a man.
        if (LATIN_GIVEN.has(nm) && q + 2 < t.n && (isCap(t, q + 1) || (t.norm[q + 1] === '-' && isCap(t, q + 2)))) continue;
        // "le quotidien d'Antananarivo", "le quotidien de Ljubljana": where the paper is, not its name.
        // ("d'Ici Breizh Izel", "d'ici Isère": France Bleu's local stations, renamed "ici" in 2025, are not places.)
        const iciStation = t.norm[q] === 'ici' && capLast > q;
        if (q > j && (t.norm[q - 1] === 'de' || (t.norm[q - 1] === "'" && t.norm[q - 2] === 'd')) && capLast - q <= 2 && !hasMediaWord(t, q, capLast) && !iciStation) continue;
        // "Daily Bread Food Bank reports": a name with a body's word in it and no media word is that body, whatever
        // opens it.
        if (capLast > q && !hasMediaWord(t, q, capLast)) {
          let body = false;
          for (let r = q; r <= capLast && !body; r++) body = NON_MEDIA_WORDS.has(t.norm[r]!);
          if (body) continue;
        }
        if (!(LATIN_FUNCTION.has(nm) && capLast === q)) {
          // "l'hebdomadaire Granby Express", "the weekly Colombo Telegraph": after a head noun, an everyday-word title
          // ending the name is its tail, and the whole name is the paper.
          const tails = capLast > q && !covered[q] ? mentionsWithin(known, q + 1, capLast) : [];
          if (tails.length > 0 && tails.every((m) => m.entry?.common) && tails[tails.length - 1]!.last === capLast) {
            for (const m of tails) for (let r = m.first; r <= m.last; r++) covered[r] = 0;
            push(i, q, capLast, country, h.medium);
            const added = out[out.length - 1];
            if (added && added.first === q) added.supersedes = true;
            continue;
          }
          // "Radio Gaspésie", "Télé Congo": a capitalised broadcast word right before the name is part of it.
          if (q === i + 1 && isCap(t, i) && NAMING_HEADS.has(t.norm[i]!)) push(i, q, capLast, country, h.medium, t.start[i]!, t.end[capLast]!);
          else push(i, q, capLast, country, h.medium);
          continue;
        }
      }
      void quoted;
    }
    // English: "the Haaretz newspaper", "Israel's Haaretz newspaper".
    // ("Average daily turnover": "daily" before a noun is the adjective.)
    const adjectival = (t.norm[i] === 'daily' || t.norm[i] === 'weekly') && i + 1 < t.n && t.kind[i + 1]! === TokKind.Latin && !isCap(t, i + 1) && !POST_HEAD_FOLLOWERS.has(t.norm[i + 1]!);
    if (EN_POST_HEADS.has(t.norm[i]!) && prev >= 0 && isCap(t, prev) && !covered[prev]! && !adjectival) {
      let first = prev;
      while (first - 1 >= 0 && isCap(t, first - 1) && !covered[first - 1]! && prev - first < 3 && !(t.flags[first]! & TokFlag.NewlineBefore)) first--;
      while (first <= prev && (nationality(t.norm[first]!) !== undefined || t.norm[first]! === 'the' || LANGUAGE_ADJ.has(t.norm[first]!))) {
        if (nationality(t.norm[first]!) !== undefined && country === null) country = nationality(t.norm[first]!) ?? null;
        first++;
      }
      const named: string[] = [];
      for (let q = first; q <= prev; q++) if (isWord(t, q)) named.push(t.norm[q]!);
      // "The São Paulo daily", "the Beirut newspaper", "the Monmouth County newspaper": where the paper is, not its name
      // (an anaphor).
      if (isLatinPlaceName(named) || (named.length >= 2 && PLACE_TAILS.has(named[named.length - 1]!))) continue;
      // "a tour of the Likoni channel": a waterway after "of the", not a TV channel.
      if (t.norm[i] === 'channel' && first >= 2 && t.norm[first - 1] === 'the' && t.norm[first - 2] === 'of') continue;
      if (first <= prev && (first === 0 || !(t.flags[first]! & TokFlag.NewlineBefore))) {
        const before = first - 1;
        const sentenceStart = before < 0 || t.norm[before]! === '.' || (t.flags[first]! & TokFlag.NewlineBefore) !== 0;
        if (!sentenceStart || first < prev) push(i, first, prev, country, h.medium);
      }
    }
  }
  iciStations(t, end, covered, push);
  appositionOutlets(t, end, covered, push);
  if (out.length > 0) repeatNamedOutlets(t, out, covered, push);
  return out;
}

/**
 * France Bleu's local stations, renamed "ici" + their area in January 2025 and written with a lower-case "ici":
 * "interrogé par ici Orléans", "au micro d'ici Béarn Bigorre". Only these names, since "d'ici Noël" is a date.
 */
const ICI_STATIONS: readonly (readonly string[])[] = ['Alsace', 'Armorique', 'Auxerre', 'Azur', 'Béarn Bigorre', 'Belfort-Montbéliard', 'Berry',
  'Besançon', 'Bourgogne', 'Breizh Izel', 'Champagne-Ardenne', 'Cotentin', 'Creuse', 'Drôme Ardèche', 'Elsass', 'Gard Lozère', 'Gascogne', 'Gironde',
  'Hérault', 'Isère', 'La Rochelle', 'Limousin', 'Loire Océan', 'Lorraine Nord', 'Maine', 'Mayenne', 'Nord', 'Normandie', 'Occitanie', 'Orléans',
  'Paris', 'Pays Basque', "Pays d'Auvergne", 'Pays de Savoie', 'Périgord', 'Picardie', 'Poitou', 'Provence', 'RCFM', 'Roussillon', 'Saint-Étienne Loire',
  'Sud Lorraine', 'Touraine', 'Vaucluse'].map((s) => wordForms(s)).sort((a, b) => b.length - a.length);

function iciStations(t: Tokens, end: number, covered: Uint8Array, push: Push): void {
  for (let i = 0; i + 1 < end; i++) {
    if (t.norm[i] !== 'ici' || t.kind[i]! !== TokKind.Latin || covered[i]! || !(t.flags[i + 1]! & TokFlag.UpperInitial)) continue;
    for (const words of ICI_STATIONS) {
      let j = i;
      let ok = true;
      for (const w of words) {
        j++;
        // "Saint-Étienne", "Pays d'Auvergne": a hyphen or an elision inside the name.
        while (j < t.n && (t.norm[j] === '-' || t.norm[j] === "'") && !(t.flags[j]! & TokFlag.SpaceBefore)) j++;
        if (j >= t.n || t.norm[j] !== w) { ok = false; break; }
      }
      if (ok) { push(-1, i, j, 'FR', 'radio'); i = j; break; }
    }
  }
}

const STAFF_TAIL = new Set(['reporter', 'reporters', 'correspondent', 'correspondents', 'staff', 'staffer', 'writer', 'writers', 'team', 'desk', 'bureau']);

const SAINTS = new Set(['saint', 'sainte', 'st', 'ste', 'san', 'santa', 'sankt', 'sao']);
const PLACE_LINKS = new Set(['en', 'sur', 'les', 'de', 'du', 'des', 'la', 'le', 'aux', 'sous', 'am', 'im', 'upon', 'on']);

/** "Saint-Sébastien", "Fribourg-en-Brisgau", "Châlons-sur-Marne": a hyphenated place name, not a title. */
function hyphenatedPlace(t: Tokens, first: number, last: number): boolean {
  if (SAINTS.has(t.norm[first]!) && first + 1 <= last && t.norm[first + 1] === '-') return true;
  for (let j = first + 1; j + 1 < last; j++) {
    if (t.norm[j] === '-' && PLACE_LINKS.has(t.norm[j + 1]!) && j + 2 <= last && t.norm[j + 2] === '-') return true;
  }
  return false;
}

/** "explique au quotidien", "résume pour le site", "a confié à la radio": the head noun is spoken to. */
function dativeHead(t: Tokens, head: number): boolean {
  let p = head - 1;
  while (p >= 0 && t.kind[p]! === TokKind.Latin && (OUTLET_ADJECTIVES.has(t.norm[p]!) || FRENCH_ADJECTIVE.test(t.norm[p]!)) && head - p < 3) p--;
  const w = t.norm[p] ?? '';
  if (w === 'au' || w === 'to') return true;
  const w2 = t.norm[p - 1] ?? '';
  return (w === 'la' || w === 'le' || w === 'the' || (w === "'" && w2 === 'l')) && (w2 === 'a' || w2 === 'pour' || w2 === 'to' || (w === "'" && (t.norm[p - 2] === 'a')));
}

/** Two or three capitalised words and a description after a comma: "Nina Kovač, urbaniste", "Erzsébet Tóth, pharmacienne". */
function speakerDescribed(t: Tokens, first: number, last: number): boolean {
  if (last === first || last - first > 2) return false;
  const c = last + 1;
  if (!(c + 1 < t.n && t.norm[c] === ',')) return false;
  const d = c + 1;
  return (t.kind[d]! === TokKind.Number) || (t.kind[d]! === TokKind.Latin && !(t.flags[d]! & TokFlag.UpperInitial) && !OUTLET_HEADS.has(t.norm[d]!) && !LATIN_ARTICLES.has(t.norm[d]!));
}

function hasMediaWord(t: Tokens, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (MEDIA_NAME_WORDS.has(t.norm[k]!)) return true;
  return false;
}

/** Descriptors only ("Chinese-language", "online", "independent news") between the sentence's start and a head noun. */
function describedFromSentenceStart(t: Tokens, prev: number): boolean {
  let q = prev;
  let steps = 0;
  while (q >= 0 && steps < 5) {
    if (t.kind[q]! === TokKind.Latin && (OUTLET_ADJECTIVES.has(t.norm[q]!) || nationality(t.norm[q]!) !== undefined || LANGUAGE_ADJ.has(t.norm[q]!) ||
      // The second half of a compound: "Chinese-language", "London-based", "state-run".
      (q >= 2 && t.norm[q - 1] === '-' && !(t.flags[q - 1]! & TokFlag.SpaceBefore) && !(t.flags[q]! & TokFlag.SpaceBefore)))) {
      if (q >= 2 && t.norm[q - 1] === '-' && !(t.flags[q]! & TokFlag.SpaceBefore)) q -= 2; else q--;
      steps++;
      continue;
    }
    break;
  }
  if (steps === 0) return false;
  const first = q + 1;
  return q < 0 || (t.flags[first]! & TokFlag.NewlineBefore) !== 0 || isSentenceEndTok(t, q);
}

function isSentenceEndTok(t: Tokens, q: number): boolean {
  const n = t.norm[q]!;
  return n === '.' || n === '!' || n === '?' || n === ':' || n === '"';
}

/**
 * A given name and a surname followed by an age or a description: "Didier Lefebvre, 61 ans", "Kevin Delgado,
 * porte-parole du parc", "Nathalie Gingras, mère de trois enfants" (after "a expliqué à la chaîne", "confie au Journal").
 */
function speakerWithAge(t: Tokens, first: number, last: number): boolean {
  if (!LATIN_GIVEN.has(t.norm[first]!) || last === first || last - first > 3) return false;
  const c = last + 1;
  if (!(c + 1 < t.n && t.norm[c] === ',')) return false;
  const d = c + 1;
  if (t.kind[d]! === TokKind.Number) return /^\d{1,3}$/.test(t.norm[d]!);
  return t.kind[d]! === TokKind.Latin && !(t.flags[d]! & TokFlag.UpperInitial) && !OUTLET_HEADS.has(t.norm[d]!) && !LATIN_ARTICLES.has(t.norm[d]!);
}

/** French place and kind adjectives after a head noun: "la radio alémanique", "le quotidien turinois", "l'hebdomadaire satirique". */
// (And the adjectives of peoples, faiths and languages: "la chaîne kurde Rudaw", "le quotidien arabophone Al-Quds".)
export const FRENCH_ADJECTIVE = /^(?:[a-z]{2,}(?:ois|oise|ien|ienne|ain|aine|ique|ais|aise|ale|al|ard|arde|in|ine)|(?:kurde|arabe|amazighe|berbere|chiite|sunnite|copte|druze|persane?|francophone|anglophone|arabophone|russophone|lusophone|hispanophone)s?)$/;

const APPOSITION_ARTICLES = new Set(['a', 'an', 'the', 'un', 'une', 'le', 'la', 'l']);
const APPOSITION_TAILS = new Set(['based', 'owned', 'close', 'founded', 'published', 'linked', 'affiliated', 'run', 'of', 'in', 'from', 'with', 'that', 'which',
  'proche', 'base', 'basee', 'fonde', 'fondee', 'detenu', 'detenue', 'publie', 'publiee', 'de', 'du', 'des', 'd', 'en', 'qui', 'edite', 'editee']);
const APPOSITION_PEOPLE = new Set(['columnist', 'commentator', 'critic', 'owner', 'founder', 'executive', 'veteran', 'personality', 'figure', 'boss', 'chief',
  'manager', 'director', 'worker', 'employee', 'staffer', 'contributor', 'writer', 'pundit', 'analyst', 'engineer', 'technician', 'cameraman', 'photographer',
  'chroniqueur', 'chroniqueuse', 'editorialiste', 'fondateur', 'fondatrice', 'proprietaire', 'patron', 'patronne', 'directeur', 'directrice', 'salarie', 'salariee',
  'collaborateur', 'collaboratrice', 'pigiste', 'redacteur', 'redactrice', 'photographe', 'cadreur', 'technicien', 'animateur', 'animatrice', 'vedette']);

/**
 * The head noun after the name, set off by commas: "Proto Thema, a Greek weekly, said", "Ta Nea, un quotidien
 * athénien, affirme", "first broken by Proto Thema, a Sunday paper." The name must end right at the comma and the
 * apposition must close (a comma or a full stop) within a few words, so "Athens, the daily reported" stays a place.
 */
function appositionOutlets(t: Tokens, end: number, covered: Uint8Array, push: Push): void {
  // The head noun sits at most six words after a comma: walk from the commas, not from every word.
  let lastTried = -1;
  for (let c = 0; c < end; c++) {
    if (t.norm[c] !== ',') continue;
    for (let i = Math.max(c + 1, lastTried + 1); i < end && i <= c + 6; i++) {
      lastTried = i;
      appositionAt(t, i, covered, push);
    }
  }
}

type Push = (head: number, first: number, last: number, country: string | null, medium: Medium | null) => void;

/** A party's or a movement's paper described as such: "Deshabhimani, the mouthpiece of the CPI(M),". */
const MOUTHPIECES = new Set(['mouthpiece', 'organ']);
const PUBLICATION_PREPOSITIONS = new Set(['in', 'by', 'to', 'from']);

function appositionAt(t: Tokens, i: number, covered: Uint8Array, push: Push): void {
  if (t.kind[i]! !== TokKind.Latin) return;
  // "the mouthpiece of the CPI(M)", "the official organ of the party": a paper, whose owner follows.
  const mouthpiece = MOUTHPIECES.has(t.norm[i]!) && i + 1 < t.n && t.norm[i + 1] === 'of';
  const h = mouthpiece ? 'newspaper' : OUTLET_HEADS.get(t.norm[i]!);
  if (!h || isCap(t, i)) return;
  if (AMBIGUOUS_HEADS.has(t.norm[i]!) && !mediaQualified(t, i)) return;
  // "Jane Roe, a local radio host,": the head noun describes a person's job.
  if (i + 1 < t.n && (PERSON_JOBS.has(t.norm[i + 1]!) || APPOSITION_PEOPLE.has(t.norm[i + 1]!))) return;
  // Lower-case adjectives and nationalities between the article and the head: "a centre-left daily", "the Greek weekly".
  let q = i - 1;
  let country: string | null = null;
  for (let s = 0; s < 4 && q >= 0; s++) {
    if (t.kind[q]! === TokKind.Punct && t.norm[q] === '-' && !(t.flags[q]! & TokFlag.SpaceBefore)) { q--; continue; }
    // "The Advocate, the region's daily newspaper,": a lower-case possessive before the head.
    if (t.norm[q] === 's' && q >= 2 && t.norm[q - 1] === "'" && t.kind[q - 2]! === TokKind.Latin && !isCap(t, q - 2)) { q -= 3; continue; }
    if (t.kind[q]! !== TokKind.Latin || APPOSITION_ARTICLES.has(t.norm[q]!)) break;
    const c = nationality(t.norm[q]!);
    if (c) { country = country ?? c; q--; continue; }
    // "Ta Nea, an Athens daily,", "Dnevnik, a Ljubljana daily,": one capitalised word, a place, right after the article.
    if (isCap(t, q) && !CALENDAR.has(t.norm[q]!)) {
      const p = q - 1;
      if (s === 0 && p >= 0 && (t.norm[p] === 'a' || t.norm[p] === 'an') && !PLATFORMS.has(t.norm[q]!) && !NON_MEDIA_WORDS.has(t.norm[q]!)) {
        country = country ?? latinPlaceCountry([t.norm[q]!]) ?? null;
        q--;
        continue;
      }
      break;
    }
    q--;
  }
  if (q >= 0 && t.kind[q]! === TokKind.Latin && APPOSITION_ARTICLES.has(t.norm[q]!)) q--;
  else if (q >= 0 && t.norm[q] === "'" && q >= 1 && t.norm[q - 1] === 'l') q -= 2;
  if (q < 1 || t.norm[q] !== ',') return;
  const nameLast = q - 1;
  if (!isCap(t, nameLast) || covered[nameLast]!) return;
  // A person may be a campaign's "mouthpiece" too: the paper is the object of "a report in", "quoted by", "told".
  if (mouthpiece) {
    let f = nameLast;
    while (f - 1 >= 0 && isCap(t, f - 1) && nameLast - f < 3) f--;
    if (f === 0 || !PUBLICATION_PREPOSITIONS.has(t.norm[f - 1]!)) return;
  }
  // The apposition closes soon after the head noun, with nothing but a description in between ("a Greek weekly close
  // to the government,"): "Jane Roe, the paper's editor," goes on into a person's job.
  const nx = i + 1;
  if (!mouthpiece && (nx >= t.n || !(t.norm[nx] === ',' || t.norm[nx] === '.' || t.norm[nx] === ';' || (t.kind[nx]! === TokKind.Latin && !isCap(t, nx) &&
    (APPOSITION_TAILS.has(t.norm[nx]!) || DESCRIPTORS.has(t.norm[nx]!) || nationality(t.norm[nx]!) !== undefined))))) return;
  let closes = false;
  for (let k = i + 1; k < t.n && k <= i + (mouthpiece ? 10 : 6); k++) {
    if (t.flags[k]! & TokFlag.NewlineBefore) break;
    if (t.norm[k] === ',' || t.norm[k] === '.' || t.norm[k] === ';') { closes = true; break; }
  }
  if (!closes) return;
  let first = nameLast;
  while (first - 1 >= 0 && !(t.flags[first]! & TokFlag.NewlineBefore) && nameLast - first < 4 &&
    (isCap(t, first - 1) || (t.kind[first - 1]! === TokKind.Latin && LATIN_PARTICLES.has(t.norm[first - 1]!) && first - 2 >= 0 && isCap(t, first - 2)))) first--;
  if (capRun(t, first, t.n) !== nameLast) return;
  const words: string[] = [];
  for (let k = first; k <= nameLast; k++) if (isWord(t, k)) words.push(t.norm[k]!);
  const core = LATIN_ARTICLES.has(words[0]!) ? words.slice(1) : words;
  if (core.length === 0 || core.some((w) => NON_MEDIA_WORDS.has(w) || PLATFORMS.has(w) || CALENDAR.has(w) || INSTITUTION_WORDS.has(w) || nationality(w) !== undefined)) return;
  if (OPENERS.has(core[0]!) || LATIN_FUNCTION.has(core[0]!) || isLatinPlaceName(core) || personal(t, first) || (first > 0 && personal(t, first - 1))) return;
  if (core.length === 1 && core[0]!.length < 3) return;
  push(i, first, nameLast, country ?? nationality(t.norm[i + 1]!) ?? null, h);
}

/** A station named by its frequency: "98,5 FM", "Rythme 105.7 FM" (the number part). Returns the "FM" token or -1. */
function frequencyName(t: Tokens, i: number): number {
  if (!/^\d{2,3}$/.test(t.norm[i]!)) return -1;
  let j = i + 1;
  if (j + 1 < t.n && (t.norm[j] === ',' || t.norm[j] === '.') && !(t.flags[j]! & TokFlag.SpaceBefore) && t.kind[j + 1]! === TokKind.Number &&
    !(t.flags[j + 1]! & TokFlag.SpaceBefore) && t.norm[j + 1]!.length === 1) j += 2;
  return j < t.n && t.norm[j] === 'fm' && t.kind[j]! === TokKind.Latin && !(t.flags[j]! & TokFlag.NewlineBefore) ? j : -1;
}

const STOCK_WORDS = new Set(['bourse', 'seance', 'cac', 'cours', 'cotation', 'action', 'actions', 'gagne', 'perdu', 'recule', 'reculait', 'cede', 'cedait',
  'chute', 'grimpe', 'grimpait', 'bondi', 'bondit', 'progresse', 'progressait', 'plonge', 'plongeait', 'euros', 'dollars']);

/** The sentence around a word speaks of the stock market. */
function stockTalk(t: Tokens, i: number): boolean {
  for (let k = i + 1; k < t.n && k <= i + 14 && !(t.flags[k]! & TokFlag.NewlineBefore); k++) {
    if (t.norm[k] === '%' || STOCK_WORDS.has(t.norm[k]!)) return true;
    if (t.norm[k] === '.' || t.norm[k] === '!' || t.norm[k] === '?') break;
  }
  return false;
}

/** Broadcast head nouns that stations put in their names when capitalised: "Radio Okapi", "Télé Sahel", "TV Lux". */
const NAMING_HEADS = new Set(['radio', 'tele', 'tv', 'daily']);

const CALL_SIGN = /^[kw][a-z]{2,3}$/;
const NOT_CALL_SIGNS = new Set(['who', 'wto', 'wfp', 'wwf', 'wmo', 'wef', 'wada', 'kgb', 'kfc', 'kpmg', 'kkk', 'wipo', 'wwii', 'wwi', 'kpi', 'kpis', 'wasp', 'kurd']);
const CALL_SIGN_BEFORE = new Set(['told', 'affiliate', 'station']);
const CALL_SIGN_PREPOSITIONS = new Set(['to', 'by', 'on']);
const CALL_SIGN_VERBS = new Set(['according', 'told', 'spoke', 'speaking', 'reported', 'aired', 'broadcast', 'interviewed']);

/**
 * An American broadcaster's call sign ("told WFLA", "according to KTLA", "WSB-TV reported"): W or K and two or three
 * letters, in capitals, where a medium fits. Returns the last token (the "-TV" suffix included) or -1.
 */
function callSign(t: Tokens, i: number): number {
  if (t.kind[i]! !== TokKind.Latin || !(t.flags[i]! & TokFlag.AllUpper) || !CALL_SIGN.test(t.norm[i]!) || NOT_CALL_SIGNS.has(t.norm[i]!)) return -1;
  const nx = i + 1;
  if (nx + 1 < t.n && t.norm[nx] === '-' && !(t.flags[nx]! & TokFlag.SpaceBefore) && (t.norm[nx + 1] === 'tv' || t.norm[nx + 1] === 'fm' || t.norm[nx + 1] === 'am')) return nx + 1;
  const p = i - 1;
  // "KING 5", "KARE 11": the channel number is part of the station's name.
  const numbered = nx < t.n && t.kind[nx]! === TokKind.Number && (t.flags[nx]! & TokFlag.SpaceBefore) !== 0 && !(t.flags[nx]! & TokFlag.NewlineBefore) && /^\d{1,2}$/.test(t.norm[nx]!) &&
    !(nx + 1 < t.n && (t.norm[nx + 1] === ',' || t.norm[nx + 1] === '.' || t.norm[nx + 1] === ':') && nx + 2 < t.n && t.kind[nx + 2]! === TokKind.Number && !(t.flags[nx + 1]! & TokFlag.SpaceBefore));
  const lastTok = numbered ? nx : i;
  const after0 = lastTok + 1;
  const before = p >= 0 && (CALL_SIGN_BEFORE.has(t.norm[p]!) || (CALL_SIGN_PREPOSITIONS.has(t.norm[p]!) && p >= 1 && CALL_SIGN_VERBS.has(t.norm[p - 1]!)));
  const after = after0 < t.n && (t.norm[after0] === 'reported' || t.norm[after0] === 'news' || (numbered && (t.norm[after0] === 'first' || t.norm[after0] === 'said')));
  // "according to KAI Commuter": letters that open a longer capitalised name are that name's, not a station's.
  if (!numbered && after0 < t.n && t.kind[after0]! === TokKind.Latin && (t.flags[after0]! & TokFlag.UpperInitial) && !(t.flags[after0]! & TokFlag.AllUpper) &&
    !(t.flags[after0]! & TokFlag.NewlineBefore) && t.norm[after0] !== 'news') return -1;
  return before || after ? lastTok : -1;
}

const QUOTED_CUE_VERBS_AR = new Set(['ذكرت', 'أفادت', 'كشفت', 'نقلت', 'أوردت', 'قالت', 'أكدت', 'أشارت', 'نشرت', 'تحدثت', 'أضافت', 'تابعت', 'أوضحت']
  .map((w) => normalizeForMatch(w)));
const QUOTED_CUE_PREPS_AR = new Set(['حسب', 'بحسب', 'وفق', 'وفقا', 'طبقا'].map((w) => normalizeForMatch(w)));
const QUOTED_AFTER_AR = new Set(['أن', 'إن', 'عن', 'بأن', 'اليوم', 'أمس'].map((w) => normalizeForMatch(w)));
const FA_INNA = normalizeForMatch('فإن');
const NOT_TITLES_AR = new Set(['مصادر', 'مصدر', 'مسؤول', 'مسؤولين', 'تقارير', 'تقرير', 'معلومات', 'بيان', 'وثيقة', 'وثائق', 'شهود', 'سكان', 'مراقبون',
  'تسريبات', 'أوساط', 'جهات', 'مقربين', 'مقربون', 'خبراء', 'محللون', 'تعبيره', 'وصفه', 'قوله', 'تعبيرها', 'وصفها', 'قولها',
  // "صُمم وفق "نموذج المسارات السريعة"": a design or a rule followed, not a paper.
  'نموذج', 'نظام', 'معايير', 'معيار', 'مبدأ', 'مبادئ', 'خطة', 'استراتيجية', 'منهجية', 'آلية', 'قاعدة', 'مخطط', 'قانون', 'لائحة', 'اتفاقية', 'شروط',
  'دليل', 'بروتوكول', 'مواصفات',
  // "وفق «ميت أوفيس»", "بحسب «هيومن رايتس ووتش»": bodies whose English names are spelt in Arabic letters.
  'أوفيس', 'ووتش', 'إنترناشونال', 'انترناشونال', 'فاونديشن', 'إنستيتيوت', 'انستيتيوت', 'كوربوريشن', 'بنك', 'كاونسل'].map((w) => normalizeForMatch(w)));

/**
 * A quoted title right after a feminine reporting verb or "حسب": "وذكرت «نيا أورا» أن", "وبحسب "نيا أورا"، فإن".
 * Arab newsrooms quote the names of papers and sites; the feminine verb agrees with the unsaid صحيفة/وكالة. The
 * quotes must hold one to four words and be followed by what follows a source ("أن", "عن", a comma), and the words
 * must not be a quoted source of another kind ("مصادر", "تعبيره"). Returns the last token inside the quotes.
 */
/**
 * True when the one-word name at `w` stood earlier in parentheses after a body's name that no outlet head noun opens:
 * "إدارة الكوارث والطوارئ التركية (آفاد) … وقالت "آفاد"" is the disaster agency speaking.
 */
function bodyAbbreviationBefore(t: Tokens, w: number): boolean {
  // Every one-word abbreviation in parentheses after a body's name, gathered once per text (first position each).
  let defined = bodyAbbreviations.get(t);
  if (!defined) {
    defined = new Map();
    for (let k = 2; k + 1 < t.n; k++) {
      if (t.norm[k - 1] !== '(' || t.norm[k + 1] !== ')' || t.kind[k - 2]! !== TokKind.Arabic || t.kind[k]! !== TokKind.Arabic || defined.has(t.norm[k]!)) continue;
      let head = false;
      for (let q = k - 2; q >= 0 && q >= k - 7 && t.kind[q]! === TokKind.Arabic; q--) if (headMedium(t, q)) { head = true; break; }
      if (!head) defined.set(t.norm[k]!, k);
    }
    bodyAbbreviations.set(t, defined);
  }
  const at = defined.get(t.norm[w]!);
  return at !== undefined && at < w - 1;
}
const bodyAbbreviations = new WeakMap<Tokens, Map<string, number>>();

function quotedAfterArabicCue(t: Tokens, i: number, covered: Uint8Array): number {
  const forms = arabicForms(t.norm[i]!);
  const verb = forms.some((f) => QUOTED_CUE_VERBS_AR.has(f.form));
  if (!verb && !forms.some((f) => QUOTED_CUE_PREPS_AR.has(f.form))) return -1;
  const open = i + 1;
  if (open >= t.n || t.kind[open]! !== TokKind.Punct || !QUOTES.has(t.norm[open]!)) return -1;
  let close = open + 1;
  while (close < t.n && close - open <= 5 && isWord(t, close)) close++;
  const words = close - open - 1;
  if (words < 1 || words > 4 || close >= t.n || !QUOTES.has(t.norm[close]!) || (t.flags[close]! & TokFlag.NewlineBefore)) return -1;
  for (let k = open + 1; k < close; k++) {
    if (covered[k]! || ARABIC_FUNCTION.has(t.norm[k]!) || arabicForms(t.norm[k]!).some((f) => NOT_TITLES_AR.has(f.form))) return -1;
  }
  const after = close + 1;
  if (after >= t.n) return -1;
  const an = t.norm[after]!;
  // After a verb, only what a source is followed by ("أن", "عن"): "وقالت "سنواصل العمل"، مشيرة" is speech.
  const follows = verb ? arabicForms(an).some((f) => QUOTED_AFTER_AR.has(f.form)) : an === ',' || an === '،' || arabicForms(an).some((f) => f.form === FA_INNA);
  return follows ? close - 1 : -1;
}

/** Words of bodies that publish figures and statements but are not media: "Eurostat", "the Central Bank reported". */
const NON_MEDIA_WORDS = new Set(['measurement', 'audience', 'ratings', 'research', 'analytics', 'nielsen', 'kantar', 'ipsos', 'gfk', 'comscore', 'yougov', 'ministry', 'ministere', 'department', 'office', 'bureau', 'agency', 'police', 'army', 'forces', 'court', 'council', 'conseil',
  'commission', 'committee', 'comite', 'authority', 'autorite', 'bank', 'banque', 'fund', 'fonds', 'institute', 'institut', 'university', 'universite',
  'foundation', 'fondation', 'association', 'union', 'organization', 'organisation', 'federation', 'party', 'parti', 'group', 'groupe', 'company', 'inc',
  'corp', 'corporation', 'ltd', 'plc', 'sa', 'holdings', 'airlines', 'airways', 'motors', 'energy', 'oil', 'service', 'services', 'centre', 'center',
  'observatory', 'observatoire', 'watch', 'project', 'initiative', 'statistics', 'survey', 'board', 'prosecutor', 'parquet', 'hospital', 'hopital', 'school', 'ecole', 'club',
  'team', 'league', 'ligue', 'church', 'embassy', 'ambassade', 'mission', 'coalition', 'alliance', 'movement', 'mouvement', 'front', 'network',
  'nasa', 'eurostat', 'insee', 'ons', 'opec', 'opep', 'imf', 'fmi', 'who', 'oms', 'unicef', 'unhcr', 'nato', 'otan', 'un', 'onu', 'eu', 'ue',
  // "Media Rights Agenda", "Reporters Without Borders": press-freedom groups speak about media; they are not media.
  'rights', 'agenda', 'freedom', 'borders', 'frontieres', 'defenders', 'defense', 'protection', 'institute',
  // "the National Community Radio Forum said": a body of stations speaks as a lobby, not as a medium.
  'forum', 'society', 'guild', 'chamber', 'syndicat', 'collective', 'collectif', 'consortium', 'secretariat']);
/** Last words of a place's name: "Monmouth County", "Rift Valley", "Gold Coast". */
const PLACE_TAILS = new Set(['county', 'city', 'state', 'province', 'region', 'valley', 'coast', 'parish', 'district', 'borough', 'township', 'shire']);
/** Words that follow a paper described after its name ("the Haaretz daily said", "the Kenyan weekly, which"). */
const POST_HEAD_FOLLOWERS = new Set(['said', 'says', 'reported', 'reports', 'wrote', 'writes', 'quoted', 'cited', 'added', 'noted', 'has', 'had', 'is', 'was', 'which',
  'that', 'on', 'in', 'and', 'also', 'earlier', 'last', 'first', 'revealed', 'claimed', 'published', 'ran', 'carried', 'obtained', 'found', 'reporting']);
const TRANSPORT_WORDS = new Set(['railway', 'railways', 'rail', 'train', 'trains', 'freight', 'ferry', 'ferries', 'bus', 'airline', 'airlines', 'shipping', 'cargo', 'logistics', 'transit']);
const BROADCAST_TAILS = new Set(['radio', 'fm', 'tv', 'television', 'tele']);
const OPENING_CONJUNCTIONS = new Set(['mais', 'et', 'or', 'donc', 'puis', 'car', 'ensuite', 'but', 'and', 'so', 'yet', 'then']);
/** Pronouns and openers that are capitalised only because a sentence starts with them. */
const OPENERS = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'officials', 'police', 'witnesses',
  'residents', 'media', 'sources', 'researchers', 'analysts', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'ce', 'cela', 'les', 'des', 'plusieurs',
  'many', 'some', 'several', 'others', 'local', 'state', 'news', 'reports', 'journalists', 'reporters', 'who', 'which', 'what', 'also']);
const FIGURES = new Set(['revenue', 'revenues', 'profit', 'profits', 'earnings', 'sales', 'loss', 'losses', 'income', 'turnover', 'deliveries', 'benefice',
  'benefices', 'affaires', 'pertes', 'ventes', 'resultats', 'results', 'quarterly', 'dividend']);
const PASSIVE_REPORTED_FR = new Set(['rapporte', 'rapportee', 'rapportes', 'rapportees', 'revele', 'revelee', 'reveles', 'revelees']);
const REPORT_ADVERBS = new Set(['first', 'also', 'previously', 'earlier', 'initially', 'separately', 'exclusively', 'has', 'had', 'have', 'later']);
const AFTER_REPORTED = new Set(['that', 'on', 'in', 'last', 'earlier', 'late', 'this', 'yesterday', 'today', 'citing', 'overnight', 'early', 'separately',
  'exclusively', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'que', 'qu', 'ce', 'lundi', 'mardi', 'mercredi', 'jeudi',
  'vendredi', 'samedi', 'dimanche', 'mercredi', 'hier']);

/**
 * Tokens that may name the subject or agent of "reported" / "rapporte": up to eight before the verb and two after
 * it. Null when the page has no such verb (most pages), so the name test runs only where it can succeed.
 */
function reportingWindows(t: Tokens, end: number): Uint8Array | null {
  let marks: Uint8Array | null = null;
  for (let v = 0; v < end; v++) {
    const w = t.norm[v]!;
    if (w !== 'reported' && w !== 'reports' && w !== 'rapporte' && w !== 'rapportait' && w !== 'rapportee' && w !== 'rapportes' && w !== 'rapportees' && w !== 'revele' &&
      w !== 'revelee' && w !== 'reveles' && w !== 'revelees') continue;
    marks ??= new Uint8Array(t.n);
    for (let q = Math.max(0, v - 8); q <= v + 3 && q < t.n; q++) marks[q] = 1;
  }
  return marks;
}

/**
 * A name nobody has listed, as the subject of "reported" / "rapporte": "Proto Thema reported on Sunday that …",
 * "Ta Nea rapporte que …", and the inverted ", reported Proto Thema." Few subjects report but media; the rest are
 * kept out by what the name is made of (a given name, a title, a place, a ministry, a company word, a short acronym)
 * and by what follows the verb ("Chevron reported a loss" reports figures, not news). Returns the name's last token.
 */
/** Token i's word closed a capitalised given name + surname pair earlier in the text (one pass per text, then a lookup). */
function surnameSeenBefore(t: Tokens, i: number): boolean {
  let first = surnamesByText.get(t);
  if (!first) {
    first = new Map<string, number>();
    const end = heuristicEnd(t);
    for (let q = 1; q < end; q++) {
      if (isCap(t, q) && isCap(t, q - 1) && LATIN_GIVEN.has(t.norm[q - 1]!) && !first.has(t.norm[q]!)) first.set(t.norm[q]!, q);
    }
    surnamesByText.set(t, first);
  }
  const at = first.get(t.norm[i]!);
  return at !== undefined && at < i;
}
const surnamesByText = new WeakMap<Tokens, Map<string, number>>();

function reportingName(t: Tokens, i: number, covered: Uint8Array): number {
  if (t.kind[i]! !== TokKind.Latin || covered[i]!) return -1;
  const p = i - 1;
  if (!isCap(t, i)) return -1;
  // ", reported Proto Thema." and the passive "first reported by Proto Thema", "rapportée par Ta Nea".
  const inverted = p >= 1 && ((t.norm[p] === 'reported' || t.norm[p] === 'rapporte') && t.norm[p - 1] === ',' ||
    t.norm[p] === 'by' && t.norm[p - 1] === 'reported' || t.norm[p] === 'par' && PASSIVE_REPORTED_FR.has(t.norm[p - 1]!));
  if (!inverted && p >= 0 && !(t.flags[i]! & TokFlag.NewlineBefore)) {
    const pn = t.norm[p]!;
    const opens = t.kind[p]! === TokKind.Punct ? ['.', ',', ';', ':', '(', '"', '\u201c', '\u00ab'].includes(pn) : pn === 'and' || pn === 'et' || pn === 'the' || pn === 'but' || pn === 'while';
    if (!opens) return -1;
  }
  const last = capRun(t, i, t.n);
  if (last < 0) return -1;
  const words: number[] = [];
  for (let q = i; q <= last; q++) if (isWord(t, q)) words.push(q);
  if (words.length === 0 || words.length > 4) return -1;
  const norms = words.map((q) => t.norm[q]!);
  const first = norms[0]!;
  if (LATIN_ARTICLES.has(first) && norms.length === 1) return -1;
  const core = LATIN_ARTICLES.has(first) ? norms.slice(1) : norms;
  // "The Post reported last year": a bare media word is a short self-reference or an anaphor, not a name.
  if (core.every((w) => MEDIA_NAME_WORDS.has(w))) return -1;
  if (core.length === 1 && (core[0]!.length < 3 || (t.flags[words[words.length - 1]!]! & TokFlag.AllUpper && core[0]!.length <= 5))) return -1;
  if (core.some((w) => NON_MEDIA_WORDS.has(w) || PLATFORMS.has(w) || CALENDAR.has(w) || nationality(w) !== undefined || INSTITUTION_WORDS.has(w))) return -1;
  // "Gov. Ann Fox reported": a title, even with its full stop, makes a person.
  const titled = p >= 0 && (personal(t, p) || (t.norm[p] === '.' && p >= 1 && LATIN_TITLES.has(t.norm[p - 1]!)));
  if (OPENERS.has(core[0]!) || LATIN_FUNCTION.has(core[0]!) || personal(t, words[LATIN_ARTICLES.has(first) ? 1 : 0]!) || titled) return -1;
  if (isLatinPlaceName(core)) return -1;
  // "NFL Network's Ian Rapoport … Rapoport reported": the surname of a person named in full a little earlier.
  if (core.length === 1 && surnameSeenBefore(t, words[words.length - 1]!)) return -1;
  if (inverted) {
    const nx = last + 1;
    return nx >= t.n || t.kind[nx]! === TokKind.Punct || (t.flags[nx]! & TokFlag.NewlineBefore) !== 0 || AFTER_REPORTED.has(t.norm[nx]!) ? last : -1;
  }
  let v = last + 1;
  while (v < t.n && REPORT_ADVERBS.has(t.norm[v]!) && v - last <= 2) v++;
  if (v < t.n && (t.norm[v] === 'a' || t.norm[v] === 'avait') && t.norm[v + 1] === 'rapporte') v++;
  if (v >= t.n || !(t.norm[v] === 'reported' || t.norm[v] === 'reports' || t.norm[v] === 'rapporte' || t.norm[v] === 'rapportait')) return -1;
  const after = v + 1;
  if (after >= t.n) return last;
  // "Mozilla reported that its total revenue …": a company reporting its own figures.
  for (let q = after; q < t.n && q <= after + 6; q++) if (FIGURES.has(t.norm[q]!)) return -1;
  if (t.kind[after]! === TokKind.Punct) return t.norm[after] === ',' || t.norm[after] === '.' || t.norm[after] === ':' ? last : -1;
  return AFTER_REPORTED.has(t.norm[after]!) ? last : -1;
}

/**
 * An outlet introduced once with its head noun is named bare afterwards: "the Greek daily Proto Thema reported …
 * According to Proto Thema, …". Every later occurrence of the same words (capitalised, for Latin names) is that
 * outlet. A one-word name must be long enough not to be an everyday word that happens to open a sentence.
 */
/** No article names an outlet nobody lists more than a few dozen times; a hostile page may repeat one endlessly. */
const MAX_REPEATS = 60;

function repeatNamedOutlets(t: Tokens, found: readonly OutletMention[], covered: Uint8Array,
  push: Push): void {
  const names = found.filter((m) => m.unknown && m.last - m.first <= 5).map((m) => {
    const words: number[] = [];
    for (let j = m.first; j <= m.last; j++) if (isWord(t, j)) words.push(j);
    return { m, words: words.map((j) => t.norm[j]!) };
  }).filter(({ words }) => words.length > 1 || (words[0] !== undefined && words[0].length >= 4 && !LATIN_FUNCTION.has(words[0]) && !ARABIC_FUNCTION.has(words[0])));
  if (names.length === 0) return;
  const end = heuristicEnd(t);
  // "the digital outlet Weiss co-founded … Bari Weiss": a one-word name that also follows a capitalised word is a surname.
  const surnames = new Set<string>();
  const oneWordLatin = names.some(({ m, words }) => words.length === 1 && t.kind[m.first]! === TokKind.Latin);
  for (let i = 1; oneWordLatin && i < end; i++) {
    if (t.kind[i]! !== TokKind.Latin || !isCap(t, i) || t.flags[i]! & TokFlag.NewlineBefore) continue;
    const p = i - 1;
    if (t.kind[p]! === TokKind.Latin && isCap(t, p) && !LATIN_FUNCTION.has(t.norm[p]!) && !covered[p]) surnames.add(t.norm[i]!);
  }
  // Indexed by first word: a hostile page can yield hundreds of names, and every token is looked up once.
  const byFirst = new Map<string, typeof names>();
  const seen = new Set<string>();
  for (const n of names) {
    const key = n.words.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    const list = byFirst.get(n.words[0]!);
    if (list) list.push(n); else byFirst.set(n.words[0]!, [n]);
  }
  let added = 0;
  for (let i = 0; i < end && added < MAX_REPEATS; i++) {
    if (covered[i]! || !isWord(t, i)) continue;
    const candidates = byFirst.get(t.norm[i]!);
    if (!candidates) continue;
    for (const { m, words } of candidates) {
      if (words.length === 1 && surnames.has(words[0]!)) continue;
      if (t.kind[i]! === TokKind.Latin && !isCap(t, i)) continue;
      let j = i;
      let w = 0;
      let last = -1;
      while (j < t.n && w < words.length) {
        if (!isWord(t, j)) { if (t.kind[j]! === TokKind.Punct && (t.norm[j] === '-' || t.norm[j] === "'") && (t.flags[j]! & TokFlag.SpaceBefore) === 0) { j++; continue; } break; }
        if (t.norm[j] !== words[w] || (j > i && t.flags[j]! & TokFlag.NewlineBefore)) break;
        last = j; w++; j++;
      }
      if (w !== words.length) continue;
      // "Proto Thema Group": the name goes on into a longer one.
      if (t.kind[last]! === TokKind.Latin && last + 1 < t.n && isCap(t, last + 1) && !(t.flags[last + 1]! & TokFlag.NewlineBefore)) continue;
      push(-1, i, last, m.unknown!.country, m.unknown!.medium);
      added++;
      i = last;
      break;
    }
  }
}

const AGENT_PARTICIPLES = new Set(['revele', 'revelee', 'reveles', 'revelees', 'devoile', 'devoilee', 'devoiles', 'devoilees', 'rapporte', 'rapportee',
  'rapportes', 'rapportees', 'annonce', 'annoncee', 'divulgue', 'divulguee', 'ebruite', 'ebruitee', 'relaye', 'relayee', 'publie', 'publiee', 'diffuse',
  'diffusee', 'reported', 'revealed', 'disclosed', 'broken', 'published', 'aired', 'broadcast']);

/** Definite anaphors for a newsroom that may confirm a bare name: "le journal", "the paper", "le site d'information". */
const CONFIRMING_HEADS = new Set(['journal', 'quotidien', 'hebdomadaire', 'site', 'media', 'magazine', 'mensuel', 'newspaper', 'paper', 'daily', 'weekly',
  'outlet', 'website', 'tabloid', 'portail', 'portal', 'chaine', 'radio', 'broadcaster', 'station', 'channel', 'television', 'tele', 'network', 'gratuit']);
const DEFINITE = new Set(['le', 'la', 'the', 'ce', 'cette', 'this']);

/**
 * "Selon Vozpópuli, … Le journal numérique espagnol précise": a bare name after "selon" / "according to" is no
 * outlet by itself (companies and public bodies are cited the same way), but when the next sentences speak of
 * "the paper" with no other outlet named in between, the name was the paper. Returns unknown-outlet mentions for
 * such names, with the medium the anaphor gives them.
 */
const ACRONYM_PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'sur', 'et', 'en', 'pour', 'of', 'the', 'and', 'for', 'on', 'in', "'"]);

/** An all-capitals word in parentheses whose letters are the initials of the capitalised phrase just before it. */
export function abbreviatesBefore(t: Tokens, first: number, last: number, blockOf?: Int32Array, anyOrder = false): boolean {
  if (first !== last || !(t.flags[first]! & TokFlag.AllUpper) || first < 2 || !(t.norm[first - 1] === '(' || t.norm[first - 1] === '[')) return false;
  const letters = t.text.slice(t.start[first]!, t.end[first]!).toLowerCase();
  if (letters.length < 2 || letters.length > 8) return false;
  let initials = '';
  for (let j = first - 2, words = 0; j >= 0 && words < 10 && !(blockOf && blockOf[j] !== blockOf[first]) && !(t.flags[j + 1]! & TokFlag.NewlineBefore); j--) {
    if (!isWord(t, j)) { if (t.norm[j] === "'" || t.norm[j] === '-') continue; break; }
    words++;
    if (ACRONYM_PARTICLES.has(t.norm[j]!)) continue;
    initials = t.norm[j]![0] + initials;
    if (initials === letters) return (t.flags[j]! & TokFlag.UpperInitial) !== 0;
    // An acronym kept from another language orders the initials its own way: "l'Agence météorologique japonaise (JMA)".
    // (Only where a bare acronym is weighed: "the Guinean Press Agency (AGP)" is an outlet named in full.)
    if (initials.length === letters.length) return anyOrder && (t.flags[j]! & TokFlag.UpperInitial) !== 0 && [...initials].sort().join('') === [...letters].sort().join('');
  }
  return false;
}

/** The acronym at `q` was spelled out earlier: "(CEI)" after "Commission électorale indépendante". */
function definedAcronym(t: Tokens, q: number): boolean {
  for (let k = 0; k < q; k++) if (t.norm[k] === t.norm[q] && abbreviatesBefore(t, k, k, undefined, true)) return true;
  return false;
}

export function confirmedBareSources(t: Tokens, cues: CueHits, mentions: readonly OutletMention[]): OutletMention[] {
  const out: OutletMention[] = [];
  if (mentions.length > MAX_REPEATS) return out;
  const covered = new Uint8Array(t.n);
  for (const m of mentions) for (let j = m.first; j <= m.last; j++) covered[j] = 1;
  let tries = 0;
  // Where a bare name may stand: after an According cue ("selon X"), or after "par/by" that a participle governs a
  // few words back ("révélée mardi matin par RTN", "first reported on Monday by X").
  const starts: number[] = [];
  for (let c = 0; c < cues.count; c++) if ((cues.kinds[c]! & CueKind.According) !== 0) starts.push(cues.last[c]! + 1);
  for (let j = 1; j < t.n && starts.length < 4 * MAX_REPEATS; j++) {
    if (t.norm[j - 1] !== 'par' && t.norm[j - 1] !== 'by') continue;
    for (let k = j - 2; k >= 0 && k >= j - 5; k--) if (AGENT_PARTICIPLES.has(t.norm[k]!)) { starts.push(j); break; }
  }
  starts.sort((a, b) => a - b);
  for (let c = 0; c < starts.length && tries < MAX_REPEATS; c++) {
    let q = starts[c]!;
    if (q < 1 || (c > 0 && starts[c - 1] === q)) continue;
    if (q >= t.n || t.kind[q - 1]! !== TokKind.Latin) continue;
    if (t.kind[q]! === TokKind.Latin && (t.norm[q] === 'the' || t.norm[q] === 'le' || t.norm[q] === 'la') && !isCap(t, q)) q++;
    if (q >= t.n || covered[q]! || !isCap(t, q) || (t.flags[q]! & TokFlag.NewlineBefore)) continue;
    const last = capRun(t, q, t.n);
    if (last < 0 || covered[last]!) continue;
    tries++;
    // The name must end where the cue's clause does: "Selon Vozpópuli, le gouvernement …".
    // A time may close it too: "publié par Compétition ce lundi,", "first reported on Monday by Ridgeline last week".
    let after = last + 1;
    for (let k = after; k < t.n && k <= last + 3 && !(t.flags[k]! & TokFlag.NewlineBefore); k++) {
      if (CALENDAR.has(t.norm[k]!) || t.norm[k] === 'hier' || t.norm[k] === 'yesterday') { after = k + 1; if (t.norm[after] === 'matin' || t.norm[after] === 'soir') after++; break; }
      if (!TIME_LEADS.has(t.norm[k]!)) break;
    }
    if (after < t.n && !(t.norm[after] === ',' || t.norm[after] === '.' || t.norm[after] === ';' || (t.flags[after]! & TokFlag.NewlineBefore))) continue;
    const words: string[] = [];
    for (let k = q; k <= last; k++) if (isWord(t, k)) words.push(t.norm[k]!);
    const core = LATIN_ARTICLES.has(words[0]!) ? words.slice(1) : words;
    if (core.length === 0 || core.length > 4) continue;
    if (core.some((w) => NON_MEDIA_WORDS.has(w) || PLATFORMS.has(w) || CALENDAR.has(w) || INSTITUTION_WORDS.has(w) || nationality(w) !== undefined)) continue;
    if (OPENERS.has(core[0]!) || LATIN_FUNCTION.has(core[0]!) || isLatinPlaceName(core) || personal(t, q) || personal(t, q - 1)) continue;
    // "la Commission électorale indépendante (CEI) … communiqués par la CEI": an acronym spelled out before as no outlet.
    if (q === last && definedAcronym(t, q)) continue;
    const medium = confirmingAnaphor(t, cues, last + 1, covered);
    if (medium === undefined) continue;
    // One capitalised acronym ("INSEE", "OMS") is an institution far more often than a paper, unless the anaphor calls
    // it a station or a paper ("révélée par RTN … Selon la radio régionale").
    if (q === last && (t.flags[q]! & TokFlag.AllUpper) && !(medium === 'radio' || medium === 'tv' || medium === 'newspaper')) continue;
    out.push({ first: q, last, start: t.start[q]!, end: t.end[last]!, prefix: '', entry: null, unknown: { name: t.text.slice(t.start[q]!, t.end[last]!), country: null, medium }, head: -1 });
    for (let k = q; k <= last; k++) covered[k] = 1;
  }
  return out;
}

/**
 * Within the next 60 tokens (before any other outlet is named): a definite newsroom noun next to a reporting cue
 * ("Le journal numérique espagnol précise", "selon le quotidien", "the paper said"). Returns its medium, or
 * undefined when there is none.
 */
function confirmingAnaphor(t: Tokens, cues: CueHits, from: number, covered: Uint8Array): Medium | null | undefined {
  const to = Math.min(t.n, from + 60);
  for (let i = from; i < to; i++) {
    if (covered[i]!) return undefined;
    if (t.kind[i]! !== TokKind.Latin || !CONFIRMING_HEADS.has(t.norm[i]!) || isCap(t, i)) continue;
    let p = i - 1;
    // "the news site", "the local daily": a descriptor between the article and the noun.
    if (p >= 1 && t.kind[p]! === TokKind.Latin && !isCap(t, p) && OUTLET_ADJECTIVES.has(t.norm[p]!)) p--;
    const definite = p >= 0 && (DEFINITE.has(t.norm[p]!) || (t.norm[p] === "'" && p >= 1 && t.norm[p - 1] === 'l'));
    if (!definite) continue;
    // A name right after the noun is that name's head noun, not an anaphor: "le journal Libération".
    if (i + 1 < t.n && isCap(t, i + 1) && !(t.flags[i + 1]! & TokFlag.NewlineBefore)) continue;
    // "le site du constructeur", "the paper's owner": someone else's site or paper.
    if (i + 1 < t.n && (t.norm[i + 1] === 'du' || t.norm[i + 1] === 'des' || t.norm[i + 1] === 'of' || t.norm[i + 1] === "'" ||
      (t.norm[i + 1] === 'de' && !(i + 2 < t.n && (t.norm[i + 2] === 'reference' || t.norm[i + 2] === 'presse'))))) continue;
    // The noun is the cue's own subject or object: "selon le journal", "Le journal numérique espagnol précise", "the paper said".
    const c0 = p - 1 >= 0 ? cues.byLast[p - 1]! : -1;
    let cue = c0 >= 0 && (cues.kinds[c0]! & CueKind.According) !== 0;
    for (let k = i + 1; k < t.n && k <= i + 4 && !cue; k++) {
      const c = cues.byFirst[k]!;
      if (c >= 0 && (cues.kinds[c]! & (CueKind.VerbAfter | CueKind.Speech)) !== 0) { cue = true; break; }
      // Only lower-case descriptors between: "numérique espagnol", "d'information".
      if (t.kind[k]! !== TokKind.Latin && t.norm[k] !== "'") break;
      if (isCap(t, k) && nationality(t.norm[k]!) === undefined) break;
    }
    if (cue) return OUTLET_HEADS.get(t.norm[i]!) ?? null;
  }
  return undefined;
}
