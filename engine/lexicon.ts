// Small word lists shared by the grammar: outlet head nouns, report nouns, nationality adjectives, function
// words. Written as newsrooms write them and normalised once at load, so a list entry and a text token meet
// in matching form (normalize.ts).
//
// Limits: one-word entries only (multi-word phrasings are cues, see cues/); the nationality list covers the
// countries whose media the Arabic, French and English press cites most, not every country.

import type { Medium } from './types';
import { normalizeForMatch } from './normalize';

function norm(list: readonly string[]): string[] {
  return list.map((s) => normalizeForMatch(s));
}

function mediumMap(entries: Record<Medium, readonly string[]>): Map<string, Medium> {
  const m = new Map<string, Medium>();
  for (const medium of Object.keys(entries) as Medium[]) for (const w of norm(entries[medium])) m.set(w, medium);
  return m;
}

/** Outlet head nouns, indefinite (Arabic) or bare (French, English): "صحيفة الشروق", "le quotidien Libération". */
export const OUTLET_HEADS: ReadonlyMap<string, Medium> = mediumMap({
  newspaper: ['صحيفة', 'جريدة', 'يومية', 'أسبوعية', 'صحيفتي', 'journal', 'quotidien', 'hebdomadaire', 'newspaper', 'paper', 'daily', 'weekly', 'tabloid', 'tabloïd'],
  magazine: ['مجلة', 'magazine', 'mensuel', 'revue'],
  online: ['موقع', 'منصة', 'site', 'website', 'outlet', 'portail', 'portal'],
  tv: ['قناة', 'تلفزيون', 'تلفزة', 'التلفزة', 'فضائية', 'شبكة', 'chaîne', 'chaine', 'télévision', 'diffuseur', 'broadcaster', 'channel', 'network', 'television', 'tv', 'télé', 'tele'],
  radio: ['إذاعة', 'راديو', 'radio', 'station'],
  agency: ['وكالة', 'agence', 'agency', 'wire'],
  group: ['média', 'medias', 'media', 'titre', 'publication', 'confrères', 'confrère', 'consœurs'],
});

/** Which kinds of outlet a head noun of each kind can name ("le site" may be a paper's or a channel's site). */
const MEDIUM_FITS: Record<Medium, readonly Medium[]> = {
  newspaper: ['newspaper', 'magazine', 'online', 'group'],
  magazine: ['magazine', 'newspaper', 'group'],
  online: ['online', 'newspaper', 'magazine', 'tv', 'radio', 'group'],
  tv: ['tv', 'radio', 'group'],
  radio: ['radio', 'tv', 'group'],
  agency: ['agency'],
  group: ['newspaper', 'magazine', 'online', 'tv', 'radio', 'agency', 'group'],
};

/** True when an outlet of kind `outlet` (unknown kind fits anything) can be named by a head noun of kind `head`. */
export function mediumFits(head: Medium, outlet: Medium | null): boolean {
  return outlet === null || MEDIUM_FITS[head].includes(outlet);
}

