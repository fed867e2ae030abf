// A small gazetteer of countries and capitals in Arabic, French and English, with months: what a search for
// the primary report needs to speak the original outlet's language (المغرب → Maroc / Morocco).
//
// Approach: every spelling is indexed by its matching form (one or two tokens); `findPlaces` counts the
// places an article names, in any of the three languages, with Arabic clitics stripped (بالمغرب، وفرنسا).
//
// Limits: countries and capitals only, the Arab world, Europe and the big powers first; الجزائر is the
// country (the capital has the same name), and so are Tunis/تونس, Kuwait, Djibouti.

import type { Lang } from './types';
import { tokenForms } from './arabic';
import { heuristicEnd, nextInName, TokKind, type Tokens, wordForms } from './tokenize';

export interface Place {
  iso: string;
  capital: boolean;
  ar: string;
  fr: string;
  en: string;
  aliases?: readonly string[];
  /** A city whose Latin name is also a person's ("Medina", "Aden"): its Arabic name places a story, its Latin one is no place test. */
  city?: boolean;
}

export const PLACES: readonly Place[] = [
  { iso: 'MA', capital: false, ar: 'المغرب', fr: 'Maroc', en: 'Morocco', aliases: ['المملكة المغربية'] },
  { iso: 'MA', capital: true, ar: 'الرباط', fr: 'Rabat', en: 'Rabat' },
  { iso: 'MA', capital: false, ar: 'الدار البيضاء', fr: 'Casablanca', en: 'Casablanca' },
  { iso: 'MA', capital: false, ar: 'مراكش', fr: 'Marrakech', en: 'Marrakesh', aliases: ['Marrakech'] },
  { iso: 'MA', capital: false, ar: 'طنجة', fr: 'Tanger', en: 'Tangier' },
  { iso: 'DZ', capital: false, ar: 'الجزائر', fr: 'Algérie', en: 'Algeria' },
  { iso: 'DZ', capital: true, ar: 'الجزائر العاصمة', fr: 'Alger', en: 'Algiers' },
  { iso: 'TN', capital: false, ar: 'تونس', fr: 'Tunisie', en: 'Tunisia' },
  { iso: 'LY', capital: false, ar: 'ليبيا', fr: 'Libye', en: 'Libya' },
  { iso: 'LY', capital: true, ar: 'طرابلس', fr: 'Tripoli', en: 'Tripoli' },
  { iso: 'EG', capital: false, ar: 'مصر', fr: 'Égypte', en: 'Egypt' },
  { iso: 'EG', capital: true, ar: 'القاهرة', fr: 'Le Caire', en: 'Cairo' },
  { iso: 'MR', capital: false, ar: 'موريتانيا', fr: 'Mauritanie', en: 'Mauritania' },
  { iso: 'MR', capital: true, ar: 'نواكشوط', fr: 'Nouakchott', en: 'Nouakchott' },
  { iso: 'SD', capital: false, ar: 'السودان', fr: 'Soudan', en: 'Sudan' },
  { iso: 'SD', capital: true, ar: 'الخرطوم', fr: 'Khartoum', en: 'Khartoum' },
  { iso: 'SA', capital: false, ar: 'السعودية', fr: 'Arabie saoudite', en: 'Saudi Arabia', aliases: ['المملكة العربية السعودية'] },
  { iso: 'SA', capital: true, ar: 'الرياض', fr: 'Riyad', en: 'Riyadh' },
  { iso: 'KW', capital: false, ar: 'الكويت', fr: 'Koweït', en: 'Kuwait' },
  { iso: 'QA', capital: false, ar: 'قطر', fr: 'Qatar', en: 'Qatar' },
  { iso: 'QA', capital: true, ar: 'الدوحة', fr: 'Doha', en: 'Doha' },
  { iso: 'AE', capital: false, ar: 'الإمارات', fr: 'Émirats arabes unis', en: 'United Arab Emirates', aliases: ['UAE', 'EAU'] },
  { iso: 'AE', capital: true, ar: 'أبوظبي', fr: 'Abou Dhabi', en: 'Abu Dhabi', aliases: ['أبو ظبي'] },
  { iso: 'AE', capital: false, ar: 'دبي', fr: 'Dubaï', en: 'Dubai' },
  { iso: 'BH', capital: false, ar: 'البحرين', fr: 'Bahreïn', en: 'Bahrain' },
  { iso: 'OM', capital: false, ar: 'عمان', fr: 'Oman', en: 'Oman', aliases: ['سلطنة عمان'] },
  { iso: 'YE', capital: false, ar: 'اليمن', fr: 'Yémen', en: 'Yemen' },
  { iso: 'YE', capital: true, ar: 'صنعاء', fr: 'Sanaa', en: "Sana'a" },
  { iso: 'JO', capital: false, ar: 'الأردن', fr: 'Jordanie', en: 'Jordan' },
  { iso: 'SY', capital: false, ar: 'سوريا', fr: 'Syrie', en: 'Syria', aliases: ['سورية'] },
  { iso: 'SY', capital: true, ar: 'دمشق', fr: 'Damas', en: 'Damascus' },
  { iso: 'LB', capital: false, ar: 'لبنان', fr: 'Liban', en: 'Lebanon' },
  { iso: 'LB', capital: true, ar: 'بيروت', fr: 'Beyrouth', en: 'Beirut' },
  { iso: 'IQ', capital: false, ar: 'العراق', fr: 'Irak', en: 'Iraq' },
  { iso: 'IQ', capital: true, ar: 'بغداد', fr: 'Bagdad', en: 'Baghdad' },
  { iso: 'PS', capital: false, ar: 'فلسطين', fr: 'Palestine', en: 'Palestine' },
  { iso: 'PS', capital: false, ar: 'غزة', fr: 'Gaza', en: 'Gaza', aliases: ['قطاع غزة', 'bande de Gaza', 'Gaza Strip'] },
  { iso: 'IL', capital: false, ar: 'إسرائيل', fr: 'Israël', en: 'Israel' },
  { iso: 'IR', capital: false, ar: 'إيران', fr: 'Iran', en: 'Iran' },
  { iso: 'IR', capital: true, ar: 'طهران', fr: 'Téhéran', en: 'Tehran' },
  { iso: 'TR', capital: false, ar: 'تركيا', fr: 'Turquie', en: 'Turkey', aliases: ['Türkiye'] },
  { iso: 'TR', capital: true, ar: 'أنقرة', fr: 'Ankara', en: 'Ankara' },
  { iso: 'FR', capital: false, ar: 'فرنسا', fr: 'France', en: 'France' },
  { iso: 'FR', capital: true, ar: 'باريس', fr: 'Paris', en: 'Paris' },
  { iso: 'GB', capital: false, ar: 'بريطانيا', fr: 'Royaume-Uni', en: 'United Kingdom', aliases: ['المملكة المتحدة', 'Grande-Bretagne', 'Britain', 'UK'] },
  // The nations of the United Kingdom: "Scotland's papers", "l'Écosse".
  { iso: 'GB', capital: false, ar: 'اسكتلندا', fr: 'Écosse', en: 'Scotland', aliases: ['إسكتلندا', 'أسكتلندا'] },
  { iso: 'GB', capital: false, ar: 'ويلز', fr: 'pays de Galles', en: 'Wales', aliases: [] },
  { iso: 'GB', capital: false, ar: 'إنجلترا', fr: 'Angleterre', en: 'England', aliases: ['انجلترا', 'إنكلترا'] },
  { iso: 'GB', capital: false, ar: 'أيرلندا الشمالية', fr: 'Irlande du Nord', en: 'Northern Ireland', aliases: ['ايرلندا الشمالية'] },
  { iso: 'GB', capital: true, ar: 'لندن', fr: 'Londres', en: 'London' },
  { iso: 'US', capital: false, ar: 'الولايات المتحدة', fr: 'États-Unis', en: 'United States', aliases: ['أمريكا', 'أميركا', 'USA'] },
  { iso: 'US', capital: true, ar: 'واشنطن', fr: 'Washington', en: 'Washington' },
  { iso: 'ES', capital: false, ar: 'إسبانيا', fr: 'Espagne', en: 'Spain', aliases: ['اسبانيا'] },
  { iso: 'ES', capital: true, ar: 'مدريد', fr: 'Madrid', en: 'Madrid' },
  { iso: 'IT', capital: false, ar: 'إيطاليا', fr: 'Italie', en: 'Italy' },
  { iso: 'IT', capital: true, ar: 'روما', fr: 'Rome', en: 'Rome' },
  { iso: 'DE', capital: false, ar: 'ألمانيا', fr: 'Allemagne', en: 'Germany' },
  { iso: 'DE', capital: true, ar: 'برلين', fr: 'Berlin', en: 'Berlin' },
  { iso: 'BE', capital: false, ar: 'بلجيكا', fr: 'Belgique', en: 'Belgium' },
  { iso: 'BE', capital: true, ar: 'بروكسل', fr: 'Bruxelles', en: 'Brussels' },
  { iso: 'CH', capital: false, ar: 'سويسرا', fr: 'Suisse', en: 'Switzerland' },
  { iso: 'CH', capital: false, ar: 'جنيف', fr: 'Genève', en: 'Geneva' },
  { iso: 'NL', capital: false, ar: 'هولندا', fr: 'Pays-Bas', en: 'Netherlands' },
  { iso: 'RU', capital: false, ar: 'روسيا', fr: 'Russie', en: 'Russia' },
  { iso: 'RU', capital: true, ar: 'موسكو', fr: 'Moscou', en: 'Moscow' },
  { iso: 'UA', capital: false, ar: 'أوكرانيا', fr: 'Ukraine', en: 'Ukraine' },
  { iso: 'UA', capital: true, ar: 'كييف', fr: 'Kiev', en: 'Kyiv', aliases: ['Kyiv'] },
  { iso: 'CN', capital: false, ar: 'الصين', fr: 'Chine', en: 'China' },
  { iso: 'CN', capital: true, ar: 'بكين', fr: 'Pékin', en: 'Beijing' },
  { iso: 'JP', capital: false, ar: 'اليابان', fr: 'Japon', en: 'Japan' },
  { iso: 'IN', capital: false, ar: 'الهند', fr: 'Inde', en: 'India' },
  { iso: 'PK', capital: false, ar: 'باكستان', fr: 'Pakistan', en: 'Pakistan' },
  { iso: 'AF', capital: false, ar: 'أفغانستان', fr: 'Afghanistan', en: 'Afghanistan' },
  { iso: 'CA', capital: false, ar: 'كندا', fr: 'Canada', en: 'Canada' },
  { iso: 'SN', capital: false, ar: 'السنغال', fr: 'Sénégal', en: 'Senegal' },
  { iso: 'ML', capital: false, ar: 'مالي', fr: 'Mali', en: 'Mali' },
  { iso: 'NE', capital: false, ar: 'النيجر', fr: 'Niger', en: 'Niger' },
  { iso: 'PT', capital: false, ar: 'البرتغال', fr: 'Portugal', en: 'Portugal' },
  { iso: 'EH', capital: false, ar: 'الصحراء', fr: 'Sahara', en: 'Sahara', aliases: ['الصحراء المغربية', 'Sahara occidental', 'Western Sahara'] },
  { iso: 'EU', capital: false, ar: 'أوروبا', fr: 'Europe', en: 'Europe' },
  { iso: 'AU', capital: false, ar: 'أستراليا', fr: 'Australie', en: 'Australia', aliases: ['استراليا'] },
  { iso: 'KR', capital: false, ar: 'كوريا الجنوبية', fr: 'Corée du Sud', en: 'South Korea' },
  { iso: 'KP', capital: false, ar: 'كوريا الشمالية', fr: 'Corée du Nord', en: 'North Korea' },
  { iso: 'BR', capital: false, ar: 'البرازيل', fr: 'Brésil', en: 'Brazil' },
  { iso: 'AR', capital: false, ar: 'الأرجنتين', fr: 'Argentine', en: 'Argentina' },
  { iso: 'MX', capital: false, ar: 'المكسيك', fr: 'Mexique', en: 'Mexico' },
  { iso: 'ZA', capital: false, ar: 'جنوب أفريقيا', fr: 'Afrique du Sud', en: 'South Africa', aliases: ['جنوب إفريقيا'] },
  { iso: 'NG', capital: false, ar: 'نيجيريا', fr: 'Nigeria', en: 'Nigeria' },
  { iso: 'KE', capital: false, ar: 'كينيا', fr: 'Kenya', en: 'Kenya' },
  { iso: 'ET', capital: false, ar: 'إثيوبيا', fr: 'Éthiopie', en: 'Ethiopia', aliases: ['اثيوبيا'] },
  { iso: 'CI', capital: false, ar: 'ساحل العاج', fr: "Côte d'Ivoire", en: 'Ivory Coast' },
  { iso: 'SE', capital: false, ar: 'السويد', fr: 'Suède', en: 'Sweden' },
  { iso: 'NO', capital: false, ar: 'النرويج', fr: 'Norvège', en: 'Norway' },
  { iso: 'DK', capital: false, ar: 'الدنمارك', fr: 'Danemark', en: 'Denmark' },
  { iso: 'PL', capital: false, ar: 'بولندا', fr: 'Pologne', en: 'Poland' },
  { iso: 'AT', capital: false, ar: 'النمسا', fr: 'Autriche', en: 'Austria' },
  { iso: 'GR', capital: false, ar: 'اليونان', fr: 'Grèce', en: 'Greece' },
  { iso: 'IE', capital: false, ar: 'أيرلندا', fr: 'Irlande', en: 'Ireland' },
  // More countries: a story set in one settles papers several countries share (The Herald, The Star, NewsDay).
  { iso: 'ZW', capital: false, ar: 'زيمبابوي', fr: "Zimbabwe", en: "Zimbabwe" },
  { iso: 'ZM', capital: false, ar: 'زامبيا', fr: "Zambie", en: "Zambia" },
  { iso: 'MY', capital: false, ar: 'ماليزيا', fr: "Malaisie", en: "Malaysia" },
  { iso: 'SG', capital: false, ar: 'سنغافورة', fr: "Singapour", en: "Singapore" },
  { iso: 'ID', capital: false, ar: 'إندونيسيا', fr: "Indonésie", en: "Indonesia", aliases: ['اندونيسيا'] },
  { iso: 'PH', capital: false, ar: 'الفلبين', fr: "Philippines", en: "Philippines" },
  { iso: 'TH', capital: false, ar: 'تايلاند', fr: "Thaïlande", en: "Thailand" },
  { iso: 'VN', capital: false, ar: 'فيتنام', fr: "Viêt Nam", en: "Vietnam", aliases: ['Vietnam'] },
  { iso: 'BD', capital: false, ar: 'بنغلاديش', fr: "Bangladesh", en: "Bangladesh" },
  { iso: 'LK', capital: false, ar: 'سريلانكا', fr: "Sri Lanka", en: "Sri Lanka" },
  { iso: 'NP', capital: false, ar: 'نيبال', fr: "Népal", en: "Nepal" },
  { iso: 'TW', capital: false, ar: 'تايوان', fr: "Taïwan", en: "Taiwan" },
  { iso: 'NZ', capital: false, ar: 'نيوزيلندا', fr: "Nouvelle-Zélande", en: "New Zealand" },
  { iso: 'CM', capital: false, ar: 'الكاميرون', fr: "Cameroun", en: "Cameroon" },
  { iso: 'CD', capital: false, ar: 'الكونغو الديمقراطية', fr: "RDC", en: "DR Congo", aliases: ['République démocratique du Congo', 'Democratic Republic of the Congo'] },
  { iso: 'CG', capital: false, ar: 'الكونغو', fr: "Congo-Brazzaville", en: "Republic of the Congo" },
  { iso: 'GA', capital: false, ar: 'الغابون', fr: "Gabon", en: "Gabon" },
  { iso: 'TD', capital: false, city: true, ar: 'تشاد', fr: "Tchad", en: "Chad" },
  { iso: 'BF', capital: false, ar: 'بوركينا فاسو', fr: "Burkina Faso", en: "Burkina Faso" },
  { iso: 'GN', capital: false, ar: 'غينيا', fr: "Guinée", en: "Guinea" },
  { iso: 'BJ', capital: false, ar: 'بنين', fr: "Bénin", en: "Benin" },
  { iso: 'TG', capital: false, ar: 'توغو', fr: "Togo", en: "Togo" },
  { iso: 'GH', capital: false, ar: 'غانا', fr: "Ghana", en: "Ghana" },
  { iso: 'UG', capital: false, ar: 'أوغندا', fr: "Ouganda", en: "Uganda" },
  { iso: 'TZ', capital: false, ar: 'تنزانيا', fr: "Tanzanie", en: "Tanzania" },
  { iso: 'RW', capital: false, ar: 'رواندا', fr: "Rwanda", en: "Rwanda" },
  { iso: 'BI', capital: false, ar: 'بوروندي', fr: "Burundi", en: "Burundi" },
  { iso: 'SO', capital: false, ar: 'الصومال', fr: "Somalie", en: "Somalia" },
  { iso: 'DJ', capital: false, ar: 'جيبوتي', fr: "Djibouti", en: "Djibouti" },
  { iso: 'ER', capital: false, ar: 'إريتريا', fr: "Érythrée", en: "Eritrea" },
  { iso: 'SS', capital: false, ar: 'جنوب السودان', fr: "Soudan du Sud", en: "South Sudan" },
  { iso: 'MG', capital: false, ar: 'مدغشقر', fr: "Madagascar", en: "Madagascar" },
  { iso: 'MU', capital: false, city: true, ar: 'موريشيوس', fr: "Maurice", en: "Mauritius" },
  { iso: 'AO', capital: false, ar: 'أنغولا', fr: "Angola", en: "Angola" },
  { iso: 'MZ', capital: false, ar: 'موزمبيق', fr: "Mozambique", en: "Mozambique" },
  { iso: 'NA', capital: false, ar: 'ناميبيا', fr: "Namibie", en: "Namibia" },
  { iso: 'BW', capital: false, ar: 'بوتسوانا', fr: "Botswana", en: "Botswana" },
  { iso: 'FI', capital: false, ar: 'فنلندا', fr: "Finlande", en: "Finland" },
  { iso: 'CZ', capital: false, ar: 'التشيك', fr: "Tchéquie", en: "Czech Republic", aliases: ['République tchèque', 'Czechia'] },
  { iso: 'HU', capital: false, ar: 'المجر', fr: "Hongrie", en: "Hungary" },
  { iso: 'RO', capital: false, ar: 'رومانيا', fr: "Roumanie", en: "Romania" },
  { iso: 'BG', capital: false, ar: 'بلغاريا', fr: "Bulgarie", en: "Bulgaria" },
  { iso: 'RS', capital: false, ar: 'صربيا', fr: "Serbie", en: "Serbia" },
  { iso: 'HR', capital: false, ar: 'كرواتيا', fr: "Croatie", en: "Croatia" },
  { iso: 'SK', capital: false, ar: 'سلوفاكيا', fr: "Slovaquie", en: "Slovakia" },
  { iso: 'SI', capital: false, ar: 'سلوفينيا', fr: "Slovénie", en: "Slovenia" },
  { iso: 'CY', capital: false, ar: 'قبرص', fr: "Chypre", en: "Cyprus" },
  { iso: 'MT', capital: false, ar: 'مالطا', fr: "Malte", en: "Malta" },
  { iso: 'LU', capital: false, ar: 'لوكسمبورغ', fr: "Luxembourg", en: "Luxembourg" },
  { iso: 'IS', capital: false, ar: 'آيسلندا', fr: "Islande", en: "Iceland" },
  { iso: 'EE', capital: false, ar: 'إستونيا', fr: "Estonie", en: "Estonia" },
  { iso: 'LV', capital: false, ar: 'لاتفيا', fr: "Lettonie", en: "Latvia" },
  { iso: 'LT', capital: false, ar: 'ليتوانيا', fr: "Lituanie", en: "Lithuania" },
  { iso: 'BY', capital: false, ar: 'بيلاروسيا', fr: "Biélorussie", en: "Belarus" },
  { iso: 'GE', capital: false, city: true, ar: 'جورجيا', fr: "Géorgie", en: "Georgia" },
  { iso: 'AM', capital: false, ar: 'أرمينيا', fr: "Arménie", en: "Armenia" },
  { iso: 'AZ', capital: false, ar: 'أذربيجان', fr: "Azerbaïdjan", en: "Azerbaijan" },
  { iso: 'KZ', capital: false, ar: 'كازاخستان', fr: "Kazakhstan", en: "Kazakhstan" },
  { iso: 'UZ', capital: false, ar: 'أوزبكستان', fr: "Ouzbékistan", en: "Uzbekistan" },
  { iso: 'CL', capital: false, ar: 'تشيلي', fr: "Chili", en: "Chile" },
  { iso: 'CO', capital: false, ar: 'كولومبيا', fr: "Colombie", en: "Colombia" },
  { iso: 'PE', capital: false, ar: 'البيرو', fr: "Pérou", en: "Peru", aliases: ['بيرو'] },
  { iso: 'VE', capital: false, ar: 'فنزويلا', fr: "Venezuela", en: "Venezuela" },
  { iso: 'CU', capital: false, ar: 'كوبا', fr: "Cuba", en: "Cuba" },
  { iso: 'HT', capital: false, ar: 'هايتي', fr: "Haïti", en: "Haiti" },
  { iso: 'EC', capital: false, ar: 'الإكوادور', fr: "Équateur", en: "Ecuador" },
  { iso: 'BO', capital: false, ar: 'بوليفيا', fr: "Bolivie", en: "Bolivia" },
  { iso: 'UY', capital: false, ar: 'الأوروغواي', fr: "Uruguay", en: "Uruguay" },
  { iso: 'PY', capital: false, ar: 'باراغواي', fr: "Paraguay", en: "Paraguay" },
  // Cities that tell which country a story is set in (and so which of several same-named papers it cites).
  { iso: 'YE', capital: false, city: true, ar: 'تعز', fr: "Taëz", en: "Taiz" },
  { iso: 'YE', capital: false, city: true, ar: 'عدن', fr: "Aden", en: "Aden" },
  { iso: 'YE', capital: false, city: true, ar: 'الحديدة', fr: "Hodeïda", en: "Hodeidah" },
  { iso: 'YE', capital: false, city: true, ar: 'مأرب', fr: "Marib", en: "Marib" },
  { iso: 'YE', capital: false, city: true, ar: 'المكلا', fr: "Moukalla", en: "Mukalla" },
  { iso: 'SA', capital: false, city: true, ar: 'جدة', fr: "Djeddah", en: "Jeddah" },
  { iso: 'SA', capital: false, city: true, ar: 'مكة المكرمة', fr: "La Mecque", en: "Mecca" },
  { iso: 'SA', capital: false, city: true, ar: 'المدينة المنورة', fr: "Médine", en: "Medina" },
  { iso: 'SA', capital: false, city: true, ar: 'الدمام', fr: "Dammam", en: "Dammam" },
  { iso: 'SA', capital: false, city: true, ar: 'الخبر', fr: "Khobar", en: "Khobar" },
  { iso: 'SA', capital: false, city: true, ar: 'الظهران', fr: "Dhahran", en: "Dhahran" },
  { iso: 'SA', capital: false, city: true, ar: 'الأحساء', fr: "Al-Hassa", en: "Al-Ahsa" },
  { iso: 'SA', capital: false, city: true, ar: 'القطيف', fr: "Qatif", en: "Qatif" },
  { iso: 'SA', capital: false, city: true, ar: 'تبوك', fr: "Tabouk", en: "Tabuk" },
  { iso: 'SA', capital: false, city: true, ar: 'أبها', fr: "Abha", en: "Abha" },
  { iso: 'SA', capital: false, city: true, ar: 'حائل', fr: "Haïl", en: "Hail" },
  { iso: 'SA', capital: false, city: true, ar: 'بريدة', fr: "Buraydah", en: "Buraydah" },
  { iso: 'SA', capital: false, city: true, ar: 'نجران', fr: "Najran", en: "Najran" },
  { iso: 'SA', capital: false, city: true, ar: 'جازان', fr: "Jizan", en: "Jazan" },
  { iso: 'SA', capital: false, city: true, ar: 'ينبع', fr: "Yanbu", en: "Yanbu" },
  { iso: 'SA', capital: false, city: true, ar: 'الطائف', fr: "Taëf", en: "Taif" },
  { iso: 'SA', capital: false, city: true, ar: 'خميس مشيط', fr: "Khamis Mushait", en: "Khamis Mushait" },
  { iso: 'SA', capital: false, city: true, ar: 'الجبيل', fr: "Jubail", en: "Jubail" },
  { iso: 'AE', capital: false, city: true, ar: 'الشارقة', fr: "Charjah", en: "Sharjah" },
  { iso: 'IQ', capital: false, city: true, ar: 'البصرة', fr: "Bassorah", en: "Basra" },
  { iso: 'IQ', capital: false, city: true, ar: 'الموصل', fr: "Mossoul", en: "Mosul" },
  { iso: 'IQ', capital: false, city: true, ar: 'أربيل', fr: "Erbil", en: "Erbil" },
  { iso: 'IQ', capital: false, city: true, ar: 'النجف', fr: "Nadjaf", en: "Najaf" },
  { iso: 'IQ', capital: false, city: true, ar: 'كركوك', fr: "Kirkouk", en: "Kirkuk" },
  { iso: 'SY', capital: false, city: true, ar: 'حلب', fr: "Alep", en: "Aleppo" },
  { iso: 'SY', capital: false, city: true, ar: 'اللاذقية', fr: "Lattaquié", en: "Latakia" },
  { iso: 'SY', capital: false, city: true, ar: 'إدلب', fr: "Idleb", en: "Idlib" },
  { iso: 'SY', capital: false, city: true, ar: 'دير الزور', fr: "Deir ez-Zor", en: "Deir ez-Zor" },
  { iso: 'LB', capital: false, city: true, ar: 'صيدا', fr: "Saïda", en: "Sidon" },
  { iso: 'LB', capital: false, city: true, ar: 'النبطية', fr: "Nabatiyé", en: "Nabatieh" },
  { iso: 'LY', capital: false, city: true, ar: 'بنغازي', fr: "Benghazi", en: "Benghazi" },
  { iso: 'LY', capital: false, city: true, ar: 'مصراتة', fr: "Misrata", en: "Misrata" },
  { iso: 'PS', capital: false, city: true, ar: 'رام الله', fr: "Ramallah", en: "Ramallah" },
  { iso: 'PS', capital: false, city: true, ar: 'نابلس', fr: "Naplouse", en: "Nablus" },
  { iso: 'EG', capital: false, city: true, ar: 'الإسكندرية', fr: "Alexandrie", en: "Alexandria" },
  { iso: 'EG', capital: false, city: true, ar: 'الجيزة', fr: "Gizeh", en: "Giza" },
  { iso: 'EG', capital: false, city: true, ar: 'بورسعيد', fr: "Port-Saïd", en: "Port Said" },
  { iso: 'EG', capital: false, city: true, ar: 'الأقصر', fr: "Louxor", en: "Luxor" },
  { iso: 'EG', capital: false, city: true, ar: 'أسوان', fr: "Assouan", en: "Aswan" },
  { iso: 'MA', capital: false, city: true, ar: 'فاس', fr: "Fès", en: "Fez" },
  { iso: 'MA', capital: false, city: true, ar: 'أكادير', fr: "Agadir", en: "Agadir" },
  { iso: 'MA', capital: false, city: true, ar: 'وجدة', fr: "Oujda", en: "Oujda" },
  { iso: 'MA', capital: false, city: true, ar: 'مكناس', fr: "Meknès", en: "Meknes" },
  { iso: 'MA', capital: false, city: true, ar: 'تطوان', fr: "Tétouan", en: "Tetouan" },
  { iso: 'MA', capital: false, city: true, ar: 'الناظور', fr: "Nador", en: "Nador" },
  { iso: 'MA', capital: false, city: true, ar: 'العيون', fr: "Laâyoune", en: "Laayoune" },
  { iso: 'DZ', capital: false, city: true, ar: 'وهران', fr: "Oran", en: "Oran" },
  { iso: 'DZ', capital: false, city: true, ar: 'قسنطينة', fr: "Constantine", en: "Constantine" },
  { iso: 'DZ', capital: false, city: true, ar: 'عنابة', fr: "Annaba", en: "Annaba" },
  { iso: 'DZ', capital: false, city: true, ar: 'سطيف', fr: "Sétif", en: "Setif" },
  { iso: 'DZ', capital: false, city: true, ar: 'البليدة', fr: "Blida", en: "Blida" },
  { iso: 'DZ', capital: false, city: true, ar: 'تلمسان', fr: "Tlemcen", en: "Tlemcen" },
  { iso: 'TN', capital: false, city: true, ar: 'صفاقس', fr: "Sfax", en: "Sfax" },
  { iso: 'TN', capital: false, city: true, ar: 'القيروان', fr: "Kairouan", en: "Kairouan" },
  { iso: 'TN', capital: false, city: true, ar: 'بنزرت', fr: "Bizerte", en: "Bizerte" },
  { iso: 'TN', capital: false, city: true, ar: 'قابس', fr: "Gabès", en: "Gabes" },
  { iso: 'SD', capital: false, city: true, ar: 'أم درمان', fr: "Omdurman", en: "Omdurman" },
  { iso: 'SD', capital: false, city: true, ar: 'بورتسودان', fr: "Port-Soudan", en: "Port Sudan" },
  { iso: 'MR', capital: false, city: true, ar: 'نواذيبو', fr: "Nouadhibou", en: "Nouadhibou" },
  // Cities of the English-language press: a story set in Nairobi or Karachi tells which "The Star" or "The Nation" it
  // cites. Only names that are nobody's first name or surname in Latin letters.
  { iso: 'HK', capital: false, ar: 'هونغ كونغ', fr: "Hong Kong", en: "Hong Kong", aliases: ['هونج كونج'] },
  { iso: 'IN', capital: true, ar: 'نيودلهي', fr: "New Delhi", en: "New Delhi", aliases: ['نيو دلهي'] },
  { iso: 'IN', capital: false, ar: 'مومباي', fr: "Bombay", en: "Mumbai" },
  { iso: 'IN', capital: false, ar: 'كولكاتا', fr: "Calcutta", en: "Kolkata" },
  { iso: 'IN', capital: false, ar: 'تشيناي', fr: "Chennai", en: "Chennai" },
  { iso: 'IN', capital: false, ar: 'بنغالورو', fr: "Bangalore", en: "Bengaluru", aliases: ['Bangalore'] },
  { iso: 'PK', capital: true, ar: 'إسلام آباد', fr: "Islamabad", en: "Islamabad", aliases: ['اسلام اباد'] },
  { iso: 'PK', capital: false, ar: 'كراتشي', fr: "Karachi", en: "Karachi" },
  { iso: 'PK', capital: false, ar: 'لاهور', fr: "Lahore", en: "Lahore" },
  { iso: 'PK', capital: false, ar: 'بيشاور', fr: "Peshawar", en: "Peshawar" },
  { iso: 'PK', capital: false, ar: 'كويتا', fr: "Quetta", en: "Quetta" },
  { iso: 'BD', capital: true, ar: 'دكا', fr: "Dacca", en: "Dhaka" },
  { iso: 'LK', capital: false, ar: 'كولومبو', fr: "Colombo", en: "Colombo" },
  { iso: 'NG', capital: true, ar: 'أبوجا', fr: "Abuja", en: "Abuja" },
  { iso: 'NG', capital: false, ar: 'لاغوس', fr: "Lagos", en: "Lagos" },
  { iso: 'NG', capital: false, ar: 'كانو', fr: "Kano", en: "Kano" },
  { iso: 'NG', capital: false, ar: 'إبادان', fr: "Ibadan", en: "Ibadan" },
  { iso: 'NG', capital: false, ar: 'بورت هاركورت', fr: "Port Harcourt", en: "Port Harcourt" },
  { iso: 'GH', capital: true, ar: 'أكرا', fr: "Accra", en: "Accra" },
  { iso: 'GH', capital: false, ar: 'كوماسي', fr: "Kumasi", en: "Kumasi" },
  { iso: 'KE', capital: true, ar: 'نيروبي', fr: "Nairobi", en: "Nairobi" },
  { iso: 'KE', capital: false, ar: 'مومباسا', fr: "Mombasa", en: "Mombasa" },
  { iso: 'KE', capital: false, ar: 'كيسومو', fr: "Kisumu", en: "Kisumu" },
  { iso: 'KE', capital: false, ar: 'إلدوريت', fr: "Eldoret", en: "Eldoret" },
  { iso: 'UG', capital: true, ar: 'كمبالا', fr: "Kampala", en: "Kampala" },
  { iso: 'ZW', capital: true, ar: 'هراري', fr: "Harare", en: "Harare" },
  { iso: 'ZW', capital: false, ar: 'بولاوايو', fr: "Bulawayo", en: "Bulawayo" },
  { iso: 'ZA', capital: false, ar: 'جوهانسبرغ', fr: "Johannesburg", en: "Johannesburg" },
  { iso: 'ZA', capital: false, ar: 'كيب تاون', fr: "Le Cap", en: "Cape Town" },
  { iso: 'ZA', capital: false, ar: 'بريتوريا', fr: "Pretoria", en: "Pretoria" },
  { iso: 'ZA', capital: false, ar: 'ديربان', fr: "Durban", en: "Durban" },
  { iso: 'MY', capital: true, ar: 'كوالالمبور', fr: "Kuala Lumpur", en: "Kuala Lumpur", aliases: ['كوالا لمبور'] },
  { iso: 'MY', capital: false, ar: 'سلانغور', fr: "Selangor", en: "Selangor" },
  { iso: 'MY', capital: false, ar: 'جوهور', fr: "Johor", en: "Johor" },
  { iso: 'MY', capital: false, ar: 'بينانغ', fr: "Penang", en: "Penang" },
  { iso: 'PH', capital: true, ar: 'مانيلا', fr: "Manille", en: "Manila" },
  { iso: 'PH', capital: false, ar: 'كويزون سيتي', fr: "Quezon City", en: "Quezon City" },
  { iso: 'AU', capital: true, ar: 'كانبيرا', fr: "Canberra", en: "Canberra" },
  { iso: 'AU', capital: false, ar: 'ملبورن', fr: "Melbourne", en: "Melbourne" },
  { iso: 'AU', capital: false, ar: 'بريزبين', fr: "Brisbane", en: "Brisbane" },
  { iso: 'AU', capital: false, ar: 'أديلايد', fr: "Adélaïde", en: "Adelaide" },
  { iso: 'NZ', capital: false, ar: 'أوكلاند', fr: "Auckland", en: "Auckland" },
  { iso: 'NZ', capital: false, ar: 'كرايستشيرش', fr: "Christchurch", en: "Christchurch" },
  { iso: 'CA', capital: true, ar: 'أوتاوا', fr: "Ottawa", en: "Ottawa" },
  { iso: 'CA', capital: false, ar: 'تورونتو', fr: "Toronto", en: "Toronto", aliases: ['تورنتو'] },
  { iso: 'CA', capital: false, ar: 'مونتريال', fr: "Montréal", en: "Montreal" },
  { iso: 'CA', capital: false, ar: 'فانكوفر', fr: "Vancouver", en: "Vancouver" },
  { iso: 'IE', capital: true, ar: 'دبلن', fr: "Dublin", en: "Dublin" },
  { iso: 'GB', capital: false, ar: 'مانشستر', fr: "Manchester", en: "Manchester" },
  { iso: 'GB', capital: false, ar: 'غلاسكو', fr: "Glasgow", en: "Glasgow" },
  { iso: 'GB', capital: false, ar: 'إدنبرة', fr: "Édimbourg", en: "Edinburgh" },
  { iso: 'GB', capital: false, ar: 'ليفربول', fr: "Liverpool", en: "Liverpool" },
  { iso: 'GB', capital: false, ar: 'بلفاست', fr: "Belfast", en: "Belfast" },
  { iso: 'GB', capital: false, ar: 'كارديف', fr: "Cardiff", en: "Cardiff" },
  { iso: 'US', capital: false, ar: 'نيويورك', fr: "New York", en: "New York" },
  { iso: 'US', capital: false, ar: 'لوس أنجلوس', fr: "Los Angeles", en: "Los Angeles", aliases: ['لوس انجلوس'] },
  { iso: 'US', capital: false, ar: 'شيكاغو', fr: "Chicago", en: "Chicago" },
  { iso: 'US', capital: false, ar: 'سان فرانسيسكو', fr: "San Francisco", en: "San Francisco" },
  { iso: 'US', capital: false, ar: 'ميامي', fr: "Miami", en: "Miami" },
  { iso: 'US', capital: false, ar: 'سياتل', fr: "Seattle", en: "Seattle" },
  // US states and cities: they settle which "Metro" or "Herald" a US story means.
  { iso: 'US', capital: false, ar: 'تكساس', fr: "Texas", en: "Texas" },
  { iso: 'US', capital: false, ar: 'كاليفورنيا', fr: "Californie", en: "California" },
  { iso: 'US', capital: false, ar: 'أوريغون', fr: "Oregon", en: "Oregon" },
  { iso: 'US', capital: false, ar: 'فلوريدا', fr: "Floride", en: "Florida" },
  { iso: 'US', capital: false, ar: 'أوهايو', fr: "Ohio", en: "Ohio" },
  { iso: 'US', capital: false, ar: 'ميشيغان', fr: "Michigan", en: "Michigan" },
  { iso: 'US', capital: false, ar: 'أريزونا', fr: "Arizona", en: "Arizona" },
  { iso: 'US', capital: false, ar: 'نيفادا', fr: "Nevada", en: "Nevada" },
  { iso: 'US', capital: false, ar: 'كولورادو', fr: "Colorado", en: "Colorado" },
  { iso: 'US', capital: false, ar: 'يوتا', fr: "Utah", en: "Utah" },
  { iso: 'US', capital: false, ar: 'مينيسوتا', fr: "Minnesota", en: "Minnesota" },
  { iso: 'US', capital: false, ar: 'ويسكونسن', fr: "Wisconsin", en: "Wisconsin" },
  { iso: 'US', capital: false, ar: 'إلينوي', fr: "Illinois", en: "Illinois" },
  { iso: 'US', capital: false, ar: 'أيوا', fr: "Iowa", en: "Iowa" },
  { iso: 'US', capital: false, ar: 'ميزوري', fr: "Missouri", en: "Missouri" },
  { iso: 'US', capital: false, ar: 'كنتاكي', fr: "Kentucky", en: "Kentucky" },
  { iso: 'US', capital: false, ar: 'تينيسي', fr: "Tennessee", en: "Tennessee" },
  { iso: 'US', capital: false, ar: 'ألاباما', fr: "Alabama", en: "Alabama" },
  { iso: 'US', capital: false, ar: 'ميسيسيبي', fr: "Mississippi", en: "Mississippi" },
  { iso: 'US', capital: false, ar: 'لويزيانا', fr: "Louisiane", en: "Louisiana" },
  { iso: 'US', capital: false, ar: 'أركنساس', fr: "Arkansas", en: "Arkansas" },
  { iso: 'US', capital: false, ar: 'أوكلاهوما', fr: "Oklahoma", en: "Oklahoma" },
  { iso: 'US', capital: false, ar: 'نبراسكا', fr: "Nebraska", en: "Nebraska" },
  { iso: 'US', capital: false, ar: 'أيداهو', fr: "Idaho", en: "Idaho" },
  { iso: 'US', capital: false, ar: 'وايومنغ', fr: "Wyoming", en: "Wyoming" },
  { iso: 'US', capital: false, ar: 'ألاسكا', fr: "Alaska", en: "Alaska" },
  { iso: 'US', capital: false, ar: 'هاواي', fr: "Hawaï", en: "Hawaii" },
  { iso: 'US', capital: false, ar: 'كونيتيكت', fr: "Connecticut", en: "Connecticut" },
  { iso: 'US', capital: false, ar: 'ماساتشوستس', fr: "Massachusetts", en: "Massachusetts" },
  { iso: 'US', capital: false, ar: 'بنسلفانيا', fr: "Pennsylvanie", en: "Pennsylvania" },
  { iso: 'US', capital: false, ar: 'كارولاينا الشمالية', fr: "Caroline du Nord", en: "North Carolina" },
  { iso: 'US', capital: false, ar: 'كارولاينا الجنوبية', fr: "Caroline du Sud", en: "South Carolina" },
  { iso: 'US', capital: false, ar: 'ماريلاند', fr: "Maryland", en: "Maryland" },
  { iso: 'US', capital: false, ar: 'ديلاوير', fr: "Delaware", en: "Delaware" },
  { iso: 'US', capital: false, ar: 'فيرمونت', fr: "Vermont", en: "Vermont" },
  { iso: 'US', capital: false, ar: 'نيوجيرسي', fr: "New Jersey", en: "New Jersey" },
  { iso: 'US', capital: false, ar: 'نيو مكسيكو', fr: "Nouveau-Mexique", en: "New Mexico" },
  { iso: 'US', capital: false, ar: 'رود آيلاند', fr: "Rhode Island", en: "Rhode Island" },
  { iso: 'US', capital: false, ar: 'داكوتا الشمالية', fr: "Dakota du Nord", en: "North Dakota" },
  { iso: 'US', capital: false, ar: 'داكوتا الجنوبية', fr: "Dakota du Sud", en: "South Dakota" },
  { iso: 'US', capital: false, ar: 'نيوهامبشير', fr: "New Hampshire", en: "New Hampshire" },
  { iso: 'US', capital: false, ar: 'بورتلاند', fr: "Portland", en: "Portland" },
  { iso: 'US', capital: false, ar: 'بوسطن', fr: "Boston", en: "Boston" },
  { iso: 'US', capital: false, ar: 'دالاس', fr: "Dallas", en: "Dallas" },
  { iso: 'US', capital: false, ar: 'أتلانتا', fr: "Atlanta", en: "Atlanta" },
  { iso: 'US', capital: false, ar: 'فيلادلفيا', fr: "Philadelphie", en: "Philadelphia" },
  { iso: 'US', capital: false, ar: 'ديترويت', fr: "Détroit", en: "Detroit" },
  { iso: 'US', capital: false, ar: 'ناشفيل', fr: "Nashville", en: "Nashville" },
  { iso: 'US', capital: false, ar: 'مينيابوليس', fr: "Minneapolis", en: "Minneapolis" },
  { iso: 'US', capital: false, ar: 'بالتيمور', fr: "Baltimore", en: "Baltimore" },
  { iso: 'US', capital: false, ar: 'بيتسبرغ', fr: "Pittsburgh", en: "Pittsburgh" },
  { iso: 'US', capital: false, ar: 'سان دييغو', fr: "San Diego", en: "San Diego" },
  { iso: 'US', capital: false, ar: 'لاس فيغاس', fr: "Las Vegas", en: "Las Vegas" },
  { iso: 'US', capital: false, ar: 'نيو أورلينز', fr: "La Nouvelle-Orléans", en: "New Orleans" },
  { iso: 'US', capital: false, ar: 'ساكرامنتو', fr: "Sacramento", en: "Sacramento" },
  { iso: 'US', capital: false, ar: 'ميلووكي', fr: "Milwaukee", en: "Milwaukee" },
  { iso: 'US', capital: false, ar: 'سينسيناتي', fr: "Cincinnati", en: "Cincinnati" },
  { iso: 'US', capital: false, ar: 'كانساس سيتي', fr: "Kansas City", en: "Kansas City" },
  { iso: 'US', capital: false, ar: 'تامبا', fr: "Tampa", en: "Tampa" },
  { iso: 'US', capital: false, ar: 'سولت ليك سيتي', fr: "Salt Lake City", en: "Salt Lake City" },
  { iso: 'US', capital: false, ar: 'هونولولو', fr: "Honolulu", en: "Honolulu" },
  { iso: 'US', capital: false, ar: 'ممفيس', fr: "Memphis", en: "Memphis" },
  { iso: 'US', capital: false, ar: 'إنديانابوليس', fr: "Indianapolis", en: "Indianapolis" },
  { iso: 'US', capital: false, ar: 'ألباكركي', fr: "Albuquerque", en: "Albuquerque" },
  // Cities of the francophone press: Dakar settles which "Le Soleil" or "Le Quotidien" a review cites.
  { iso: 'SN', capital: true, ar: 'داكار', fr: "Dakar", en: "Dakar" },
  { iso: 'SN', capital: false, ar: 'تياس', fr: "Thiès", en: "Thies" },
  { iso: 'SN', capital: false, ar: 'زيغينشور', fr: "Ziguinchor", en: "Ziguinchor" },
  { iso: 'CI', capital: false, ar: 'أبيدجان', fr: "Abidjan", en: "Abidjan" },
  { iso: 'CI', capital: true, ar: 'ياموسوكرو', fr: "Yamoussoukro", en: "Yamoussoukro" },
  { iso: 'CI', capital: false, ar: 'بواكي', fr: "Bouaké", en: "Bouake" },
  { iso: 'CM', capital: true, ar: 'ياوندي', fr: "Yaoundé", en: "Yaounde" },
  { iso: 'CM', capital: false, ar: 'دوالا', fr: "Douala", en: "Douala" },
  { iso: 'CD', capital: true, ar: 'كينشاسا', fr: "Kinshasa", en: "Kinshasa" },
  { iso: 'CD', capital: false, ar: 'لوبومباشي', fr: "Lubumbashi", en: "Lubumbashi" },
  { iso: 'CD', capital: false, ar: 'غوما', fr: "Goma", en: "Goma" },
  { iso: 'CG', capital: true, ar: 'برازافيل', fr: "Brazzaville", en: "Brazzaville" },
  { iso: 'ML', capital: true, ar: 'باماكو', fr: "Bamako", en: "Bamako" },
  { iso: 'BF', capital: true, ar: 'واغادوغو', fr: "Ouagadougou", en: "Ouagadougou" },
  { iso: 'BF', capital: false, ar: 'بوبو ديولاسو', fr: "Bobo-Dioulasso", en: "Bobo-Dioulasso" },
  { iso: 'NE', capital: true, ar: 'نيامي', fr: "Niamey", en: "Niamey" },
  { iso: 'GN', capital: true, ar: 'كوناكري', fr: "Conakry", en: "Conakry" },
  { iso: 'TG', capital: true, ar: 'لومي', fr: "Lomé", en: "Lome" },
  { iso: 'BJ', capital: false, ar: 'كوتونو', fr: "Cotonou", en: "Cotonou" },
  { iso: 'GA', capital: true, ar: 'ليبرفيل', fr: "Libreville", en: "Libreville" },
  { iso: 'TD', capital: true, ar: 'نجامينا', fr: "N'Djamena", en: "N'Djamena" },
  { iso: 'MG', capital: true, ar: 'أنتاناناريفو', fr: "Antananarivo", en: "Antananarivo" },
  { iso: 'CF', capital: true, ar: 'بانغي', fr: "Bangui", en: "Bangui" },
  { iso: 'RW', capital: true, ar: 'كيغالي', fr: "Kigali", en: "Kigali" },
  { iso: 'BI', capital: false, ar: 'بوجمبورا', fr: "Bujumbura", en: "Bujumbura" },
  { iso: 'CA', capital: false, ar: 'كيبيك', fr: "Québec", en: "Quebec City" },
  { iso: 'BE', capital: false, ar: 'لييج', fr: "Liège", en: "Liege" },
  { iso: 'CH', capital: false, ar: 'لوزان', fr: "Lausanne", en: "Lausanne" },
];

