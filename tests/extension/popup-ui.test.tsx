// The popup under happy-dom with the fake browser: a seed-like analysis (an Arabic site relaying
// Europe 1) answered by a stand-in background, checked the way a reader would see it, in English and
// in Arabic; the empty states; the search link rebuilt for each engine.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '../../components/popup/popup-app';
import { buildSearchUrl, fullQueryOf, isValidSearchTemplate, rebuildSiteSearch, SEARCH_ENGINES, type SearchEngineChoice } from '../../components/shared/search-url';
import { typologyText } from '../../components/shared/labels';
import type { Analysis, OutletRecord, OutletRef } from '../../engine/types';
import type { OutletDetails, TabState } from '../../lib/protocol';
import { serve } from './ui-stand-in';
import { DEFAULT_SETTINGS, settingsItem, type Settings } from '../../lib/settings';


const europe1Ref: OutletRef = { id: 'europe-1', name: 'Europe 1', known: true, domain: 'europe1.fr', country: 'FR', medium: 'radio' };
const hostRef: OutletRef = { id: null, name: 'المحرر', known: false, domain: null, country: 'MA', medium: 'online' };
const afpRef: OutletRef = { id: 'afp', name: 'AFP', known: true, domain: 'afp.com', country: 'FR', medium: 'agency' };

const europe1: OutletRecord = {
  id: 'europe-1',
  name: 'Europe 1',
  names: { ar: 'أوروبا 1', fr: 'Europe 1', en: 'Europe 1' },
  aliases: ['أوروب 1', 'اوروب1'],
  commonWordAliases: [],
  sharedAliases: [],
  domains: ['europe1.fr'],
  country: 'FR',
  languages: ['fr'],
  medium: 'radio',
  owner: { name: 'Lagardère News', asOf: '2024', source: 'qui-possede-les-medias' },
  stateAffiliation: { typology: 'SC', source: 'state-media-profiles' },
  founded: 1955,
  wikidata: 'Q1376560',
  sources: { name: ['curated'] },
};

const TITLE = '“أوروب 1” تكشف تفاصيل التعاون الأمني';
const BYLINE = 'المحرر عن اوروب1';
const BODY = 'وحسب أوروب 1 فإن عبد اللطيف الحموشي التقى برونو ريتايو. <img src=x onerror="alert(1)">';
const TEXT = `${TITLE}\n${BYLINE}\n${BODY}`;
const at = (needle: string) => TEXT.indexOf(needle);

function seedAnalysis(): Analysis {
  const attribution = (surface: string, name: string, pattern: Analysis['attributions'][number]['pattern'], outlet = europe1Ref) => ({
    start: at(surface),
    end: at(surface) + surface.length,
    surface,
    pattern,
    outlet,
    nameStart: at(surface) + surface.indexOf(name),
    nameEnd: at(surface) + surface.indexOf(name) + name.length,
  });
  return {
    lang: 'ar',
    title: TITLE,
    hostOutlet: hostRef,
    attributions: [
      attribution('“أوروب 1” تكشف', 'أوروب 1', 'reported_by'),
      attribution('المحرر عن اوروب1', 'اوروب1', 'byline_via'),
      attribution('وحسب أوروب 1', 'أوروب 1', 'according_to'),
      attribution('<img src=x onerror="alert(1)">', 'img', 'other', afpRef),
    ],
    otherSources: [],
    originalOutlet: europe1Ref,
    chain: [hostRef, europe1Ref],
    actors: [
      { name: 'DGST', surface: 'مديرية مراقبة التراب الوطني', role: null, type: 'org', wikidata: null, mentions: [{ start: 1, end: 2 }] },
      {
        name: 'Abdellatif Hammouchi',
        surface: 'عبد اللطيف الحموشي',
        role: 'المدير العام للأمن الوطني',
        type: 'person',
        wikidata: null,
        mentions: [
          { start: 3, end: 4 },
          { start: 5, end: 6 },
        ],
      },
      { name: 'Bruno Retailleau', surface: 'برونو ريتايو', role: 'وزير الداخلية الفرنسي', type: 'person', wikidata: null, mentions: [{ start: 7, end: 8 }] },
    ],
    primaryLinks: [
      { kind: 'in_article', url: 'https://www.europe1.fr/international/maroc-france-123', label: 'europe1.fr/international/maroc-france-123' },
      {
        kind: 'site_search',
        url: buildSearchUrl('duckduckgo', 'site:europe1.fr Hammouchi Retailleau Maroc'),
        label: 'Search europe1.fr',
        query: 'Hammouchi Retailleau Maroc',
      },
      { kind: 'archive', url: 'https://web.archive.org/web/*/europe1.fr/*', label: 'archive' },
    ],
    ms: 3,
  };
}