/** Nouns for a piece of journalism: they may stand between a cue and the outlet ("وكشف تقرير أوروب 1"). */
export const REPORT_NOUNS: ReadonlySet<string> = new Set(norm([
  'تقرير', 'تقريرا', 'بيانات', 'إحصاءات', 'إحصائيات', 'حسابات', 'تقديرات', 'أرقام', 'مقال', 'مقالا', 'مقالة', 'تحقيق', 'تحقيقا', 'خبرا', 'حوارا', 'ملفا', 'تحليل', 'تحليلا', 'برنامجا', 'شريط', 'شريطا', 'فيديو', 'مقطع',
  'تقارير', 'مقالات', 'تحقيقات', 'دراسة', 'استطلاع', 'استطلاعا', 'افتتاحيتها', 'تغريدة', 'افتتاحية', 'عدد', 'عددها', 'نسخة', 'نسختها', 'خبر', 'برنامج', 'نشرة', 'مقابلة', 'حوار', 'تغطية', 'ملف',
  'الإلكتروني', 'الالكتروني', 'الإلكترونية', 'الإخباري', 'الإخبارية', 'الرسمي', 'الرسمية', 'للأنباء',
  'rapport', 'article', 'enquête', 'reportage', 'édition', 'colonnes', 'dossier', 'éditorial', 'papier', 'presse', 'information', "d'information", 'ligne', 'confrères', 'confrère', 'consœurs',
  'report', 'article', 'story', 'investigation', 'op-ed', 'column', 'editorial', 'edition', 'news', 'service', 'piece', 'feature', 'bulletin', 'broadcast', 'programme', 'program', 'show', 'podcast',
  'informations', 'révélations', 'révélation', 'précisions', 'sondage', 'décompte', 'bilan', 'estimations', 'calculs', 'données', 'tally', 'count', 'analysis',
  'estimate', 'survey', 'poll', 'calculations', 'review', 'findings', 'footage', 'images', 'documents', 'enquêtes', 'interview', 'entretien', 'reportages', 'articles', 'reports', 'reporting', 'revelations',
  'correspondent', 'correspondant', 'correspondante', 'envoyé', 'envoyée', 'spécial', 'spéciale', 'reporter', 'journaliste', 'journalist',
  // Programmes and slots: "l'invité de la matinale de France Inter", "au JT de TF1", "told the BBC's Today programme".
  'matinale', 'émission', 'jt', 'antenne', 'plateau', 'micro', 'ondes', 'chronique', 'magazine', 'documentaire', 'débat', 'direct', 'live',
  'documentary', 'episode', 'segment', 'newscast', 'newsletter', 'page', 'pages', 'columns', 'columnist', 'chroniqueur', 'éditorialiste',
  'مراسل', 'مراسلة', 'مراسلو', 'مراسلي', 'موفد', 'موفدة', 'مصادر',
  // "وبحسب معلومات «الأخبار»", "وتشير معلومات «نداء الوطن» إلى": a Lebanese paper's own information, cited.
  'معلومات',
]));

/** Articles and small words that may stand between a cue and an outlet name. */
const OUTLET_ADJECTIVE_LIST = norm([
  'local', 'locale', 'régional', 'régionale', 'national', 'nationale', 'independent', 'indépendant', 'indépendante', 'official', 'officiel', 'officielle', 'state',
  'state-run', 'state-owned', 'public', 'publique', 'étatique', 'private', 'privé', 'privée', 'online', 'leading', 'popular', 'influential', 'conservative',
  'liberal', 'pro-government', 'opposition', 'respected', 'prestigious', 'prestigieux', 'prestigieuse', 'sportif', 'sportive', 'economic', 'économique', 'financial',
  'financier', 'satirique', 'satirical', 'investigative', 'news', 'presse', 'influent', 'influente', 'grand', 'grande', 'célèbre', 'quotidien', 'daily', 'weekly',
  'hebdomadaire', 'britannique', 'hard-line', 'hardline', 'reformist', 'semi-official', 'ultraconservative', 'ultra-conservative', 'right-wing', 'left-wing',
  'centrist', 'tabloid', 'broadsheet', 'flagship', 'venerable', 'mass-circulation', 'business', 'trade', 'specialist', 'specialised', 'specialized', 'spécialisé',
  'spécialisée', 'public-service', 'state-controlled', 'government-owned', 'pro-kremlin', 'pro-iranian', 'opposition-leaning', 'broadcaster', 'outlet',
]);

export const LATIN_FILLER: ReadonlySet<string> = new Set(norm([
  'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'à', 'au', 'aux', 'son', 'sa', 'ses', 'leur', 'nos', 'notre', 'en', 'dans', 'sur', 'par', 'chez', 'auprès',
  'the', 'a', 'an', 'by', 'in', 'of', 'for', 'its', 'their', 'to', 'on', 'from',
  // Time adverbs between a cue and its outlet: "a déclaré ce lundi à l'AFP", "rapporte mardi soir Le Monde", "invité dimanche sur LCI".
  'hier', 'aujourd', 'hui', 'ce', 'cette', 'matin', 'soir', 'midi', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'dernier', 'dernière',
  'récemment', 'déjà', 'également', 'aussi', 'encore', 'alors', 'notamment', 'abord', 'initialement', 'mêmes', 'même', 'vendredi', 'week-end', 'semaine',
  'yesterday', 'today', 'tonight', 'earlier', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'last', 'this', 'week', 'weekend',
  'month', 'night', 'morning', 'evening', 'afternoon', 'also', 'previously', 'recently', 'exclusively', 'separately', 'later',
  // "Comme l'avait révélé en mars Africa Intelligence".
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  // Sentence adverbs between an inverted verb and its subject: "se demande enfin L'Echo", "note pour sa part Le Soir".
  'enfin', 'ainsi', 'surtout', 'plutôt', 'pourtant', 'toutefois', 'cependant', 'néanmoins', 'pour', 'part', 'quant', 'finally', 'meanwhile', 'however',
  // "titre d'ailleurs L'Economiste", "rapporte de son côté Libération", "estime à son tour Le Temps".
  'ailleurs', 'côté', 'tour',
]).concat(OUTLET_ADJECTIVE_LIST));

