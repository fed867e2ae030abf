// Actors: the people and key organisations an article is about, with their roles as written.
//
// Approach:
//   1. gazetteer people (people-index.ts) by longest match with Arabic clitics stripped; a surname alone
//      ("الحموشي", "Retailleau") counts when the full name appears in the article or a title or role
//      stands right before it ("M. Retailleau", "الرئيس تبون");
//   2. key organisations from a short list (names.ts): الأمم المتحدة, DGST, NATO...;
//   3. unknown people: a run of name-like words after a role ("وزير الخارجية ناصر بوريطة", "le ministre de
//      l'Intérieur Bruno Retailleau", "Interior Minister Bruno Retailleau"), after a title (M., Mme, Mr),
//      or starting with a common given name ("محمد العلوي", "Jean Dupont"); their name stays as written;
//   4. every later mention of a person's surname is merged into that person;
//   5. the role is read next to a mention: before the name (a role head and its complement: "وزير الداخلية
//      الفرنسي، برونو ريتايو", "نظيره المغربي عبد الوافي لفتيت", "الملك محمد السادس") or in an apposition after
//      it ("عبد اللطيف الحموشي، المدير العام للأمن الوطني ...", "Bruno Retailleau, ministre de l'Intérieur,").
// A canonical Latin name comes only from the gazetteer: an unknown Arabic name is never transliterated.
//
// Limits: unknown Arabic names need a role before them or a listed given name; a name split across a line
// break is missed; roles are not normalised (the text's own words are returned).

import type { Actor, Mention, TextBlock } from './types';
import { arabicForms, tokenForms, withoutArticle } from './arabic';
import { ARABIC_FILLER, ARABIC_FUNCTION, LATIN_FUNCTION, nationality, QUOTES } from './lexicon';
import { ARABIC_GIVEN_AMBIGUOUS, FOREIGN_GIVEN_AMBIGUOUS_AR, FOREIGN_GIVEN_NAMES_AR } from './given-names';
import { ARABIC_GIVEN, LATIN_GIVEN, LATIN_TITLES, LOWER_ROLE_HEADS, ORG_TRIE, ROLE_HEADS, ROLE_MODIFIERS, type OrgEntry, type OrgRecord } from './names';
import { trieLongest } from './trie';
import { normalizeForMatch } from './normalize';
import type { OutletMention } from './outlet-mentions';
import { canBeSurname, type PeopleIndex } from './people-index';
import { findPlaces, isLatinPlaceName, startsArabicPlace } from './places';
import { CUES, CueKind, type CueHits } from './cues/index';
import { heuristicEnd, isWord, nextInName, offsetAfterCut, TokFlag, TokKind, type Tokens } from './tokenize';

interface Hit { first: number; last: number; start: number; end: number; }

interface ActorAcc {
  key: string;
  name: string;
  type: 'person' | 'org';
  wikidata: string | null;
  hits: Hit[];
  surname: string | null;
  order: number;
  /** The role as read where the name was found, when the name came from its role clause. */
  role?: { start: number; end: number };
}

/** Actor mentions kept per article at most (bounded work on pathological input). */
const MAX_ACTOR_HITS = 1000;

const NOT_APPOSITIVE = new Set(['who', 'which', 'that', 'qui', 'que', 'dont', 'lequel', 'laquelle', 'a', 'est', 'has', 'had', 'is', 'was', 'and', 'et', 'but', 'mais', 'or', 'ou', 'said', 'says', 'told', 'added', 'je', 'il', 'elle', 'we', 'i', 'he', 'she', 'they', 'ils', 'on', 'in', 'en', 'dans', 'at', 'of', 'de', 'du', 'des', 'to', 'for', 'pour', 'with', 'avec', 'when', 'quand', 'where', 'while', 'alors', 'so', 'donc', 'whose']);
/** After "pour X," a clause goes on about a topic: "pour Atlantique, tout change", "for Kenya, it is". */
const TOPIC_CLAUSE_OPENERS = new Set(['tout', 'tous', 'toutes', 'rien', 'cela', 'ca', 'c', 'ce', 'it', 'this', 'there', 'everything', 'nothing']);
const SPEECH_BEFORE_NAME = new Set(['said', 'says', 'told', 'added', 'explained', 'warned', 'insisted', 'according', 'pour', 'selon', 'indique', 'explique', 'ajoute', 'temoigne', 'resume', 'souligne', 'estime', 'precise', 'raconte', 'confie', 'lance', 'assure', 'affirme', 'observe', 'note', 'regrette', 'reconnait', 'insiste',
  // The verbs of a vox pop: "», peste Inès, étudiante", "», soupire Nadia", "», s'agace Prisca", "», sourit Markus".
  'peste', 'fulmine', 'soupire', 'sourit', 'previent', 'deplore', 'poursuit', 'conclut', 'detaille', 'glisse', 'admet', 'avoue', 'martele', 'rappelle', 'ironise',
  'lache', 'denonce', 'salue', 'tempete', 'plaisante', 'rigole', 'agace', 'inquiete', 'emporte', 'exclame', 'rejouit', 'desole', 'indigne', 'interrogeait', 'souffle',
  'commente', 'tranche', 'nuance', 'constate', 'confiait', 'racontait', 'expliquait', 'soupirait', 'temoignait', 'ajoutait', 'sourit', 'enrage', 'proteste',
  'recalled', 'recalls', 'explains', 'adds', 'laughed', 'sighed', 'joked', 'admitted', 'noted', 'complained', 'asked', 'recounted', 'remembered',
  // "», demande Abdullah, un Afghan", "», espère Sandrine, employée".
  'demande', 'espere', 'repond', 'replique', 'reprend', 'murmure', 'implore', 'craint', 'redoute', 'jure', 'raille', 'grince',
  'replied', 'pleaded', 'wondered', 'shouted']);
const SUBJECT_VERBS = new Set(['has', 'had', 'said', 'says', 'told', 'added', 'is', 'was', 'will', 'would', 'wants', 'called', 'warned', 'urged', 'insisted', 'argued', 'announced', 'sees', 'believes', 'thinks', 'a', 'est', 'estime', 'explique', 'affirme', 'assure', 'declare', 'indique', 'precise', 'souligne', 'juge', 'veut', 'doit', 'avait', 'sera', 'reste']);
const ROLE_LIKE_AR = new Set(['احد', 'احدى', 'عضو', 'رييس', 'مدير', 'نايب', 'مسوول', 'استاذ', 'طبيب', 'طالب', 'مواطن', 'تاجر', 'مزارع', 'ام', 'اب', 'ارمله', 'بحار', 'صاحب', 'صاحبه', 'موظف', 'موظفه', 'سايق', 'عامل', 'عامله', 'مهندس', 'محامي', 'ناشط', 'ناشطه']);
const RELATIVE = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'اللذان']);
const COMPOUND_LEAD = new Set(['عبد', 'ابو', 'بن', 'ابن', 'ال', 'ولد', 'بو', 'ام', 'عز', 'نور', 'سيف', 'صلاح', 'علاء', 'بدر', 'شمس', 'جمال', 'كمال', 'حسام', 'عماد', 'محيي', 'زين', 'فخر', 'سعد', 'خير', 'شرف', 'نصر', 'تاج', 'ضياء', 'بهاء', 'عصام', 'سراج', 'ناصر']);
const COMPOUND_TAIL = new Set(['الدين', 'الله', 'الرحمن', 'الرحيم', 'العزيز', 'الاله', 'الحق', 'الكريم', 'المجيد', 'الحميد', 'اللطيف', 'القادر', 'السلام']);
const NAME_PARTICLES = new Set(['de', 'da', 'van', 'von', 'el', 'al', 'ben', 'bin', 'le', 'la', 'du', 'di', 'der', 'den', 'ibn', 'ould', 'ni', 'nic']);
const STOP_ROLE = new Set(['.', ',', ';', ':', '!', '?', '(', ')', '"', '[', ']', '…']);
const LATIN_ARTICLES = new Set(['le', 'la', 'l', 'the', 'a', 'an', 'un', 'une', 'les']);
/** Arabic given names that are also everyday words (in matching form, article off): باسم "in the name of", كامل "whole", الأمين العام. */
const AMBIGUOUS_GIVEN_AR = new Set(['حليمه', 'امنه', 'دعاء', 'قاسم', 'جهاد', 'كريمه', 'نجاه', 'هاله', 'عباس', 'باسم', 'كامل', 'سعيد', 'كريم', 'عادل', 'سالم', 'امين', 'نور', 'عز', 'سيف', 'جمال', 'كمال', 'حمد', 'عزيز', 'نبيل', 'رجاء', 'سناء',
  'حنان', 'امينه', 'لطيفه', 'عماد', 'علاء', 'زايد', 'عربي', 'شريف', 'حسن', 'طيب', 'صادق', 'هادي', 'حبيب', 'مختار', 'بشير', 'طاهر', 'منصور', 'ناصر', 'سلطان', 'فهد',
  'صلاح', 'رشيد', 'ماجد', 'راشد', 'هاني', 'سامي', 'نجيب', 'وائل', 'حسام', 'عصام', 'مهدي', 'هند', 'امير', 'صالح', 'سعد', 'فارس', 'رائد', 'نضال', 'سليم',
  'جميل', 'منير', 'رضا', 'حميد', 'اكرم', 'اشرف', 'وفاء', 'ايمان', 'هبه', 'حياه', 'زهره', 'منى', 'انور', 'جلال', 'بهاء', 'شريف', 'عاطف', 'رياض', 'خليل', 'توفيق',
  'لطفي', 'فتحي', 'حاتم', 'مراد', 'باسل', 'تركي', ...ARABIC_GIVEN_AMBIGUOUS, ...FOREIGN_GIVEN_AMBIGUOUS_AR].map((w) => normalizeForMatch(w)));

// A foreign given name opens a name of two words as a rule ("تشاك شومر يعتزم", "غاري بيترز عدم الترشح": the Arabic word after
// the family name is the sentence's); a third only after an initial ("جون إف كينيدي").
const FOREIGN_GIVEN_AR = new Set([...FOREIGN_GIVEN_NAMES_AR, ...FOREIGN_GIVEN_AMBIGUOUS_AR].map((w) => normalizeForMatch(w)));

const AMBIGUOUS_AFTER_SUPPORT = new Set([...ARABIC_GIVEN_AMBIGUOUS, ...FOREIGN_GIVEN_AMBIGUOUS_AR].map((w) => normalizeForMatch(w)));

const STAFF_CREDIT = /\bcontributed (?:to this (?:report|story|article)|reporting)\b|\b(?:reporting|editing|writing|compiled|additional reporting) by\b|\bphoto\s*\/|\bphotos?\s*:|©/i;

/** First words of Gulf and Maghreb place names that a list of people's names may sit next to ("Al Wakra, Umm Slal"). */
const LISTED_PLACE_HEADS = new Set(['umm', 'al', 'el', 'ras', 'wadi', 'jebel', 'jabal', 'bir', 'ain', 'rawdat', 'khor', 'sidi', 'hay', 'dar', 'bab', 'oued', 'djebel']);
/** First words of Latin place and institution names that take a person's shape ("Central Oregon", "Sur Facebook"). */
const NOT_PERSON_HEAD = new Set(['central', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'new', 'upper', 'lower', 'greater',
  'saint', 'st', 'san', 'santa', 'sainte', 'mount', 'lake', 'port', 'fort', 'cape', 'sur', 'au', 'aux', 'chez', 'sous', 'vers', 'entre', 'contre', 'outre',
  'etat', 'universite', 'university', 'hopital', 'hospital', 'ministry', 'ministere', 'department', 'national', 'nationale', 'international', 'royal', 'federal'].map((w) => normalizeForMatch(w)));
/** Offices whose holder the English press names by one name and an aside: "Chief Minister Siddaramaiah, speaking to …". */
const COMMA_MONONYM_TITLES = new Set(['minister', 'president', 'governor', 'senator', 'mayor', 'chancellor', 'mla', 'mp']);

/** Words that open a phrase set off by commas after a role but name no one: "، أحد سكان الحي،", "، ابن الواحة،", "، بصفة الاستعجال،". */
const NOT_SET_OFF_NAME_AR = new Set(['أحد', 'إحدى', 'ابن', 'ابنة', 'وسط', 'أكبر', 'أصغر', 'يدعى', 'بصفة', 'شاملا', 'مقدم', 'مقدمة', 'وكيل', 'نقيب', 'عضو'].map((w) => normalizeForMatch(w)));

/** The preposition على as written (with its alef maqsura, maybe after و or ف, maybe with tashkeel). */
const ALA_AS_WRITTEN = /^[وف]?ع[\u064b-\u065f]*ل[\u064b-\u065f]*ى[\u064b-\u065f]*$/;
/** Kin words before a given name alone ("his wife Nora", "sa fille Léa"), and the possessives that make them kin. */
const KIN_PLURALS = new Set(['sons', 'daughters', 'brothers', 'sisters', 'children', 'grandsons', 'granddaughters', 'fils', 'filles', 'freres', 'soeurs', 'enfants']);
const KIN_WORDS = new Set([...KIN_PLURALS, ...['wife', 'husband', 'widow', 'widower', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'partner', 'fiancée', 'fiancé',
  'grandson', 'granddaughter', 'épouse', 'époux', 'mari', 'fille', 'mère', 'père', 'frère', 'sœur', 'compagne', 'compagnon', 'veuve', 'petit-fils', 'petite-fille'].map((w) => normalizeForMatch(w))]);
const KIN_ADJECTIVES = new Set(['younger', 'elder', 'older', 'eldest', 'youngest', 'late', 'twin', 'beloved', 'only', 'cadet', 'cadette', 'aine', 'ainee', 'defunt', 'defunte', 'regrette', 'regrettee', 'jeune', 'petite', 'grande', 'petit', 'grand']);
const INDEFINITE_BEFORE_JOB = new Set(['a', 'an', 'one', 'another', 'un', 'une', 'autre']);
const KIN_POSSESSIVES = new Set(['his', 'her', 'their', 'my', 'our', 'son', 'sa', 'ses', 'leur', 'leurs', 'mon', 'ma', 'mes', 'notre', 'nos']);

const MONONYM_TITLES = new Set(['minister', 'president', 'governor', 'king', 'queen', 'prince', 'princess', 'sheikh', 'emir', 'sultan', 'pope', 'cardinal',
  'bishop', 'imam', 'chancellor', 'premier', 'mayor', 'senator', 'mp', 'mla', 'ministre', 'président', 'president', 'roi', 'reine', 'émir', 'emir', 'pape']);