const analysed = (analysis = seedAnalysis()): TabState => ({ status: 'analysed', url: 'https://almouharir.example/article/1', analysis, at: 1 });

function details(extra: Partial<OutletDetails> = {}): OutletDetails {
  return { outlet: europe1, preference: null, ratings: [], ...extra };
}

let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
  vi.restoreAllMocks();
});

async function show(settings: Partial<Settings> = {}, tabId: number | null = 7, standalone = false): Promise<void> {
  const full = { ...DEFAULT_SETTINGS, ...settings };
  await settingsItem.setValue(full);
  render(<PopupApp tabId={tabId} standalone={standalone} settings={full} />, container);
}

const card = () => container.querySelector<HTMLElement>('[data-testid="original-outlet"]');
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The card's facts as label → value. */
function factsOf(root: Element): Record<string, string> {
  const facts: Record<string, string> = {};
  for (const dt of root.querySelectorAll('.facts dt')) facts[text(dt)] = text(dt.nextElementSibling);
  return facts;
}

describe('popup on an analysed page (English)', () => {
  it('shows the chain, the original outlet’s card and the people, in order', async () => {
    serve({ 'analysis:get-for-tab': () => analysed(), 'outlet:details': () => details() });
    await show({ uiLanguage: 'en' });
    await vi.waitFor(() => expect(card()).not.toBeNull());
    const steps = [...container.querySelectorAll('.chain-steps > li')].map((li) => text(li.querySelector('.step-name')));
    expect(steps).toEqual(['المحرر', 'Europe 1']);
    expect(text(container.querySelector('.chain-steps .original'))).toContain('via');
    await vi.waitFor(() => expect(text(card())).toContain('Lagardère News'));
    const facts = factsOf(card()!);
    expect(facts.Medium).toBe('radio');
    expect(facts.Country).toBe('France');
    expect(facts.Language).toBe('French');
    expect(facts.Owner).toBe('Lagardère News (as of 2024)source: Qui possède les médias (Le Monde diplomatique & Acrimed)');
    expect(facts['State affiliation']).toBe('state-controlled: the state controls its editorial line and fundingsource: State Media Monitor (state media profiles)');
    expect(facts.Founded).toBe('1955');
    expect(facts.Website).toBe('europe1.fr');
    expect(facts.Wikidata).toBe('Q1376560');
    expect(card()!.querySelector('a[href="https://europe1.fr"]')).not.toBeNull();
    expect(card()!.querySelector('a[href="https://www.wikidata.org/wiki/Q1376560"]')).not.toBeNull();
    // Names as written on the page, each once, in original script.
    expect(text(card()!.querySelector('.as-written'))).toBe('On the page: أوروب 1 · اوروب1');
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('lists other outlets, the attributions as written, then people before organisations', async () => {
    serve({ 'analysis:get-for-tab': () => analysed(), 'outlet:details': () => details() });
    await show({ uiLanguage: 'en' });
    await vi.waitFor(() => expect(container.querySelector('[data-testid="people"]')).not.toBeNull());
    expect(text(container.querySelector('.outlets'))).toContain('AFP · news agency · France');
    const quotes = [...container.querySelectorAll('[data-testid="attributions"] .phrase')];
    expect(quotes.map((q) => q.textContent)).toContain('المحرر عن اوروب1');
    expect(quotes.every((q) => q.getAttribute('dir') === 'auto')).toBe(true);
    expect(text(container.querySelector('[data-testid="attributions"]'))).toContain('Credited in the byline');
    const people = [...container.querySelectorAll('[data-testid="people"] > li')].map(text);
    expect(people[0]).toContain('عبد اللطيف الحموشي');
    expect(people[0]).toContain('Abdellatif Hammouchi');
    expect(people[0]).toContain('المدير العام للأمن الوطني');
    expect(people[0]).toContain('Mentions: 2');
    expect(people[1]).toContain('Bruno Retailleau');
    const headings = [...container.querySelectorAll('h3')].map(text);
    expect(headings.indexOf('People')).toBeLessThan(headings.indexOf('Organisations'));
    expect(text(container.querySelector('[data-testid="organisations"]'))).toContain('DGST');
  });

  it('renders page text as text: a phrase holding markup makes no element', async () => {
    serve({ 'analysis:get-for-tab': () => analysed(), 'outlet:details': () => details() });
    await show({ uiLanguage: 'en' });
    await vi.waitFor(() => expect(card()).not.toBeNull());
    expect(container.querySelector('img:not(.app-mark)')).toBeNull();
    expect(text(container)).toContain('<img src=x onerror="alert(1)">');
  });

  it('sets the reader’s mark in one click and clears it with a second', async () => {
    const calls = serve({
      'analysis:get-for-tab': () => analysed(),
      'outlet:details': () => details(),
      'preference:set': ({ outletId, mark }) => ({ outletId, mark, note: '', updatedAt: 1 }),
    });
    await show({ uiLanguage: 'en' });
    await vi.waitFor(() => expect(card()!.querySelector('[data-mark="trusted"]')).not.toBeNull());
    const trusted = card()!.querySelector<HTMLButtonElement>('[data-mark="trusted"]')!;
    expect(trusted.getAttribute('aria-pressed')).toBe('false');
    trusted.click();
    await vi.waitFor(() => expect(calls.filter((c) => c.type === 'preference:set')).toHaveLength(1));
    expect(calls.find((c) => c.type === 'preference:set')!.payload).toEqual({ outletId: 'europe-1', mark: 'trusted' });
    await vi.waitFor(() => expect(trusted.getAttribute('aria-pressed')).toBe('true'));
    trusted.click();
    await vi.waitFor(() => expect(calls.filter((c) => c.type === 'preference:set')).toHaveLength(2));
    expect(calls.filter((c) => c.type === 'preference:set')[1]!.payload).toEqual({ outletId: 'europe-1', mark: null });
    await vi.waitFor(() => expect(trusted.getAttribute('aria-pressed')).toBe('false'));
  });

  it('shows a saved mark and the ratings the reader imported, each with its source', async () => {
    serve({
      'analysis:get-for-tab': () => analysed(),
      'outlet:details': () =>
        details({
          preference: { outletId: 'europe-1', mark: 'avoided', note: 'owned by a billionaire', updatedAt: 1 },
          ratings: [
            { id: 1, outletId: 'europe-1', source: 'Media Literacy Club', rating: 'mixed', importedAt: 1 },
            { id: 2, outletId: 'europe-1', source: 'Press Watch', rating: 'right-leaning', note: 'since 2023', importedAt: 1 },
          ],
        }),
    });
    await show({ uiLanguage: 'en' });
    await vi.waitFor(() => expect(container.querySelector('[data-testid="ratings"]')).not.toBeNull());
    expect(card()!.querySelector('[data-mark="avoided"]')!.getAttribute('aria-pressed')).toBe('true');
    const ratings = [...container.querySelectorAll('[data-testid="ratings"] li')].map(text);
    expect(ratings).toEqual(['mixed from Media Literacy Club', 'right-leaning from Press Watchsince 2023']);
  });

  it('asks the page to scroll to a phrase', async () => {
    serve({ 'analysis:get-for-tab': () => analysed(), 'outlet:details': () => details() });
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: true } as never);
    await show({ uiLanguage: 'en' });
    await vi.waitFor(() => expect(container.querySelector('[data-testid="attributions"] button')).not.toBeNull());
    const button = container.querySelectorAll<HTMLButtonElement>('[data-testid="attributions"] button')[1]!;
    expect(button.getAttribute('aria-label')).toBe('Show on page: “المحرر عن اوروب1”');
    button.click();
    await vi.waitFor(() => expect(sent).toHaveBeenCalled());
    expect(sent).toHaveBeenCalledWith(7, { type: 'page:scroll-to', start: at(BYLINE), end: at(BYLINE) + BYLINE.length });
  });

  it('says so when the phrase is no longer on the page', async () => {
    serve({ 'analysis:get-for-tab': () => analysed(), 'outlet:details': () => details() });
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection'));
    await show({ uiLanguage: 'en' });
    await vi.waitFor(() => expect(container.querySelector('[data-testid="attributions"] button')).not.toBeNull());
    container.querySelector<HTMLButtonElement>('[data-testid="attributions"] button')!.click();
    await vi.waitFor(() => expect(text(container.querySelector('[data-testid="attributions"]'))).toContain('Could not find this phrase'));
  });

  it('offers links in the article first, then the editable site search, then the archive', async () => {
    serve({ 'analysis:get-for-tab': () => analysed(), 'outlet:details': () => details() });
    await show({ uiLanguage: 'en', searchEngine: 'duckduckgo' });
    await vi.waitFor(() => expect(container.querySelector('[data-kind="site_search"]')).not.toBeNull());
    const kinds = [...container.querySelectorAll('[data-kind]')].map((a) => a.getAttribute('data-kind'));
    expect(kinds).toEqual(['in_article', 'site_search', 'archive']);
    const input = container.querySelector<HTMLInputElement>('#search-query')!;
    expect(input.value).toBe('Hammouchi Retailleau Maroc');
    const link = container.querySelector<HTMLAnchorElement>('[data-kind="site_search"]')!;
    expect(new URL(link.href).searchParams.get('q')).toBe('site:europe1.fr Hammouchi Retailleau Maroc');
    expect(text(link)).toBe('Search on europe1.fr');
    input.value = 'Hammouchi DGST "Europe 1" & Laftit';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(new URL(link.href).searchParams.get('q')).toBe('site:europe1.fr Hammouchi DGST "Europe 1" & Laftit'));
  });

  it('rebuilds the site search with the engine chosen in the settings', async () => {
    serve({ 'analysis:get-for-tab': () => analysed(), 'outlet:details': () => details() });
    await show({ uiLanguage: 'en', searchEngine: 'startpage' });
    await vi.waitFor(() => expect(container.querySelector('[data-kind="site_search"]')).not.toBeNull());
    const link = container.querySelector<HTMLAnchorElement>('[data-kind="site_search"]')!;
    expect(link.href.startsWith('https://www.startpage.com/do/search?query=')).toBe(true);
    expect(new URL(link.href).searchParams.get('query')).toBe('site:europe1.fr Hammouchi Retailleau Maroc');
  });
});