/**
 * Arabic adjectives that qualify an outlet between its head noun and its quoted name: "الصحيفة المتخصصة «X»",
 * "المجلة الاقتصادية «Y»" (a nationality may stand beside them: "المجلة الأمريكية المتخصصة").
 */
export const ARABIC_OUTLET_ADJECTIVES: ReadonlySet<string> = new Set(norm([
  'المتخصصة', 'المتخصص', 'متخصصة', 'متخصص', 'الاقتصادية', 'الاقتصادي', 'اقتصادية', 'الرياضية', 'الرياضي', 'رياضية', 'اليومية', 'يومية', 'الأسبوعية',
  'أسبوعية', 'الإلكترونية', 'الإلكتروني', 'إلكترونية', 'الإخبارية', 'الإخباري', 'إخبارية', 'الساخرة', 'الشهيرة', 'الشهير', 'المحلية', 'المحلي', 'محلية',
  'الرسمية', 'الرسمي', 'المستقلة', 'المستقل', 'مستقلة', 'الحكومية', 'الحكومي', 'الخاصة', 'المعارضة', 'المعارض', 'معارضة', 'اليسارية', 'اليميني',
  'اليمينية', 'المحافظة', 'محافظة', 'الليبرالية', 'العريقة', 'المرموقة', 'الواسعة', 'المقربة', 'الموالية', 'المالية', 'مالية', 'العلمية', 'الطبية',
  'طبية', 'الثقافية', 'الفنية', 'السياسية', 'الاستقصائية',
]));

/** Adjectives that qualify an outlet: "the local daily Al-Tayar", "l'agence officielle APS", "the hard-line Kayhan newspaper". */
export const OUTLET_ADJECTIVES: ReadonlySet<string> = new Set(OUTLET_ADJECTIVE_LIST);



export const ARABIC_FILLER: ReadonlySet<string> = new Set(norm([
  'ما', 'لما', 'بما', 'مما', 'إليه', 'اليه', 'إليها', 'به', 'بها', 'فيه', 'فيها', 'عنه', 'عليه', 'عليها', 'أيضا', 'كذلك', 'بدورها', 'بدوره', 'أمس', 'اليوم',
  'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'مؤخرا', 'حصريا', 'الشهيرة', 'الشهير', 'المعروفة', 'واسعة', 'الانتشار', 'الواسعة',
  // Adjectives of a report noun: "تحقيقا سابقا لشبكة", "في حديث سابق للجزيرة", "تقرير مطول لصحيفة".
  'سابق', 'سابقا', 'سابقة', 'جديد', 'جديدا', 'جديدة', 'حديث', 'حديثا', 'مطول', 'مطولا', 'مطولة', 'خاص', 'خاصا', 'خاصة', 'حصري', 'حصرية', 'مفصل', 'مفصلا',
  'أخير', 'الأخير', 'الأخيرة', 'منفصل', 'آخر', 'أخرى', 'مصور', 'مصورا', 'استقصائي', 'استقصائيا', 'مطولين',
]));

