// A test people gazetteer: the seed's five people and thirty-odd others the Arabic, French and English press
// name often. Wikidata ids only where certain.

import type { PersonRecord } from '../../engine/types';

interface P { id: string; name: string; ar: string; fr?: string; en?: string; aliases?: string[]; role?: string; country: string; wikidata?: string }

function p(s: P): PersonRecord {
  return {
    id: s.id, name: s.name, names: { ar: s.ar, fr: s.fr ?? s.name, en: s.en ?? s.name }, aliases: s.aliases ?? [],
    roles: s.role ? { en: s.role } : {}, country: s.country, wikidata: s.wikidata ?? null,
  };
}

export const TEST_PEOPLE: PersonRecord[] = [
  p({ id: 'abdellatif-hammouchi', name: 'Abdellatif Hammouchi', ar: 'عبد اللطيف الحموشي', aliases: ['الحموشي', 'Hammouchi'], role: 'Director General of National Security and of the DGST (Morocco)', country: 'MA' }),
  p({ id: 'bruno-retailleau', name: 'Bruno Retailleau', ar: 'برونو ريتايو', aliases: ['برونو روتايو'], role: 'French Minister of the Interior', country: 'FR' }),
  p({ id: 'abdelouafi-laftit', name: 'Abdelouafi Laftit', ar: 'عبد الوافي لفتيت', aliases: ['لفتيت'], role: 'Moroccan Minister of the Interior', country: 'MA' }),
  p({ id: 'mohammed-vi', name: 'Mohammed VI', ar: 'محمد السادس', fr: 'Mohammed VI', en: 'Mohammed VI', role: 'King of Morocco', country: 'MA' }),
  p({ id: 'abdelhamid-abaaoud', name: 'Abdelhamid Abaaoud', ar: 'عبد الحميد أباعود', aliases: ['أباعود'], role: 'Coordinator of the November 2015 Paris attacks', country: 'BE' }),
  p({ id: 'emmanuel-macron', name: 'Emmanuel Macron', ar: 'إيمانويل ماكرون', aliases: ['ماكرون', 'إيمانويل ماكرون'], role: 'President of France', country: 'FR', wikidata: 'Q3052772' }),
  p({ id: 'gerald-darmanin', name: 'Gérald Darmanin', ar: 'جيرالد دارمانان', aliases: ['دارمانان'], country: 'FR' }),
  p({ id: 'nasser-bourita', name: 'Nasser Bourita', ar: 'ناصر بوريطة', aliases: ['بوريطة'], role: 'Moroccan Minister of Foreign Affairs', country: 'MA' }),
  p({ id: 'aziz-akhannouch', name: 'Aziz Akhannouch', ar: 'عزيز أخنوش', aliases: ['أخنوش'], role: 'Head of Government of Morocco', country: 'MA' }),
  p({ id: 'abdelmadjid-tebboune', name: 'Abdelmadjid Tebboune', ar: 'عبد المجيد تبون', aliases: ['تبون'], role: 'President of Algeria', country: 'DZ' }),
  p({ id: 'kais-saied', name: 'Kaïs Saïed', ar: 'قيس سعيد', fr: 'Kaïs Saïed', en: 'Kais Saied', country: 'TN' }),
  p({ id: 'abdel-fattah-el-sisi', name: 'Abdel Fattah el-Sisi', ar: 'عبد الفتاح السيسي', fr: 'Abdel Fattah al-Sissi', aliases: ['السيسي', 'Sisi'], country: 'EG' }),
  p({ id: 'mohammed-bin-salman', name: 'Mohammed bin Salman', ar: 'محمد بن سلمان', fr: 'Mohammed ben Salmane', aliases: ['MBS'], country: 'SA' }),
  p({ id: 'tamim-bin-hamad', name: 'Tamim bin Hamad Al Thani', ar: 'تميم بن حمد آل ثاني', fr: 'Tamim ben Hamad Al Thani', aliases: ['الشيخ تميم'], country: 'QA' }),
  p({ id: 'donald-trump', name: 'Donald Trump', ar: 'دونالد ترامب', aliases: ['ترامب', 'Trump'], country: 'US', wikidata: 'Q22686' }),
  p({ id: 'joe-biden', name: 'Joe Biden', ar: 'جو بايدن', aliases: ['بايدن'], country: 'US', wikidata: 'Q6279' }),
  p({ id: 'vladimir-putin', name: 'Vladimir Putin', ar: 'فلاديمير بوتين', fr: 'Vladimir Poutine', aliases: ['بوتين', 'Poutine', 'Putin'], country: 'RU', wikidata: 'Q7747' }),
  p({ id: 'recep-tayyip-erdogan', name: 'Recep Tayyip Erdoğan', ar: 'رجب طيب أردوغان', aliases: ['أردوغان', 'Erdogan'], country: 'TR', wikidata: 'Q39723' }),
  p({ id: 'benjamin-netanyahu', name: 'Benjamin Netanyahu', ar: 'بنيامين نتنياهو', fr: 'Benyamin Netanyahou', aliases: ['نتنياهو', 'Netanyahou', 'Netanyahu'], country: 'IL', wikidata: 'Q43723' }),
  p({ id: 'antonio-guterres', name: 'António Guterres', ar: 'أنطونيو غوتيريش', fr: 'António Guterres', aliases: ['غوتيريش', 'Antonio Guterres'], country: 'PT' }),
  p({ id: 'ursula-von-der-leyen', name: 'Ursula von der Leyen', ar: 'أورسولا فون دير لاين', country: 'DE' }),
  p({ id: 'keir-starmer', name: 'Keir Starmer', ar: 'كير ستارمر', aliases: ['ستارمر'], country: 'GB' }),
  p({ id: 'pedro-sanchez', name: 'Pedro Sánchez', ar: 'بيدرو سانشيز', aliases: ['Pedro Sanchez'], country: 'ES' }),
  p({ id: 'marine-le-pen', name: 'Marine Le Pen', ar: 'مارين لوبان', aliases: ['لوبان'], country: 'FR' }),
  p({ id: 'jean-noel-barrot', name: 'Jean-Noël Barrot', ar: 'جان نويل بارو', country: 'FR' }),
  p({ id: 'francois-bayrou', name: 'François Bayrou', ar: 'فرانسوا بايرو', country: 'FR' }),
  p({ id: 'michel-barnier', name: 'Michel Barnier', ar: 'ميشال بارنييه', country: 'FR' }),
  p({ id: 'volodymyr-zelensky', name: 'Volodymyr Zelensky', ar: 'فولوديمير زيلينسكي', aliases: ['زيلينسكي', 'Zelensky', 'Zelenskyy'], country: 'UA', wikidata: 'Q3874799' }),
  p({ id: 'xi-jinping', name: 'Xi Jinping', ar: 'شي جين بينغ', country: 'CN', wikidata: 'Q15031' }),
  p({ id: 'bashar-al-assad', name: 'Bashar al-Assad', ar: 'بشار الأسد', fr: 'Bachar al-Assad', country: 'SY', wikidata: 'Q44329' }),
  p({ id: 'mahmoud-abbas', name: 'Mahmoud Abbas', ar: 'محمود عباس', country: 'PS', wikidata: 'Q127998' }),
  p({ id: 'olaf-scholz', name: 'Olaf Scholz', ar: 'أولاف شولتس', country: 'DE', wikidata: 'Q61053' }),
  p({ id: 'giorgia-meloni', name: 'Giorgia Meloni', ar: 'جورجيا ميلوني', country: 'IT' }),
  p({ id: 'kylian-mbappe', name: 'Kylian Mbappé', ar: 'كيليان مبابي', aliases: ['مبابي', 'Mbappe'], country: 'FR', wikidata: 'Q21621995' }),
  p({ id: 'walid-regragui', name: 'Walid Regragui', ar: 'وليد الركراكي', aliases: ['الركراكي'], country: 'MA' }),
  p({ id: 'achraf-hakimi', name: 'Achraf Hakimi', ar: 'أشرف حكيمي', country: 'MA' }),
];
