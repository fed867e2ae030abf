import { describe, expect, it } from 'vitest';
import { textToArticleInput } from '../../engine/text-input';
import { detectLang } from '../../engine/lang';
import { normalizeForMatch, normalizeWithMap } from '../../engine/normalize';
import { isSentenceEnd, nextInName, tokenize, wordForms } from '../../engine/tokenize';

describe('normalizeForMatch', () => {
  it('unifies the alef and hamza family, ى/ي, ة/ه, ؤ, ئ', () => {
    expect(normalizeForMatch('أإآٱ')).toBe('اااا');
    expect(normalizeForMatch('مستشفى')).toBe('مستشفي');
    expect(normalizeForMatch('صحيفة')).toBe('صحيفه');
    expect(normalizeForMatch('مؤتمر')).toBe('موتمر');
    expect(normalizeForMatch('رئيس')).toBe('رييس');
  });
  it('strips tashkeel and tatweel', () => {
    expect(normalizeForMatch('كَتَبَ')).toBe('كتب');
    expect(normalizeForMatch('الجزيـــرة')).toBe('الجزيره');
  });
  it('turns Arabic-Indic and Persian digits into ASCII', () => {
    expect(normalizeForMatch('فرانس ٢٤')).toBe('فرانس 24');
    expect(normalizeForMatch('۱۲۳')).toBe('123');
  });
  it('splits a digit run glued to letters, in both scripts', () => {
    expect(normalizeForMatch('اوروب1')).toBe('اوروب 1');
    expect(normalizeForMatch('أوروب 1')).toBe('اوروب 1');
    expect(normalizeForMatch('Europe1')).toBe('europe 1');
    expect(normalizeForMatch('كشـ24')).toBe('كش 24');
    expect(normalizeForMatch('Europe1')).toBe(normalizeForMatch('Europe 1'));
  });
  it('lower-cases Latin, strips accents, unifies apostrophes, quotes and dashes', () => {
    expect(normalizeForMatch("L’Équipe")).toBe("l'equipe");
    expect(normalizeForMatch('«Libération»')).toBe('"liberation"');
    expect(normalizeForMatch('Al–Ahram')).toBe('al-ahram');
    expect(normalizeForMatch('  Le   Monde ')).toBe('le monde');
    expect(normalizeForMatch('Œuvre')).toBe('oeuvre');
  });
  it('is deterministic and idempotent', () => {
    const s = 'وللصحيفة «Le Monde» ١٩ أيلول';
    expect(normalizeForMatch(normalizeForMatch(s))).toBe(normalizeForMatch(s));
  });
});

describe('normalizeWithMap', () => {
  it('maps every normalised character back to its original offset', () => {
    const s = 'قالَ «اوروب1»';
    const { norm, map } = normalizeWithMap(s);
    expect(norm).toBe('قال "اوروب 1"');
    const i = norm.indexOf('1');
    expect(s[map[i]!]).toBe('1');
    expect(map[norm.length]).toBe(s.length);
  });
});

describe('tokenize', () => {
  it('keeps UTF-16 offsets and splits glued digits and scripts', () => {
    const text = 'المحرر عن اوروب1 وEurope 1';
    const t = tokenize(text);
    const words = [];
    for (let i = 0; i < t.n; i++) words.push(text.slice(t.start[i], t.end[i]));
    expect(words).toEqual(['المحرر', 'عن', 'اوروب', '1', 'و', 'Europe', '1']);
  });
  it('treats glue punctuation as part of a name', () => {
    const t = tokenize('و.م.ع');
    expect(t.n).toBe(5);
    expect(nextInName(t, 0)).toBe(2);
    expect(wordForms('و.م.ع')).toEqual(['و', 'م', 'ع']);
  });
  it('handles astral characters and a 100k-character word', () => {
    const t = tokenize('😀 ' + 'a'.repeat(100_000));
    expect(t.n).toBe(2);
    expect(t.end[0]).toBe(2);
    expect(t.norm[1]).toBe('');
  });
});

