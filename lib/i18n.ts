// Interface strings in Arabic, French and English. The reader may choose a language other than the
// browser's, so strings come from this typed table rather than only from browser.i18n (which is fixed
// to the browser's locale); the manifest's own name and description use _locales.
import type { AttributionPattern, Medium } from '../engine/types';

export type UiLang = 'ar' | 'fr' | 'en';

const en = {
  badgeLabel: '{outlet}: {medium}, {country}. Open details',
  owner: 'Owner',
  stateAffiliation: 'State affiliation',
  notInRegistry: 'Not in the outlet registry: named as written on the page.',
  findPrimaryReport: 'Find the original report',
  medium_agency: 'news agency',
  medium_newspaper: 'newspaper',
  medium_magazine: 'magazine',
  medium_radio: 'radio',
  medium_tv: 'television',
  medium_online: 'online outlet',
  medium_group: 'media group',
  medium_unknown: 'outlet',
  pattern_byline_via: 'Credited in the byline',
  pattern_according_to: 'Cited as the source',
  pattern_reported_by: 'Reported by this outlet',
  pattern_published_by: 'Published by this outlet',
  pattern_wire_dateline: 'Wire dateline',
  pattern_interview_with: 'Statement given to this outlet',
  pattern_other: 'Named as the source',
  unknownCountry: 'country unknown',
  appName: 'Isnad',
  openInTab: 'Open in a tab',
  chainTitle: 'Chain of transmission',
  thisPage: 'This page',
  firstHand: 'First-hand report: this page relays no other outlet.',
  originalOutlet: 'Original outlet',
  otherOutlets: 'Other outlets cited',
  attributionsTitle: 'Where the page credits them',
  showOnPage: 'Show on page',
  actorsTitle: 'Who the story is about',
  people: 'People',
  organisations: 'Organisations',
  mentions: '{n} mentions',
  primaryTitle: 'The primary report',
  searchQuery: 'Search terms',
  search: 'Search',
  notArticle: 'This page does not look like a news article.',
  paused: 'Isnad is paused on this site.',
  reading: 'Reading the page…',
  noTab: 'No page to show.',
  language: 'Language',
  founded: 'Founded',
  website: 'Website',
  wikidata: 'Wikidata',
  source: 'source: {source}',
  asOf: 'as of {date}',
  asWritten: 'as written: {text}',
  unknownOutlet: 'Not in the registry',
  settings: 'Settings',
} as const;

export type MessageKey = keyof typeof en;

const fr: Record<MessageKey, string> = {
  badgeLabel: '{outlet} : {medium}, {country}. Ouvrir le détail',
  owner: 'Propriétaire',
  stateAffiliation: 'Lien avec l’État',
  notInRegistry: 'Absent du répertoire des médias : nommé tel qu’écrit sur la page.',
  findPrimaryReport: 'Trouver l’article d’origine',
  medium_agency: 'agence de presse',
  medium_newspaper: 'journal',
  medium_magazine: 'magazine',
  medium_radio: 'radio',
  medium_tv: 'télévision',
  medium_online: 'média en ligne',
  medium_group: 'groupe de médias',
  medium_unknown: 'média',
  pattern_byline_via: 'Crédité dans la signature',
  pattern_according_to: 'Cité comme source',
  pattern_reported_by: 'Rapporté par ce média',
  pattern_published_by: 'Publié par ce média',
  pattern_wire_dateline: 'Dépêche d’agence',
  pattern_interview_with: 'Déclaration faite à ce média',
  pattern_other: 'Nommé comme source',
  unknownCountry: 'pays inconnu',
  appName: 'Isnad',
  openInTab: 'Ouvrir dans un onglet',
  chainTitle: 'Chaîne de transmission',
  thisPage: 'Cette page',
  firstHand: 'Information de première main : cette page ne relaie aucun autre média.',
  originalOutlet: 'Média d’origine',
  otherOutlets: 'Autres médias cités',
  attributionsTitle: 'Où la page les cite',
  showOnPage: 'Montrer dans la page',
  actorsTitle: 'De qui parle l’article',
  people: 'Personnes',
  organisations: 'Organisations',
  mentions: '{n} mentions',
  primaryTitle: 'L’article d’origine',
  searchQuery: 'Termes de recherche',
  search: 'Rechercher',
  notArticle: 'Cette page ne ressemble pas à un article de presse.',
  paused: 'Isnad est en pause sur ce site.',
  reading: 'Lecture de la page…',
  noTab: 'Aucune page à afficher.',
  language: 'Langue',
  founded: 'Fondé en',
  website: 'Site web',
  wikidata: 'Wikidata',
  source: 'source : {source}',
  asOf: 'au {date}',
  asWritten: 'tel qu’écrit : {text}',
  unknownOutlet: 'Absent du répertoire',
  settings: 'Réglages',
};