/** Right after an outlet, before a reporting verb: "Reuters has reported", "Le Monde a récemment révélé". */
export const AFTER_SUBJECT_FILLER: ReadonlySet<string> = new Set(norm([
  'has', 'had', 'have', 'also', 'first', 'earlier', 'previously', 'exclusively', 'later', 'recently', 'late', 'on', 'this', 'last', 'week', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'news',
  'correspondent', 'reporter', 'journalist', 'editor', 'correspondant', 'journaliste', 'ont', 'has', 'first', 'exclusively', 'is', 'was', 'were', 'are',
  'report', 'reports', 'investigation', 'analysis', 'rapport', 'enquête', 'article', 'tally', 'count', 'survey', 'poll', 'story', 'reporting',
  'a', 'avait', 'avaient', 'aurait', 'ailleurs', 'd', 'auraient', 'alors', 'pourtant', 'ainsi', 'had', 'would', 'again', 'separately', 'exclusively', 'initially', 'originally',
  'aussi', 'également', 'récemment', 'ce', 'cette', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'dernier', 'hier', 'elle', 'il', 'quant', 'lui', 'de', 'son', 'côté', 'encore', 'déjà', 'même',
  'both', 'each', 'too', 'all', 'tous', 'deux', 'toutes',
  // "Reuters a depuis confirmé", "Le Monde a finalement révélé", "l'agence a ensuite précisé".
  'depuis', 'finalement', 'ensuite', 'enfin', 'since', 'subsequently',
  'أيضا', 'بدورها', 'بدوره', 'كذلك', 'اليوم', 'أمس', 'قد', 'بدورها،',
  // "وجريدة الصباح نفسها كتبت", "the Guardian itself reported": the outlet named again for emphasis.
  'نفسها', 'نفسه', 'ذاتها', 'ذاته', 'itself',
  'المحلي', 'المحلية', 'الرسمي', 'الرسمية', 'المستقل', 'المستقلة', 'الإلكتروني', 'الإلكترونية', 'الإخباري', 'الإخبارية', 'الحكومي', 'الحكومية', 'الخاص',
  'الخاصة', 'المعارض', 'المعارضة', 'المقرب', 'المقربة', 'الموالي', 'الموالية', 'اللندنية', 'الشهيرة', 'الواسعة', 'الانتشار', 'اليومية', 'الأسبوعية',
]));