describe('sentence ends and abbreviation dots', () => {
  const ends = (s: string): string[] => {
    const t = tokenize(s);
    const out: string[] = [];
    for (let i = 0; i < t.n; i++) if (isSentenceEnd(t, i)) out.push(s.slice(0, t.end[i]!).split(/\s+/).pop()!);
    return out;
  };
  it('abbreviations, titles, initials and numbers do not end a sentence', () => {
    const none = [
      'The Washington Post, citing U.S. officials, reported it',
      'The U.K. and the U.A.E. signed it at 9 a.m. on Monday',
      'Dr. Smith met Gen. Mark Milley and Sen. Graham on Sept. 4 at St. Paul',
      'Acme Inc. and Foo Corp. bought No. 10 for $1.2 billion, up 3.5%',
      'J. Smith said, e.g. in March, i.e. before the vote',
      'M. Macron et Mme Borne, en 52 av. J.-C. selon Reuters.com',
      'Roe v. Wade vs. Smith',
    ];
    for (const s of none) expect(ends(s), s).toEqual([]);
  });
  it('real sentence ends stay ends, and Arabic text is unaffected', () => {
    expect(ends('Reuters reported it. The BBC said so! Why? Fine; done: yes.')).toEqual(['it.', 'so!', 'Why?', 'Fine;', 'done:', 'yes.']);
    expect(ends('He told me. Then he left.')).toEqual(['me.', 'left.']);
    expect(ends('قالت رويترز إن المحادثات توقفت. وأضافت الوكالة أن عام 2024.وقال')).toEqual(['توقفت.', '2024.']);
  });
});

describe('textToArticleInput', () => {
  const kinds = (text: string) => textToArticleInput(text).blocks!.map((b) => [b.kind, text.slice(b.start, b.end)]);

  it('reads the title, a byline line and paragraphs', () => {
    expect(kinds('Deal agreed\n\nBy Cole Brennan\n\nThe deal was agreed on Monday.')).toEqual([['title', 'Deal agreed'], ['byline', 'By Cole Brennan'], ['paragraph', 'The deal was agreed on Monday.']]);
  });

  it('reads an Egyptian-style writer credit closed by a colon as the byline: "كتب- أحمد جمعة:"', () => {
    expect(kinds('عناوين الصحف\n\nكتب- أحمد جمعة:\n\nتناولت الصحف المصرية الصادرة اليوم عددا من الموضوعات.').map((k) => k[0])).toEqual(['title', 'byline', 'paragraph']);
    expect(kinds('عنوان\n\nقال الوزير:\n\nنص الخبر.').map((k) => k[0])).toEqual(['title', 'paragraph', 'paragraph']);
  });

  it("takes the outlet's name alone on the next line as the rest of the byline, not a sentence or a subhead", () => {
    expect(kinds('Deal agreed\n\nBy Cole Brennan\n\nUSA TODAY\n\nThe deal was agreed on Monday.').map((k) => k[0])).toEqual(['title', 'byline', 'byline', 'paragraph']);
    expect(kinds('Deal agreed\n\nBy Cole Brennan\n\nIt was agreed.\n\nThe deal was agreed on Monday.').map((k) => k[0])).toEqual(['title', 'byline', 'paragraph', 'paragraph']);
    expect(kinds('Deal agreed\n\nBy Cole Brennan\n\nWhat happens next\n\nThe deal was agreed on Monday.').map((k) => k[0])).toEqual(['title', 'byline', 'paragraph', 'paragraph']);
  });
});

describe('detectLang', () => {
  it('tells Arabic, French and English apart, ignoring case and punctuation around function words', () => {
    expect(detectLang('قال وزير الداخلية إن الحكومة ستعلن عن خطة جديدة (AFP) يوم الاثنين.')).toBe('ar');
    expect(detectLang("LE GOUVERNEMENT A ANNONCÉ, SELON L'AFP, QU'IL AVAIT ÉTÉ SAISI DANS LA NUIT.")).toBe('fr');
    expect(detectLang('Elle a été reçue par le maire, qui a dit que la ville et la région étaient prêtes.')).toBe('fr');
    expect(detectLang('The minister said that the plan was ready, and it has the support of the unions.')).toBe('en');
  });

  it('counts only whole words: "selonnier", "theater" and "été" inside a longer word are not function words', () => {
    expect(detectLang('Selonnier théâtre étéistes lesquels dansent pourtant. The end of it.')).toBe('en');
    expect(detectLang('Theater thesis androids: isolated words. Le chat et la souris.')).toBe('fr');
  });

  it('reads accented capitals as their lower-case letters ("ÉTÉ" is "été")', () => {
    expect(detectLang('ÉTÉ ÉTÉ ÉTÉ the')).toBe('fr');
  });
});
