// A bare .txt article has no address to find its publication by: the engine reads it from the text.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { outletIds, runText } from './helpers';

describe('the host, read from the text when there is no URL', () => {
  it('a staff byline names the publication itself, and its own interviews are not attributions', () => {
    const a = runText('Floods displace thousands\n\nBy Al Jazeera Staff\n\nMore than 20,000 people have fled, officials told Al Jazeera on Tuesday.');
    expect(a.hostOutlet?.id).toBe('al-jazeera');
    expect(a.attributions).toEqual([]);
    expect(a.originalOutlet).toBeNull();
  });

  it('"By Name, Outlet" is the host when the outlet also shows its own reporting; otherwise it is relayed', () => {
    const own = runText('Ice storm hits Oklahoma\n\nBy Jane Roe, CNN\n\nPower was cut to 80,000 homes, a utility spokesman told CNN.\n\nCNN\'s Tom Poe contributed to this report.');
    expect(own.hostOutlet?.id).toBe('cnn');
    expect(outletIds(own)).toEqual([]);
    const relayed = runText('Dubai metro extends hours\n\nBy Sara Khan, Gulf News\n\nThe metro will run until 2am during the festival, the transport authority said.');
    expect(relayed.hostOutlet).toBeNull();
    expect(outletIds(relayed)).toEqual(['gulf-news']);
  });

  it('a city and a paper in the byline is the paper’s own dateline; a city and an agency is relayed copy', () => {
    const paper = runText('أمطار غزيرة على جدة\n\nجدة - عكاظ\n\nهطلت أمطار غزيرة اليوم، وقال المتحدث باسم الدفاع المدني إن الفرق انتشرت في الأحياء.');
    expect(paper.hostOutlet?.id).toBe('okaz');
    expect(paper.attributions).toEqual([]);
    const agency = runText('افتتاح معرض الكتاب\n\nالرياض - واس\n\nافتتح وزير الثقافة اليوم معرض الكتاب الدولي.');
    expect(outletIds(agency)).toEqual(['spa']);
  });

  it('an outlet named only as the one that contacted people is the publication', () => {
    const a = runText('Grève à la préfecture\n\nPar Léa Martin\n\nContactée par BFMTV, la préfecture n’a pas répondu. Les agents réclament des renforts depuis des mois.');
    expect(a.hostOutlet?.id).toBe('bfmtv');
    expect(outletIds(a)).toEqual([]);
  });
});
