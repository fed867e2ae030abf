// Everyday words that many newspapers and channels take as their name. An alias that is one of these
// (optionally after an article: "The Sun", "Le Soir", "El País") names an outlet only in an outlet context, so
// dataset-only outlets list such aliases in `commonWordAliases`. Curated outlets declare theirs by hand.
//
// The list is deliberately about news vocabulary, not a whole dictionary: a proper name that happens to be a
// rare English word ("Bohemian") is better matched than missed. In Arabic, a single word with the article ال
// is treated as common (الوطن، الشروق، الخبر), and so are a few everyday words without it (عاجل "breaking",
// زمان، شمس). A country's name ("Iran", "إيران": a Tehran daily) is common in any script.

import { countryNames } from './countries';

const LATIN_WORDS = `
  a1 abc action actu actualite actualites actuel advance advertiser advocate age agenda alert alliance
  ami argus arrow asia atlas aurora avenir avvenire banner beacon blade bugle bulletin business
  call canal capital catholic cause centre center century channel chronicle citizen city clarion coast
  comet commerce commercial common community compass conservative continental correo country county courant
  courier courrier cronica croix daily dawn day debate depeche despatch diario dispatch district eagle echo
  echos eco economist economy edition empire enterprise epoch era espace est evening event examiner express
  expresso extra fact faith family federal figaro first flash focus forum forward franc free freedom
  friend front frontier future gazette gazetta gazeta globe gold good guardian guide harbinger headline
  health herald heritage highlander home horizon horizons hour humanite idea impact independent index info
  infos inquirer insider intelligencer interior international inside investor island jeune jornal jour
  journal journey jugend kurier land leader ledger liberal liberation libre life light line live local
  londoner lumiere magazine mail matin messenger metro midi minute mirror mission monde morning motherland
  nation national nationale native news newsday nord nouvel nouvelle nouvelles observer observateur ocean
  oeil opinion oracle ouest outlook pacific pais paper parisien patriot people peuple pilot pioneer planet
  plain point populaire post potomac presse press prensa progress progres progressive province provincial
  public pulse quotidien radar radio record recorder reflet reformer region regional register report
  reporter republic republica republican republique review revue rise route sentinel signal soir soleil
  south spectator spirit sport sports standard star state statesman sud sun sunday tablet telegram telegraph
  temps tempo thunder tide time times today tribune trumpet truth union unity universal universe valley
  vanguard vie view vision voice voix vanguardia week weekend weekly west western whig world zeit zeitung
  culture english gateway tomorrow witness mercury mint illustration connexion commentaire evenement
  indicateur investir loi marin moniteur passerelle reforme republicain rouge strategie hoy manana semana
  tiempo nacion nacional provincia universo espectador
  macedonia informer supersport spits freitag danas diena azi smena avanti avante estia beeld borba vecer
  expres ekspres kultura parool phoenix alik dalka limonka szabadsag hoxe trud glas
`;

const WORDS: ReadonlySet<string> = new Set(LATIN_WORDS.split(/\s+/).filter(Boolean));

/** Arabic everyday words without the article, in matching form (أ/إ → ا, ة → ه, ى → ي). */
const ARABIC_WORDS: ReadonlySet<string> = new Set(
  `عاجل خبر اخبار زمان شمس قمر نجم صباح مساء يوم وطن امه شعب حريه نور فجر صوت راي بلد عرب
   ايران مصر عراق سوريا لبنان فلسطين عمان قطر كويت ليبيا تونس تركيا روسيا امريكا فرنسا بريطانيا المانيا الصين
   الهند باكستان اليابان اسرائيل`.split(/\s+/).filter(Boolean),
);

const COUNTRY_NAMES: ReadonlySet<string> = new Set(countryNames().map((n) => n.toLowerCase()));

/** Leading articles that do not change whether a name is an everyday word. */
const LATIN_ARTICLE = /^(?:(?:the|le|la|les|el|il|lo|der|die|das|de|het|o|a)\s+|l'\s*)/;

/**
 * True when a normalised alias (`normalizeForMatch` form) is one everyday word, after an optional article:
 * "metro", "the times", "le soir", "الوطن". Digits or several words make it a proper name.
 */
export function isCommonWordAlias(key: string): boolean {
  if (/^ال[\u0621-\u064a]{2,}$/.test(key) || ARABIC_WORDS.has(key) || COUNTRY_NAMES.has(key)) return true;
  const word = key.replace(LATIN_ARTICLE, '');
  if (!/^[a-z]+$/.test(word)) return false;
  return WORDS.has(word) || (word.endsWith('s') && WORDS.has(word.slice(0, -1)));
}