/** Nationality adjectives → ISO country. Arabic in the definite form that follows a definite noun. */
const NATIONALITIES: Record<string, readonly string[]> = {
  MA: ['المغربية', 'المغربي', 'marocain', 'marocaine', 'marocains', 'marocaines', 'Moroccan'],
  DZ: ['الجزائرية', 'الجزائري', 'algérien', 'algérienne', 'algériens', 'Algerian'],
  TN: ['التونسية', 'التونسي', 'tunisien', 'tunisienne', 'Tunisian'],
  EG: ['المصرية', 'المصري', 'égyptien', 'égyptienne', 'Egyptian'],
  LY: ['الليبية', 'الليبي', 'libyen', 'libyenne', 'Libyan'],
  MR: ['الموريتانية', 'الموريتاني', 'mauritanien', 'mauritanienne', 'Mauritanian'],
  SD: ['السودانية', 'السوداني', 'soudanais', 'soudanaise', 'Sudanese'],
  SA: ['السعودية', 'السعودي', 'saoudien', 'saoudienne', 'Saudi'],
  KW: ['الكويتية', 'الكويتي', 'koweïtien', 'koweïtienne', 'Kuwaiti'],
  QA: ['القطرية', 'القطري', 'qatari', 'qatarie', 'qatarien', 'Qatari'],
  AE: ['الإماراتية', 'الإماراتي', 'émirati', 'émiratie', 'Emirati'],
  BH: ['البحرينية', 'البحريني', 'bahreïni', 'Bahraini'],
  OM: ['العمانية', 'العماني', 'omanais', 'Omani'],
  YE: ['اليمنية', 'اليمني', 'yéménite', 'Yemeni'],
  JO: ['الأردنية', 'الأردني', 'jordanien', 'jordanienne', 'Jordanian'],
  SY: ['السورية', 'السوري', 'syrien', 'syrienne', 'Syrian'],
  LB: ['اللبنانية', 'اللبناني', 'libanais', 'libanaise', 'Lebanese'],
  IQ: ['العراقية', 'العراقي', 'irakien', 'irakienne', 'Iraqi'],
  PS: ['الفلسطينية', 'الفلسطيني', 'palestinien', 'palestinienne', 'Palestinian'],
  IL: ['الإسرائيلية', 'الإسرائيلي', 'العبرية', 'العبري', 'israélien', 'israélienne', 'Israeli'],
  IR: ['الإيرانية', 'الإيراني', 'iranien', 'iranienne', 'Iranian'],
  TR: ['التركية', 'التركي', 'turc', 'turque', 'Turkish'],
  FR: ['الفرنسية', 'الفرنسي', 'français', 'française', 'French'],
  GB: ['البريطانية', 'البريطاني', 'الإنجليزية', 'الإنجليزي', 'britannique', 'anglais', 'anglaise', 'British', 'الاسكتلندية', 'الإسكتلندية', 'الويلزية', 'écossais', 'écossaise', 'gallois', 'galloise'],
  US: ['الأمريكية', 'الأمريكي', 'الأميركية', 'الأميركي', 'américain', 'américaine', 'American', 'US', 'U.S.'],
  ES: ['الإسبانية', 'الإسباني', 'espagnol', 'espagnole', 'Spanish', 'الكتالونية', 'الكتالوني', 'الباسكية', 'catalan', 'catalane', 'basque', 'Catalan', 'Basque'],
  IT: ['الإيطالية', 'الإيطالي', 'italien', 'italienne', 'Italian'],
  DE: ['الألمانية', 'الألماني', 'allemand', 'allemande', 'German', 'البافارية', 'bavarois', 'bavaroise', 'Bavarian'],
  RU: ['الروسية', 'الروسي', 'russe', 'Russian'],
  CN: ['الصينية', 'الصيني', 'chinois', 'chinoise', 'Chinese'],
  BE: ['البلجيكية', 'البلجيكي', 'belge', 'Belgian', 'الفلمنكية', 'flamand', 'flamande', 'wallon', 'wallonne', 'Flemish'],
  CH: ['السويسرية', 'السويسري', 'suisse', 'Swiss'],
  NL: ['الهولندية', 'الهولندي', 'néerlandais', 'néerlandaise', 'Dutch'],
  CA: ['الكندية', 'الكندي', 'canadien', 'canadienne', 'québécois', 'québécoise', 'Canadian', 'الكيبيكية', 'québécois', 'québécoise', 'Quebec', 'Québécois'],
  JP: ['اليابانية', 'الياباني', 'japonais', 'japonaise', 'Japanese'],
  IN: ['الهندية', 'الهندي', 'indien', 'indienne', 'Indian'],
  PK: ['الباكستانية', 'الباكستاني', 'pakistanais', 'Pakistani'],
  PT: ['البرتغالية', 'البرتغالي', 'portugais', 'portugaise', 'Portuguese'],
  GR: ['اليونانية', 'اليوناني', 'grec', 'grecque', 'Greek'],
  UA: ['الأوكرانية', 'الأوكراني', 'ukrainien', 'ukrainienne', 'Ukrainian'],
  PL: ['البولندية', 'البولندي', 'polonais', 'polonaise', 'Polish'],
  AT: ['النمساوية', 'النمساوي', 'autrichien', 'autrichienne', 'Austrian'],
  SE: ['السويدية', 'السويدي', 'suédois', 'suédoise', 'Swedish'],
  AU: ['الأسترالية', 'الأسترالي', 'australien', 'australienne', 'Australian'],
  IE: ['الإيرلندية', 'الأيرلندية', 'irlandais', 'irlandaise', 'Irish'],
  SN: ['السنغالية', 'السنغالي', 'sénégalais', 'sénégalaise', 'Senegalese'],
  AF: ['الأفغانية', 'الأفغاني', 'afghan', 'afghane', 'Afghan'],
  BR: ['البرازيلية', 'البرازيلي', 'brésilien', 'brésilienne', 'Brazilian'],
  MX: ['المكسيكية', 'المكسيكي', 'mexicain', 'mexicaine', 'Mexican'],
  KE: ['الكينية', 'الكيني', 'kényan', 'kényane', 'Kenyan'],
  MY: ['الماليزية', 'الماليزي', 'malaisien', 'malaisienne', 'Malaysian'],
  SG: ['السنغافورية', 'السنغافوري', 'singapourien', 'singapourienne', 'Singaporean'],
  ID: ['الإندونيسية', 'الإندونيسي', 'الاندونيسية', 'indonésien', 'indonésienne', 'Indonesian'],
  TH: ['التايلاندية', 'التايلاندي', 'thaïlandais', 'thaïlandaise', 'Thai'],
  PH: ['الفلبينية', 'الفلبيني', 'philippin', 'philippine', 'Filipino', 'Philippine'],
  VN: ['الفيتنامية', 'الفيتنامي', 'vietnamien', 'vietnamienne', 'Vietnamese'],
  KR: ['الكورية الجنوبية', 'الكوري الجنوبي', 'sud-coréen', 'sud-coréenne', 'South Korean'],
  BD: ['البنغالية', 'البنغلاديشية', 'bangladais', 'bangladaise', 'Bangladeshi'],
  LK: ['السريلانكية', 'السريلانكي', 'sri-lankais', 'sri-lankaise', 'Sri Lankan'],
  ZA: ['الجنوب أفريقية', 'الجنوب إفريقية', 'sud-africain', 'sud-africaine', 'South African'],
  NZ: ['النيوزيلندية', 'النيوزيلندي', 'néo-zélandais', 'néo-zélandaise', 'New Zealand'],
  GH: ['الغانية', 'الغاني', 'ghanéen', 'ghanéenne', 'Ghanaian'],
  TW: ['التايوانية', 'التايواني', 'taïwanais', 'taïwanaise', 'Taiwanese'],
  NG: ['النيجيرية', 'النيجيري', 'nigérian', 'nigériane', 'Nigerian'],
  CI: ['الإيفوارية', 'الإيفواري', 'ivoirien', 'ivoirienne', 'Ivorian'],
  CM: ['الكاميرونية', 'الكاميروني', 'camerounais', 'camerounaise', 'Cameroonian'],
  ML: ['malien', 'malienne', 'Malian'],
  NE: ['النيجرية', 'النيجري', 'nigérien', 'nigérienne', 'Nigerien'],
  BF: ['البوركينية', 'البوركيني', 'burkinabè', 'burkinabé', 'Burkinabe'],
  CD: ['الكونغولية', 'الكونغولي', 'congolais', 'congolaise', 'Congolese'],
  ET: ['الإثيوبية', 'الإثيوبي', 'éthiopien', 'éthiopienne', 'Ethiopian'],
  SO: ['الصومالية', 'الصومالي', 'somalien', 'somalienne', 'Somali'],
  // Countries the places list knew without their adjectives ("صحيفة «لا ناسيون» الجيبوتية", "le quotidien colombien El Tiempo").
  ZW: ['الزيمبابوية', 'الزيمبابوي', 'zimbabwéen', 'zimbabwéenne', 'Zimbabwean'],
  ZM: ['الزامبية', 'الزامبي', 'zambien', 'zambienne', 'Zambian'],
  NP: ['النيبالية', 'النيبالي', 'népalais', 'népalaise', 'Nepali', 'Nepalese'],
  GA: ['الغابونية', 'الغابوني', 'gabonais', 'gabonaise', 'Gabonese'],
  GN: ['الغينية', 'الغيني', 'guinéen', 'guinéenne', 'Guinean'],
  BJ: ['البنينية', 'البنيني', 'béninois', 'béninoise', 'Beninese'],
  TG: ['التوغولية', 'التوغولي', 'togolais', 'togolaise', 'Togolese'],
  UG: ['الأوغندية', 'الأوغندي', 'ougandais', 'ougandaise', 'Ugandan'],
  TZ: ['التنزانية', 'التنزاني', 'tanzanien', 'tanzanienne', 'Tanzanian'],
  RW: ['الرواندية', 'الرواندي', 'rwandais', 'rwandaise', 'Rwandan'],
  BI: ['البوروندية', 'البوروندي', 'burundais', 'burundaise', 'Burundian'],
  DJ: ['الجيبوتية', 'الجيبوتي', 'djiboutien', 'djiboutienne', 'Djiboutian'],
  KM: ['القمرية', 'القمري', 'comorien', 'comorienne', 'Comorian'],
  ER: ['الإريترية', 'الإريتري', 'érythréen', 'érythréenne', 'Eritrean'],
  MG: ['الملغاشية', 'الملغاشي', 'malgache', 'Malagasy'],
  AO: ['الأنغولية', 'الأنغولي', 'angolais', 'angolaise', 'Angolan'],
  MZ: ['الموزمبيقية', 'الموزمبيقي', 'mozambicain', 'mozambicaine', 'Mozambican'],
  NA: ['الناميبية', 'الناميبي', 'namibien', 'namibienne', 'Namibian'],
  BW: ['البوتسوانية', 'البوتسواني', 'botswanais', 'botswanaise', 'Botswanan'],
  BG: ['البلغارية', 'البلغاري', 'bulgare', 'Bulgarian'],
  HR: ['الكرواتية', 'الكرواتي', 'croate', 'Croatian'],
  SK: ['السلوفاكية', 'السلوفاكي', 'slovaque', 'Slovak'],
  SI: ['السلوفينية', 'السلوفيني', 'slovène', 'Slovenian'],
  CY: ['القبرصية', 'القبرصي', 'chypriote', 'Cypriot'],
  MT: ['المالطية', 'المالطي', 'maltais', 'maltaise', 'Maltese'],
  IS: ['الآيسلندية', 'الآيسلندي', 'islandais', 'islandaise', 'Icelandic'],
  EE: ['الإستونية', 'الإستوني', 'estonien', 'estonienne', 'Estonian'],
  LV: ['اللاتفية', 'اللاتفي', 'letton', 'lettone', 'Latvian'],
  LT: ['الليتوانية', 'الليتواني', 'lituanien', 'lituanienne', 'Lithuanian'],
  BY: ['البيلاروسية', 'البيلاروسي', 'biélorusse', 'Belarusian'],
  AM: ['الأرمينية', 'الأرميني', 'الأرمنية', 'الأرمني', 'arménien', 'arménienne', 'Armenian'],
  AZ: ['الأذربيجانية', 'الأذربيجاني', 'azerbaïdjanais', 'azerbaïdjanaise', 'Azerbaijani'],
  KZ: ['الكازاخستانية', 'الكازاخستاني', 'kazakh', 'kazakhe', 'Kazakh'],
  UZ: ['الأوزبكية', 'الأوزبكي', 'ouzbek', 'ouzbèke', 'Uzbek'],
  CL: ['التشيلية', 'التشيلي', 'chilien', 'chilienne', 'Chilean'],
  CO: ['الكولومبية', 'الكولومبي', 'colombien', 'colombienne', 'Colombian'],
  PE: ['البيروفية', 'البيروفي', 'péruvien', 'péruvienne', 'Peruvian'],
  VE: ['الفنزويلية', 'الفنزويلي', 'vénézuélien', 'vénézuélienne', 'Venezuelan'],
  CU: ['الكوبية', 'الكوبي', 'cubain', 'cubaine', 'Cuban'],
  HT: ['الهايتية', 'الهايتي', 'haïtien', 'haïtienne', 'Haitian'],
  EC: ['الإكوادورية', 'الإكوادوري', 'équatorien', 'équatorienne', 'Ecuadorian'],
  BO: ['البوليفية', 'البوليفي', 'bolivien', 'bolivienne', 'Bolivian'],
  UY: ['الأوروغويانية', 'الأوروغوياني', 'uruguayen', 'uruguayenne', 'Uruguayan'],
  PY: ['الباراغويانية', 'الباراغوياني', 'paraguayen', 'paraguayenne', 'Paraguayan'],
  AR: ['الأرجنتينية', 'الأرجنتيني', 'argentin', 'argentine', 'Argentinian', 'Argentine'],
  NO: ['النرويجية', 'النرويجي', 'norvégien', 'norvégienne', 'Norwegian'],
  DK: ['الدنماركية', 'الدنماركي', 'danois', 'danoise', 'Danish'],
  FI: ['الفنلندية', 'الفنلندي', 'finlandais', 'finlandaise', 'Finnish'],
  HU: ['المجرية', 'المجري', 'hongrois', 'hongroise', 'Hungarian'],
  CZ: ['التشيكية', 'التشيكي', 'tchèque', 'Czech'],
  RO: ['الرومانية', 'الروماني', 'roumain', 'roumaine', 'Romanian'],
  RS: ['الصربية', 'الصربي', 'serbe', 'Serbian'],
  LU: ['luxembourgeois', 'luxembourgeoise', 'Luxembourgish'],
};