describe('popup in Arabic', () => {
  it('mirrors the layout and speaks Arabic, with names in Arabic and as written', async () => {
    serve({ 'analysis:get-for-tab': () => analysed(), 'outlet:details': () => details() });
    await show({ uiLanguage: 'ar' });
    await vi.waitFor(() => expect(text(card())).toContain('Lagardère News'));
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    expect(text(container.querySelector('h1'))).toContain('إسناد');
    expect(text(card()!.querySelector('h2'))).toBe('المصدر الأصلي');
    expect(text(card()!.querySelector('.outlet-name'))).toContain('أوروبا 1');
    expect(text(card()!.querySelector('.outlet-name'))).toContain('(Europe 1)');
    expect(text(card()!.querySelector('[data-testid="outlet-medium"]'))).toBe('إذاعة');
    expect(text(card()!.querySelector('[data-testid="outlet-country"]'))).toBe('فرنسا');
    expect(text(card()!.querySelector('[data-testid="state-affiliation"]'))).toContain('خاضعة لسيطرة الدولة');
    expect(text(container.querySelector('.chain-steps .original .via'))).toBe('عن');
    expect(text(container.querySelector('[data-kind="site_search"]'))).toBe('البحث في europe1.fr');
  });
});

describe('popup empty states', () => {
  it('says when the page is not an article', async () => {
    serve({ 'analysis:get-for-tab': () => ({ status: 'not-article', url: 'https://x.example/', at: 1 }) });
    await show({ uiLanguage: 'en' });
    await vi.waitFor(() => expect(text(container)).toContain('This page does not look like a news article.'));
    expect(container.querySelector('main')!.dataset.status).toBe('not-article');
  });

  it('says when nothing is relayed: a first-hand report', async () => {
    const analysis = { ...seedAnalysis(), attributions: [], originalOutlet: null, chain: [], primaryLinks: [] };
    serve({ 'analysis:get-for-tab': () => analysed(analysis) });
    await show({ uiLanguage: 'fr' });
    await vi.waitFor(() => expect(text(container)).toContain('Information de première main'));
    expect(card()).toBeNull();
    expect(text(container.querySelector('[data-testid="people"]'))).toContain('Abdellatif Hammouchi');
  });

  it('shows that the page is still being read, then the result', async () => {
    let calls = 0;
    serve({ 'analysis:get-for-tab': () => (++calls < 3 ? { status: 'unknown' } : analysed()), 'outlet:details': () => details() });
    await show({ uiLanguage: 'en' });
    await vi.waitFor(() => expect(container.querySelector('[role="status"]')).not.toBeNull());
    expect(text(container.querySelector('[role="status"]'))).toBe('Reading the page…');
    await vi.waitFor(() => expect(card()).not.toBeNull(), { timeout: 3_000 });
  });

  it('resumes a paused site in one click and reads the page again', async () => {
    let paused = true;
    serve({
      'analysis:get-for-tab': () => (paused ? { status: 'paused', url: 'https://www.almouharir.example/a', at: 1 } : analysed()),
      'outlet:details': () => details(),
    });
    await show({ uiLanguage: 'en', pausedSites: ['almouharir.example', 'other.example'] });
    await vi.waitFor(() => expect(text(container)).toContain('Isnad is paused on this site.'));
    const resume = [...container.querySelectorAll('button')].find((b) => text(b) === 'Resume on this site')!;
    resume.click();
    // The record still says "paused" until the page has been read again: the popup waits for it.
    await vi.waitFor(() => expect(text(container)).toContain('Reading the page…'));
    paused = false;
    await vi.waitFor(async () => expect((await settingsItem.getValue()).pausedSites).toEqual(['other.example']));
    await vi.waitFor(() => expect(card()).not.toBeNull());
  });

  it('shows the background’s error instead of a blank popup', async () => {
    serve({
      'analysis:get-for-tab': () => {
        throw new Error('database is closed');
      },
    });
    await show({ uiLanguage: 'en' });
    await vi.waitFor(() => expect(container.querySelector('[role="alert"]')).not.toBeNull());
    expect(text(container.querySelector('[role="alert"]'))).toBe('Isnad could not read its data: database is closed');
  });

  it('has no page to show without a tab', async () => {
    serve({});
    await show({ uiLanguage: 'en' }, null);
    await vi.waitFor(() => expect(text(container)).toContain('No page to show.'));
  });
});

