// Languages → ISO 639-1. iptv-org's feeds.csv uses ISO 639-3 codes (`ara`, `fra`); Wikidata gives English
// labels, sometimes of a variety ("British English", "Mexican Spanish", "New Persian"). Both map to the
// two-letter code the registry ships; a language without a 639-1 code is dropped (it would not help the engine,
// which only reads `ar`, `fr` and `en` anyway).

/** [ISO 639-1, ISO 639-3, English names and varieties...] */
const LANGUAGES: ReadonlyArray<readonly string[]> = [
  ['aa', 'aar', 'Afar'],
  ['af', 'afr', 'Afrikaans'],
  ['am', 'amh', 'Amharic'],
  ['ar', 'ara', 'Arabic', 'Modern Standard Arabic', 'Egyptian Arabic', 'Moroccan Arabic'],
  ['as', 'asm', 'Assamese'],
  ['av', 'ava', 'Avar'],
  ['az', 'aze', 'Azerbaijani'],
  ['ba', 'bak', 'Bashkir'],
  ['be', 'bel', 'Belarusian'],
  ['bg', 'bul', 'Bulgarian'],
  ['bn', 'ben', 'Bengali'],
  ['bo', 'bod', 'Tibetan'],
  ['bs', 'bos', 'Bosnian'],
  ['ca', 'cat', 'Catalan'],
  ['ce', 'che', 'Chechen'],
  ['cs', 'ces', 'Czech'],
  ['cv', 'chv', 'Chuvash'],
  ['cy', 'cym', 'Welsh'],
  ['da', 'dan', 'Danish'],
  ['de', 'deu', 'German', 'Pennsylvania German'],
  ['dv', 'div', 'Maldivian', 'Dhivehi'],
  ['dz', 'dzo', 'Dzongkha'],
  ['el', 'ell', 'Greek'],
  ['en', 'eng', 'English', 'American English', 'British English', 'Australian English', 'Indian English', 'New Zealand English', 'Nigerian English', 'Canadian English'],
  ['eo', 'epo', 'Esperanto'],
  ['es', 'spa', 'Spanish', 'Mexican Spanish', 'Venezuelan Spanish', 'Spanglish'],
  ['et', 'est', 'Estonian'],
  ['eu', 'eus', 'Basque'],
  ['fa', 'fas', 'Persian', 'New Persian', 'Dari'],
  ['fi', 'fin', 'Finnish'],
  ['fo', 'fao', 'Faroese'],
  ['fr', 'fra', 'French'],
  ['fy', 'fry', 'West Frisian'],
  ['ga', 'gle', 'Irish'],
  ['gl', 'glg', 'Galician'],
  ['gu', 'guj', 'Gujarati'],
  ['ha', 'hau', 'Hausa'],
  ['he', 'heb', 'Hebrew', 'Israeli (Modern) Hebrew'],
  ['hi', 'hin', 'Hindi'],
  ['hr', 'hrv', 'Croatian'],
  ['ht', 'hat', 'Haitian Creole'],
  ['hu', 'hun', 'Hungarian'],
  ['hy', 'hye', 'Armenian'],
  ['id', 'ind', 'Indonesian'],
  ['is', 'isl', 'Icelandic'],
  ['it', 'ita', 'Italian'],
  ['ja', 'jpn', 'Japanese'],
  ['ka', 'kat', 'Georgian'],
  ['kk', 'kaz', 'Kazakh'],
  ['km', 'khm', 'Khmer'],
  ['kn', 'kan', 'Kannada'],
  ['ko', 'kor', 'Korean', 'North Korean standard language'],
  ['ks', 'kas', 'Kashmiri'],
  ['ku', 'kur', 'Kurdish', 'Central Kurdish', 'Northern Kurdish'],
  ['kv', 'kom', 'Komi'],
  ['ky', 'kir', 'Kyrgyz'],
  ['lb', 'ltz', 'Luxembourgish'],
  ['lo', 'lao', 'Lao'],
  ['lt', 'lit', 'Lithuanian'],
  ['lv', 'lav', 'Latvian'],
  ['mk', 'mkd', 'Macedonian'],
  ['ml', 'mal', 'Malayalam'],
  ['mn', 'mon', 'Mongolian'],
  ['mr', 'mar', 'Marathi'],
  ['ms', 'msa', 'Malay', 'Malaysian Malay'],
  ['my', 'mya', 'Burmese'],
  ['ne', 'nep', 'Nepali'],
  ['nl', 'nld', 'Dutch'],
  ['nn', 'nno', 'Nynorsk'],
  ['nb', 'nob', 'Bokmål'],
  ['no', 'nor', 'Norwegian'],
  ['oj', 'oji', 'Ojibwe'],
  ['om', 'orm', 'Oromo'],
  ['or', 'ori', 'Odia'],
  ['os', 'oss', 'Ossetian'],
  ['pa', 'pan', 'Punjabi'],
  ['pl', 'pol', 'Polish'],
  ['ps', 'pus', 'Pashto'],
  ['pt', 'por', 'Portuguese', 'Brazilian Portuguese', 'European Portuguese'],
  ['ro', 'ron', 'Romanian', 'Moldovan'],
  ['ru', 'rus', 'Russian'],
  ['rw', 'kin', 'Kinyarwanda'],
  ['sa', 'san', 'Sanskrit'],
  ['si', 'sin', 'Sinhala'],
  ['sk', 'slk', 'Slovak'],
  ['sl', 'slv', 'Slovene'],
  ['so', 'som', 'Somali'],
  ['sq', 'sqi', 'Albanian'],
  ['sr', 'srp', 'Serbian', 'Montenegrin'],
  ['sv', 'swe', 'Swedish'],
  ['sw', 'swa', 'Swahili'],
  ['ta', 'tam', 'Tamil'],
  ['te', 'tel', 'Telugu'],
  ['tg', 'tgk', 'Tajik'],
  ['th', 'tha', 'Thai'],
  ['ti', 'tir', 'Tigrinya'],
  ['tk', 'tuk', 'Turkmen'],
  ['tl', 'tgl', 'Tagalog', 'Filipino'],
  ['tr', 'tur', 'Turkish'],
  ['tt', 'tat', 'Tatar', 'Crimean Tatar'],
  ['ug', 'uig', 'Uyghur'],
  ['uk', 'ukr', 'Ukrainian'],
  ['ur', 'urd', 'Urdu'],
  ['uz', 'uzb', 'Uzbek'],
  ['vi', 'vie', 'Vietnamese'],
  ['wo', 'wol', 'Wolof'],
  ['yi', 'yid', 'Yiddish'],
  ['yo', 'yor', 'Yoruba'],
  ['zh', 'zho', 'Chinese', 'Simplified Chinese', 'Traditional Chinese', 'Standard Mandarin', 'Standard Taiwanese Mandarin', 'Mandarin Chinese', 'Cantonese'],
];

const BY_KEY = new Map<string, string>();
for (const [iso1, iso3, ...names] of LANGUAGES) {
  if (!iso1 || !iso3) continue;
  BY_KEY.set(iso3, iso1);
  for (const name of names) BY_KEY.set(name.toLowerCase(), iso1);
}
// 639-3 macrolanguage members iptv-org uses for Chinese, Persian and Filipino.
BY_KEY.set('yue', 'zh');
BY_KEY.set('cmn', 'zh');
BY_KEY.set('prd', 'fa');
BY_KEY.set('fil', 'tl');
BY_KEY.set('pes', 'fa');
BY_KEY.set('arb', 'ar');
BY_KEY.set('ary', 'ar');
BY_KEY.set('arz', 'ar');

/** ISO 639-1 code for a 639-3 code or an English language name; null when there is none. */
export function languageCode(codeOrName: string): string | null {
  const key = codeOrName.trim();
  return BY_KEY.get(key) ?? BY_KEY.get(key.toLowerCase()) ?? null;
}