/**
 * A capital's or a big city's adjective places a paper as well as its country's does ("le quotidien madrilène ABC",
 * "le quotidien genevois"). Not London's: "اللندنية", "londonien" describe pan-Arab papers printed there.
 */
const CITY_ADJECTIVES: Record<string, readonly string[]> = {
  ES: ['madrilène', 'madrilènes', 'barcelonais', 'barcelonaise', 'المدريدية'],
  BE: ['bruxellois', 'bruxelloise'],
  CH: ['genevois', 'genevoise', 'lausannois', 'lausannoise', 'zurichois', 'zurichoise'],
  CA: ['montréalais', 'montréalaise'],
  DE: ['berlinois', 'berlinoise', 'munichois', 'munichoise'],
  IT: ['milanais', 'milanaise', 'turinois', 'turinoise'],
  PT: ['lisboète', 'lisboètes', 'portuan', 'portuane'],
  BF: ['ouagalais', 'ouagalaise'],
  CM: ['yaoundéen', 'yaoundéenne', 'doualais', 'doualaise'],
  CD: ['kinois', 'kinoise'],
  MA: ['casablancais', 'casablancaise', 'rbati', 'rbatie'],
  TN: ['tunisois', 'tunisoise'],
  DZ: ['algérois', 'algéroise'],
  LB: ['beyrouthin', 'beyrouthine'],
  EG: ['cairote', 'القاهرية'],
  SN: ['dakarois', 'dakaroise'],
  CI: ['abidjanais', 'abidjanaise'],
};