describe('search links', () => {
  const query = 'site:europe1.fr Hammouchi Retailleau Maroc';
  const link = (engine: SearchEngineChoice) => ({ url: buildSearchUrl(engine, query), query: 'Hammouchi Retailleau Maroc' });
  const param: Record<string, string> = { duckduckgo: 'q', google: 'q', bing: 'q', qwant: 'q', startpage: 'query' };

  it.each(SEARCH_ENGINES)('rebuilds a %s link from the edited terms', (engine) => {
    const rebuilt = rebuildSiteSearch(link(engine), 'الحموشي & "Retailleau"', engine, 'europe1.fr');
    const url = new URL(rebuilt);
    expect(url.searchParams.get(param[engine]!)).toBe('site:europe1.fr الحموشي & "Retailleau"');
    expect(fullQueryOf({ url: rebuilt, query: 'الحموشي & "Retailleau"' })).toBe('site:europe1.fr الحموشي & "Retailleau"');
  });

  it('switches engine while keeping the site restriction', () => {
    const rebuilt = rebuildSiteSearch(link('google'), 'Maroc', 'bing', 'europe1.fr');
    expect(rebuilt).toBe('https://www.bing.com/search?q=site%3Aeurope1.fr%20Maroc');
  });

  it('fills a custom template, even with {q} in the path', () => {
    expect(rebuildSiteSearch(link('duckduckgo'), 'Maroc', { template: 'https://search.example/s/{q}?lang=fr' }, 'europe1.fr')).toBe(
      'https://search.example/s/site%3Aeurope1.fr%20Maroc?lang=fr',
    );
  });

  it('keeps the link’s own engine when the setting is unusable', () => {
    const rebuilt = rebuildSiteSearch(link('qwant'), 'Laftit', null, 'europe1.fr');
    expect(new URL(rebuilt).host).toBe('www.qwant.com');
    expect(new URL(rebuilt).searchParams.get('q')).toBe('site:europe1.fr Laftit');
  });

  it('validates custom templates', () => {
    expect(isValidSearchTemplate('https://search.example/?q={q}')).toBe(true);
    expect(isValidSearchTemplate('http://intranet.example/find/{q}')).toBe(true);
    expect(isValidSearchTemplate('https://search.example/?q=')).toBe(false);
    expect(isValidSearchTemplate('javascript:alert({q})')).toBe(false);
    expect(isValidSearchTemplate('search {q}')).toBe(false);
  });
});

describe('labels', () => {
  it('spells out State Media Monitor typologies from codes or words', () => {
    expect(typologyText('en', 'SC')).toMatch(/^state-controlled/);
    expect(typologyText('fr', 'state-controlled')).toMatch(/^contrôlé par l’État/);
    expect(typologyText('ar', 'Independent public media')).toMatch(/^إعلام عمومي مستقل/);
    expect(typologyText('en', 'ISFM?')).toMatch(/state-funded and state-managed/);
    expect(typologyText('en', 'something else')).toBe('something else');
  });
});
