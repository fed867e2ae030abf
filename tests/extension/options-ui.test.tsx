// The settings page under happy-dom with the fake browser and a stand-in background: finding and
// marking outlets, the reader's own outlets, every setting, import/export with the background's
// errors shown as they come, the cache, and the NOTICE shown as text.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { linkify } from '../../components/options/about-section';
import { OptionsApp } from '../../components/options/options-app';
import { draftOf, outletFromDraft } from '../../components/options/outlet-form';
import type { OutletRecord } from '../../engine/types';
import type { Preference } from '../../lib/db';
import type { ExportBundle } from '../../lib/protocol';
import { serve, type Answers } from './ui-stand-in';
import { DEFAULT_SETTINGS, settingsItem, type Settings } from '../../lib/settings';


function outlet(id: string, name: string, extra: Partial<OutletRecord> = {}): OutletRecord {
  return {
    id,
    name,
    names: {},
    aliases: [],
    commonWordAliases: [],
    sharedAliases: [],
    domains: [],
    country: 'FR',
    languages: [],
    medium: 'newspaper',
    owner: null,
    stateAffiliation: null,
    founded: null,
    wikidata: null,
    sources: { name: ['curated'] },
    ...extra,
  };
}

const EUROPE1 = outlet('europe-1', 'Europe 1', { names: { ar: 'أوروبا 1' }, aliases: ['أوروب 1', 'اوروب1'], domains: ['europe1.fr'], medium: 'radio' });
const HESPRESS = outlet('hespress', 'Hespress', { names: { ar: 'هسبريس' }, domains: ['hespress.com'], country: 'MA', medium: 'online' });

/** A small in-memory background: enough state for the page to round-trip what it writes. */
function fakeBackground(extra: Answers = {}) {
  const preferences = new Map<string, Preference>();
  const custom = new Map<string, OutletRecord>();
  const registry = [EUROPE1, HESPRESS];
  const bundle = (): ExportBundle => ({
    format: 'isnad-export',
    version: 1,
    exportedAt: '2026-01-01T00:00:00.000Z',
    preferences: [...preferences.values()],
    customOutlets: [...custom.values()],
    ratings: [],
  });
  const calls = serve({
    'outlet:search': ({ query }) => registry.filter((o) => [o.name, ...Object.values(o.names), ...o.aliases, ...o.domains].some((n) => n.includes(query))),
    'outlet:get': ({ id }) => custom.get(id) ?? registry.find((o) => o.id === id) ?? null,
    'preference:list': () => [...preferences.values()],
    'preference:set': ({ outletId, mark, note }) => {
      const value = { outletId, mark, note: note ?? preferences.get(outletId)?.note ?? '', updatedAt: 1 };
      preferences.set(outletId, value);
      return value;
    },
    'custom-outlet:put': ({ outlet: input }) => {
      const record = { ...(input as unknown as OutletRecord), id: (input.id as string | undefined) ?? 'custom-radio-atlas' };
      custom.set(record.id, record);
      return record;
    },
    'custom-outlet:delete': ({ id }) => {
      custom.delete(id);
      return null;
    },
    'data:export': bundle,
    'data:import': ({ json }) => {
      const parsed = JSON.parse(json) as ExportBundle;
      return { preferences: parsed.preferences.length, customOutlets: parsed.customOutlets.length, ratings: parsed.ratings.length };
    },
    'ratings:import-csv': () => ({ preferences: 0, customOutlets: 0, ratings: 2 }),
    'cache:counts': () => ({ analyses: 12, bytes: 48_128, history: 30 }),
    'cache:clear': () => ({ analyses: 0, bytes: 0, history: 0 }),
    ...extra,
  });
  return { calls, preferences, custom };
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

const NOTICE = `Isnad — sources of the outlet registry

iptv-org/database — Unlicense — https://github.com/iptv-org/database.
<script>window.pwned = true</script>
`;

async function show(settings: Partial<Settings> = {}, notice = NOTICE): Promise<void> {
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, uiLanguage: 'en', ...settings });
  render(<OptionsApp notice={notice} />, container);
  await vi.waitFor(() => expect(container.querySelector('#sources')).not.toBeNull());
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(selector: string) => container.querySelector<T>(selector);
const button = (label: string, root: ParentNode = container) => [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === label);