const NAT_MAP = new Map<string, string>();
for (const table of [NATIONALITIES, CITY_ADJECTIVES]) for (const code of Object.keys(table)) {
  for (const w of table[code] ?? []) {
    const k = normalizeForMatch(w).replace(/[ .]/g, '');
    if (!NAT_MAP.has(k)) NAT_MAP.set(k, code);
  }
}

/** Country of a nationality adjective in matching form, or undefined. */
export function nationality(form: string): string | undefined {
  return NAT_MAP.get(form);
}

/** Arabic words that end a name or a noun phrase: prepositions, particles, pronouns, auxiliaries. */
export const ARABIC_FUNCTION: ReadonlySet<string> = new Set(norm([
  'في', 'من', 'على', 'إلى', 'الى', 'عن', 'أن', 'إن', 'ان', 'مع', 'هذا', 'هذه', 'ذلك', 'تلك', 'التي', 'الذي', 'الذين', 'اللذين', 'اللتين', 'اللواتي',
  'كان', 'كانت', 'قد', 'لقد', 'ثم', 'أو', 'او', 'لا', 'لم', 'لن', 'ما', 'إذ', 'إذا', 'حيث', 'بعد', 'قبل', 'خلال', 'منذ', 'حتى', 'عند', 'لدى', 'بين', 'ضد',
  'كما', 'أما', 'بل', 'لكن', 'لكن', 'غير', 'هو', 'هي', 'هم', 'نحو', 'حول', 'دون', 'عبر', 'وفق', 'حسب', 'بحسب', 'أيضا', 'يوم', 'أمس', 'اليوم', 'وقد',
  'فقد', 'بأن', 'لأن', 'كل', 'أي', 'أكثر', 'أمام', 'وراء', 'تحت', 'فوق', 'ضمن', 'إثر', 'عقب', 'رغم', 'وذلك', 'والتي', 'والذي',
]));