/** Nouns for a body, closing a clause that its name then follows: "the housing association, Pennine Valley Homes". */
const ORG_NOUNS = new Set(['association', 'company', 'firm', 'group', 'club', 'charity', 'operator', 'developer', 'council', 'agency', 'organisation', 'organization',
  'union', 'party', 'societe', 'entreprise', 'groupe', 'compagnie', 'syndicat', 'parti', 'operateur', 'federation', 'ministry', 'ministere', 'department',
  'departement', 'bank', 'banque', 'team', 'equipe', 'hospital', 'hopital', 'school', 'ecole', 'university', 'universite', 'chain', 'chaine', 'retailer', 'insurer',
  'airline', 'manufacturer', 'distributor', 'supplier', 'provider', 'fournisseur', 'constructeur', 'promoteur', 'bailleur', 'regulator', 'regulateur', 'authority',
  'autorite', 'body', 'organisme', 'institut', 'institute', 'foundation', 'fondation', 'coalition', 'alliance', 'network', 'reseau', 'landlord', 'owner', 'consortium',
  'collectif', 'cabinet', 'firme', 'enseigne', 'label', 'marque', 'brand', 'mairie', 'commune', 'municipality', 'municipalite', 'region', 'province', 'county']);
/** Lower-case words inside hyphenated place names ("Cagnes-sur-Mer", "Thonon-les-Bains", "Pierre-et-Marie-Curie"). */
const HYPHEN_LINKS = new Set(['sur', 'sous', 'en', 'les', 'le', 'la', 'de', 'des', 'du', 'et', 'aux', 'au', 'lez', 'l', 'd', 'upon', 'on', 'in', 'by', 'the', 'of', 'and']);
/** Personal titles before an Arabic name (matching form, article off): the doctor, the engineer, the colonel, the sheikh. */
// (Not the titles that take a complement: أستاذ الاقتصاد، القاضية، الشيخ نجار is a district.)
/** Past-tense verbs that follow a subject's name, beyond the speech verbs: "الرئيس فالديمار كيتا أبلغ وكيل اللاعب". */
const VERBS_AFTER_NAME_AR = new Set(['أبلغ', 'التقى', 'استقبل', 'زار', 'وقع', 'رفض', 'وافق', 'طلب', 'قرر', 'أجرى', 'دعا', 'اعتبر', 'تسلم', 'ترأس', 'افتتح',
  'دشن', 'منح', 'قدم', 'سجل', 'أحرز', 'غادر', 'وصل', 'عاد', 'تلقى', 'أصدر', 'أمر', 'هدد', 'اتهم', 'انتقد', 'استبعد', 'رحب', 'عين', 'أقال'].map((w) => normalizeForMatch(w)));
/** Words that are never part of an Arabic name, though a role may stand before them: "سائق سيارة أجرة يعمل على الخط",
 * "مسؤول إسرائيلي رفيع قوله", "عن عمر ناهز". */
const NEVER_IN_NAME_AR = new Set(['سيارة', 'أجرة', 'شاحنة', 'حافلة', 'دراجة', 'يعمل', 'تعمل', 'يعملون', 'رفيع', 'رفيعة', 'رفيعي', 'قوله', 'قولها', 'قولهم',
  'مباشر', 'مباشرة', 'سنوات', 'سنة', 'عاما', 'يوميا', 'يومياً', 'سنويا', 'سنوياً', 'نفسه', 'نفسها', 'مشتركة', 'ناهز', 'يبلغ', 'تبلغ', 'يناهز',
  // The pitch and the screen: "أضاع محمد شريف فرصة محققة", "سجل رونالدو هدفين", "سعيد جدا بالصفقة", "أدوار ثانوية".
  'جدا', 'جداً', 'للغاية', 'بسبب', 'فرصة', 'فرصا', 'هدف', 'هدفا', 'هدفين', 'أهداف', 'هجوم', 'عدد', 'كبير', 'كبيرة', 'أدوار', 'دور', 'استفسارات', 'اضطر',
  'ركلة', 'تمريرة', 'تسديدة', 'بطاقة', 'إصابة', 'ضربة', 'رأسية', 'إنه', 'إنها', 'أنه', 'أنها'].map((w) => normalizeForMatch(w)));
/** Roles that take "عن" and a place or body before the name: "النائب عن ديالى رعد الدهلكي". */
const ROLES_FOR_AR = new Set(['نائب', 'نائبة', 'ممثل', 'ممثلة'].map((w) => normalizeForMatch(w)));
const AN_AR = normalizeForMatch('عن');
const TITLES_AR = new Set(['دكتور', 'دكتورة', 'مهندس', 'مهندسة', 'سيد', 'سيدة', 'حاج', 'حاجة', 'لواء', 'عميد', 'عقيد', 'مقدم', 'نقيب', 'ملازم'].map((w) => normalizeForMatch(w)));
/** Role words that are also family names: "Kylie King", "Michael Dean", "Elena Bishop" (not "Chief Public Prosecutor"). */
const SURNAME_ROLES = new Set(['king', 'prince', 'bishop', 'dean', 'mayor', 'chancellor', 'pope', 'sheriff', 'marshal', 'coach', 'player', 'farmer', 'driver', 'clerk']);
/** Place words that are also common family names. */
const SURNAME_LIKE_TAILS = new Set(['hill', 'hall', 'house', 'wood', 'woods', 'field', 'fields', 'brook', 'brooks', 'ford', 'park', 'king', 'church', 'lane', 'banks', 'green', 'west', 'north', 'moore', 'rivers', 'street', 'marsh', 'heath', 'dale']);
/** Last words of Latin place and institution names ("Litani River", "Bristol City Council", "Harborline Foods"). */
const NOT_PERSON_TAIL = new Set(['river', 'hill', 'house', 'council', 'association', 'agreement', 'estates', 'ltd', 'foods', 'institute', 'forum', 'services',
  'service', 'technology', 'technologies', 'management', 'plan', 'rail', 'care', 'airport', 'schools', 'school', 'university', 'palace', 'creek', 'cities',
  'city', 'county', 'district', 'province', 'region', 'street', 'road', 'square', 'park', 'bridge', 'bay', 'valley', 'mountain', 'mountains', 'island',
  'islands', 'hospital', 'group', 'company', 'corporation', 'corp', 'inc', 'bank', 'fund', 'party', 'ministry', 'department', 'agency', 'office', 'authority',
  'commission', 'committee', 'court', 'forces', 'club', 'fc', 'league', 'cup', 'airlines', 'airways', 'motors', 'energy', 'holdings', 'partners', 'capital',
  'foundation', 'center', 'centre', 'ville', 'museum', 'stadium', 'station', 'avenue', 'boulevard', 'quarter', 'network', 'alliance', 'coalition',
  'union', 'federation', 'fédération', 'conseil', 'comité', 'comite', 'ministère', 'agence', 'société', 'societe', 'groupe', 'banque', 'hôpital', 'lycée',
  'universite', 'region', 'région', 'departement', 'département', 'prefecture', 'préfecture', 'place', 'chapel', 'sound', 'accords', 'accord',
  'heights', 'springs', 'falls', 'beach', 'lake', 'harbour', 'harbor', 'port', 'gardens', 'hall', 'college', 'academy', 'cathedral', 'church', 'mosque', 'tower',
  'towers', 'pont', 'gare', 'parc', 'lac', 'stade', 'aéroport', 'mall', 'market', 'terminal', 'highway', 'freeway', 'tunnel', 'line', 'prize', 'award', 'awards', 'trophy',
  // A minister's portfolio after "of ... and": "Minister of Aviation and Aerospace Development, Festus Keyamo".
  'development', 'affairs', 'security', 'defence', 'defense', 'education', 'health', 'finance', 'trade', 'industry', 'transport', 'infrastructure', 'works',
  'planning', 'resources', 'environment', 'agriculture', 'tourism', 'sports', 'youth', 'housing', 'commerce', 'investment', 'aviation', 'economy',
  // Bodies, laws and firms: "Fitch Ratings", "Waste Management Act", "Pollution Control Board", "Bank Al-Maghrib", "Yorkshire Water".
  'act', 'limited', 'ratings', 'society', 'board', 'administration', 'water', 'express', 'maghrib', 'trust', 'bureau'].map((w) => normalizeForMatch(w)));
/** "القحطاني", "الشمري": a family name with the article ending in the nisba ي (matching form). */
function isNisba(w: string): boolean {
  return w.startsWith('ال') && w.endsWith('ي') && w.length >= 6;
}

/** Initials that spell a place or a body, not a person's first names: "U.S. Steel", "D.C. Council". */
const ABBREVIATION_INITIALS = new Set(['us', 'uk', 'un', 'eu', 'dc', 'la', 'ny', 'nj', 'st', 'jr', 'sr', 'ap', 'pm', 'am', 'ad', 'bc', 'no', 'vs', 'cf', 'eg', 'ie', 'pa', 'ma', 'ca', 'fl']);
/** Words after which an Arabic clause goes on past a name: إن/أن, قوله, قد, خلال, في. */
const AR_CLAUSE_GOES_ON = new Set(['إن', 'أن', 'ان', 'انه', 'أنه', 'إنه', 'قوله', 'قولها', 'قد', 'خلال', 'لـ', 'عن', 'على', 'يجري', 'تجري'].map((w) => normalizeForMatch(w)));
/** Nouns that open a place, a body or an event, never a person's name. */
const NOT_NAME_NOUNS_AR = new Set(['مدينة', 'ولاية', 'جماعة', 'منطقة', 'محافظة', 'بلدية', 'قرية', 'حي', 'إقليم', 'جهة', 'قطاع', 'وزارة', 'مجلس', 'لجنة',
  'هيئة', 'حركة', 'حزب', 'شركة', 'مؤسسة', 'جامعة', 'مستشفى', 'مؤتمر', 'اجتماع', 'ندوة', 'حفل', 'بيان', 'تصريح', 'مقابلة', 'حديث', 'ناقوس', 'دائرة',
  'مديرية', 'مصلحة', 'مكتب', 'فرع', 'نقابة', 'اتحاد', 'جمعية', 'مركز', 'معهد', 'محكمة', 'نيابة', 'سفارة', 'قنصلية', 'بعثة', 'قرار', 'خطة', 'برنامج'].map((w) => normalizeForMatch(w)));
/** Links inside compound names: "عبد القادر", "أبو بكر", "بن سلمان". */
const AR_NAME_LINKS = new Set(['عبد', 'أبو', 'ابو', 'بن', 'ابن', 'بنت', 'آل'].map((w) => normalizeForMatch(w)));
const SPEAKER_AR = new Set(['المتحدث', 'المتحدثة', 'الناطق', 'الناطقة', 'متحدث', 'متحدثة', 'ناطق', 'ناطقة', 'والمتحدث', 'والناطق'].map((w) => normalizeForMatch(w)));
/** "ويدعى حسن فاعور", "سيدة تدعى سعاد", "الراحل حاتم علي": words that only ever introduce a person's name. */
const NAMED_AR = new Set(['يدعى', 'ويدعى', 'تدعى', 'وتدعى', 'اسمه', 'اسمها', 'واسمه', 'واسمها', 'الراحل', 'الراحلة', 'الفقيد', 'الفقيدة', 'المرحوم', 'المرحومة',
  'والراحل', 'والراحلة'].map((w) => normalizeForMatch(w)));
const ALI = normalizeForMatch('علي');
const BASIM = normalizeForMatch('باسم');
/** Months that are also given names, and the words that make them the month. */
const MONTH_GIVEN = new Set(['رمضان', 'شعبان', 'رجب'].map((w) => normalizeForMatch(w)));
const MONTH_FOLLOWERS = new Set(['المبارك', 'الكريم', 'الفضيل', 'المعظم', 'الماضي', 'المقبل', 'المنصرم', 'الحالي', 'القادم', 'وحده', 'الجاري'].map((w) => normalizeForMatch(w)));
const MONTH_BEFORE = new Set(['شهر', 'موسم', 'خلال', 'بحلول', 'منتصف', 'أواخر', 'أوائل', 'مطلع', 'نهاية', 'بداية', 'ليالي', 'ليلة', 'قبل', 'بعد', 'منذ'].map((w) => normalizeForMatch(w)));
const SHEIKH = normalizeForMatch('الشيخ');

/** Arabic words that open no name (in matching form): sources, officials, residents, witnesses. */
const NOT_NAME_AR = new Set(['ولاية', 'لولاية', 'بولاية', 'محافظة', 'لمحافظة', 'بمحافظة', 'مدينة', 'لمدينة', 'بمدينة', 'جهة', 'لجهة', 'بجهة', 'إقليم', 'لإقليم', 'بإقليم',
  'منطقة', 'لمنطقة', 'بمنطقة', 'قرية', 'بلدية', 'لبلدية', 'ببلدية', 'شارع', 'حي', 'مصادر', 'مصدر', 'ومصادر', 'مسوول', 'مسوولون', 'مسوولين', 'سكان', 'شهود', 'مواطنون', 'مواطنين', 'خبراء', 'نشطاء', 'ناشطون', 'اطباء',
  'عمال', 'تجار', 'طلاب', 'اهالي', 'عدد', 'بعض', 'جميع', 'كافه', 'مختلف', 'عده', 'اكثر', 'اقل', 'نحو', 'حوالي'].map((w) => normalizeForMatch(w)));

const CLAUSE_LINKS = new Set(['that', 'and', 'but', 'while', 'as', 'because', 'que', 'qu', 'et', 'mais', 'car', 'où', 'ou']);

/** ", a researcher at", ", the club's captain", ", an engineer": an English article then a lower-case word. */
function englishArticleApposition(t: Tokens, j: number): boolean {
  const w = t.norm[j];
  if (w !== 'a' && w !== 'an' && w !== 'the') return false;
  const k = j + 1;
  // "Teresa Villanueva, a 52-year-old home health aide": an age first.
  if (k + 2 < t.n && t.kind[k]! === TokKind.Number && t.norm[k + 1] === '-' && t.norm[k + 2] === 'year') return w !== 'the';
  if (k >= t.n || t.kind[k]! !== TokKind.Latin) return false;
  // "Deirdre Collins, a Sinn Féin councillor", "a Labour MP": a party or employer before the role.
  // ("Amira Bouraoui, a French-Algerian activist": the capitals may be joined by a hyphen.)
  if (isCap(t, k)) {
    let q = k;
    while (q < t.n && q < k + 5) {
      if (t.kind[q]! === TokKind.Latin && isCap(t, q)) { q++; continue; }
      if (q > k && t.norm[q] === '-' && q + 1 < t.n && isCap(t, q + 1) && !(t.flags[q]! & TokFlag.SpaceBefore) && !(t.flags[q + 1]! & TokFlag.SpaceBefore)) { q++; continue; }
      break;
    }
    return q < t.n && t.kind[q]! === TokKind.Latin && ROLE_HEADS.has(t.norm[q]!);
  }
  // French "X, a déclaré": the auxiliary before a participle.
  return w !== 'a' || !/[éè]$|[^aeo]u$|i$|it$|is$/.test(t.text.slice(t.start[k]!, t.end[k]!));
}

