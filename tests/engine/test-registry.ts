// A test registry of real outlets for the engine's unit tests, bench and CLI fallback (the shipped registry is
// assets/registry/*.json, built from registry/curated/). Ids follow registry/SCHEMA.md. Wikidata ids are
// given only where certain; the Al Mouharir domain is a placeholder.

import type { Medium, OutletRecord } from '../../engine/types';

interface Spec {
  id: string;
  name: string;
  ar?: string;
  fr?: string;
  en?: string;
  aliases: string[];
  common?: string[];
  shared?: string[];
  domains: string[];
  country: string;
  languages: string[];
  medium: Medium;
  wikidata?: string;
}

function o(s: Spec): OutletRecord {
  const names: OutletRecord['names'] = {};
  if (s.ar) names.ar = s.ar;
  if (s.fr) names.fr = s.fr;
  if (s.en) names.en = s.en;
  return {
    id: s.id, name: s.name, names, aliases: s.aliases, commonWordAliases: s.common ?? [], sharedAliases: s.shared ?? [],
    domains: s.domains, country: s.country, languages: s.languages, medium: s.medium, owner: null, stateAffiliation: null,
    founded: null, wikidata: s.wikidata ?? null, sources: { name: ['curated'] },
  };
}

export const TEST_OUTLETS: OutletRecord[] = [
  o({ id: 'europe-1', name: 'Europe 1', ar: 'أوروب 1', fr: 'Europe 1', en: 'Europe 1', aliases: ['أوروب 1', 'اوروب1', 'أوروب1', 'إذاعة أوروبا 1', 'أوروبا 1', 'إذاعة أوروب 1', 'Europe1', 'Europe 1'], domains: ['europe1.fr'], country: 'FR', languages: ['fr'], medium: 'radio', wikidata: 'Q1376560' }),
  o({ id: 'afp', name: 'Agence France-Presse', ar: 'وكالة فرانس برس', fr: 'Agence France-Presse', en: 'Agence France-Presse', aliases: ['AFP', 'فرانس برس', 'فرانس بريس', 'أ ف ب', 'أ.ف.ب', 'وكالة الأنباء الفرنسية', 'Agence France Presse'], domains: ['afp.com'], country: 'FR', languages: ['fr', 'en', 'ar'], medium: 'agency' }),
  o({ id: 'reuters', name: 'Reuters', ar: 'رويترز', en: 'Reuters', aliases: ['Reuters', 'رويترز', 'وكالة رويترز', 'Thomson Reuters'], domains: ['reuters.com'], country: 'GB', languages: ['en', 'ar', 'fr'], medium: 'agency' }),
  o({ id: 'ap', name: 'Associated Press', ar: 'أسوشيتد برس', en: 'Associated Press', aliases: ['AP', 'Associated Press', 'The Associated Press', 'أسوشيتد برس', 'أسوشيتيد برس', 'اسوشيتدبرس', 'أسوشييتد برس'], domains: ['apnews.com'], country: 'US', languages: ['en'], medium: 'agency' }),
  o({ id: 'pa-media', name: 'PA Media', en: 'PA Media', aliases: ['PA Media', 'Press Association', 'the Press Association', 'PA news agency'], domains: ['pamediagroup.com'], country: 'GB', languages: ['en'], medium: 'agency' }),
  o({ id: 'map', name: 'Maghreb Arabe Presse', ar: 'وكالة المغرب العربي للأنباء', fr: 'Maghreb Arabe Presse', aliases: ['MAP', 'و.م.ع', 'و م ع', 'وكالة المغرب العربي للأنباء', 'لاماب', 'Maghreb Arabe Presse', 'la MAP'], domains: ['mapexpress.ma', 'map.ma'], country: 'MA', languages: ['ar', 'fr', 'en'], medium: 'agency' }),
  o({ id: 'aps', name: 'Algérie Presse Service', ar: 'وكالة الأنباء الجزائرية', fr: 'Algérie Presse Service', aliases: ['APS', 'وكالة الأنباء الجزائرية', 'وأج', 'Algérie Presse Service'], shared: ['APS'], domains: ['aps.dz'], country: 'DZ', languages: ['ar', 'fr'], medium: 'agency' }),
  o({ id: 'spa', name: 'Saudi Press Agency', ar: 'وكالة الأنباء السعودية', aliases: ['SPA', 'واس', 'وكالة الأنباء السعودية', 'Saudi Press Agency'], domains: ['spa.gov.sa'], country: 'SA', languages: ['ar', 'en'], medium: 'agency' }),
  o({ id: 'wam', name: 'Emirates News Agency', ar: 'وكالة أنباء الإمارات', aliases: ['WAM', 'وام', 'وكالة أنباء الإمارات', 'Emirates News Agency'], domains: ['wam.ae'], country: 'AE', languages: ['ar', 'en'], medium: 'agency' }),
  o({ id: 'qna', name: 'Qatar News Agency', ar: 'وكالة الأنباء القطرية', aliases: ['QNA', 'قنا', 'وكالة الأنباء القطرية', 'Qatar News Agency'], common: ['قنا'], domains: ['qna.org.qa'], country: 'QA', languages: ['ar', 'en'], medium: 'agency' }),
  o({ id: 'kuna', name: 'Kuwait News Agency', ar: 'وكالة الأنباء الكويتية', aliases: ['KUNA', 'كونا', 'وكالة الأنباء الكويتية', 'Kuwait News Agency'], domains: ['kuna.net.kw'], country: 'KW', languages: ['ar', 'en'], medium: 'agency' }),
  o({ id: 'al-anba-kw', name: 'Al-Anba', ar: 'الأنباء', aliases: ['الأنباء', 'Al-Anba'], common: ['الأنباء'], shared: ['الأنباء'], domains: ['alanba.com.kw'], country: 'KW', languages: ['ar'], medium: 'newspaper' }),
  o({ id: 'sana', name: 'Syrian Arab News Agency', ar: 'الوكالة العربية السورية للأنباء', aliases: ['SANA', 'سانا', 'الوكالة العربية السورية للأنباء'], domains: ['sana.sy'], country: 'SY', languages: ['ar', 'en'], medium: 'agency' }),
  o({ id: 'mena', name: 'Middle East News Agency', ar: 'وكالة أنباء الشرق الأوسط', aliases: ['MENA', 'وكالة أنباء الشرق الأوسط', 'أ ش أ'], domains: ['mena.org.eg'], country: 'EG', languages: ['ar'], medium: 'agency' }),
  o({ id: 'al-jazeera', name: 'Al Jazeera', ar: 'الجزيرة', en: 'Al Jazeera', aliases: ['الجزيرة', 'قناة الجزيرة', 'الجزيرة نت', 'Al Jazeera', 'Al-Jazeera', 'Aljazeera'], common: ['الجزيرة'], domains: ['aljazeera.net', 'aljazeera.com'], country: 'QA', languages: ['ar', 'en'], medium: 'tv' }),
  o({ id: 'al-arabiya', name: 'Al Arabiya', ar: 'العربية', en: 'Al Arabiya', aliases: ['العربية', 'قناة العربية', 'العربية نت', 'Al Arabiya', 'Al-Arabiya'], common: ['العربية'], domains: ['alarabiya.net'], country: 'AE', languages: ['ar', 'en'], medium: 'tv' }),
  o({ id: 'asharq-al-awsat', name: 'Asharq Al-Awsat', ar: 'الشرق الأوسط', en: 'Asharq Al-Awsat', aliases: ['الشرق الأوسط', 'Asharq Al-Awsat', 'Asharq al-Awsat'], common: ['الشرق الأوسط'], domains: ['aawsat.com'], country: 'GB', languages: ['ar', 'en'], medium: 'newspaper' }),
  o({ id: 'le-monde', name: 'Le Monde', ar: 'لوموند', fr: 'Le Monde', aliases: ['Le Monde', 'لوموند', 'لو موند'], common: ['Le Monde'], domains: ['lemonde.fr'], country: 'FR', languages: ['fr'], medium: 'newspaper' }),
  o({ id: 'le-figaro', name: 'Le Figaro', ar: 'لوفيغارو', fr: 'Le Figaro', aliases: ['Le Figaro', 'لوفيغارو', 'لوفيجارو', 'لو فيغارو'], domains: ['lefigaro.fr'], country: 'FR', languages: ['fr'], medium: 'newspaper' }),
  o({ id: 'le-parisien', name: 'Le Parisien', ar: 'لوباريزيان', fr: 'Le Parisien', aliases: ['Le Parisien', 'لوباريزيان', 'لو باريزيان'], common: ['Le Parisien'], domains: ['leparisien.fr'], country: 'FR', languages: ['fr'], medium: 'newspaper' }),
  o({ id: 'bfmtv', name: 'BFMTV', ar: 'بي إف إم تي في', fr: 'BFMTV', aliases: ['BFMTV', 'BFM TV', 'بي إف إم تي في', 'بي اف ام'], domains: ['bfmtv.com'], country: 'FR', languages: ['fr'], medium: 'tv' }),
  o({ id: 'rfi', name: 'RFI', ar: 'إذاعة فرنسا الدولية', fr: 'Radio France Internationale', aliases: ['RFI', 'إذاعة فرنسا الدولية', 'Radio France Internationale', 'مونت كارلو الدولية'], domains: ['rfi.fr'], country: 'FR', languages: ['fr', 'ar', 'en'], medium: 'radio' }),
  o({ id: 'france-24', name: 'France 24', ar: 'فرانس 24', fr: 'France 24', aliases: ['France 24', 'فرانس 24', 'France24'], domains: ['france24.com'], country: 'FR', languages: ['fr', 'ar', 'en'], medium: 'tv' }),
  o({ id: 'liberation', name: 'Libération', ar: 'ليبراسيون', fr: 'Libération', aliases: ['Libération', 'ليبراسيون', 'Libé'], common: ['Libération'], domains: ['liberation.fr'], country: 'FR', languages: ['fr'], medium: 'newspaper' }),
  o({ id: 'sud-ouest', name: 'Sud Ouest', fr: 'Sud Ouest', aliases: ['Sud Ouest', 'Sud-Ouest'], common: ['Sud Ouest', 'Sud-Ouest'], domains: ['sudouest.fr'], country: 'FR', languages: ['fr'], medium: 'newspaper' }),
  o({ id: 'le-soir', name: 'Le Soir', fr: 'Le Soir', aliases: ['Le Soir', 'لوسوار'], common: ['Le Soir'], domains: ['lesoir.be'], country: 'BE', languages: ['fr'], medium: 'newspaper' }),
  o({ id: 'lexpress', name: "L'Express", fr: "L'Express", aliases: ["L'Express", 'لكسبريس', 'ليكسبريس'], common: ["L'Express"], domains: ['lexpress.fr'], country: 'FR', languages: ['fr'], medium: 'magazine' }),
  o({ id: 'lequipe', name: "L'Équipe", ar: 'ليكيب', fr: "L'Équipe", aliases: ["L'Équipe", "L'Equipe", 'ليكيب'], common: ["L'Équipe"], domains: ['lequipe.fr'], country: 'FR', languages: ['fr'], medium: 'newspaper' }),
  o({ id: 'marca', name: 'Marca', ar: 'ماركا', aliases: ['Marca', 'ماركا'], common: ['Marca'], domains: ['marca.com'], country: 'ES', languages: ['es'], medium: 'newspaper' }),
  o({ id: 'as', name: 'AS', ar: 'آس', aliases: ['AS', 'آس', 'Diario AS'], common: ['AS', 'آس'], domains: ['as.com'], country: 'ES', languages: ['es'], medium: 'newspaper' }),
  o({ id: 'bbc', name: 'BBC', ar: 'بي بي سي', en: 'BBC', aliases: ['BBC', 'BBC News', 'بي بي سي', 'هيئة الإذاعة البريطانية', 'BBC Arabic'], domains: ['bbc.co.uk', 'bbc.com'], country: 'GB', languages: ['en', 'ar'], medium: 'tv' }),
  o({ id: 'cnn', name: 'CNN', ar: 'سي إن إن', en: 'CNN', aliases: ['CNN', 'سي إن إن', 'سي ان ان'], domains: ['cnn.com'], country: 'US', languages: ['en', 'ar'], medium: 'tv' }),
  o({ id: 'new-york-times', name: 'The New York Times', ar: 'نيويورك تايمز', en: 'The New York Times', aliases: ['The New York Times', 'New York Times', 'NYT', 'نيويورك تايمز'], domains: ['nytimes.com'], country: 'US', languages: ['en'], medium: 'newspaper' }),
  o({ id: 'the-guardian', name: 'The Guardian', ar: 'الغارديان', en: 'The Guardian', aliases: ['The Guardian', 'Guardian', 'الغارديان', 'الجارديان'], common: ['Guardian'], domains: ['theguardian.com'], country: 'GB', languages: ['en'], medium: 'newspaper' }),
  o({ id: 'the-times', name: 'The Times', ar: 'التايمز', en: 'The Times', aliases: ['The Times', 'Times', 'التايمز'], common: ['The Times', 'Times'], domains: ['thetimes.co.uk'], country: 'GB', languages: ['en'], medium: 'newspaper' }),
  o({ id: 'the-sun', name: 'The Sun', ar: 'ذا صن', en: 'The Sun', aliases: ['The Sun', 'ذا صن'], common: ['The Sun'], domains: ['thesun.co.uk'], country: 'GB', languages: ['en'], medium: 'newspaper' }),
  o({ id: 'metro-uk', name: 'Metro', en: 'Metro', aliases: ['Metro', 'مترو'], common: ['Metro', 'مترو'], domains: ['metro.co.uk'], country: 'GB', languages: ['en'], medium: 'newspaper' }),
  o({ id: 'hespress', name: 'Hespress', ar: 'هسبريس', fr: 'Hespress', aliases: ['Hespress', 'هسبريس', 'هيسبريس'], domains: ['hespress.com'], country: 'MA', languages: ['ar', 'fr', 'en'], medium: 'online' }),
  o({ id: 'le360', name: 'Le360', ar: 'لو360', fr: 'Le360', aliases: ['Le360', 'لو360', 'Le 360'], domains: ['le360.ma'], country: 'MA', languages: ['fr', 'ar'], medium: 'online' }),
  o({ id: 'echorouk-dz', name: 'Echorouk', ar: 'الشروق', fr: 'Echorouk', aliases: ['الشروق', 'الشروق اليومي', 'الشروق أونلاين', 'Echorouk'], common: ['الشروق'], shared: ['الشروق'], domains: ['echoroukonline.com'], country: 'DZ', languages: ['ar'], medium: 'newspaper' }),
  o({ id: 'achourouk-tn', name: 'Achourouk', ar: 'الشروق', aliases: ['الشروق', 'Achourouk'], common: ['الشروق'], shared: ['الشروق'], domains: ['alchourouk.com'], country: 'TN', languages: ['ar'], medium: 'newspaper' }),
  o({ id: 'al-shorouk-eg', name: 'Al-Shorouk', ar: 'الشروق', en: 'Al-Shorouk', aliases: ['الشروق', 'Al-Shorouk', 'Shorouk News'], common: ['الشروق'], shared: ['الشروق'], domains: ['shorouknews.com'], country: 'EG', languages: ['ar'], medium: 'newspaper' }),
  o({ id: 'el-watan-dz', name: 'El Watan', ar: 'الوطن', fr: 'El Watan', aliases: ['الوطن', 'El Watan'], common: ['الوطن'], shared: ['الوطن'], domains: ['elwatan-dz.com'], country: 'DZ', languages: ['fr'], medium: 'newspaper' }),
  o({ id: 'alwatan-sa', name: 'Al-Watan (Saudi Arabia)', ar: 'الوطن', aliases: ['الوطن'], common: ['الوطن'], shared: ['الوطن'], domains: ['alwatan.com.sa'], country: 'SA', languages: ['ar'], medium: 'newspaper' }),
  o({ id: 'alwatan-kw', name: 'Al-Watan (Kuwait)', ar: 'الوطن', aliases: ['الوطن', 'Al-Watan'], common: ['الوطن'], shared: ['الوطن', 'Al-Watan'], domains: ['alwatannews.kw'], country: 'KW', languages: ['ar'], medium: 'newspaper' }),
  o({ id: 'alwatan-qa', name: 'Al-Watan (Qatar)', ar: 'الوطن', aliases: ['الوطن', 'Al-Watan'], common: ['الوطن'], shared: ['الوطن', 'Al-Watan'], domains: ['al-watan.com'], country: 'QA', languages: ['ar'], medium: 'newspaper' }),
  o({ id: 'al-manar-tv', name: 'Al-Manar', ar: 'المنار', en: 'Al-Manar', aliases: ['المنار', 'قناة المنار', 'Al-Manar', 'Al Manar'], common: ['المنار'], shared: ['المنار', 'Al-Manar', 'Al Manar'], domains: ['almanar.com.lb'], country: 'LB', languages: ['ar'], medium: 'tv' }),
  o({ id: 'al-manar-ps', name: 'Al-Manar (Jerusalem)', ar: 'المنار', aliases: ['المنار', 'Al-Manar'], common: ['المنار'], shared: ['المنار', 'Al-Manar'], domains: [], country: 'PS', languages: ['ar'], medium: 'newspaper' }),
  o({ id: 'alrai-jo', name: 'Al-Rai (Jordan)', ar: 'الرأي', aliases: ['الرأي', 'Al-Rai'], common: ['الرأي'], shared: ['الرأي', 'Al-Rai'], domains: ['alrai.com'], country: 'JO', languages: ['ar'], medium: 'newspaper' }),
  o({ id: 'alrai-kw', name: 'Al-Rai (Kuwait)', ar: 'الرأي', aliases: ['الرأي', 'Al-Rai'], common: ['الرأي'], shared: ['الرأي', 'Al-Rai'], domains: ['alraimedia.com'], country: 'KW', languages: ['ar'], medium: 'newspaper' }),
  o({ id: 'al-ahram', name: 'Al-Ahram', ar: 'الأهرام', en: 'Al-Ahram', aliases: ['الأهرام', 'Al-Ahram', 'صحيفة الأهرام'], common: ['الأهرام'], domains: ['ahram.org.eg'], country: 'EG', languages: ['ar'], medium: 'newspaper' }),
  o({ id: 'ahram-online', name: 'Ahram Online', ar: 'الأهرام أونلاين', en: 'Ahram Online', aliases: ['Ahram Online', 'الأهرام أونلاين', 'أهرام أونلاين'], domains: ['english.ahram.org.eg'], country: 'EG', languages: ['en'], medium: 'online', }),
  o({ id: 'almouharir', name: 'Al Mouharir', ar: 'المحرر', aliases: ['المحرر', 'Al Mouharir'], common: ['المحرر'], domains: ['almouharir.com'], country: 'MA', languages: ['ar'], medium: 'online' }),
  o({ id: 'ria-novosti', name: 'RIA Novosti', ar: 'ريا نوفوستي', en: 'RIA Novosti', aliases: ['RIA Novosti', 'Novosti', 'نوفوستي', 'ريا نوفوستي'], domains: ['ria.ru'], country: 'RU', languages: ['ru'], medium: 'agency' }),
  o({ id: 'as-safir', name: 'As-Safir', ar: 'السفير', en: 'As-Safir', aliases: ['السفير', 'As-Safir', 'Assafir'], common: ['السفير'], domains: ['assafir.com'], country: 'LB', languages: ['ar'], medium: 'newspaper' }),
  o({ id: 'sputnik', name: 'Sputnik', ar: 'سبوتنيك', en: 'Sputnik', aliases: ['Sputnik', 'سبوتنيك'], domains: ['sputniknews.com'], country: 'RU', languages: ['ru', 'ar', 'en', 'fr'], medium: 'agency' }),
  o({ id: 'financial-times', name: 'Financial Times', ar: 'فايننشال تايمز', en: 'Financial Times', aliases: ['Financial Times', 'FT', 'فايننشال تايمز', 'فاينانشال تايمز'], domains: ['ft.com'], country: 'GB', languages: ['en'], medium: 'newspaper' }),
  o({ id: 'bloomberg', name: 'Bloomberg', ar: 'بلومبرغ', en: 'Bloomberg', aliases: ['Bloomberg', 'بلومبرغ', 'بلومبيرغ', 'بلومبرج'], domains: ['bloomberg.com'], country: 'US', languages: ['en'], medium: 'agency' }),
  o({ id: 'el-khabar', name: 'El Khabar', ar: 'الخبر', aliases: ['الخبر', 'El Khabar'], common: ['الخبر'], domains: ['elkhabar.com'], country: 'DZ', languages: ['ar'], medium: 'newspaper' }),
  o({ id: 'al-ayam-bh', name: 'Al Ayam (Bahrain)', ar: 'الأيام', aliases: ['الأيام'], common: ['الأيام'], shared: ['الأيام'], domains: ['alayam.com'], country: 'BH', languages: ['ar'], medium: 'newspaper' }),
  o({ id: 'al-ayyam-ps', name: 'Al-Ayyam (Palestine)', ar: 'الأيام', aliases: ['الأيام'], common: ['الأيام'], shared: ['الأيام'], domains: ['al-ayyam.ps'], country: 'PS', languages: ['ar'], medium: 'newspaper' }),
  o({ id: 'assabah-ma', name: 'Assabah (Morocco)', ar: 'الصباح', aliases: ['الصباح', 'Assabah'], common: ['الصباح'], shared: ['الصباح', 'Assabah'], domains: ['assabah.ma'], country: 'MA', languages: ['ar'], medium: 'newspaper' }),
  o({ id: 'assabah-tn', name: 'Assabah (Tunisia)', ar: 'الصباح', aliases: ['الصباح', 'Assabah'], common: ['الصباح'], shared: ['الصباح', 'Assabah'], domains: ['assabah.com.tn'], country: 'TN', languages: ['ar'], medium: 'newspaper' }),
  o({ id: 'al-akhbar-lb', name: 'Al-Akhbar', ar: 'الأخبار', aliases: ['الأخبار', 'Al-Akhbar'], common: ['الأخبار'], domains: ['al-akhbar.com'], country: 'LB', languages: ['ar'], medium: 'newspaper' }),
  o({ id: 'al-massae', name: 'Al Massae', ar: 'المساء', aliases: ['المساء', 'Al Massae'], common: ['المساء'], domains: ['almassae.press.ma'], country: 'MA', languages: ['ar'], medium: 'newspaper' }),
  o({ id: 'annahar-lb', name: 'An-Nahar', ar: 'النهار', aliases: ['النهار', 'An-Nahar', 'Annahar'], common: ['النهار'], shared: ['النهار'], domains: ['annahar.com'], country: 'LB', languages: ['ar'], medium: 'newspaper' }),
  o({ id: 'ennahar-dz', name: 'Ennahar', ar: 'النهار', aliases: ['النهار', 'Ennahar', 'النهار الجديد'], common: ['النهار'], shared: ['النهار'], domains: ['ennaharonline.com'], country: 'DZ', languages: ['ar'], medium: 'newspaper' }),
  o({ id: 'al-hayat', name: 'Al-Hayat', ar: 'الحياة', aliases: ['الحياة', 'Al-Hayat'], common: ['الحياة'], domains: ['alhayat.com'], country: 'GB', languages: ['ar'], medium: 'newspaper' }),
  o({ id: 'addustour', name: 'Ad-Dustour', ar: 'الدستور', aliases: ['الدستور', 'Ad-Dustour'], common: ['الدستور'], domains: ['addustour.com'], country: 'JO', languages: ['ar'], medium: 'newspaper' }),
  o({ id: 'al-quds-al-arabi', name: 'Al-Quds Al-Arabi', ar: 'القدس العربي', aliases: ['القدس العربي', 'Al-Quds Al-Arabi'], domains: ['alquds.co.uk'], country: 'GB', languages: ['ar'], medium: 'newspaper' }),
  o({ id: 'el-pais', name: 'El País', ar: 'إل باييس', aliases: ['El País', 'إل باييس', 'الباييس'], domains: ['elpais.com'], country: 'ES', languages: ['es'], medium: 'newspaper' }),
  o({ id: 'ad-diyar', name: 'Ad-Diyar', ar: 'الديار', aliases: ['الديار', 'Ad-Diyar'], common: ['الديار'], domains: ['addiyar.com'], country: 'LB', languages: ['ar'], medium: 'newspaper' }),
  o({ id: 'sbc-sc', name: 'Seychelles Broadcasting Corporation', ar: 'هيئة الإذاعة والتلفزيون', aliases: ['SBC', 'هيئة الإذاعة والتلفزيون'], domains: ['sbc.sc'], country: 'SC', languages: ['en'], medium: 'tv' }),
  o({ id: 'detik', name: 'detikcom', en: 'detikcom', aliases: ['detikcom', 'detik', 'Detik'], domains: ['detik.com'], country: 'ID', languages: ['id'], medium: 'online' }),
  o({ id: 'the-canadian-press', name: 'The Canadian Press', fr: 'La Presse canadienne', aliases: ['The Canadian Press', 'La Presse canadienne', 'La Presse Canadienne'], common: ['La Presse canadienne', 'La Presse Canadienne'], domains: ['thecanadianpress.com'], country: 'CA', languages: ['en', 'fr'], medium: 'agency' }),
  o({ id: 'aps-senegal', name: 'Agence de presse sénégalaise', fr: 'Agence de presse sénégalaise', aliases: ['Agence de presse sénégalaise', 'APS'], shared: ['APS'], domains: ['aps.sn'], country: 'SN', languages: ['fr'], medium: 'agency' }),
  o({ id: 'abc-au', name: 'ABC (Australia)', en: 'ABC', aliases: ['ABC (Australia)', 'Australian Broadcasting Corporation', 'ABC News'], shared: ['ABC News'], domains: ['abc.net.au'], country: 'AU', languages: ['en'], medium: 'tv' }),
  o({ id: 'abc-us', name: 'ABC News', en: 'ABC News', aliases: ['ABC News', 'American Broadcasting Company'], shared: ['ABC News'], domains: ['abcnews.go.com'], country: 'US', languages: ['en'], medium: 'tv' }),
  o({ id: 'daily-maverick', name: 'Daily Maverick', en: 'Daily Maverick', aliases: ['Daily Maverick'], domains: ['dailymaverick.co.za'], country: 'ZA', languages: ['en'], medium: 'online' }),
  o({ id: 'kompas', name: 'Kompas', en: 'Kompas', aliases: ['Kompas'], domains: ['kompas.id'], country: 'ID', languages: ['id'], medium: 'newspaper' }),
  o({ id: 'sydsvenskan', name: 'Sydsvenskan', en: 'Sydsvenskan', aliases: ['Sydsvenskan'], domains: ['sydsvenskan.se'], country: 'SE', languages: ['sv'], medium: 'newspaper' }),
  o({ id: 'dawn', name: 'Dawn', en: 'Dawn', aliases: ['Dawn'], domains: ['dawn.com'], country: 'PK', languages: ['en'], medium: 'newspaper' }),
  o({ id: 'el-confidencial', name: 'El Confidencial', ar: 'إل كونفيدينسيال', aliases: ['El Confidencial', 'إل كونفيدينسيال'], domains: ['elconfidencial.com'], country: 'ES', languages: ['es'], medium: 'online' }),
  o({ id: 'el-universal-mx', name: 'El Universal', ar: 'الأونيفرسال', aliases: ['El Universal', 'الأونيفرسال'], domains: ['eluniversal.com.mx'], country: 'MX', languages: ['es'], medium: 'newspaper' }),
  o({ id: 'washington-post', name: 'The Washington Post', ar: 'واشنطن بوست', aliases: ['The Washington Post', 'Washington Post', 'واشنطن بوست'], domains: ['washingtonpost.com'], country: 'US', languages: ['en'], medium: 'newspaper' }),
  o({ id: 'wsj', name: 'The Wall Street Journal', ar: 'وول ستريت جورنال', aliases: ['The Wall Street Journal', 'Wall Street Journal', 'WSJ', 'وول ستريت جورنال'], domains: ['wsj.com'], country: 'US', languages: ['en'], medium: 'newspaper' }),
  o({ id: 'le-point', name: 'Le Point', ar: 'لوبوان', aliases: ['Le Point', 'لوبوان'], common: ['Le Point'], domains: ['lepoint.fr'], country: 'FR', languages: ['fr'], medium: 'magazine' }),
  o({ id: 'mediapart', name: 'Mediapart', ar: 'ميديابارت', aliases: ['Mediapart', 'ميديابارت'], domains: ['mediapart.fr'], country: 'FR', languages: ['fr'], medium: 'online' }),
  o({ id: 'jeune-afrique', name: 'Jeune Afrique', ar: 'جون أفريك', aliases: ['Jeune Afrique', 'جون أفريك', 'جون أفريك'], domains: ['jeuneafrique.com'], country: 'FR', languages: ['fr'], medium: 'magazine' }),
  o({ id: 'kech24', name: 'Kech24', ar: 'كشـ24', aliases: ['كشـ24', 'كش24', 'Kech24', 'Kech 24'], domains: ['kech24.com'], country: 'MA', languages: ['ar'], medium: 'online' }),
  o({ id: 'sky-news-arabia', name: 'Sky News Arabia', ar: 'سكاي نيوز عربية', aliases: ['Sky News Arabia', 'سكاي نيوز عربية'], domains: ['skynewsarabia.com'], country: 'AE', languages: ['ar'], medium: 'tv' }),
  o({ id: 'al-mayadeen', name: 'Al Mayadeen', ar: 'الميادين', aliases: ['الميادين', 'Al Mayadeen'], common: ['الميادين'], domains: ['almayadeen.net'], country: 'LB', languages: ['ar'], medium: 'tv' }),
  o({ id: 'anadolu', name: 'Anadolu Agency', ar: 'وكالة الأناضول', aliases: ['Anadolu Agency', 'Anadolu', 'الأناضول', 'وكالة الأناضول'], common: ['الأناضول'], domains: ['aa.com.tr'], country: 'TR', languages: ['tr', 'ar', 'en', 'fr'], medium: 'agency' }),
  o({ id: 'efe', name: 'EFE', ar: 'إفي', aliases: ['EFE', 'إفي', 'وكالة إفي', 'الوكالة الإسبانية'], domains: ['efe.com'], country: 'ES', languages: ['es'], medium: 'agency' }),
  o({ id: 'europa-press', name: 'Europa Press', ar: 'أوروبا برس', aliases: ['Europa Press', 'أوروبا برس'], domains: ['europapress.es'], country: 'ES', languages: ['es'], medium: 'agency' }),
  o({ id: 'chicago-sun-times', name: 'Chicago Sun-Times', en: 'Chicago Sun-Times', aliases: ['Chicago Sun-Times', 'Chicago Sun Times'], domains: ['suntimes.com'], country: 'US', languages: ['en'], medium: 'newspaper' }),
  o({ id: 'tass', name: 'TASS', ar: 'تاس', aliases: ['TASS', 'تاس', 'وكالة تاس'], domains: ['tass.ru'], country: 'RU', languages: ['ru', 'en'], medium: 'agency' }),
  o({ id: 'xinhua', name: 'Xinhua', ar: 'شينخوا', aliases: ['Xinhua', 'شينخوا', 'شينخوا'], domains: ['xinhuanet.com'], country: 'CN', languages: ['zh', 'en', 'ar', 'fr'], medium: 'agency' }),
  o({ id: 'franceinfo', name: 'franceinfo', ar: 'فرانس إنفو', aliases: ['franceinfo', 'France Info', 'France info', 'فرانس إنفو'], domains: ['francetvinfo.fr'], country: 'FR', languages: ['fr'], medium: 'tv' }),
  o({ id: 'jdd', name: 'Le Journal du dimanche', aliases: ['Le Journal du dimanche', 'Journal du dimanche', 'JDD', 'Le JDD'], domains: ['lejdd.fr'], country: 'FR', languages: ['fr'], medium: 'newspaper' }),
  o({ id: 'ouest-france', name: 'Ouest-France', aliases: ['Ouest-France', 'Ouest France'], domains: ['ouest-france.fr'], country: 'FR', languages: ['fr'], medium: 'newspaper' }),
  o({ id: '2m', name: '2M', ar: 'دوزيم', aliases: ['2M', 'دوزيم', 'القناة الثانية المغربية'], domains: ['2m.ma'], country: 'MA', languages: ['ar', 'fr'], medium: 'tv' }),
  o({ id: 'medi1tv', name: 'Medi1 TV', ar: 'ميدي 1 تي في', aliases: ['Medi1 TV', 'Médi1 TV', 'Medi1', 'ميدي 1 تي في', 'ميدي1'], domains: ['medi1tv.com'], country: 'MA', languages: ['ar', 'fr'], medium: 'tv' }),
  o({ id: 'alyaoum24', name: 'Alyaoum 24', ar: 'اليوم 24', aliases: ['اليوم 24', 'Alyaoum 24', 'اليوم24'], domains: ['alyaoum24.com'], country: 'MA', languages: ['ar'], medium: 'online' }),
  o({ id: 'dw', name: 'Deutsche Welle', ar: 'دويتشه فيله', aliases: ['Deutsche Welle', 'DW', 'دويتشه فيله', 'دويتشه فيلله'], domains: ['dw.com'], country: 'DE', languages: ['de', 'en', 'ar', 'fr'], medium: 'tv' }),
  o({ id: 'middle-east-eye', name: 'Middle East Eye', ar: 'ميدل إيست آي', aliases: ['Middle East Eye', 'ميدل إيست آي', 'ميدل ايست آي'], domains: ['middleeasteye.net'], country: 'GB', languages: ['en', 'ar', 'fr'], medium: 'online' }),
  o({ id: 'okaz', name: 'Okaz', ar: 'عكاظ', aliases: ['عكاظ', 'صحيفة عكاظ', 'Okaz'], domains: ['okaz.com.sa'], country: 'SA', languages: ['ar'], medium: 'newspaper' }),
  o({ id: 'al-riyadh', name: 'Al Riyadh', ar: 'الرياض', aliases: ['الرياض', 'Al Riyadh'], common: ['الرياض'], domains: ['alriyadh.com'], country: 'SA', languages: ['ar'], medium: 'newspaper' }),
  o({ id: '7sur7-be', name: '7sur7', fr: '7sur7', aliases: ['7sur7', '7sur7.be'], common: ['7sur7'], domains: ['7sur7.be'], country: 'BE', languages: ['fr'], medium: 'online' }),
  o({ id: 'the-herald-gb', name: 'The Herald (Glasgow)', en: 'The Herald', aliases: ['The Herald', 'Glasgow Herald'], common: ['The Herald'], shared: ['The Herald'], domains: ['heraldscotland.com'], country: 'GB', languages: ['en'], medium: 'newspaper' }),
  o({ id: 'smh', name: 'The Sydney Morning Herald', en: 'The Sydney Morning Herald', aliases: ['The Sydney Morning Herald', 'Sydney Morning Herald', 'SMH', 'The Herald'], common: ['The Herald'], shared: ['The Herald'], domains: ['smh.com.au'], country: 'AU', languages: ['en'], medium: 'newspaper' }),
  o({ id: 'gulf-news', name: 'Gulf News', ar: 'غلف نيوز', aliases: ['Gulf News', 'غلف نيوز'], domains: ['gulfnews.com'], country: 'AE', languages: ['en'], medium: 'newspaper' }),
  o({ id: 'the-independent', name: 'The Independent', ar: 'إندبندنت', aliases: ['The Independent', 'Independent', 'إندبندنت', 'الإندبندنت'], common: ['Independent'], domains: ['independent.co.uk'], country: 'GB', languages: ['en'], medium: 'online' }),
  o({ id: 'daily-mail', name: 'Daily Mail', ar: 'ديلي ميل', aliases: ['Daily Mail', 'ديلي ميل', 'The Daily Mail', 'Mail Online'], domains: ['dailymail.co.uk'], country: 'GB', languages: ['en'], medium: 'newspaper' }),
  o({ id: 'fox-news', name: 'Fox News', ar: 'فوكس نيوز', aliases: ['Fox News', 'فوكس نيوز'], domains: ['foxnews.com'], country: 'US', languages: ['en'], medium: 'tv' }),
  o({ id: '20-minutes', name: '20 Minutes', fr: '20 Minutes', aliases: ['20 Minutes', '20minutes'], common: ['20 Minutes'], domains: ['20minutes.fr'], country: 'FR', languages: ['fr'], medium: 'newspaper' }),
  o({ id: 'npr', name: 'NPR', en: 'NPR', aliases: ['NPR', 'National Public Radio'], domains: ['npr.org'], country: 'US', languages: ['en'], medium: 'radio' }),
  o({ id: 'axios', name: 'Axios', ar: 'أكسيوس', aliases: ['Axios', 'أكسيوس'], domains: ['axios.com'], country: 'US', languages: ['en'], medium: 'online' }),
  o({ id: 'politico', name: 'Politico', ar: 'بوليتيكو', aliases: ['Politico', 'بوليتيكو', 'POLITICO'], domains: ['politico.com', 'politico.eu'], country: 'US', languages: ['en'], medium: 'online' }),
  o({ id: 'tf1', name: 'TF1', aliases: ['TF1', 'TF1 Info'], domains: ['tf1info.fr', 'tf1.fr'], country: 'FR', languages: ['fr'], medium: 'tv' }),
];