export const LATIN_FUNCTION: ReadonlySet<string> = new Set(norm([
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'et', 'ou', 'à', 'au', 'aux', 'en', 'dans', 'sur', 'par', 'pour', 'avec', 'que', 'qui', 'dont', 'où', 'ce', 'cette', 'il', 'elle', 'ils', 'a', 'est',
  'the', 'an', 'and', 'or', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'to', 'from', 'that', 'which', 'who', 'this', 'is', 'was', 'has', 'had', 'he', 'she', 'it', 'they', 'but', 'as',
]));

/** Sentence or clause boundaries for the bounded look-behind windows. */
export const SENTENCE_PUNCT: ReadonlySet<string> = new Set(['.', '!', '?', ';', ':', '…']);
export const QUOTES: ReadonlySet<string> = new Set(['"', "'"]);
export const OPEN_PARENS: ReadonlySet<string> = new Set(['(', '[']);
export const CLOSE_PARENS: ReadonlySet<string> = new Set([')', ']']);
export const DASHES: ReadonlySet<string> = new Set(['-', '|', ':', '/']);

/** Photo-credit markers: an outlet right after them is a picture source, not a news source. */
export const PHOTO_WORDS: ReadonlySet<string> = new Set(norm([
  'صورة', 'الصورة', 'صور', 'تصوير', 'أرشيفية', 'photo', 'photos', 'crédit', 'crédits', 'illustration', 'image', 'images', 'credit', 'credits', 'photograph', 'pictured', 'picture', 'getty', 'archives', 'archive', 'vidéo', 'video', 'فيديو',
]));