/** ", OpenAI's chief executive", ", Liverpool's manager": a possessive then a lower-case role. */
function possessiveApposition(t: Tokens, j: number): boolean {
  let k = j;
  let caps = 0;
  while (k < t.n && caps < 3 && isCap(t, k)) { k++; caps++; }
  if (caps === 0 || k + 2 >= t.n || t.norm[k] !== "'") return false;
  if (t.norm[k + 1] === 's') k++;
  const r = k + 1;
  return r < t.n && t.kind[r]! === TokKind.Latin && !isCap(t, r);
}

const LATIN_LINKS = new Set(['de', 'du', 'des', 'd', 'l', 'la', 'of', 'the', 'for', 'et', 'and', 'chargé', 'chargée', 'en', 'aux', 'au']);
const NOT_NAME_LATIN = new Set(['le', 'la', 'les', 'the', 'un', 'une', 'a', 'an', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'janvier', 'fevrier', 'avril', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre', 'selon', 'according', 'but',
  'mais', 'and', 'et', 'in', 'en', 'dans', 'for', 'pour', 'with', 'avec', 'after', 'apres', 'when', 'quand', 'while', 'this', 'that', 'ce', 'cette', 'il', 'elle',
  'he', 'she', 'they', 'we', 'ils', 'nous', 'on', 'by', 'par', 'of', 'de', 'to', 'at', 'as', 'if', 'si',
  // Sentence openers that take a capital: "Maybe Shigaraki", "Although Clifford", "Luckily I", "Now Bob".
  'i', 'maybe', 'perhaps', 'although', 'though', 'even', 'like', 'indeed', 'luckily', 'suddenly', 'yet', 'now', 'no', 'yes', 'then', 'still', 'also',
  'however', 'meanwhile', 'instead', 'besides', 'unfortunately', 'fortunately', 'actually', 'finally', 'first', 'next', 'today', 'tomorrow', 'yesterday',
  'just', 'only', 'here', 'there', 'what', 'why', 'how', 'who', 'where', 'once', 'every', 'each', 'some', 'many', 'most', 'all', 'our', 'my', 'your', 'his',
  'her', 'their', 'its', 'you', 'it', 'not', 'never', 'always', 'often', 'sometimes', 'during', 'because', 'since', 'until', 'unless', 'whether', 'dear',
  'well', 'sure', 'thanks', 'please', 'hello', 'cependant', 'pourtant', 'ensuite', 'puis', 'enfin', 'alors', 'aujourd', 'hier', 'demain', 'ici', 'voici',
  'voila', 'mais', 'car', 'donc', 'or', 'ni', 'oui', 'non', 'peut', 'etre', 'bien', 'tout', 'tous', 'chaque', 'certains', 'plusieurs']);

function isArabicVerbCue(form: string): boolean {
  return memo(verbCueCache, form, isArabicVerbCueRaw);
}

function isArabicVerbCueRaw(form: string): boolean {
  // "وقال", "فأضاف": the conjunction glued to the verb.
  for (const f of [form, ...arabicForms(form).filter((x) => x.prefix === 'و' || x.prefix === 'ف').map((x) => x.form)]) {
    const list = CUES.get(f);
    if (!list) continue;
    for (const c of list) if (c.tokens.length === 1 && (c.kinds & (CueKind.Verb | CueKind.Speech))) return true;
  }
  return false;
}

/** The clitic cut under which token j is a role head, or -1. */
// Word properties depend only on the word: memoised (a megabyte of repeated words must not redo them).
const roleCacheAr = new Map<string, number>();
const definiteCache = new Map<string, boolean>();
const verbCueCache = new Map<string, boolean>();
const placeStartCache = new Map<string, boolean>();
// The compute function takes the key, so that callers pass a function made once, not a closure per call (a megabyte
// of words would allocate one per word).
function memo<V>(cache: Map<string, V>, key: string, compute: (key: string) => V): V {
  let v = cache.get(key);
  if (v === undefined) {
    v = compute(key);
    if (cache.size >= 20000) cache.clear();
    cache.set(key, v);
  }
  return v;
}

/** Last token of a role abbreviated with dots at i ("p.-d.g.", "P.-D.G.", "p.d.g."), or -1. */
function dottedRoleEnd(t: Tokens, i: number): number {
  if (t.norm[i] !== 'p' || t.norm[i + 1] !== '.') return -1;
  let q = i + 2;
  if (t.norm[q] === '-') q++;
  if (t.norm[q] !== 'd' || t.norm[q + 1] !== '.' || t.norm[q + 2] !== 'g') return -1;
  return t.norm[q + 3] === '.' ? q + 3 : q + 2;
}

function roleHeadCut(t: Tokens, j: number): number {
  if (t.kind[j]! === TokKind.Arabic) return memo(roleCacheAr, t.norm[j]!, roleHeadCutAr);
  if (t.kind[j]! === TokKind.Latin) return ROLE_HEADS.has(t.norm[j]!) || (LOWER_ROLE_HEADS.has(t.norm[j]!) && !isCap(t, j)) || hyphenRoleEnd(t, j) >= 0 ? 0 : -1;
  return -1;
}

function afterPersonalTitle(t: Tokens, j: number): boolean {
  const p = j >= 2 && t.norm[j - 1] === '.' ? j - 2 : j - 1;
  return p >= 0 && t.kind[p]! === TokKind.Latin && LATIN_TITLES.has(t.norm[p]!) && isCap(t, p);
}