/** Lets Preact re-render between two reader actions, as it does between two real events. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await settle();
}

async function choose(input: HTMLInputElement | HTMLSelectElement, value?: string): Promise<void> {
  if (input instanceof HTMLSelectElement) input.value = value ?? '';
  else input.checked = !input.checked;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
}

function pickFile(input: HTMLInputElement, file: File): void {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('settings page: layout and languages', () => {
  it('has every section in English, left to right', async () => {
    fakeBackground();
    await show();
    const headings = [...container.querySelectorAll('section > h2')].map(text);
    expect(headings).toEqual(['Preferred sources', 'Languages', 'Badges on pages', 'Paused sites', 'Search engine for the primary report', 'Import and export', 'Stored data', 'About the data']);
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.title).toBe('Isnad settings');
  });

  it('switches the interface to Arabic and mirrors the page', async () => {
    fakeBackground();
    await show();
    await choose($<HTMLSelectElement>('#ui-language')!, 'ar');
    await vi.waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(document.documentElement.lang).toBe('ar');
    expect((await settingsItem.getValue()).uiLanguage).toBe('ar');
    expect(text($('#sources-title'))).toBe('المصادر المفضلة');
    expect(text($('h1'))).toContain('إعدادات إسناد');
  });

  it('chooses which article languages are analysed', async () => {
    fakeBackground();
    await show();
    const french = $<HTMLInputElement>('input[name="article-language"][value="fr"]')!;
    await choose(french);
    await vi.waitFor(async () => expect((await settingsItem.getValue()).languages).toEqual(['ar', 'en']));
    await choose($<HTMLInputElement>('input[name="article-language"][value="ar"]')!);
    await choose($<HTMLInputElement>('input[name="article-language"][value="en"]')!);
    await vi.waitFor(() => expect(text($('#languages [role="alert"]'))).toContain('analyses no article'));
  });

  it('turns badges off and sets their density', async () => {
    fakeBackground();
    await show();
    await choose($<HTMLSelectElement>('#badge-density')!, 'all');
    await vi.waitFor(async () => expect((await settingsItem.getValue()).badgeDensity).toBe('all'));
    await choose($<HTMLInputElement>('#badges input[type="checkbox"]')!);
    await vi.waitFor(async () => expect((await settingsItem.getValue()).badges).toBe(false));
    expect($<HTMLSelectElement>('#badge-density')!.disabled).toBe(true);
  });
});

describe('settings page: paused sites and search engine', () => {
  it('adds a site by name or address, refuses what is not one, and removes it', async () => {
    fakeBackground();
    await show();
    const input = $<HTMLInputElement>('#pause-site')!;
    await typeInto(input, 'not a site');
    $<HTMLFormElement>('#paused form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(text($('#pause-site-error'))).toBe('Not a site name: not a site'));
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await typeInto(input, 'https://www.Hespress.com/politique/1.html');
    $<HTMLFormElement>('#paused form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await vi.waitFor(async () => expect((await settingsItem.getValue()).pausedSites).toEqual(['hespress.com']));
    await vi.waitFor(() => expect(text($('[data-testid="paused-sites"]'))).toContain('hespress.com'));
    const remove = $<HTMLButtonElement>('[data-testid="paused-sites"] button')!;
    expect(remove.getAttribute('aria-label')).toBe('Remove hespress.com');
    remove.click();
    await vi.waitFor(async () => expect((await settingsItem.getValue()).pausedSites).toEqual([]));
  });

  it('picks a search engine, and saves a custom template only when it holds {q}', async () => {
    fakeBackground();
    await show();
    await choose($<HTMLInputElement>('input[name="search-engine"][value="qwant"]')!);
    await vi.waitFor(async () => expect((await settingsItem.getValue()).searchEngine).toBe('qwant'));
    await choose($<HTMLInputElement>('input[name="search-engine"][value="custom"]')!);
    await vi.waitFor(() => expect($('#search-template')).not.toBeNull());
    const template = $<HTMLInputElement>('#search-template')!;
    await typeInto(template, 'https://search.example/?q=');
    await vi.waitFor(() => expect(text($('#search-template-error'))).toBe('The address must start with https:// or http:// and contain {q}.'));
    expect((await settingsItem.getValue()).customSearchTemplate).toBe('');
    await typeInto(template, 'https://search.example/?q={q}&lang=ar');
    await vi.waitFor(async () => expect((await settingsItem.getValue()).customSearchTemplate).toBe('https://search.example/?q={q}&lang=ar'));
    expect($('#search-template-error')).toBeNull();
  });
});

describe('settings page: preferred sources', () => {
  it('finds an outlet by an Arabic alias and marks it preferred', async () => {
    const { calls } = fakeBackground();
    await show();
    await typeInto($<HTMLInputElement>('#outlet-search')!, 'اوروب1');
    await vi.waitFor(() => expect($('[data-testid="search-results"]')).not.toBeNull());
    expect(calls.find((c) => c.type === 'outlet:search')!.payload).toEqual({ query: 'اوروب1', limit: 20 });
    const row = $('[data-testid="search-results"] [data-outlet-id="europe-1"]')!;
    expect(text(row)).toContain('Europe 1');
    expect(text(row)).toContain('radio · France · europe1.fr');
    row.querySelector<HTMLButtonElement>('[data-mark="preferred"]')!.click();
    await vi.waitFor(() => expect(calls.some((c) => c.type === 'preference:set')).toBe(true));
    expect(calls.find((c) => c.type === 'preference:set')!.payload).toMatchObject({ outletId: 'europe-1', mark: 'preferred' });
    await vi.waitFor(() => expect(text($('[data-testid="marked-outlets"]'))).toContain('Europe 1'));
  });

  it('says when nothing matches, and Escape clears the search', async () => {
    fakeBackground();
    await show();
    const input = $<HTMLInputElement>('#outlet-search')!;
    await typeInto(input, 'zzzz');
    await vi.waitFor(() => expect(text($('#outlet-results'))).toBe('No outlet matches “zzzz”.'));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await vi.waitFor(() => expect(input.value).toBe(''));
    await vi.waitFor(() => expect(text($('#outlet-results'))).toBe(''));
  });

  it('adds a note to an outlet', async () => {
    const { calls, preferences } = fakeBackground();
    preferences.set('hespress', { outletId: 'hespress', mark: 'trusted', note: '', updatedAt: 1 });
    await show();
    await vi.waitFor(() => expect($('[data-testid="marked-outlets"] [data-outlet-id="hespress"]')).not.toBeNull());
    const row = $('[data-testid="marked-outlets"] [data-outlet-id="hespress"]')!;
    button('Note', row)!.click();
    await vi.waitFor(() => expect(row.querySelector('textarea')).not.toBeNull());
    await typeInto(row.querySelector('textarea')!, 'جيد في الأخبار المحلية');
    button('Save note', row)!.click();
    await vi.waitFor(() => expect(calls.filter((c) => c.type === 'preference:set')).toHaveLength(1));
    expect(calls.find((c) => c.type === 'preference:set')!.payload).toEqual({ outletId: 'hespress', mark: 'trusted', note: 'جيد في الأخبار المحلية' });
  });

  it('adds an outlet of the reader’s own, with errors beside their fields first', async () => {
    const { calls } = fakeBackground();
    await show();
    button('Add an outlet')!.click();
    await vi.waitFor(() => expect($('dialog')).not.toBeNull());
    const dialog = $<HTMLDialogElement>('dialog')!;
    await typeInto(dialog.querySelector<HTMLInputElement>('#outlet-country')!, 'Morocco');
    await typeInto(dialog.querySelector<HTMLTextAreaElement>('#outlet-domains')!, 'radio atlas');
    dialog.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(text(dialog.querySelector('#outlet-name-error'))).toBe('Give the outlet a name.'));
    expect(text(dialog.querySelector('#outlet-country-error'))).toBe('Use a two-letter country code, such as MA or FR.');
    expect(text(dialog.querySelector('#outlet-domains-error'))).toBe('Not a domain name: radio atlas');
    expect(calls.some((c) => c.type === 'custom-outlet:put')).toBe(false);
    await typeInto(dialog.querySelector<HTMLInputElement>('#outlet-name')!, 'Radio Atlas');
    await typeInto(dialog.querySelector<HTMLInputElement>('#outlet-nameAr')!, 'راديو أطلس');
    await typeInto(dialog.querySelector<HTMLInputElement>('#outlet-country')!, 'ma');
    await typeInto(dialog.querySelector<HTMLTextAreaElement>('#outlet-domains')!, 'https://www.radioatlas.ma/live');
    await typeInto(dialog.querySelector<HTMLTextAreaElement>('#outlet-aliases')!, 'أطلس إف إم\nAtlas FM');
    await choose(dialog.querySelector<HTMLSelectElement>('#outlet-medium')!, 'radio');
    dialog.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(calls.some((c) => c.type === 'custom-outlet:put')).toBe(true));
    const sent = (calls.find((c) => c.type === 'custom-outlet:put')!.payload as { outlet: Record<string, unknown> }).outlet;
    expect(sent).toMatchObject({ name: 'Radio Atlas', names: { ar: 'راديو أطلس' }, country: 'MA', domains: ['radioatlas.ma'], medium: 'radio', aliases: ['أطلس إف إم', 'Atlas FM'] });
    expect(sent.id).toBeUndefined();
    await vi.waitFor(() => expect($('dialog')).toBeNull());
    await vi.waitFor(() => expect(text($('[data-testid="custom-outlets"]'))).toContain('Radio Atlas'));
    expect(text($('#sources [role="status"]'))).toBe('Saved “Radio Atlas”.');
  });

  it('corrects a registry outlet under its own id, keeping what was not changed', () => {
    const base = outlet('europe-1', 'Europe 1', { owner: { name: 'Lagardère News', asOf: '2024', source: 'qui-possede-les-medias' }, stateAffiliation: null, founded: 1955 });
    const draft = { ...draftOf(base), founded: '1954', country: 'FR' };
    const result = outletFromDraft('en', draft, base);
    expect('outlet' in result && result.outlet).toMatchObject({ id: 'europe-1', founded: 1954, owner: { name: 'Lagardère News', asOf: '2024', source: 'qui-possede-les-medias' } });
    const changedOwner = outletFromDraft('en', { ...draft, owner: 'Vivendi' }, base);
    expect('outlet' in changedOwner && changedOwner.outlet.owner).toEqual({ name: 'Vivendi', asOf: '2024' });
    const bad = outletFromDraft('fr', { ...draft, founded: '55', wikidata: 'X1' }, base);
    expect('errors' in bad && bad.errors).toEqual({ founded: 'Ce n’est pas une année : 55', wikidata: 'Un identifiant Wikidata ressemble à Q12345.' });
  });
});

describe('settings page: import and export', () => {
  it('exports one JSON file through a Blob URL', async () => {
    const { preferences } = fakeBackground();
    preferences.set('europe-1', { outletId: 'europe-1', mark: 'preferred', note: 'x', updatedAt: 1 });
    let blob: Blob | null = null;
    const createObjectURL = vi.fn((b: Blob) => {
      blob = b;
      return 'blob:isnad-test';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(`${this.download} ${this.href}`);
    });
    await show();
    $<HTMLButtonElement>('[data-testid="export"]')!.click();
    await vi.waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]).toMatch(/^isnad-export-\d{4}-\d{2}-\d{2}\.json blob:isnad-test$/);
    const saved = JSON.parse(await blob!.text()) as ExportBundle;
    expect(saved.format).toBe('isnad-export');
    expect(saved.preferences).toEqual([{ outletId: 'europe-1', mark: 'preferred', note: 'x', updatedAt: 1 }]);
    expect(text($('[data-testid="import-message"]'))).toBe('Exported 1 marks, 0 outlets and 0 ratings.');
  });

  it('imports a JSON file and reloads the lists', async () => {
    const { calls } = fakeBackground();
    await show();
    const file = new File([JSON.stringify({ format: 'isnad-export', version: 1, exportedAt: '', preferences: [{}, {}], customOutlets: [{}], ratings: [] })], 'backup.json', {
      type: 'application/json',
    });
    pickFile($<HTMLInputElement>('[data-testid="import-json"]')!, file);
    await vi.waitFor(() => expect(text($('[data-testid="import-message"]'))).toBe('Imported 2 marks, 1 outlets and 0 ratings.'));
    expect((calls.find((c) => c.type === 'data:import')!.payload as { json: string }).json).toContain('isnad-export');
    expect(calls.filter((c) => c.type === 'preference:list').length).toBeGreaterThanOrEqual(2);
  });

  it('shows the background’s error for a malformed file, naming line and field', async () => {
    fakeBackground({
      'data:import': () => {
        throw new Error('line 12: customOutlets[1].domains[0]: a host name without protocol, path or port, such as "example.com"');
      },
    });
    await show();
    pickFile($<HTMLInputElement>('[data-testid="import-json"]')!, new File(['{"format":"isnad-export"'], 'broken.json'));
    await vi.waitFor(() => expect($('[data-testid="import-message"] [role="alert"]')).not.toBeNull());
    expect(text($('[data-testid="import-message"]'))).toBe(
      'Nothing was changed. line 12: customOutlets[1].domains[0]: a host name without protocol, path or port, such as "example.com"',
    );
  });

  it('imports CSV ratings only with a named source', async () => {
    const { calls } = fakeBackground();
    await show();
    const csv = new File(['outlet,rating\neurope1.fr,mixed\nهسبريس,reliable\n'], 'ratings.csv', { type: 'text/csv' });
    pickFile($<HTMLInputElement>('[data-testid="import-csv"]')!, csv);
    await vi.waitFor(() => expect(text($('[data-testid="csv-message"]'))).toBe('Name the source of these ratings first.'));
    expect(calls.some((c) => c.type === 'ratings:import-csv')).toBe(false);
    await typeInto($<HTMLInputElement>('#csv-source')!, 'Media Literacy Club');
    pickFile($<HTMLInputElement>('[data-testid="import-csv"]')!, csv);
    await vi.waitFor(() => expect(text($('[data-testid="csv-message"]'))).toBe('Imported 0 marks, 0 outlets and 2 ratings.'));
    expect(calls.find((c) => c.type === 'ratings:import-csv')!.payload).toEqual({ csv: 'outlet,rating\neurope1.fr,mixed\nهسبريس,reliable\n', source: 'Media Literacy Club' });
  });
});

describe('settings page: cache and about', () => {
  it('shows the cache counts and clears after a confirmation that Escape cancels', async () => {
    const { calls } = fakeBackground();
    await show();
    await vi.waitFor(() => expect(text($('[data-testid="cache-counts"]'))).toBe('12 analysed pages (47 KB) and 30 history entries are stored on this browser.'));
    button('Clear the cache')!.click();
    await vi.waitFor(() => expect(button('Clear now')).toBeDefined());
    await vi.waitFor(() => expect(document.activeElement).toBe(button('Clear now')));
    button('Clear now')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await vi.waitFor(() => expect(button('Clear now')).toBeUndefined());
    expect(calls.some((c) => c.type === 'cache:clear')).toBe(false);
    button('Clear the cache')!.click();
    await vi.waitFor(() => expect(button('Clear now')).toBeDefined());
    button('Clear now')!.click();
    await vi.waitFor(() => expect(text($('[data-testid="cache-counts"]'))).toBe('0 analysed pages (0 B) and 0 history entries are stored on this browser.'));
    expect(text($('[data-testid="cache-message"]'))).toBe('The cache is empty.');
  });

  it('shows the NOTICE as text, with its addresses as links', async () => {
    fakeBackground();
    await show();
    const notice = $('[data-testid="notice"]')!;
    expect(notice.textContent).toContain('<script>window.pwned = true</script>');
    expect(notice.querySelector('script')).toBeNull();
    expect(notice.querySelector('a')!.getAttribute('href')).toBe('https://github.com/iptv-org/database');
    expect(linkify('see https://x.example/a. Done')).toEqual([{ text: 'see ' }, { text: 'https://x.example/a', href: 'https://x.example/a' }, { text: '. Done' }]);
  });

  it('says when the NOTICE is missing from the build', async () => {
    fakeBackground();
    await show({}, '');
    expect(text($('#about'))).toContain('The list of sources is not available in this build.');
  });
});
