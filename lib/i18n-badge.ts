// The strings the on-page badge needs, kept apart from the rest of the interface so the content
// script, which runs on every page, carries only these (lib/i18n.ts spreads them into its tables).
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
};

export type BadgeKey = keyof typeof en;

const fr: Record<BadgeKey, string> = {
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
};

const ar: Record<BadgeKey, string> = {
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
};

export const BADGE_STRINGS: Record<UiLang, Record<BadgeKey, string>> = { en, fr, ar };

export function badgeText(lang: UiLang, key: BadgeKey, vars: Record<string, string> = {}): string {
  const template: string = BADGE_STRINGS[lang][key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => vars[name] ?? '');
}

export function mediumName(lang: UiLang, medium: Medium | null): string {
  return badgeText(lang, medium ? (`medium_${medium}` as BadgeKey) : 'medium_unknown');
}

export function patternName(lang: UiLang, pattern: AttributionPattern): string {
  return badgeText(lang, `pattern_${pattern}` as BadgeKey);
}

const regionNames = new Map<UiLang, Intl.DisplayNames>();

export function countryName(lang: UiLang, code: string | null): string {
  if (!code || code === 'XX') return badgeText(lang, 'unknownCountry');
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