const ar: Record<MessageKey, string> = {
  badgeLabel: '{outlet}: {medium}، {country}. فتح التفاصيل',
  owner: 'المالك',
  stateAffiliation: 'الارتباط بالدولة',
  notInRegistry: 'غير موجود في سجل وسائل الإعلام: الاسم كما ورد في الصفحة.',
  findPrimaryReport: 'البحث عن التقرير الأصلي',
  medium_agency: 'وكالة أنباء',
  medium_newspaper: 'صحيفة',
  medium_magazine: 'مجلة',
  medium_radio: 'إذاعة',
  medium_tv: 'قناة تلفزيونية',
  medium_online: 'موقع إخباري',
  medium_group: 'مجموعة إعلامية',
  medium_unknown: 'وسيلة إعلام',
  pattern_byline_via: 'مذكور في سطر الكاتب',
  pattern_according_to: 'مذكور كمصدر',
  pattern_reported_by: 'نقلته هذه الوسيلة',
  pattern_published_by: 'نشرته هذه الوسيلة',
  pattern_wire_dateline: 'خبر وكالة',
  pattern_interview_with: 'تصريح لهذه الوسيلة',
  pattern_other: 'مذكور كمصدر',
  unknownCountry: 'بلد غير معروف',
  appName: 'إسناد',
  openInTab: 'فتح في علامة تبويب',
  chainTitle: 'سلسلة النقل',
  thisPage: 'هذه الصفحة',
  firstHand: 'خبر من المصدر مباشرة: هذه الصفحة لا تنقل عن وسيلة إعلام أخرى.',
  originalOutlet: 'المصدر الأصلي',
  otherOutlets: 'وسائل إعلام أخرى مذكورة',
  attributionsTitle: 'أين تنسب الصفحة الخبر',
  showOnPage: 'إظهار في الصفحة',
  actorsTitle: 'من يتناول الخبر',
  people: 'أشخاص',
  organisations: 'هيئات',
  mentions: '{n} إشارات',
  primaryTitle: 'التقرير الأصلي',
  searchQuery: 'كلمات البحث',
  search: 'بحث',
  notArticle: 'لا تبدو هذه الصفحة مقالا إخباريا.',
  paused: 'إسناد متوقف على هذا الموقع.',
  reading: 'جار قراءة الصفحة…',
  noTab: 'لا توجد صفحة لعرضها.',
  language: 'اللغة',
  founded: 'سنة التأسيس',
  website: 'الموقع',
  wikidata: 'ويكي داتا',
  source: 'المصدر: {source}',
  asOf: 'حتى {date}',
  asWritten: 'كما ورد: {text}',
  unknownOutlet: 'غير موجود في السجل',
  settings: 'الإعدادات',
};

const tables: Record<UiLang, Record<MessageKey, string>> = { en, fr, ar };

export function t(lang: UiLang, key: MessageKey, vars: Record<string, string> = {}): string {
  const template = tables[lang][key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => vars[name] ?? '');
}

export function mediumName(lang: UiLang, medium: Medium | null): string {
  return t(lang, medium ? (`medium_${medium}` as MessageKey) : 'medium_unknown');
}

export function patternName(lang: UiLang, pattern: AttributionPattern): string {
  return t(lang, `pattern_${pattern}` as MessageKey);
}

const regionNames = new Map<UiLang, Intl.DisplayNames>();

export function countryName(lang: UiLang, code: string | null): string {
  if (!code || code === 'XX') return t(lang, 'unknownCountry');
  let names = regionNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type: 'region' });
    regionNames.set(lang, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The interface language: the reader's choice, else the browser's when it is one of ours. */
export function resolveUiLang(choice: 'auto' | UiLang, browserLang: string | undefined): UiLang {
  if (choice !== 'auto') return choice;
  const base = (browserLang ?? 'en').slice(0, 2).toLowerCase();
  return base === 'ar' || base === 'fr' ? base : 'en';
}