export const MONTHS: Record<Lang, readonly string[]> = {
  ar: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

interface PlaceEntry { tokens: string[]; place: Place; }

const BY_FIRST = new Map<string, PlaceEntry[]>();
for (const p of PLACES) {
  for (const name of p.city ? [p.ar] : [p.ar, p.fr, p.en, ...(p.aliases ?? [])]) {
    const tokens = wordForms(name);
    if (tokens.length === 0) continue;
    let list = BY_FIRST.get(tokens[0]!);
    if (!list) { list = []; BY_FIRST.set(tokens[0]!, list); }
    list.push({ tokens, place: p });
  }
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);

/** Memo: does a word (in matching form) start any place name once its clitics are off? */
const STARTS = new Map<string, boolean>();

export interface PlaceHit { place: Place; first: number; last: number; }

/** One scan per text: the analysis asks for the places three times (country, people, links). */
const placesOf = new WeakMap<Tokens, readonly PlaceHit[]>();

/** Every place named in the tokens (longest match, Arabic clitics stripped; Latin names must be capitalised). */
export function findPlaces(t: Tokens): readonly PlaceHit[] {
  let hits = placesOf.get(t);
  if (!hits) { hits = scanPlaces(t); placesOf.set(t, hits); }
  return hits;
}

function scanPlaces(t: Tokens): PlaceHit[] {
  const end = heuristicEnd(t);
  const out: PlaceHit[] = [];
  for (let i = 0; i < end; i++) {
    const k = t.kind[i]!;
    if (k !== TokKind.Arabic && k !== TokKind.Latin) continue;
    if (k === TokKind.Latin && (t.flags[i]! & 4) === 0) continue;
    const norm = t.norm[i]!;
    let maybe = STARTS.get(norm);
    if (maybe === undefined) {
      maybe = tokenForms(norm, k === TokKind.Arabic).some((f) => BY_FIRST.has(f.form));
      if (STARTS.size >= 20000) STARTS.clear();
      STARTS.set(norm, maybe);
    }
    if (!maybe) continue;
    const forms = tokenForms(norm, k === TokKind.Arabic);
    let best: PlaceHit | null = null;
    for (const f of forms) {
      const list = BY_FIRST.get(f.form);
      if (!list) continue;
      for (const e of list) {
        let j = i;
        let ok = true;
        for (let m = 1; m < e.tokens.length; m++) {
          j = nextInName(t, j);
          if (j < 0 || t.norm[j]! !== e.tokens[m]!) { ok = false; break; }
        }
        if (ok) { if (!best || j > best.last) best = { place: e.place, first: i, last: j }; break; }
      }
    }
    if (best) { out.push(best); i = best.last; }
  }
  return out;
}

/**
 * Cities that describe an outlet by where it is ("the São Paulo daily", "the Beirut newspaper", "le quotidien
 * bruxellois" aside): with the countries and capitals above, a capitalised name before an outlet head noun that is
 * one of these is a description, not the outlet's name.
 */
const EXTRA_CITIES = ['São Paulo', 'Sao Paulo', 'Rio de Janeiro', 'New York', 'Los Angeles', 'Chicago', 'Boston', 'San Francisco', 'Miami', 'Toronto',
  'Montreal', 'Montréal', 'Vancouver', 'Sydney', 'Melbourne', 'Hong Kong', 'Shanghai', 'Mumbai', 'Karachi', 'Lahore', 'Istanbul', 'Jeddah', 'Dubai',
  'Abu Dhabi', 'Tel Aviv', 'Jerusalem', 'Haifa', 'Gaza', 'Ramallah', 'Aleppo', 'Basra', 'Erbil', 'Mosul', 'Alexandria', 'Oran', 'Constantine', 'Sfax',
  'Benghazi', 'Misrata', 'Aden', 'Marseille', 'Lyon', 'Lille', 'Toulouse', 'Bordeaux', 'Nice', 'Strasbourg', 'Geneva', 'Genève', 'Zurich', 'Zürich',
  'Lausanne', 'Antwerp', 'Anvers', 'Liège', 'Milan', 'Naples', 'Turin', 'Barcelona', 'Barcelone', 'Munich', 'Hamburg', 'Hambourg', 'Frankfurt', 'Francfort',
  'Cologne', 'Manchester', 'Glasgow', 'Edinburgh', 'Belfast', 'Dublin', 'Johannesburg', 'Lagos', 'Abidjan', 'Douala', 'Kinshasa', 'Dakar', 'Nairobi',
  'Addis Ababa', 'Kyiv', 'Kiev', 'St Petersburg', 'Saint Petersburg', 'Londres', 'Moscou', 'Pékin', 'Berlin', 'Rome', 'Madrid', 'Bruxelles', 'Vienne',
  'Varsovie', 'Athènes', 'Lisbonne', 'Stockholm', 'Oslo', 'Copenhague', 'Helsinki', 'Dublin', 'Washington', 'Ottawa', 'Tokyo', 'Séoul', 'Delhi', 'Munich',
  'Francfort', 'Milan', 'Naples', 'Turin', 'Venise', 'Florence', 'Séville', 'Valence', 'Porto', 'Québec', 'Genève', 'Lausanne', 'Bâle', 'Liège', 'Anvers', 'Gand'];

/** French regions and departments, which name regional editions ("Le Parisien du Val-d'Oise", "Ouest-France de la Sarthe"). */
const FRENCH_AREAS = ['Ain', 'Aisne', 'Allier', 'Alpes-de-Haute-Provence', 'Hautes-Alpes', 'Alpes-Maritimes', 'Ardèche', 'Ardennes', 'Ariège', 'Aube', 'Aude',
  'Aveyron', 'Bouches-du-Rhône', 'Calvados', 'Cantal', 'Charente', 'Charente-Maritime', 'Cher', 'Corrèze', 'Corse', 'Corse-du-Sud', 'Haute-Corse', "Côte-d'Or",
  "Côtes-d'Armor", 'Creuse', 'Dordogne', 'Doubs', 'Drôme', 'Eure', 'Eure-et-Loir', 'Finistère', 'Gard', 'Haute-Garonne', 'Gers', 'Gironde', 'Hérault',
  'Ille-et-Vilaine', 'Indre', 'Indre-et-Loire', 'Isère', 'Jura', 'Landes', 'Loir-et-Cher', 'Loire', 'Haute-Loire', 'Loire-Atlantique', 'Loiret', 'Lot',
  'Lot-et-Garonne', 'Lozère', 'Maine-et-Loire', 'Manche', 'Marne', 'Haute-Marne', 'Mayenne', 'Meurthe-et-Moselle', 'Meuse', 'Morbihan', 'Moselle', 'Nièvre',
  'Nord', 'Oise', 'Orne', 'Pas-de-Calais', 'Puy-de-Dôme', 'Pyrénées-Atlantiques', 'Hautes-Pyrénées', 'Pyrénées-Orientales', 'Bas-Rhin', 'Haut-Rhin', 'Rhône',
  'Haute-Saône', 'Saône-et-Loire', 'Sarthe', 'Savoie', 'Haute-Savoie', 'Seine-Maritime', 'Seine-et-Marne', 'Yvelines', 'Deux-Sèvres', 'Somme', 'Tarn',
  'Tarn-et-Garonne', 'Var', 'Vaucluse', 'Vendée', 'Vienne', 'Haute-Vienne', 'Vosges', 'Yonne', 'Territoire de Belfort', 'Essonne', 'Hauts-de-Seine',
  'Seine-Saint-Denis', 'Val-de-Marne', "Val-d'Oise", 'Guadeloupe', 'Martinique', 'Guyane', 'La Réunion', 'Réunion', 'Mayotte', 'Île-de-France', 'Ile-de-France',
  'Bretagne', 'Normandie', 'Occitanie', 'Provence', 'Alsace', 'Lorraine', 'Picardie', 'Bourgogne', 'Auvergne', 'Champagne', 'Hauts-de-France', 'Grand Est',
  'Nouvelle-Aquitaine', 'Pays de la Loire', 'Centre-Val de Loire', 'Bourgogne-Franche-Comté', 'Auvergne-Rhône-Alpes', "Provence-Alpes-Côte d'Azur",
  "Côte d'Azur", 'Wallonie', 'Flandre', 'Hainaut', 'Brabant', 'Namur', 'Luxembourg', 'Valais', 'Vaud', 'Fribourg', 'Neuchâtel', 'Tessin'];

/** Latin place names (matching form) → their country; the extra cities, which have none here, map to ''. */
const LATIN_PLACE_COUNTRY = new Map<string, string>();
for (const name of EXTRA_CITIES) LATIN_PLACE_COUNTRY.set(wordForms(name).join(' '), '');
for (const name of FRENCH_AREAS) if (!LATIN_PLACE_COUNTRY.has(wordForms(name).join(' '))) LATIN_PLACE_COUNTRY.set(wordForms(name).join(' '), '');
for (const p of PLACES) if (!p.city) for (const name of [p.fr, p.en, ...(p.aliases ?? [])]) if (!/[\u0600-\u06FF]/.test(name)) LATIN_PLACE_COUNTRY.set(wordForms(name).join(' '), p.iso);

/** True when the words (in matching form) are a country, a capital or a big city: "sao paulo", "beirut". */
export function isLatinPlaceName(words: readonly string[]): boolean {
  return LATIN_PLACE_COUNTRY.has(words.join(' '));
}

/** The country of a Latin place name (in matching form): "australia" → AU, "rabat" → MA; undefined otherwise. */
export function latinPlaceCountry(words: readonly string[]): string | undefined {
  return LATIN_PLACE_COUNTRY.get(words.join(' ')) || undefined;
}

/** True when an Arabic word (matching form, clitics off) opens a place name: "مراكش", "الرباط". */
export function startsArabicPlace(form: string): boolean {
  return BY_FIRST.has(form);
}