const LINEUP_HEAD = /^\s*(?:(subs(?:titutes)?(?:\s+not\s+used)?|unused\s+substitutes|bench|rempla[çc]ants(?:\s+non\s+entr[ée]s)?)|\p{Lu}[\p{L}'’.\- ]{1,40}?\s*(\(\s*\d(?:\s*-\s*\d){2,4}\s*\))?)\s*:\s*/iu;
const LINEUP_SUBSTITUTION = /\(\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?,?\s+\d{1,3}(?:e|['’]|mn|min)?\s*\)/u;
const LINEUP_LABELS = new Set(['entr', 'subs', 'coach', 'manager', 'referee', 'arbitre', 'remplacants', 'bench', 'substitutes']);

/** "porte-parole", "full-back": the tokenizer splits a hyphenated role head in three; its last token, or -1. */
const HYPHEN_ROLE_FIRST = new Set([...ROLE_HEADS, ...LOWER_ROLE_HEADS].filter((w) => w.includes('-')).map((w) => w.slice(0, w.indexOf('-'))));
function hyphenRoleEnd(t: Tokens, i: number): number {
  if (i + 2 >= t.n || t.norm[i + 1] !== '-' || !HYPHEN_ROLE_FIRST.has(t.norm[i]!) || t.kind[i + 2]! !== TokKind.Latin || (t.flags[i + 1]! & TokFlag.SpaceBefore) !== 0 || (t.flags[i + 2]! & TokFlag.SpaceBefore) !== 0) return -1;
  const word = `${t.norm[i]}-${t.norm[i + 2]}`;
  return ROLE_HEADS.has(word) || (LOWER_ROLE_HEADS.has(word) && !isCap(t, i)) ? i + 2 : -1;
}

function startsPlaceAfterClitic(form: string): boolean {
  return arabicForms(form).some((x) => x.prefix !== '' && startsArabicPlace(x.form));
}

function roleHeadCutAr(norm: string): number {
  {
    for (const f of arabicForms(norm)) {
      if (ROLE_HEADS.has(f.form)) return f.cut;
      const bare = withoutArticle(f.form);
      if (bare && ROLE_HEADS.has(bare)) return f.cut;
    }
    return -1;
  }
}

function isDefinite(t: Tokens, j: number): boolean {
  if (t.kind[j]! !== TokKind.Arabic) return false;
  return memo(definiteCache, t.norm[j]!, isDefiniteAr);
}

function isDefiniteAr(norm: string): boolean {
  for (const f of arabicForms(norm)) if (f.form.startsWith('ال') && f.form.length > 3 && (f.prefix === '' || f.prefix === 'و' || f.prefix === 'ل' || f.prefix === 'ول' || f.prefix === 'ب')) return true;
  return false;
}

function isCap(t: Tokens, j: number): boolean {
  return t.kind[j]! === TokKind.Latin && (t.flags[j]! & TokFlag.UpperInitial) !== 0;
}

function sameBlock(blockOf: Int32Array, a: number, b: number): boolean {
  return blockOf[a]! === blockOf[b]!;
}

/** Role written before the name: a role head and its complement up to the name (a comma allowed before it). */
const ROLE_ABBREVIATIONS = new Set(['sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'adm', 'maj', 'supt', 'insp', 'det', 'amb', 'cmdr', 'cpl', 'pres', 'atty', 'lt-gov']);

const ROLE_PREPOSITIONS_AR = new Set(['في', 'الى', 'لدى', 'لشؤون', 'باسم'].map((w) => normalizeForMatch(w)));

function preRole(t: Tokens, blockOf: Int32Array, first: number, depth = 0): { start: number; end: number } | null {
  let j = first - 1;
  if (j >= 0 && t.kind[j]! === TokKind.Punct && t.norm[j]! === ',') j--;
  if (j < 0 || !sameBlock(blockOf, j, first)) return null;
  const endTok = j;
  let steps = 0;
  let head = -1;
  let headCut = 0;
  // "Sen. Josh Hawley", "Connecticut Gov. Ned Lamont": an abbreviated office right before the name, with its place.
  if (j === endTok && j >= 1 && t.norm[j] === '.' && (t.flags[j]! & TokFlag.AbbrevDot) && t.kind[j - 1]! === TokKind.Latin && ROLE_ABBREVIATIONS.has(t.norm[j - 1]!) &&
    sameBlock(blockOf, j - 1, first)) {
    let s0 = j - 1;
    for (let k = s0 - 1, n = 0; k >= 0 && n < 2 && sameBlock(blockOf, k, first) && isCap(t, k) && isLatinPlaceName([t.norm[k]!]); k--, n++) s0 = k;
    return { start: t.start[s0]!, end: t.end[j]! };
  }
  while (j >= 0 && steps < 7 && sameBlock(blockOf, j, first)) {
    if (t.kind[j]! === TokKind.Punct) {
      if (t.norm[j]! === "'" && (t.flags[j]! & TokFlag.SpaceBefore) === 0) { j--; continue; }
      if (t.norm[j]! === '-' && (t.flags[j]! & TokFlag.SpaceBefore) === 0) { j--; continue; }
      break;
    }
    const cut = roleHeadCut(t, j);
    if (cut >= 0) {
      head = j; headCut = cut;
      // Extend left over heads and Latin modifiers: "Prime Minister", "French Interior Minister", "نائب رئيس".
      let k = j - 1;
      while (k >= 0 && sameBlock(blockOf, k, first)) {
        if (t.kind[k]! === TokKind.Latin && (ROLE_MODIFIERS.has(t.norm[k]!) || (nationality(t.norm[k]!) && isCap(t, k)) || ROLE_HEADS.has(t.norm[k]!))) { head = k; headCut = 0; k--; continue; }
        if (t.kind[k]! === TokKind.Arabic && roleHeadCut(t, k) === 0 && !isDefinite(t, j)) { head = k; headCut = 0; k--; continue; }
        break;
      }
      break;
    }
    if (t.kind[j]! === TokKind.Arabic) {
      if (isDefinite(t, j) || nationality(t.norm[j]!)) { j--; steps++; continue; }
      // "محافظ بغداد": a city's name right after the role head.
      if (steps === 0 && j - 1 >= 0 && t.kind[j - 1]! === TokKind.Arabic && roleHeadCut(t, j - 1) >= 0 && placeAfterRole(t, j - 1, j)) { j--; steps++; continue; }
      // The role's complement is a construct chain, a place or a prepositional phrase: "رئيس مجلس الوزراء", "مدير مطار صنعاء",
      // "المبعوث الأممي إلى اليمن". A role head must still be found within the steps; a verb or a function word ends the walk.
      if (ROLE_PREPOSITIONS_AR.has(t.norm[j]!) || (!ARABIC_FUNCTION.has(t.norm[j]!) && !isArabicVerbCue(t.norm[j]!) && !NEVER_IN_NAME_AR.has(t.norm[j]!))) { j--; steps++; continue; }
      break;
    }
    if (t.kind[j]! === TokKind.Latin) {
      if (LATIN_LINKS.has(t.norm[j]!) || isCap(t, j) || nationality(t.norm[j]!) || ROLE_MODIFIERS.has(t.norm[j]!)) { j--; steps++; continue; }
      if ((t.flags[j]! & TokFlag.UpperInitial) === 0 && steps < 3 && !LATIN_FUNCTION.has(t.norm[j]!)) { j--; steps++; continue; }
    }
    break;
  }
  if (head < 0) return null;
  // "رئيس مجلس الوزراء الدكتور مصطفى مدبولي", "وزير الاستثمار المهندس حسن الخطيب": a personal title right before the name
  // is no role when a role stands before it.
  // (Once or twice: a hostile run of titles must not recurse down the page.)
  if (depth < 2 && head === endTok && t.kind[head]! === TokKind.Arabic && PERSONAL_TITLES_AR.has(withoutArticle(t.norm[head]!.slice(headCut)) ?? t.norm[head]!.slice(headCut))) {
    const before = preRole(t, blockOf, head, depth + 1);
    if (before) return before;
  }
  const start = headCut > 0 ? offsetAfterCut(t, head, headCut) : t.start[head]!;
  return { start, end: t.end[endTok]! };
}

const PERSONAL_TITLES_AR = new Set(['دكتور', 'دكتورة', 'مهندس', 'مهندسة', 'شيخ', 'شيخة', 'امير', 'اميرة', 'مستشار', 'مستشارة', 'سيد', 'سيدة', 'حاج', 'حاجة', 'استاذ', 'استاذة']
  .map((w) => normalizeForMatch(w)));

/** Role in an apposition after the name: ", المدير العام ..." / ", ministre de l'Intérieur," / ", the interior minister,". */
function postRole(t: Tokens, blockOf: Int32Array, last: number): { start: number; end: number } | null {
  const c = last + 1;
  if (c + 1 >= t.n || t.kind[c]! !== TokKind.Punct || t.norm[c]! !== ',' || !sameBlock(blockOf, c + 1, last)) return null;
  let k = c + 1;
  let ok = false;
  if (t.kind[k]! === TokKind.Arabic && (t.norm[k]! === 'وهو' || t.norm[k]! === 'وهي') && k + 1 < t.n && t.kind[k + 1]! === TokKind.Arabic) { k++; ok = true; }
  // ("منير المحمدي، المهدي بنعبيد": a given name that carries the article opens the next name of a list.)
  else if (t.kind[k]! === TokKind.Arabic) ok = (isDefinite(t, k) && !RELATIVE.has(t.norm[k]!) && !ARABIC_GIVEN.has(t.norm[k]!)) || roleHeadCut(t, k) >= 0 || ROLE_LIKE_AR.has(t.norm[k]!);
  // French ", a reconnu": the auxiliary, not the English article.
  else if (t.kind[k]! === TokKind.Latin) ok = (LATIN_ARTICLES.has(t.norm[k]!) && (t.norm[k] !== 'a' || englishArticleApposition(t, k))) || ROLE_HEADS.has(t.norm[k]!) || ROLE_MODIFIERS.has(t.norm[k]!) || nationality(t.norm[k]!) !== undefined ||
    (!isCap(t, k) && !NOT_APPOSITIVE.has(t.norm[k]!)) || t.norm[k]! === 'whose';
  if (!ok) return null;
  let e = k;
  let steps = 0;
  while (e + 1 < t.n && steps < 14 && sameBlock(blockOf, e + 1, k) && !(t.flags[e + 1]! & TokFlag.NewlineBefore)) {
    const nx = e + 1;
    if (t.kind[nx]! === TokKind.Punct) {
      if ((t.norm[nx]! === "'" || t.norm[nx]! === '-') && (t.flags[nx]! & TokFlag.SpaceBefore) === 0) { e = nx; continue; }
      if (STOP_ROLE.has(t.norm[nx]!) || QUOTES.has(t.norm[nx]!)) break;
      break;
    }
    if (t.kind[nx]! === TokKind.Arabic && RELATIVE.has(t.norm[nx]!)) break;
    e = nx; steps++;
  }
  if (steps >= 14) return null;
  return { start: t.start[k]!, end: t.end[e]! };
}

/**
 * A city's name right after an Arabic role head: "محافظ بغداد", "والي تلمسان". ("وإلى أوروبا" is "and to Europe": the
 * preposition إلى reads as والي once normalised, so the head must be written without hamza or alef maqsura.)
 */
function placeAfterRole(t: Tokens, head: number, j: number): boolean {
  if (!startsArabicPlace(t.norm[j]!)) return false;
  const raw = t.text.slice(t.start[head]!, t.end[head]!);
  return !/[إى]/.test(raw);
}

export function findActors(t: Tokens, blockOf: Int32Array, blocks: readonly TextBlock[], cues: CueHits, people: PeopleIndex, outletMentions: readonly OutletMention[]): Actor[] {
  const end = heuristicEnd(t);
  const covered = new Uint8Array(t.n);
  // Bylined journalists are not actors.
  if (blocks.some((b) => b.kind === 'byline')) for (let i = 0; i < t.n; i++) { const b = blocks[blockOf[i]!]; if (b && b.kind === 'byline') covered[i] = 4; }
  // Staff credits at the foot name journalists, not people in the story: "X contributed to this report",
  // "(Reporting by ...; Editing by ...)", photographers' "(AP Photo/...)" lines.
  // A picture's credit covers only itself: the caption it closes names the people in the picture ("Transportation Secretary
  // Sean Duffy speaks during a news conference. (AP Photo/Jose Luis Magana)").
  const creditFrom = blocks.map((b) => {
    if (b.end - b.start > 400) return -1;
    const slice = t.text.slice(b.start, b.end);
    const m = STAFF_CREDIT.exec(slice);
    if (!m) return -1;
    if (!/^(?:photo|©)/i.test(m[0])) return b.start;
    const open = slice.lastIndexOf('(', m.index);
    return b.start + (open >= 0 && m.index - open <= 12 ? open : m.index);
  });
  if (creditFrom.some((x) => x >= 0)) for (let i = 0; i < t.n; i++) { const b = blockOf[i]!; if (b >= 0 && creditFrom[b]! >= 0 && t.start[i]! >= creditFrom[b]!) covered[i] = 4; }
  const lamOutletAt = new Uint8Array(t.n);
  for (const m of outletMentions) {
    // "Economy Secretary Kate Forbes", "Michael Bloomberg": a one-word outlet name after a given name is a family name.
    const p = m.first - 1;
    if (m.first === m.last && p >= 0 && t.kind[m.first]! === TokKind.Latin && !(t.flags[m.first]! & TokFlag.AllUpper) && t.kind[p]! === TokKind.Latin && isCap(t, p) &&
      !(t.flags[p]! & TokFlag.AllUpper) && sameBlock(blockOf, p, m.first) && (LATIN_GIVEN.has(t.norm[p]!) || people.givenNames.has(t.norm[p]!))) continue;
    for (let j = m.first; j <= m.last; j++) covered[j] = 1;
    if (m.prefix.includes('ل')) lamOutletAt[m.first] = 1;
  }
  const speechCueEndsAt = (j: number): boolean => {
    if (j < 0) return false;
    const h = cues.byLast[j]!;
    return h >= 0 && (cues.kinds[h]! & (CueKind.Speech | CueKind.Verb | CueKind.VerbAfter)) !== 0;
  };
  for (const p of findPlaces(t)) {
    // "Jordan Ott said": a place that is also a given name, right before another capitalised word, is the name.
    if (p.first === p.last && t.kind[p.first]! === TokKind.Latin && LATIN_GIVEN.has(t.norm[p.first]!)) {
      const q = p.first + 1;
      if (q < t.n && sameBlock(blockOf, q, p.first) && t.kind[q]! === TokKind.Latin && isCap(t, q) && !(t.flags[q]! & TokFlag.AllUpper) &&
        !NOT_NAME_LATIN.has(t.norm[q]!) && !nationality(t.norm[q]!) && !isLatinPlaceName([t.norm[q]!]) && !NOT_PERSON_TAIL.has(t.norm[q]!)) continue;
    }
    for (let j = p.first; j <= p.last; j++) covered[j] = 2;
  }
  const actors = new Map<string, ActorAcc>();
  let order = 0;
  const givenCache = new Map<string, boolean>();
  const gazCache = new Map<string, boolean>();
  let totalHits = 0;
  const personEnd = new Uint8Array(t.n);
  const personFirstEndingAt = new Int32Array(t.n);
  const addHit = (key: string, init: () => Omit<ActorAcc, 'hits' | 'order'>, h: Hit): void => {
    if (++totalHits > MAX_ACTOR_HITS) return;
    let a = actors.get(key);
    if (!a) { a = { ...init(), hits: [], order: order++ }; actors.set(key, a); }
    a.hits.push(h);
    for (let j = h.first; j <= h.last; j++) covered[j] = 3;
    if (a.type === 'person') { personEnd[h.last] = 1; personFirstEndingAt[h.last] = h.first; }
  };

  const orgAccept = (e: OrgEntry, first: number, last: number): boolean => {
    if (!e.acronym) return true;
    for (let q = first; q <= last; q++) if (isWord(t, q) && !(t.flags[q]! & TokFlag.AllUpper)) return false;
    return true;
  };

  // 1. Gazetteer people; 2. organisations.
  const partials: { hit: Hit; ids: readonly string[] }[] = [];
  for (let i = 0; i < end; i++) {
    if (totalHits > MAX_ACTOR_HITS) break; // raised inside add()
    if (covered[i]! === 1 || !isWord(t, i)) continue;
    const norm = t.norm[i]!;
    if (norm === '' || norm.length > 40) continue;
    if (t.kind[i]! === TokKind.Latin && !isCap(t, i)) continue;
    // Most words start no name at all: remember that per word.
    let starts = gazCache.get(norm);
    let forms: ReturnType<typeof tokenForms> | null = null;
    if (starts === undefined) {
      forms = tokenForms(norm, t.kind[i]! === TokKind.Arabic);
      starts = forms.some((f) => people.trie.has(f.form) || ORG_TRIE.has(f.form));
      if (gazCache.size >= 20000) gazCache.clear();
      gazCache.set(norm, starts);
    }
    if (!starts) continue;
    forms ??= tokenForms(norm, t.kind[i]! === TokKind.Arabic);
    let best: { last: number; cut: number; ids: readonly string[]; partial: boolean; org: OrgRecord | null; len: number } | null = null;
    for (const f of forms) {
      const pm = trieLongest(t, i, f.form, people.trie);
      if (pm && (!best || pm.length > best.len)) best = { last: pm.last, cut: f.cut, ids: pm.value.ids, partial: pm.value.partial, org: null, len: pm.length };
      const om = trieLongest(t, i, f.form, ORG_TRIE, orgAccept);
      if (om && (!best || om.length > best.len)) best = { last: om.last, cut: f.cut, ids: [], partial: false, org: om.value.org, len: om.length };
    }
    if (!best) continue;
    // "سائق على خط": the preposition, not a surname علي.
    if (best.last === i && t.kind[i]! === TokKind.Arabic && ALA_AS_WRITTEN.test(t.text.slice(t.start[i]!, t.end[i]!))) continue;
    let last = best.last;
    if (best.org && last + 1 < t.n && t.kind[last + 1]! === TokKind.Arabic && nationality(t.norm[last + 1]!)) last++;
    let hit: Hit = { first: i, last, start: best.cut > 0 ? offsetAfterCut(t, i, best.cut) : t.start[i]!, end: t.end[last]! };
    // A gazetteer alias that carries its title ("الملك محمد السادس"): the title is the role, not the name.
    if (!best.org && last > i && roleHeadCut(t, i) >= 0) {
      const nx = nextInName(t, i);
      if (nx > i && nx <= last) hit = { first: nx, last, start: t.start[nx]!, end: t.end[last]! };
    }
    if (best.org) {
      const org = best.org;
      addHit('org:' + org.name, () => ({ key: 'org:' + org.name, name: org.name, type: 'org', wikidata: org.wikidata, surname: null }), hit);
    } else if (best.partial) {
      partials.push({ hit, ids: best.ids });
    } else if (best.ids.length === 1) {
      const rec = people.byId(best.ids[0]!);
      if (rec) {
        const toks = t.norm.slice(hit.first, last + 1).filter((x, q) => isWord(t, hit.first + q) && x !== '');
        const sur = toks.length >= 2 && canBeSurname(toks[toks.length - 1]!) ? toks[toks.length - 1]! : null;
        addHit('p:' + rec.id, () => ({ key: 'p:' + rec.id, name: rec.name, type: 'person', wikidata: rec.wikidata, surname: sur }), hit);
      }
    }
    i = last;
  }

  const titleBefore = (first: number): boolean => {
    let j = first - 1;
    if (j >= 0 && t.norm[j]! === '.') j--;
    if (j < 0 || !sameBlock(blockOf, j, first)) return false;
    return (t.kind[j]! === TokKind.Latin && LATIN_TITLES.has(t.norm[j]!)) || roleHeadCut(t, j) >= 0;
  };

  // Arabic name run from i: up to 4 words. A definite word ends it (a nisba surname: الحموشي) unless it
  // completes a compound (عبد اللطيف، عز الدين، بن الشيخ). A listed given name may carry the article (الحبيب).
  /** "ومنة", "ومحمود": "و" and a given name (not a name of its own that starts with و: "واصف", "وليد"). */
  const andGivenAr = (f: string): boolean => f.length > 3 && f.startsWith('و') && !ARABIC_GIVEN.has(f) && !people.givenNames.has(f) &&
    (ARABIC_GIVEN.has(f.slice(1)) || people.givenNames.has(f.slice(1)));
  // Latin words written after another capitalised word somewhere in the text (family names given in full), gathered once.
  let afterCapital: Set<string> | null = null;
  const latinAfterCapital = (): Set<string> => {
    if (afterCapital) return afterCapital;
    afterCapital = new Set();
    // ("Marcus T. Hollins": past an initial's dot too.)
    for (let q = 1; q < t.n; q++) {
      if (t.kind[q]! !== TokKind.Latin || !isCap(t, q)) continue;
      const p = q >= 2 && t.norm[q - 1] === '.' && (t.flags[q - 1]! & TokFlag.AbbrevDot) !== 0 ? q - 2 : q - 1;
      if (t.kind[p]! === TokKind.Latin && isCap(t, p)) afterCapital.add(t.norm[q]!);
    }
    return afterCapital;
  };
  const arabicRun = (i: number): number => {
    let j = i;
    let count = 0;
    let last = -1;
    let prevLead = false;
    while (j < t.n && t.kind[j]! === TokKind.Arabic && covered[j]! === 0 && count < 4 && sameBlock(blockOf, j, i)) {
      if (j > i && (t.flags[j]! & TokFlag.NewlineBefore)) break;
      const f = t.norm[j]!;
      // "علي" (Ali) and "على" (on) match alike once ى is folded: the spelling with ي is the name.
      const ali = f === ALI && t.text.charCodeAt(t.end[j]! - 1) === 0x64a;
      // "الشيخ" after a given name is a family name ("سمير الشيخ"); before one it is a title.
      const surnameRole = count > 0 && (f === SHEIKH || prevLead);
      // A role word inside a name is a family name when nothing follows it as its complement: "طارق أمين،" against
      // "محمد أمين عام الحزب".
      const roleHere = count > 0 && !surnameRole && roleHeadCut(t, j) >= 0 && j + 1 < t.n && t.kind[j + 1]! === TokKind.Arabic && sameBlock(blockOf, j + 1, j) &&
        !ARABIC_FUNCTION.has(t.norm[j + 1]!) && !isArabicVerbCue(t.norm[j + 1]!);
      // "خالد السويدي", "محمد المصري": a nisba right after a listed given name is the family name, not a nationality.
      // (Not inside a longer name read from its middle: "محمد صلاح المصري".)
      const nisbaSurname = count === 1 && j === last + 1 && f.startsWith('ال') && (ARABIC_GIVEN.has(t.norm[last]!) || people.givenNames.has(t.norm[last]!)) &&
        !(i > 0 && t.kind[i - 1]! === TokKind.Arabic && (ARABIC_GIVEN.has(t.norm[i - 1]!) || people.givenNames.has(t.norm[i - 1]!)));
      if ((ARABIC_FUNCTION.has(f) && !ali) || ARABIC_FILLER.has(f) || (nationality(f) && !nisbaSurname) || roleHere || isArabicVerbCue(f) || RELATIVE.has(f) || NEVER_IN_NAME_AR.has(f)) break;
      // "أحمد مالك ومنة شلبي": "و" and a given name open the next person.
      if (count > 0 && f.length > 3 && arabicForms(f).some((x) => x.prefix !== '' && NEVER_IN_NAME_AR.has(x.form))) break;
      // "خير الدين مضوي بالارتقاء": "بـ" and a definite noun after a name is the verb's complement.
      if (count > 1 && f.length > 5 && f.startsWith('بال')) break;
      // "محمد مراد يبيع الخبز": a present-tense verb with its definite object after a full name. (Not "تـ": "سليم غزالة
      // تنكيس الأعلام" is a verbal noun, and such nouns open with it.)
      if (count > 1 && f.length >= 4 && f.charCodeAt(0) === 0x64a && !ARABIC_GIVEN.has(f) && !people.givenNames.has(f) &&
        j + 1 < t.n && sameBlock(blockOf, j + 1, j) && isDefinite(t, j + 1)) break;
      if (count > 0 && andGivenAr(f) && j + 1 < t.n && t.kind[j + 1]! === TokKind.Arabic && !ARABIC_FUNCTION.has(t.norm[j + 1]!) && sameBlock(blockOf, j + 1, j)) break;
      // ("آل" alone, as in "عمر آل علي", is the family's word, not the article.)
      const def = f.startsWith('ال') && f.length > 2;
      const compoundTail = def && (prevLead || COMPOUND_TAIL.has(f));
      if (def && count === 0 && !ARABIC_GIVEN.has(f)) break;
      // "للمحطة" (to the station), a lone clitic "لـ", "مصادر" (sources): never part of a name; nor a role with its
      // complement ("وزير الفلاحة"), which comes before a name.
      if (f.startsWith('لل') || f.length < 2 || (count === 0 && (NOT_NAME_AR.has(f) || f.startsWith('وال')))) break;
      // "بمراكش آسفي": a place with its preposition.
      // (Not a listed given name: "فراس" is no "فـ" before "رأس".)
      if (count === 0 && !ARABIC_GIVEN.has(f) && memo(placeStartCache, f, startsPlaceAfterClitic)) break;
      // ("سلطان الحربي": a title that is also a given name, before a family nisba, is the given name.)
      if (count === 0 && roleHeadCut(t, j) >= 0 && j + 1 < t.n && t.kind[j + 1]! === TokKind.Arabic && isDefinite(t, j + 1) &&
        !(ARABIC_GIVEN.has(f) && isNisba(t.norm[j + 1]!) && !nationality(t.norm[j + 1]!))) break;
      last = j; count++;
      if (def && count > 1 && !compoundTail) break;
      if (count === 2 && FOREIGN_GIVEN_AR.has(t.norm[i]!) && t.norm[j]!.length > 2) break;
      if (count === 3 && FOREIGN_GIVEN_AR.has(t.norm[i]!)) break;
      prevLead = COMPOUND_LEAD.has(f);
      j = nextInName(t, j);
      if (j < 0) break;
    }
    if (count < 2) return -1;
    // A run cut after the first half of a compound ("عبد", "نور") is not a whole name; "يعرب بدر،" ends on a
    // family name that happens to open compounds too.
    if (COMPOUND_LEAD.has(t.norm[last]!)) {
      const nx = last + 1;
      const ends = nx >= t.n || t.kind[nx]! !== TokKind.Arabic || !sameBlock(blockOf, nx, last) || ARABIC_FUNCTION.has(t.norm[nx]!) || isArabicVerbCue(t.norm[nx]!);
      if (!ends || t.norm[last] === 'عبد' || t.norm[last] === 'ابو' || t.norm[last] === 'بن' || t.norm[last] === 'ابن' || t.norm[last] === 'ال' || t.norm[last] === 'ولد' || t.norm[last] === 'بو' || t.norm[last] === 'ام') return -1;
    }
    return last;
  };

  // A role head among the few words before `comma`, in the same sentence: "المتحدث باسم حكومة إقليم كوردستان،".
  const roleClauseBefore = (comma: number): boolean => {
    for (let j = comma - 1; j >= 0 && j >= comma - 7 && sameBlock(blockOf, j, comma); j--) {
      if (t.kind[j]! === TokKind.Punct && !QUOTES.has(t.norm[j]!) && t.norm[j] !== '«' && t.norm[j] !== '»' && t.norm[j] !== '"') return false;
      if (t.kind[j]! === TokKind.Arabic && roleHeadCut(t, j) >= 0) return true;
    }
    return false;
  };

  // After a role's long complement, the two words (three with عبد/أبو/بن) right before the clause goes on: a comma,
  // إن/أن, قوله, قد, a verb. The first must be a bare word (no article or clitic, not a function word or role).
  const nameBeforeBoundary = (from: number): { first: number; last: number } | null => {
    let inQuote = false;
    for (let q = from, n = 0; q < t.n && n < 10 && sameBlock(blockOf, q, from); q++) {
      const w = t.norm[q]!;
      if (t.kind[q]! === TokKind.Punct && (QUOTES.has(w) || w === '«' || w === '»' || w === '"')) { inQuote = !inQuote; continue; }
      if (inQuote) continue;
      const boundary = t.kind[q]! === TokKind.Punct || AR_CLAUSE_GOES_ON.has(w) || isArabicVerbCue(w);
      if (!boundary) {
        if (t.kind[q]! !== TokKind.Arabic || covered[q]! === 1 || covered[q]! === 3) return null;
        n++;
        continue;
      }
      if (q - from < 3) return null;
      let first = q - 2;
      // "رمضان بن عمر": a link word second from the end takes the given name before it; "عبد القادر الدخيل": the
      // link opens the name.
      if (first - 1 >= from && (AR_NAME_LINKS.has(t.norm[first]!) || AR_NAME_LINKS.has(t.norm[first - 1]!))) first--;
      // "جان بيير لوكليرك": a second given name before the first.
      if (first - 1 >= from && (ARABIC_GIVEN.has(t.norm[first - 1]!) || people.givenNames.has(t.norm[first - 1]!)) && t.kind[first - 1]! === TokKind.Arabic) first--;
      const lead = t.norm[first]!;
      for (let r = first; r < q; r++) if (t.kind[r]! !== TokKind.Arabic || covered[r]! !== 0 || (r > first && QUOTES.has(t.norm[r - 1]!))) return null;
      if (lead.startsWith('ال') || /^[وفبلك]ال/.test(lead) || ARABIC_FUNCTION.has(lead) || nationality(lead) || roleHeadCut(t, first) >= 0 || isDefinite(t, first)) return null;
      // "في مؤتمر صحفي": a name does not follow a preposition; "بمدينة طنجة", "ناقوس الخطر" are no names.
      if (QUOTES.has(t.norm[first - 1] ?? '') || ARABIC_FUNCTION.has(t.norm[first - 1] ?? '')) return null;
      if (arabicForms(lead).some((f) => NOT_NAME_NOUNS_AR.has(f.form)) || startsArabicPlace(t.norm[q - 1]!)) return null;
      // Only a given name the lists know opens the name: "زيت الزيتون", "قناة السويس", "عشر ليال" are a noun and its
      // complement or adjective.
      if (!(lead === 'عبد' || lead === 'ابو' || ARABIC_GIVEN.has(lead) || people.givenNames.has(lead))) return null;
      return { first, last: q - 1 };
    }
    return null;
  };

  const latinRun = (i: number, min: number): number => {
    let j = i;
    let last = -1;
    let count = 0;
    while (j >= 0 && j < t.n && count < 4 && covered[j]! === 0 && sameBlock(blockOf, j, i)) {
      const nj = t.norm[j]!;
      // "Cheikh Diba": a title that is also a common given name in Senegal opens a name when a name follows.
      // "Mr Sunday Ogundele", "Mrs Blessing Friday": after a personal title, a day or an everyday word is a given name.
      const titleAsGiven = count === 0 && (nj === 'cheikh' || (afterPersonalTitle(t, j) && !LATIN_ARTICLES.has(nj))) && j + 1 < t.n && isCap(t, j + 1) && sameBlock(blockOf, j + 1, j);
      // "Choi Hyun-woo", "Wong Kwok-leung": the second syllable of an East Asian given name, glued by a hyphen, in lower case.
      const syllable = count > 0 && j === last + 2 && t.norm[j - 1] === '-' && (t.flags[j]! & TokFlag.SpaceBefore) === 0 && (t.flags[j - 1]! & TokFlag.SpaceBefore) === 0 &&
        t.kind[j]! === TokKind.Latin && !isCap(t, j) && nj.length <= 5 && !HYPHEN_LINKS.has(nj);
      // "Albury mayor Kylie King said": a role word closing a name is its family name.
      const surnameRole = count > 0 && SURNAME_ROLES.has(nj) && isCap(t, j) && !(t.flags[j]! & TokFlag.AllUpper) && (j + 1 >= t.n || !isCap(t, j + 1));
      if (syllable) last = j;
      else if (surnameRole) { last = j; count++; }
      else if (isCap(t, j) && (titleAsGiven || (!NOT_NAME_LATIN.has(nj) && !ROLE_HEADS.has(nj))) && !ROLE_MODIFIERS.has(nj) && !nationality(nj) && (count > 0 || nj.length >= 2 || t.norm[j + 1] === '.')) { last = j; count++; }
      else if (count > 0 && t.kind[j]! === TokKind.Latin && NAME_PARTICLES.has(t.norm[j]!)) {
        const nx = nextInName(t, j);
        if (nx < 0 || !isCap(t, nx)) break;
      } else break;
      let nx = nextInName(t, j);
      if (nx < 0 && last === j && count >= 1 && j + 3 < t.n && !(t.flags[j + 1]! & TokFlag.NewlineBefore) && !(t.flags[j + 2]! & TokFlag.NewlineBefore)) {
        // "Thomas J. Donnelly": a middle initial and its full stop inside the name.
        // (Not a numeral closing a sentence: "le pont George-V. Des travaux".)
        if (count >= 2 && nj.length === 1 && (t.flags[j]! & TokFlag.SpaceBefore) && t.norm[j + 1] === '.' && !(t.flags[j + 1]! & TokFlag.SpaceBefore) && isCap(t, j + 2) &&
          !(t.flags[j + 2]! & TokFlag.AllUpper) && sameBlock(blockOf, j + 2, i) && !NOT_NAME_LATIN.has(t.norm[j + 2]!) && !LATIN_FUNCTION.has(t.norm[j + 2]!)) nx = j + 2;
        // "James \"Jimmy\" Clarke", "Bheki 'Mdeni' Shezi": a nickname in quotes between the given name and the family name.
        else if (QUOTES.has(t.norm[j + 1]!) && t.kind[j + 2]! === TokKind.Latin && isCap(t, j + 2)) {
          // One or two words: "Bheki \"Mdeni\" Shezi", "Romeo \"Kuya Romy\" Dalisay".
          const close = QUOTES.has(t.norm[j + 3]!) ? j + 3 : j + 4 < t.n && t.kind[j + 3]! === TokKind.Latin && isCap(t, j + 3) && QUOTES.has(t.norm[j + 4]!) ? j + 4 : -1;
          if (close > 0 && close + 1 < t.n && t.kind[close + 1]! === TokKind.Latin && isCap(t, close + 1) && !(t.flags[close + 1]! & TokFlag.NewlineBefore) && sameBlock(blockOf, close + 1, i)) nx = close + 1;
        }
      }
      j = nx;
    }
    return count >= min ? last : -1;
  };

  // The name set off by commas after a role clause of up to twenty words, with nothing but words, numbers, links
  // and bracketed acronyms between: the first comma opens it, and a comma, a full stop, a bracket or a verb closes it.
  const nameAfterRoleClause = (head: number): { first: number; last: number } | null => {
    for (let q = head + 1, n = 0; q < t.n && n < 20 && sameBlock(blockOf, q, head); q++, n++) {
      const w = t.norm[q]!;
      if (t.kind[q]! === TokKind.Punct) {
        if (w === '(' || w === ')' || w === '-' || w === "'") continue;
        if (w !== ',') return null;
        // "ministre de l'Agriculture, de la Souveraineté alimentaire et de l'Élevage, Mabouba Diagne": the clause goes on.
        if (q + 1 < t.n && (t.norm[q + 1] === 'de' || t.norm[q + 1] === 'du' || t.norm[q + 1] === 'des' || t.norm[q + 1] === 'd' || t.norm[q + 1] === 'of')) continue;
        const j = q + 1;
        if (j >= t.n || covered[j]! !== 0 || !isCap(t, j) || !sameBlock(blockOf, j, head)) return null;
        const last = latinRun(j, 2);
        if (last < 0) return null;
        const c = last + 1;
        const closes = c >= t.n || !sameBlock(blockOf, c, j) || t.norm[c] === ',' || t.norm[c] === '.' || t.norm[c] === '(' || SUBJECT_VERBS.has(t.norm[c]!);
        // "for the housing association, Pennine Valley Homes, said": the clause ends on a body, and the body is named.
        // (A known given name after it is still a person: "leader in the Johannesburg council, Belinda Kayser-Echeozonjoku,".)
        // (A body the role works at is no body named: "directeur des services vétérinaires au ministère, Djamel-Eddine Ould Rouis".)
        const at = q - 2 >= 0 && (t.norm[q - 2] === 'au' || t.norm[q - 2] === 'a' || t.norm[q - 2] === 'at' || t.norm[q - 2] === 'in' || t.norm[q - 2] === 'dans');
        const body = ORG_NOUNS.has(t.norm[q - 1]!) && !isCap(t, q - 1) && !at && !(LATIN_GIVEN.has(t.norm[j]!) || people.givenNames.has(t.norm[j]!));
        return closes && !body ? { first: j, last } : null;
      }
      if ((t.kind[q]! !== TokKind.Latin && t.kind[q]! !== TokKind.Number) || covered[q]! === 3) return null;
    }
    return null;
  };

  /** Adds an unknown person over first..last; false when the words are no person's name after all. */
  const addUnknown = (first: number, last: number, afterRole = false, role?: { start: number; end: number }): boolean => {
    const words: string[] = [];
    for (let q = first; q <= last; q++) if (isWord(t, q)) words.push(t.norm[q]!);
    // "New York, a city of eight million": a place, not a person; nor "West Sussex", "Bristol City Council", "Litani River".
    // Right after a role, a known given name vouches for a family name that is also a place word: "Mayor Jenny Hill",
    // "chief executive Evan Hall" (not "Kenya Farmers Association", "King Hussein Bridge").
    const vouched = afterRole && words.length === 2 && SURNAME_LIKE_TAILS.has(words[1]!) && (LATIN_GIVEN.has(words[0]!) || people.givenNames.has(words[0]!));
    if (t.kind[first]! === TokKind.Latin && (isLatinPlaceName(words) || NOT_PERSON_HEAD.has(words[0]!) || (NOT_PERSON_TAIL.has(words[words.length - 1]!) && !vouched))) return false;
    // "المتحدث باسم الوزارة": "on behalf of", after a spokesperson.
    // (Also after the speaker's adjective: "المتحدث الرسمي باسم مجلس الوزراء", "الناطق الإعلامي باسم مديرية الأمن".)
    if (t.kind[first]! === TokKind.Arabic && first > 0 && (SPEAKER_AR.has(t.norm[first - 1]!) || (first > 1 && t.norm[first] === BASIM && SPEAKER_AR.has(t.norm[first - 2]!)))) return false;
    // An Arabic name that opens with no known given name must look like one: indefinite words ("كريستينا بيريث"),
    // or a family name with the article that is a nisba ("المنصف الزواري"); "ناقوس الخطر", "مجلس الوزراء" are not.
    // After a role and its complement ("وزير الكهرباء الدكتور صبيح المخيزيم"), the role vouches for the name.
    if (t.kind[first]! === TokKind.Arabic && !afterRole && !arabicForms(t.norm[first]!).some((f) => (f.prefix === '' || f.prefix === 'و') && (ARABIC_GIVEN.has(f.form) || people.givenNames.has(f.form)))) {
      const lastWord = words[words.length - 1]!;
      if (lastWord.startsWith('ال') && !lastWord.endsWith('ي')) return false;
      if (words.some((w) => w.startsWith('وال') || isArabicVerbCue(w))) return false;
    }
    if (t.kind[first]! === TokKind.Arabic && words.some((w) => NEVER_IN_NAME_AR.has(w) || arabicForms(w).some((f) => f.prefix !== '' && NEVER_IN_NAME_AR.has(f.form)))) return false;
    // "سائق على خط المنيب" (a driver on the line): the preposition على reads as the name علي once normalised; as written,
    // with its alef maqsura, it is no name.
    if (t.kind[first]! === TokKind.Arabic && ALA_AS_WRITTEN.test(t.text.slice(t.start[first]!, t.end[first]!))) return false;
    // "Homeowner Melissa Grant said": a capitalised job opening the sentence, then the given name.
    // (An initial is part of the name: "A Revanth Reddy".)
    if (t.kind[first]! === TokKind.Latin && words.length >= 3 && words[0]!.length > 1 && !LATIN_GIVEN.has(words[0]!) && LATIN_GIVEN.has(words[1]!) && !LATIN_TITLES.has(words[0]!)) {
      let q = first + 1;
      while (q <= last && !isWord(t, q)) q++;
      return addUnknown(q, last);
    }
    const key = 'u:' + words.join(' ');
    const surface = t.text.slice(t.start[first]!, t.end[last]!);
    const sur = words.length >= 2 ? words[words.length - 1]! : null;
    addHit(key, () => ({ key, name: surface, type: 'person', wikidata: null, surname: sur && canBeSurname(sur) ? sur : null, ...(role ? { role } : {}) }), { first, last, start: t.start[first]!, end: t.end[last]! });
    return true;
  };

  // "Saim Ayub, Haris Rauf, Naseem Shah, Shaheen Shah Afridi": a full name listed after two people's, with the list going on
  // (one is not enough: "Kotak Mahindra Capital, Morgan Stanley, Goldman Sachs" lists banks, one of them a false person).
  const listedAfterTwo = (j: number): boolean => {
    if (j < 2 || t.norm[j - 1] !== ',' || personEnd[j - 2] !== 1) return false;
    const f = personFirstEndingAt[j - 2]!;
    return f >= 2 && t.norm[f - 1] === ',' && personEnd[f - 2] === 1;
  };
  // A given name alone after a kin word: capitalised, not a longer name ("Portia de Rossi", "Marie-Thérèse"), no place, nationality,
  // title or everyday capital.
  const loneKinName = (q: number): boolean => covered[q]! === 0 && t.kind[q]! === TokKind.Latin && isCap(t, q) && !(t.flags[q]! & TokFlag.AllUpper) && t.norm[q]!.length >= 2 &&
    !NOT_NAME_LATIN.has(t.norm[q]!) && !LATIN_TITLES.has(t.norm[q]!) && !nationality(t.norm[q]!) && !isLatinPlaceName([t.norm[q]!]) && !ROLE_HEADS.has(t.norm[q]!) && !ROLE_MODIFIERS.has(t.norm[q]!) &&
    !(q + 1 < t.n && isCap(t, q + 1)) && latinRun(q, 1) === q;
  // "his sons Michael and Declan, daughter Siobhán": a kin word with no possessive, further down a list of kin.
  const kinListGoesOn = (i: number): boolean => {
    if (t.norm[i - 1] !== ',' && t.norm[i - 1] !== 'and' && t.norm[i - 1] !== 'et') return false;
    for (let q = i - 2; q >= 0 && q >= i - 10 && sameBlock(blockOf, q, i); q--) if (KIN_WORDS.has(t.norm[q]!) && q > 0 && KIN_POSSESSIVES.has(t.norm[q - 1]!)) return true;
    return false;
  };
  // 3. Unknown people.
  for (let i = 0; i < end; i++) {
    if (totalHits > MAX_ACTOR_HITS) break; // raised inside add()
    if (covered[i]! !== 0 || !isWord(t, i)) continue;
    const k = t.kind[i]!;
    // "his wife Nora and", "survived by his sons Michael and Declan, daughter Siobhán", "laisse son épouse, Monique,": a kin
    // word after a possessive (or further down such a list) names a person by the given name alone.
    // ("his younger sister Marjorie": an adjective between.)
    const kinOwner = i > 1 && KIN_ADJECTIVES.has(t.norm[i - 1]!) ? i - 2 : i - 1;
    if (k === TokKind.Latin && KIN_WORDS.has(t.norm[i]!) && kinOwner >= 0 && (KIN_POSSESSIVES.has(t.norm[kinOwner]!) || kinListGoesOn(i))) {
      let q = i + 1;
      // (After a comma the name is set off by another, or by a bracket: "Her husband, Tom, said", "his wife, Iris (née
      // Baptiste)", "their children, Marcus, Denise and Leon"; not "his wife and daughter, Hensley is".)
      const setOff = q < t.n && t.norm[q] === ',';
      if (setOff) q++;
      let lastKin = -1;
      for (let n = 0; n < 4 && q < t.n && sameBlock(blockOf, q, i) && loneKinName(q) && !(setOff && n === 0 && t.norm[q + 1] !== ',' && t.norm[q + 1] !== '('); n++) {
        if (!addUnknown(q, q, true, { start: t.start[i]!, end: t.end[i]! })) break;
        lastKin = q;
        // ("his sons Michael and Declan": the plural goes on to the next name.)
        if (!KIN_PLURALS.has(t.norm[i]!) || q + 2 >= t.n || !(t.norm[q + 1] === 'and' || t.norm[q + 1] === 'et' || t.norm[q + 1] === ',')) break;
        q += 2;
      }
      if (lastKin >= 0) { i = lastKin; continue; }
    }
    // "La p.-d.g. d'Hydro-Québec, Claudine Bouchard": an abbreviated role written with dots.
    const abbreviated = k === TokKind.Latin ? Math.max(dottedRoleEnd(t, i), hyphenRoleEnd(t, i)) : -1;
    const headCut = abbreviated >= 0 ? 0 : roleHeadCut(t, i);
    const headEnd = abbreviated >= 0 ? abbreviated : i;
    if (headCut >= 0) {
      // Skip the role's complement, then read a name.
      let j = headEnd + 1;
      let steps = 0;
      if (k === TokKind.Arabic) {
        // ("محافظ بغداد عطوان العطواني": a city's name, which takes no article, right after the role is its complement too.)
        while (j < t.n && steps < 5 && t.kind[j]! === TokKind.Arabic && covered[j]! !== 1 && (isDefinite(t, j) || nationality(t.norm[j]!) ||
          (steps === 0 && j === headEnd + 1 && placeAfterRole(t, i, j) && !ARABIC_GIVEN.has(t.norm[j]!) && !people.givenNames.has(t.norm[j]!))) && sameBlock(blockOf, j, i)) { j++; steps++; }
        if (j + 2 < t.n && t.norm[j] === AN_AR && steps <= 1 && arabicForms(t.norm[i]!).some((f) => ROLES_FOR_AR.has(withoutArticle(f.form) ?? f.form)) && t.kind[j + 1]! === TokKind.Arabic &&
          sameBlock(blockOf, j + 2, i)) {
          j += 2;
          if (j < t.n && t.kind[j]! === TokKind.Arabic && isDefinite(t, j) && sameBlock(blockOf, j, i)) j++;
        }
        // A longer complement set off by commas: "رئيس الغرفة الفلاحية لولاية تيارت، عبد القادر بن شيخ،".
        // The name after the comma must open with a given name.
        if (j < t.n && t.norm[j]! !== ',' && t.kind[j]! === TokKind.Arabic && covered[j]! === 0 && arabicRun(j) < 0) {
          for (let q = j + 1, n = 0; q + 1 < t.n && n < 5 && sameBlock(blockOf, q, i); q++, n++) {
            if (t.norm[q]! === ',') {
              if (ARABIC_GIVEN.has(t.norm[q + 1]!) || people.givenNames.has(t.norm[q + 1]!)) j = q;
              break;
            }
            if (t.kind[q]! !== TokKind.Arabic || covered[q]! !== 0 || isArabicVerbCue(t.norm[q]!) || ARABIC_FUNCTION.has(t.norm[q]!)) break;
          }
        }
        if (j < t.n && t.norm[j]! === ',') j++;
        if (j < t.n && t.kind[j]! === TokKind.Arabic && covered[j]! === 0) {
          let last = arabicRun(j);
          if (last >= 0) {
            const given = ARABIC_GIVEN.has(t.norm[j]!) || people.givenNames.has(t.norm[j]!);
            let after = last + 1 < t.n ? t.kind[last + 1]! === TokKind.Punct || ARABIC_FUNCTION.has(t.norm[last + 1]!) || isArabicVerbCue(t.norm[last + 1]!) || NEVER_IN_NAME_AR.has(t.norm[last + 1]!) || andGivenAr(t.norm[last + 1]!) : true;
            // The run went on into the sentence: end it before the verb that follows the name.
            if (!given && !after) for (let q = last - 1; q > j; q--) if (VERBS_AFTER_NAME_AR.has(t.norm[q + 1]!)) { last = q; after = true; break; }
            if (given || after) {
              // A personal title vouches for a name the lists do not know: "أكدت الدكتورة هويدا عبد الرحيم، مديرة".
              if (!addUnknown(j, last, arabicForms(t.norm[i]!).some((f) => TITLES_AR.has(withoutArticle(f.form) ?? f.form)))) {
                // Not a name after all ("عام الحزب"): a name further on, after a longer complement, or none.
                const far = nameBeforeBoundary(i + 1);
                if (far && far.first > j && addUnknown(far.first, far.last, true)) { i = far.last; continue; }
              }
              i = last;
              continue;
            }
          }
        }
        // A longer complement with prepositions, conjunctions, quoted names or place names: "رئيس لجنة الخارجية
        // والأمن في الكنيست بوعاز بيسموت", "زعيم حركة "شاس" أرييه درعي", "محافظ نينوى عبد القادر الدخيل". The name
        // must then open with a given name the lists know, and run two words or more.
        const far = nameBeforeBoundary(i + 1);
        if (far && addUnknown(far.first, far.last, true)) { i = far.last; continue; }
      } else if (k === TokKind.Latin) {
        // A position that is also an everyday word ("wing", "guard", "substitute") takes the name right after it: "wing
        // mirror of the Vauxhall Insignia" is no role.
        const lowerOnly = abbreviated < 0 && !ROLE_HEADS.has(t.norm[i]!);
        while (!lowerOnly && j < t.n && steps < 6 && sameBlock(blockOf, j, i)) {
          if (t.kind[j]! === TokKind.Punct && (t.norm[j]! === "'" || t.norm[j]! === '-') && !(t.flags[j]! & TokFlag.SpaceBefore)) { j++; continue; }
          if (t.kind[j]! !== TokKind.Latin) break;
          const nn = t.norm[j]!;
          const prev = j - 1 >= 0 ? t.norm[j - 1]! : '';
          // ("d" and "l" link only as elisions: "d'Hydro-Québec", not the initial of "D K Shivakumar".)
          const elidedOnly = (nn === 'd' || nn === 'l') && t.norm[j + 1] !== "'";
          if ((LATIN_LINKS.has(nn) && !elidedOnly) || ROLE_MODIFIERS.has(nn) || nationality(nn) || ROLE_HEADS.has(nn)) { j++; steps++; continue; }
          // "de la Métropole", "of the Environment": a capitalised word after a link or an article.
          if (isCap(t, j) && (prev === 'de' || prev === 'du' || prev === 'des' || prev === "'" || prev === 'of' || prev === 'the' || prev === 'for' || prev === 'la' || prev === 'le' || prev === 'les' || prev === 'to' || prev === 'in')) { j++; steps++; continue; }
          // "Ambassador to Japan", "leader in the council" (not "analyst at BMO Capital Markets": a firm follows "at").
          if ((nn === 'to' || nn === 'in') && j + 1 < t.n && t.kind[j + 1]! === TokKind.Latin) { j++; steps++; continue; }
          if (!isCap(t, j) && steps < 3 && !LATIN_FUNCTION.has(nn)) { j++; steps++; continue; }
          break;
        }
        if (!lowerOnly && j < t.n && t.norm[j]! === ',') j++;
        // "a trader, Bose Adeleke, told NAN": a full name set off by commas after a lower-case job.
        // (After an indefinite article or a possessive: "a trader,", "one vendor,", "his neighbour,"; not "The wing, Old Trafford,".)
        if (lowerOnly && i > 0 && (INDEFINITE_BEFORE_JOB.has(t.norm[i - 1]!) || KIN_POSSESSIVES.has(t.norm[i - 1]!)) && j + 1 < t.n && t.norm[j] === ',' && covered[j + 1]! === 0 && isCap(t, j + 1) && !LATIN_TITLES.has(t.norm[j + 1]!) &&
          sameBlock(blockOf, j + 1, i)) {
          const setOffEnd = latinRun(j + 1, 2);
          if (setOffEnd > j + 1 && setOffEnd + 1 < t.n && t.norm[setOffEnd + 1] === ',') j++;
        }
        // Initials without dots, as the Indian and Pakistani press prints them: "Chief Minister A Revanth Reddy",
        // "External Affairs Minister S Jaishankar".
        const nameStart = j;
        // ... right after the role ("owner of Pret A Manger" has none).
        const initialsMayOpen = j > 0 && (t.norm[j - 1] === ',' || roleHeadCut(t, j - 1) >= 0 || ROLE_MODIFIERS.has(t.norm[j - 1]!));
        while (initialsMayOpen && j + 1 < t.n && j - nameStart < 6 && t.kind[j]! === TokKind.Latin && t.norm[j]!.length === 1 && (t.flags[j]! & TokFlag.UpperInitial) !== 0 && sameBlock(blockOf, j + 1, i)) {
          // ... or with dots: "Managing Director M.A. Siddique".
          if (t.norm[j + 1] === '.' && (t.flags[j + 1]! & TokFlag.SpaceBefore) === 0 && j + 2 < t.n && t.kind[j + 2]! === TokKind.Latin && isCap(t, j + 2)) { j += 2; continue; }
          if (t.kind[j + 1]! === TokKind.Latin && isCap(t, j + 1) && (t.flags[j + 1]! & TokFlag.SpaceBefore) !== 0) { j++; continue; }
          break;
        }
        if (j < t.n && covered[j]! === 0 && isCap(t, j)) {
          const last = latinRun(j, j > nameStart ? 1 : 2);
          let roleEnd = nameStart - 1;
          if (t.norm[roleEnd] === ',') roleEnd--;
          // preRole reads back from the name and stops at the dots of "p.-d.g.": keep the role as read here.
          // So is a role set off by a comma, which preRole reads only in part when it is long ("maire de X et président de Y,").
          const role = (abbreviated >= 0 || t.norm[nameStart - 1] === ',') && roleEnd >= i ? { start: t.start[i]!, end: t.end[roleEnd]! } : undefined;
          // "La présidente du groupe parlementaire Takku Wallu Sénégal, Aïssata Tall Sall, a dénoncé": the words after the role
          // name its body when a known given name opens the name set off by commas after them.
          const knownGiven = (q: number): boolean => LATIN_GIVEN.has(t.norm[q]!) || people.givenNames.has(t.norm[q]!);
          // (The body's name may end on a place the run left out: "Takku Wallu Sénégal".)
          let comma = last + 1;
          while (last >= 0 && comma < t.n && comma <= last + 2 && isCap(t, comma)) comma++;
          if (last >= 0 && comma + 1 < t.n && t.norm[comma] === ',' && !knownGiven(j) && covered[comma + 1]! === 0 && isCap(t, comma + 1) && knownGiven(comma + 1) &&
            sameBlock(blockOf, comma + 1, i)) {
            const setOff = latinRun(comma + 1, 2);
            // (Not a list of names: "presenter are Darcy McKellar, Jess Papadakis, Lachlan Emery".)
            if (setOff >= 0 && setOff + 2 < t.n && ((t.norm[setOff + 1] === ',' && t.kind[setOff + 2]! === TokKind.Latin && !isCap(t, setOff + 2)) || SUBJECT_VERBS.has(t.norm[setOff + 1]!)) &&
              addUnknown(comma + 1, setOff, true, { start: t.start[i]!, end: t.end[comma - 1]! })) { i = setOff; continue; }
          }
          if (last >= 0 && addUnknown(nameStart, last, true, role)) { i = last; continue; }
          // One name after a capitalised title, as the Indian press writes a chief minister: "Chief Minister Siddaramaiah had
          // announced". A verb or a comma must follow.
          const one = j === nameStart && j > i && isCap(t, j - 1) && MONONYM_TITLES.has(t.norm[j - 1]!) && !(t.flags[j]! & TokFlag.AllUpper) ? latinRun(j, 1) : -1;
          // ("Chief Minister Siddaramaiah, speaking to reporters in Mysuru, said": the comma of an aside.)
          // (Only an office's title: "le Roi Baudouin," and "Premier Tech," are a stadium and a company.)
          if (one === j && j + 1 < t.n && (SUBJECT_VERBS.has(t.norm[j + 1]!) ||
            (t.norm[j + 1] === ',' && COMMA_MONONYM_TITLES.has(t.norm[j - 1]!) && j + 2 < t.n && t.kind[j + 2]! === TokKind.Latin && !isCap(t, j + 2))) &&
            !isLatinPlaceName([t.norm[j]!]) && !t.norm[j]!.endsWith('s') &&
            addUnknown(j, j, true)) { i = j; continue; }
        }
        // A longer role clause closed by a comma, the name set off after it: "le chef du Service de police de la Ville
        // de Montréal (SPVM), Fady Dagher, a reconnu", "le directeur des examens et concours, Théophile Agbodjogbé."
        const far = lowerOnly ? null : nameAfterRoleClause(headEnd);
        if (far && addUnknown(far.first, far.last, true, { start: t.start[i]!, end: t.end[far.first - 2]! })) { i = far.last; continue; }
      }
    }
    // A nationality standing alone as a noun, as the sports pages name a player: "عن طريق البرازيلي فابيو ليما في الدقيقة".
    // Not an adjective: the word before it is no definite noun it could qualify ("المنتخب البرازيلي"); the name runs two
    // words or more, opens with a known given name, and a particle, a verb or punctuation closes it.
    if (k === TokKind.Arabic && t.norm[i]!.startsWith('ال') && nationality(t.norm[i]!) && i + 1 < t.n && sameBlock(blockOf, i + 1, i) &&
      (i === 0 || !sameBlock(blockOf, i - 1, i) || (t.kind[i - 1]! === TokKind.Arabic && !isDefinite(t, i - 1) && roleHeadCut(t, i - 1) < 0 && !nationality(t.norm[i - 1]!)))) {
      const j = i + 1;
      // The name must open with a given name the lists know: "قلب المصري تأخره", "يتعلم السويدية بشكل أسرع" are a club and a language.
      const last = covered[j]! === 0 && t.kind[j]! === TokKind.Arabic && !isDefinite(t, j) && (ARABIC_GIVEN.has(t.norm[j]!) || people.givenNames.has(t.norm[j]!)) ? arabicRun(j) : -1;
      const c = last + 1;
      // A definite word closing it must be a family nisba ("سعيد الكعبي"), not a noun ("يواجه البرازيلي شبح الإصابة").
      const tail = last > j ? t.norm[last]! : '';
      if (last > j && !(tail.startsWith('ال') && !tail.endsWith('ي')) && (c >= t.n || !sameBlock(blockOf, c, last) || t.kind[c]! === TokKind.Punct || ARABIC_FUNCTION.has(t.norm[c]!) || isArabicVerbCue(t.norm[c]!)) &&
        addUnknown(j, last, true, { start: t.start[i]!, end: t.end[i]! })) { i = last; continue; }
    }
    // Cheap pre-check for the Latin name rules: a comma or a subject verb a few words ahead, or a speech verb before.
    let latinCue = false;
    if (k === TokKind.Latin && isCap(t, i)) {
      latinCue = speechCueEndsAt(i - 1) || speechCueEndsAt(i - 2) || (i > 0 && SPEECH_BEFORE_NAME.has(t.norm[i - 1]!)) || (i > 1 && SPEECH_BEFORE_NAME.has(t.norm[i - 2]!));
      for (let q = i + 1; !latinCue && q <= i + 5 && q < t.n; q++) if (t.norm[q] === ',' || SUBJECT_VERBS.has(t.norm[q]!)) latinCue = true;
    }
    if (latinCue && !NOT_NAME_LATIN.has(t.norm[i]!) && !LATIN_TITLES.has(t.norm[i]!)) {
      const last = latinRun(i, 1);
      if (last >= 0) {
        let caps = 0;
        for (let q = i; q <= last; q++) if (isCap(t, q)) caps++;
        const c = last + 1;
        const afterComma = c + 1 < t.n && t.norm[c]! === ',' && sameBlock(blockOf, c + 1, i) ? c + 1 : -1;
        const appositive = afterComma >= 0 && (
          (t.kind[afterComma]! === TokKind.Latin && !isCap(t, afterComma) && !NOT_APPOSITIVE.has(t.norm[afterComma]!)) ||
          roleHeadCut(t, afterComma) >= 0 || ROLE_MODIFIERS.has(t.norm[afterComma]!) ||
          // "Hany Ragab, a researcher at", "Sam Altman, OpenAI's chief executive": an English article or a possessive before a role.
          englishArticleApposition(t, afterComma) || possessiveApposition(t, afterComma));
        // "Kylian Mbappé, who scored both goals": "who" stands for a person (a full name only).
        const who = afterComma >= 0 && (t.norm[afterComma] === 'who' || t.norm[afterComma] === 'whose');
        const age = afterComma >= 0 && t.kind[afterComma]! === TokKind.Number;
        let p = i - 1;
        if (p >= 0 && t.kind[p]! === TokKind.Punct && t.norm[p]! === ',') p--;
        const afterSpeech = speechCueEndsAt(p) || speechCueEndsAt(i - 1) || (p >= 0 && t.kind[p]! === TokKind.Latin && SPEECH_BEFORE_NAME.has(t.norm[p]!));
        const prevTok = i - 1;
        const sentenceStart = prevTok < 0 || !sameBlock(blockOf, prevTok, i) || (t.kind[prevTok]! === TokKind.Punct && (t.norm[prevTok]! === '.' || t.norm[prevTok]! === '"'));
        const subjectVerb = c < t.n && t.kind[c]! === TokKind.Latin && SUBJECT_VERBS.has(t.norm[c]!) && sameBlock(blockOf, c, i);
        // A clause may open after a conjunction too: "and that Mikel Arteta sees him as".
        const clauseStart = sentenceStart || (prevTok >= 0 && t.kind[prevTok]! === TokKind.Latin && CLAUSE_LINKS.has(t.norm[prevTok]!) && !isCap(t, prevTok));
        // A first name alone, as vox pops give it: "», peste Inès, étudiante", "Lina, 20 ans, étudiante", "Tetiana, 67, refused",
        // "Thomas, un Parisien installé", "Stéphanie, qui tient un kiosque". The name must be one the lists know.
        const qui = afterComma >= 0 && (t.norm[afterComma] === 'qui' || t.norm[afterComma] === 'who');
        // Not "À Uri,", "le cyclone Horacio, qui", "Saint-Denis, qui", "les ponts de Santiago, qui": it opens the clause.
        const opensClause = prevTok < 0 || !sameBlock(blockOf, prevTok, i) || afterSpeech ||
          (t.kind[prevTok]! === TokKind.Punct && !(t.norm[prevTok] === '-' && (t.flags[i]! & TokFlag.SpaceBefore) === 0));
        const personApposition = afterComma >= 0 && (t.norm[afterComma] === 'un' || t.norm[afterComma] === 'une' || t.norm[afterComma] === 'a' || t.norm[afterComma] === 'an' ||
          roleHeadCut(t, afterComma) >= 0 || nationality(t.norm[afterComma]!) !== undefined);
        const knownGiven = caps === 1 && last === i && opensClause && (LATIN_GIVEN.has(t.norm[i]!) || people.givenNames.has(t.norm[i]!));
        // A first name the lists do not know, with the age a vox pop gives: "Yonas, 19 ans,", "Yessenia, a 34-year-old
        // Honduran woman", "Tetiana, 67,"; or as the speaker chose to be named: "identified himself simply as Tunde".
        // (Two digits: "Arsenal, 3, Chelsea 1" is a score, "l'Olympia, 125 ans" an anniversary.)
        const ageAt = (q: number): boolean => q + 1 < t.n && t.kind[q]! === TokKind.Number && t.norm[q]!.length === 2 &&
          (t.norm[q + 1] === 'ans' || (t.norm[q + 1] === ',' && q + 2 < t.n && (t.flags[q + 2]! & TokFlag.SpaceBefore) !== 0) ||
            (t.norm[q + 1] === '-' && q + 2 < t.n && t.norm[q + 2] === 'year'));
        const ageApposition = afterComma >= 0 && (ageAt(afterComma) || ((t.norm[afterComma] === 'a' || t.norm[afterComma] === 'an') && ageAt(afterComma + 1)));
        const namedOnly = p >= 1 && t.norm[p] === 'as' && (t.norm[p - 1] === 'simply' || t.norm[p - 1] === 'only');
        // (Not a family name the text also gives in full: "Bellingham, 22, has" after "Jude Bellingham".)
        const loneName = caps === 1 && last === i && !isLatinPlaceName([t.norm[i]!]) && !latinAfterCapital().has(t.norm[i]!) &&
          ((ageApposition && (opensClause || (prevTok >= 0 && (t.norm[prevTok] === 'is' || t.norm[prevTok] === 'was')))) || namedOnly);
        if ((caps >= 2 && (appositive || age || afterSpeech || who || (clauseStart && subjectVerb))) || (caps === 1 && afterSpeech && ((appositive && !TOPIC_CLAUSE_OPENERS.has(t.norm[afterComma]!)) || age)) ||
          (knownGiven && (afterSpeech || age || personApposition || qui)) || loneName) {
          addUnknown(i, last); i = last; continue;
        }
      }
    }
    // The Arabic name rules below need a comma a few words ahead, or a speech verb just before: check that cheaply first.
    let commaAhead = false;
    if (k === TokKind.Arabic) for (let q = i + 1; q <= i + 5 && q < t.n; q++) if (t.norm[q] === ',') { commaAhead = true; break; }
    const afterSpeechAr = k === TokKind.Arabic && speechCueEndsAt(i - 1);
    if (k === TokKind.Arabic && (commaAhead || afterSpeechAr) && !ARABIC_FUNCTION.has(t.norm[i]!)) {
      // After a speech verb: "وقال آدم إسحاق، أحد سكان ..."; a name then ", وهو/وهي": "قال رشيد، وهو أب ...".
      const afterSpeech = afterSpeechAr;
      const last = arabicRun(i);
      const runEnd = last >= 0 ? last : i;
      const c = runEnd + 1;
      // "، وهو تاجر" / "، وهي أم لأربعة": an indefinite description of a person ("، وهي المرحلة" describes a thing).
      const huwa = c + 2 < t.n && t.norm[c]! === ',' && (t.norm[c + 1]! === 'وهو' || t.norm[c + 1]! === 'وهي') && !t.norm[c + 2]!.startsWith('ال');
      const closes = c < t.n && (t.kind[c]! === TokKind.Punct || lamOutletAt[c] === 1);
      const singleOk = last < 0 && huwa && !t.norm[i]!.startsWith('ال') && !isArabicVerbCue(t.norm[i]!);
      if ((last >= 0 && afterSpeech && closes) || (last >= 0 && huwa) || singleOk) {
        addUnknown(i, runEnd); i = runEnd; continue;
      }
    }
    if (k === TokKind.Latin && isCap(t, i) && LATIN_TITLES.has(t.norm[i]!)) {
      let j = i + 1;
      if (j < t.n && t.norm[j]! === '.') j++;
      if (j < t.n && covered[j]! === 0 && isCap(t, j)) {
        const last = latinRun(j, 1);
        if (last >= 0) { addUnknown(j, last); i = last; continue; }
      }
    }
    // "Taylor Swift and Shawn Mendes": a full name joined to a person's by "and".
    if (k === TokKind.Latin && isCap(t, i) && i >= 2 && (t.norm[i - 1] === 'and' || t.norm[i - 1] === 'et') && personEnd[i - 2] === 1 && sameBlock(blockOf, i - 2, i) &&
      !NOT_NAME_LATIN.has(t.norm[i]!) && !LATIN_TITLES.has(t.norm[i]!)) {
      const last = latinRun(i, 2);
      if (last >= 0) { addUnknown(i, last); i = last; continue; }
    }
    if (k === TokKind.Latin && isCap(t, i) && listedAfterTwo(i) && sameBlock(blockOf, i - 2, i) && !LISTED_PLACE_HEADS.has(t.norm[i]!) &&
      !NOT_NAME_LATIN.has(t.norm[i]!) && !LATIN_TITLES.has(t.norm[i]!)) {
      const last = latinRun(i, 2);
      const c = last + 1;
      const goesOn = last >= 0 && c + 1 < t.n && sameBlock(blockOf, c + 1, i) && (t.norm[c] === ',' || t.norm[c] === 'and' || t.norm[c] === 'et') && isCap(t, c + 1) && !(t.flags[c + 1]! & TokFlag.AllUpper);
      if (goesOn && addUnknown(i, last)) { i = last; continue; }
    }
    if (k === TokKind.Latin && isCap(t, i) && (LATIN_GIVEN.has(t.norm[i]!) || people.givenNames.has(t.norm[i]!))) {
      const last = latinRun(i, 2);
      if (last >= 0) { addUnknown(i, last); i = last; continue; }
    }
    // Initials before a surname: "R. J. Palmer", "J. Mensah" (not "U.S. Steel" or "D.C. Council").
    if (k === TokKind.Latin && t.norm[i]!.length === 1 && (t.flags[i]! & TokFlag.UpperInitial) && t.norm[i + 1] === '.' &&
      !(i >= 2 && t.norm[i - 1] === '.' && t.norm[i - 2]!.length === 1)) {
      let j = i;
      let letters = '';
      while (j + 1 < t.n && t.norm[j]!.length === 1 && (t.flags[j]! & TokFlag.UpperInitial) && t.norm[j + 1] === '.' && letters.length < 3) { letters += t.norm[j]!; j += 2; }
      if (j < t.n && !ABBREVIATION_INITIALS.has(letters) && isCap(t, j) && t.norm[j]!.length >= 3 && covered[j] === 0 && !(t.flags[j]! & TokFlag.AllUpper) &&
        !NOT_NAME_LATIN.has(t.norm[j]!) && !nationality(t.norm[j]!) && !isLatinPlaceName([t.norm[j]!]) && sameBlock(blockOf, j, i)) {
        const last = latinRun(j, 1);
        if (last >= 0) { addUnknown(i, last); i = last; continue; }
      }
    }
    if (k === TokKind.Arabic && commaAhead && !t.norm[i]!.startsWith('ال') && !ARABIC_FUNCTION.has(t.norm[i]!)) {
      // A name followed by a comma and a role: "بقاط بركاني، رئيس المجلس ...".
      const last = arabicRun(i);
      if (last >= 0 && last + 2 < t.n && t.norm[last + 1]! === ',' && roleHeadCut(t, last + 2) >= 0 && sameBlock(blockOf, last + 2, i)) {
        addUnknown(i, last); i = last; continue;
      }
    }
    // "الرئيس التنفيذي لشركة "إنفيديا"، جنسن هوانغ، في": a name set off by commas right after a role's clause.
    if (k === TokKind.Arabic && i > 1 && t.norm[i - 1] === ',' && !t.norm[i]!.startsWith('ال') && roleClauseBefore(i - 1)) {
      const last = arabicRun(i);
      // (The role vouches for a family name with the article: "رئيس الاتحاد الكويتي لصيادي الأسماك، ظاهر الصويان،".)
      // Two words only, the first no role and no clitic form, the second with the article.
      if (last === i + 1 && t.norm[last + 1] === ',' && sameBlock(blockOf, last + 1, i) && t.norm[last]!.startsWith('ال') && roleHeadCut(t, i) < 0 &&
        !ROLE_LIKE_AR.has(t.norm[i]!) && !NOT_SET_OFF_NAME_AR.has(t.norm[i]!) && arabicForms(t.norm[i]!).every((f) => f.prefix === '') && addUnknown(i, last, true)) { i = last; continue; }
      if (last >= 0 && last + 1 < t.n && t.norm[last + 1] === ',' && sameBlock(blockOf, last + 1, i)) { addUnknown(i, last); i = last; continue; }
    }
    if (k === TokKind.Arabic) {
      let given = givenCache.get(t.norm[i]!);
      if (given === undefined) {
        given = arabicForms(t.norm[i]!).some((f) => (f.prefix === '' || f.prefix === 'و' || f.prefix === 'ل') && (ARABIC_GIVEN.has(f.form) || people.givenNames.has(f.form)));
        givenCache.set(t.norm[i]!, given);
      }
      // "وعلى الطرق" is "and on the roads": "على" folds to the name "علي", but is written with ى.
      if (given && t.text.charCodeAt(t.end[i]! - 1) === 0x649 && arabicForms(t.norm[i]!).some((f) => f.form === ALI)) given = false;
      // "شهر رمضان المبارك", "موسم رمضان وحده": the month, not a man named Ramadan.
      if (given && MONTH_GIVEN.has(t.norm[i]!) && ((i + 1 < t.n && MONTH_FOLLOWERS.has(t.norm[i + 1]!)) || (i > 0 && MONTH_BEFORE.has(t.norm[i - 1]!)))) given = false;
      if (given) {
        let last = arabicRun(i);
        // "منح أكرم عفيف الفوز لفريقه", "وسجل روبرتو فيرمينو الهدف الثاني": a definite noun after a full name, with the
        // sentence going on, is the verb's object, not a family name (those end on a nisba or close the clause).
        if (last >= i + 2 && t.norm[last]!.startsWith('ال') && !isNisba(t.norm[last]!) && !COMPOUND_TAIL.has(t.norm[last]!) && last + 1 < t.n &&
          sameBlock(blockOf, last + 1, last) && t.kind[last + 1]! === TokKind.Arabic && !ARABIC_FUNCTION.has(t.norm[last + 1]!) && !isArabicVerbCue(t.norm[last + 1]!)) last--;
        // A given name that is also an everyday word ("باسم الجيش" = in the army's name, "الأمين العام", "كامل حصص")
        // makes a name only with more support: three words, a speech verb or a role before it, or a comma and a role after it.
        const definite = t.norm[i]!.startsWith('ال');
        // Set off by commas ("رئيس المجلس الجهوي، حميد الوردي، أن") is support enough for a name without the article.
        const between = i > 0 && t.norm[i - 1] === ',' && last + 1 < t.n && t.norm[last + 1] === ',';
        // The names found less often (AMBIGUOUS_AFTER_SUPPORT: "عزت", "فاتح", "غالية") need that support even in a longer run:
        // "فاتح يناير المقبل" is the first of January, "وعزت الأمانة" the secretariat attributed.
        const givenForm = arabicForms(t.norm[i]!).find((f) => (f.prefix === '' || f.prefix === 'و' || f.prefix === 'ل') && (ARABIC_GIVEN.has(f.form) || people.givenNames.has(f.form)))?.form ?? t.norm[i]!;
        const base = withoutArticle(givenForm) ?? givenForm;
        const weakGiven = last >= 0 && (last - i < 2 || AMBIGUOUS_AFTER_SUPPORT.has(base)) && AMBIGUOUS_GIVEN_AR.has(base) &&
          // ("المندوب الجهوي للتربية بصفاقس، الحبيب القلال،": a definite one set off by commas after a role clause is a name too.)
          ((definite && !(between && roleClauseBefore(i - 1))) || (!definite && !speechCueEndsAt(i - 1) && !(i > 0 && roleHeadCut(t, i - 1) >= 0) && !between && !(i > 0 && NAMED_AR.has(t.norm[i - 1]!)))) &&
          !(last + 2 < t.n && t.norm[last + 1] === ',' && (roleHeadCut(t, last + 2) >= 0 || t.norm[last + 2] === 'وهو' || t.norm[last + 2] === 'وهي' ||
            t.norm[last + 2] === 'الذي' || t.norm[last + 2] === 'التي')) &&
          // A family name with the article that is a nisba ("سلطان القحطاني", "ماجد الشمري"): not the everyday word.
          !(last > i && isNisba(t.norm[last]!)) &&
          // Another name joined by "و" ("عادل فهمي ومحمود الشناوي"): a list of people.
          !(last + 1 < t.n && andGivenAr(t.norm[last + 1]!));
        if (last >= 0 && !weakGiven) { addUnknown(i, last); i = last; continue; }
      }
    }
  }

  // Partial gazetteer hits (surnames) join a person seen in full, or stand after a title or role.
  for (const p of partials) {
    const id = p.ids.length === 1 ? p.ids[0]! : p.ids.find((x) => actors.has('p:' + x));
    if (!id) continue;
    const key = 'p:' + id;
    // "الشاعر السوداني محمد عبدالباري": after a role, a surname that is also a nationality describes the name that follows it.
    const describesNext = p.hit.last + 1 < t.n && covered[p.hit.last + 1] === 3 && sameBlock(blockOf, p.hit.last + 1, p.hit.last);
    if (actors.has(key) || (titleBefore(p.hit.first) && !describesNext)) {
      const rec = people.byId(id);
      if (!rec) continue;
      addHit(key, () => ({ key, name: rec.name, type: 'person', wikidata: rec.wikidata, surname: t.norm[p.hit.last]! }), p.hit);
    }
  }

  // 3b. Line-ups: "Crewe: Bell, Adeyemi, Marsh; Pryce, Nolan (Ashworth 58)", "GRENOBLE (4-3-3) : Dubreuil – Nestor, Kouadio",
  // "Subs not used: Hughes, Vickers". Players go by their family names alone there; the block must show it is a team
  // sheet (a formation, a substitution with its minute, or a bench label) and list five names or more (three on a bench).
  // (One pointer walks the tokens across all blocks, and the known family names are gathered once: a page of thousands of
  // team sheets stays linear.)
  let sheetTok = 0;
  let knownSurnames: Set<string> | null = null;
  for (let b = 0; b < blocks.length && totalHits <= MAX_ACTOR_HITS; b++) {
    const bk = blocks[b]!;
    if (bk.kind !== 'paragraph' || bk.end - bk.start > 1200) continue;
    const line = t.text.slice(bk.start, bk.end);
    // (A team sheet's head ends on a colon: most paragraphs have none, and the test is cheaper than the pattern.)
    if (!line.includes(':')) continue;
    const head = LINEUP_HEAD.exec(line);
    if (!head || !(head[1] || head[2] || LINEUP_SUBSTITUTION.test(line))) continue;
    const from = bk.start + head[0].length;
    const names: [number, number][] = [];
    while (sheetTok < t.n && t.start[sheetTok]! < from) sheetTok++;
    let i = sheetTok;
    // (Players the earlier steps already named count towards the five: a sheet whose known names were taken first is still one.)
    let namedBefore = 0;
    for (; i < t.n && t.end[i]! <= bk.end; i++) {
      if (covered[i]! === 3 && personEnd[i] === 1) namedBefore++;
      if (covered[i]! !== 0 || !isCap(t, i) || LINEUP_LABELS.has(t.norm[i]!)) continue;
      let last = i;
      // "Ben Ali", "N'Diaye", "Mac-Allister": up to three words and their glued hyphens or apostrophes.
      while (last + 1 < t.n && last - i < 6 && t.end[last + 1]! <= bk.end && (isCap(t, last + 1) ||
        ((t.norm[last + 1] === '-' || t.norm[last + 1] === "'") && (t.flags[last + 1]! & TokFlag.SpaceBefore) === 0 && last + 2 < t.n && isCap(t, last + 2)))) last += isCap(t, last + 1) ? 1 : 2;
      names.push([i, last]);
      i = last;
    }
    if (names.length === 0 || names.length + namedBefore < (head[1] ? 3 : 5)) continue;
    // A family name of someone already named ("Callum Pryce" … "Pryce") is left for step 4 to merge.
    if (!knownSurnames) {
      knownSurnames = new Set<string>();
      for (const a of actors.values()) if (a.surname && a.type === 'person') knownSurnames.add(a.surname);
    }
    for (const [first, last] of names) if (!(first === last && knownSurnames.has(t.norm[first]!))) addUnknown(first, last);
  }

  // 4. Surnames alone merge into the person.
  const bySurname = new Map<string, ActorAcc>();
  for (const a of actors.values()) if (a.surname && a.type === 'person' && !bySurname.has(a.surname)) bySurname.set(a.surname, a);
  if (bySurname.size > 0) {
    for (let i = 0; i < end && totalHits <= MAX_ACTOR_HITS; i++) {
      if (covered[i]! !== 0 || !isWord(t, i)) continue;
      if (t.kind[i]! === TokKind.Latin && !isCap(t, i)) continue;
      for (const f of tokenForms(t.norm[i]!, t.kind[i]! === TokKind.Arabic)) {
        const a = bySurname.get(f.form);
        if (a) {
          a.hits.push({ first: i, last: i, start: f.cut > 0 ? offsetAfterCut(t, i, f.cut) : t.start[i]!, end: t.end[i]! });
          totalHits++;
          covered[i] = 3;
          break;
        }
      }
    }
  }

  // 5. Roles, and the output.
  const out: (Actor & { _o: number })[] = [];
  for (const a of actors.values()) {
    a.hits.sort((x, y) => x.start - y.start);
    let role: string | null = a.role ? t.text.slice(a.role.start, a.role.end) : null;
    if (a.type === 'person' && !role) {
      // Full mentions first: a surname alone after a first name is not a role ("أمين التهراوي").
      const ordered = [...a.hits].sort((x, y) => (y.end - y.start) - (x.end - x.start) || x.start - y.start);
      for (const h of ordered) {
        // "Sen. Elizabeth Warren, the top Democrat on the Banking Committee": the apposition says more than the abbreviated office.
        const pre = preRole(t, blockOf, h.first);
        const r = pre && t.text.charCodeAt(pre.end - 1) === 0x2e ? postRole(t, blockOf, h.last) ?? pre : pre ?? postRole(t, blockOf, h.last);
        if (r) { role = t.text.slice(r.start, r.end); break; }
      }
    }
    const firstFull = a.hits.reduce((best, h) => (h.last - h.first > best.last - best.first ? h : best), a.hits[0]!);
    const mentions: Mention[] = a.hits.map((h) => ({ start: h.start, end: h.end }));
    out.push({ name: a.name, surface: t.text.slice(firstFull.start, firstFull.end), role, type: a.type, wikidata: a.wikidata, mentions, _o: a.hits[0]!.start });
  }
  out.sort((x, y) => x._o - y._o);
  return out.map(({ _o, ...a }) => a);
}
