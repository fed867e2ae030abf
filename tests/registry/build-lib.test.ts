// The registry build's helpers, on the cases that motivated them.

import { describe, expect, it } from 'vitest';
import { cleanName, isArabicScript, stateMediaMedium, stripTitleSuffix, withoutArabicKindPrefix } from '../../registry/lib/candidates';
import { isCommonWordAlias } from '../../registry/lib/common-words';
import { countryCode, countryFromHost, iptvCountry, isIsoCountry } from '../../registry/lib/countries';
import { parseCsv } from '../../registry/lib/csv';
import { datasetDomain, hostChain, isWellFormedDomain, normalizeDomain, sameSite } from '../../registry/lib/domains';
import { languageCode } from '../../registry/lib/languages';
import { strippedKeys } from '../../registry/lib/lookup';
import { spellTypology } from '../../registry/lib/typology';
import { normalizeForMatch } from '../../engine';

describe('domains', () => {
  it('normalises URLs to bare hosts', () => {
    expect(normalizeDomain('https://WWW.Europe1.fr/international/x?y=1')).toBe('europe1.fr');
    expect(normalizeDomain('www.hespress.com')).toBe('hespress.com');
    expect(normalizeDomain('http://m.aljazeera.net/')).toBe('aljazeera.net');
    expect(normalizeDomain('arabic.rt.com')).toBe('arabic.rt.com');
    expect(normalizeDomain('not a host')).toBeNull();
  });

  it('drops platforms and catalogues, keeps a channel site', () => {
    expect(datasetDomain('https://pluto.tv/live-tv/00s-replay/details')).toBeNull();
    expect(datasetDomain('https://transition.fcc.gov/x')).toBeNull();
    expect(datasetDomain('http://library.pressdisplay.com/pressdisplay/viewer.aspx')).toBeNull();
    expect(datasetDomain('https://edition.cnn.com/')).toBe('cnn.com');
    expect(datasetDomain('https://www.alaraby.com/alaraby2')).toBe('alaraby.com');
  });

  it('checks well-formed hosts and walks up subdomains', () => {
    expect(isWellFormedDomain('lemonde.fr')).toBe(true);
    expect(isWellFormedDomain('www.lemonde.fr')).toBe(false);
    expect(isWellFormedDomain('https://lemonde.fr')).toBe(false);
    expect(hostChain('a.b.example.com')).toEqual(['a.b.example.com', 'b.example.com', 'example.com']);
  });

  it('tells a site’s own domains from a sister paper’s', () => {
    expect(sameSite('dailyrecord.com', 'thedailyrecord.com')).toBe(true);
    expect(sameSite('tenders.rg.ru', 'rg.ru')).toBe(true);
    expect(sameSite('vecernji.hr', 'novilist.hr')).toBe(false);
  });
});

describe('countries and languages', () => {
  it('maps dataset country names to ISO codes', () => {
    expect(countryCode('United States of America')).toBe('US');
    expect(countryCode("People's Republic of China")).toBe('CN');
    expect(countryCode('Palestine territories')).toBe('PS');
    expect(countryCode('UAE')).toBe('AE');
    expect(countryCode('Soviet Union')).toBeNull();
    expect(iptvCountry('UK')).toBe('GB');
    expect(isIsoCountry('XX')).toBe(true);
    expect(isIsoCountry('UK')).toBe(false);
    expect(countryFromHost('hespress.ma')).toBe('MA');
    expect(countryFromHost('alghad.tv')).toBeNull();
  });

  it('maps 639-3 codes and language names to 639-1', () => {
    expect(languageCode('ara')).toBe('ar');
    expect(languageCode('fra')).toBe('fr');
    expect(languageCode('British English')).toBe('en');
    expect(languageCode('New Persian')).toBe('fa');
    expect(languageCode('Klingon')).toBeNull();
  });
});

describe('names', () => {
  it('strips Wikipedia title suffixes and stray punctuation', () => {
    expect(stripTitleSuffix('العربي (جريدة)')).toBe('العربي');
    expect(stripTitleSuffix('Libération (journal)')).toBe('Libération');
    expect(cleanName('-الحدث اليوم')).toBe('الحدث اليوم');
    expect(withoutArabicKindPrefix('جريدة المال')).toBe('المال');
    expect(isArabicScript('اليوم السابع')).toBe(true);
    expect(isArabicScript('Youm7 اليوم')).toBe(false);
  });

  it('reads a State Media Matrix asset’s medium when it is clear', () => {
    expect(stateMediaMedium('Television: SinoVision')).toBe('tv');
    expect(stateMediaMedium('Bakhtar News Agency')).toBe('agency');
    expect(stateMediaMedium('Radio Afghanistan')).toBe('radio');
    expect(stateMediaMedium('Radio Television Afghanistan (RTA)')).toBeNull();
    expect(stateMediaMedium('Hiwad')).toBeNull();
    expect(spellTypology('CaPu')).toBe('captured public/state-managed');
    expect(spellTypology('ISFM?')).toBeNull();
  });

  it('flags everyday-word aliases', () => {
    for (const a of ['Metro', 'The Sun', 'Le Soir', 'Times', 'Express', 'الوطن', 'عاجل', 'Iran']) expect(isCommonWordAlias(normalizeForMatch(a))).toBe(true);
    for (const a of ['Hespress', 'Europe 1', 'اليوم السابع', 'Al Jazeera Mubasher']) expect(isCommonWordAlias(normalizeForMatch(a))).toBe(false);
  });

  it('flags the everyday words dataset-only outlets took as aliases', () => {
    // Kultura (RU) "Culture", Zavtra "Tomorrow", La Passerelle "the Gateway", Les Jours "Days", L'Événement…
    const common = ['Culture', 'English', 'Tomorrow', 'the Gateway', 'Days', 'Today', 'Post', 'The News', 'Star', 'Nation', 'The Sun',
      "L'Événement", 'Stratégies', 'Réforme', 'Le Républicain', 'La Loi', 'Rouge', 'Le Moniteur', 'The Witness', 'Mint', 'El Tiempo'];
    for (const a of common) expect(isCommonWordAlias(normalizeForMatch(a)), a).toBe(true);
    for (const a of ['Pravda', 'Kompas', 'Rzeczpospolita', 'Culture Pub', 'English Al Jazeera']) expect(isCommonWordAlias(normalizeForMatch(a)), a).toBe(false);
  });

  it('tries clitic-stripped keys for a lookup', () => {
    expect(strippedKeys('والجزيره')).toContain('الجزيره');
    expect(strippedKeys('للشروق')).toContain('الشروق');
    expect(strippedKeys('الجارديان')).toContain('جارديان');
    expect(strippedKeys('the guardian')).toEqual(['guardian']);
    expect(strippedKeys('l afp')).toEqual(['afp']);
  });
});

describe('csv', () => {
  it('reads quoted fields with commas, quotes and newlines', () => {
    expect(parseCsv('a,b\n"x, y","say ""hi""\nthere"\n1,\n')).toEqual([
      { a: 'x, y', b: 'say "hi"\nthere' },
      { a: '1', b: '' },
    ]);
  });
});
