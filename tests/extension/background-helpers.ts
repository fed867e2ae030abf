// Shared set-up for the background's extension tests: a small stand-in registry, a stand-in analyser
// (the real engine has its own tests; here only what the background does with a result matters), and
// the message listener served through the fake browser's real runtime.sendMessage with a crafted sender
// (the fake browser passes `{}` as the sender).
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import type { Analysis, ArticleInput, OutletRecord, OutletRef } from '../../engine/types';
import { createHandlers, type Analyzer, type BackgroundDeps } from '../../lib/background';
import { openDb, type IsnadDb } from '../../lib/db';
import { createListener, type Handlers } from '../../lib/messaging';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';

export function outlet(id: string, name: string, extra: Partial<OutletRecord> = {}): OutletRecord {
  return {
    id,
    name,
    names: {},
    aliases: [],
    commonWordAliases: [],
    sharedAliases: [],
    domains: [],
    country: 'XX',
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

export const REGISTRY_OUTLETS: OutletRecord[] = [
  outlet('reuters', 'Reuters', { aliases: ['رويترز', 'Reuters'], domains: ['reuters.com'], country: 'GB', medium: 'agency', languages: ['en'] }),
  outlet('afp', 'Agence France-Presse', { names: { ar: 'وكالة الأنباء الفرنسية', fr: 'Agence France-Presse' }, aliases: ['AFP', 'أ ف ب', 'فرانس برس'], domains: ['afp.com'], country: 'FR', medium: 'agency' }),
  outlet('hespress', 'Hespress', { names: { ar: 'هسبريس' }, aliases: ['هسبريس'], domains: ['hespress.com'], country: 'MA', medium: 'online', languages: ['ar', 'fr'] }),
  outlet('el-pais', 'El País', { names: { ar: 'إلباييس' }, aliases: ['إلباييس', 'الباييس', 'El Pais'], domains: ['elpais.com'], country: 'ES' }),
  outlet('le-monde', 'Le Monde', { aliases: ['Le Monde', 'لوموند'], domains: ['lemonde.fr'], country: 'FR', languages: ['fr'] }),
  outlet('alwatan-dz', 'El Watan', { names: { ar: 'الوطن' }, aliases: ['الوطن'], sharedAliases: ['الوطن'], domains: ['elwatan-dz.com'], country: 'DZ' }),
  outlet('alwatan-kw', 'Al Watan (Kuwait)', { names: { ar: 'الوطن' }, aliases: ['الوطن'], sharedAliases: ['الوطن'], domains: ['alwatan.com.kw'], country: 'KW' }),
  outlet('europe-1', 'Europe 1', { aliases: ['Europe 1', 'أوروب 1'], domains: ['europe1.fr'], country: 'FR', medium: 'radio' }),
];

/** Lower case, accents and Arabic hamza forms folded, spaces collapsed: enough for the stand-in data. */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[أإآ]/g, 'ا')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function ref(o: OutletRecord): OutletRef {
  return { id: o.id, name: o.name, known: true, domain: o.domains[0] ?? null, country: o.country, medium: o.medium };
}

/** Finds outlet names in the text; the last one cited is the "original". Counts its calls. */
export function createStubAnalyzer(registry: readonly OutletRecord[] = REGISTRY_OUTLETS): Analyzer & { calls: number } {
  const stub = {
    calls: 0,
    analyze(input: ArticleInput, custom: readonly OutletRecord[]): Analysis {
      stub.calls++;
      const byId = new Map(registry.map((o) => [o.id, o]));
      for (const o of custom) byId.set(o.id, o);
      const outlets = [...byId.values()];
      const text = normalize(input.text);
      const host = input.url ? new URL(input.url).hostname.replace(/^www\./, '') : '';
      const hostOutlet = outlets.find((o) => o.domains.includes(host)) ?? null;
      const attributions: Analysis['attributions'] = [];
      for (const o of outlets) {
        if (o === hostOutlet) continue;
        for (const alias of [o.name, ...o.aliases]) {
          const at = text.indexOf(normalize(alias));
          if (at >= 0) {
            attributions.push({ start: at, end: at + alias.length, surface: alias, pattern: 'according_to', outlet: ref(o), nameStart: at, nameEnd: at + alias.length });
            break;
          }
        }
      }
      attributions.sort((a, b) => a.start - b.start);
      const cited = attributions.map((a) => a.outlet);
      const original = cited.at(-1) ?? null;
      return {
        lang: input.lang ?? 'en',
        title: input.title ?? '',
        hostOutlet: hostOutlet ? ref(hostOutlet) : null,
        attributions,
        otherSources: [],
        originalOutlet: original,
        chain: original ? [...(hostOutlet ? [ref(hostOutlet)] : []), ...cited] : [],
        actors: [],
        primaryLinks: [],
        ms: 0,
      };
    },
  };
  return stub;
}

let dbCounter = 0;

export function freshDbName(label = 'isnad-test'): string {
  dbCounter++;
  return `${label}-${dbCounter}-${Math.random().toString(36).slice(2, 8)}`;
}

export interface TestContext {
  deps: BackgroundDeps;
  db: IsnadDb;
  analyzer: ReturnType<typeof createStubAnalyzer>;
  settings: Settings;
  clock: { now: number };
}

export function makeDeps(options: { name?: string; db?: IsnadDb; registry?: { version: string; outlets: OutletRecord[] }; limits?: BackgroundDeps['limits']; withBadge?: boolean } = {}): TestContext {
  const db = options.db ?? openDb(options.name ?? freshDbName());
  const analyzer = createStubAnalyzer(options.registry?.outlets ?? REGISTRY_OUTLETS);
  const clock = { now: 1_750_000_000_000 };
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const deps: BackgroundDeps = {
    db,
    registry: options.registry ?? { version: 'test-1', outlets: REGISTRY_OUTLETS },
    analyzer,
    normalize,
    settings: async () => settings,
    limits: options.limits,
    now: () => clock.now++,
  };
  return { deps, db, analyzer, settings, clock };
}

export const OWN_PAGE = (): Browser.runtime.MessageSender => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });

export function contentScript(tabId: number, url: string): Browser.runtime.MessageSender {
  return { id: fakeBrowser.runtime.id, url, tab: { id: tabId, index: 0, url } as Browser.tabs.Tab, frameId: 0 };
}

/**
 * Installs the real listener on the fake browser; messages sent with `request()` or
 * `browser.runtime.sendMessage` reach it as if from `sender` (changeable per call).
 */
export function serve(handlers: Handlers, sender: Browser.runtime.MessageSender = OWN_PAGE()) {
  const listener = createListener(handlers);
  const state = { sender };
  const wrapped = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => listener(message, state.sender, sendResponse);
  fakeBrowser.runtime.onMessage.addListener(wrapped as never);
  return {
    as(next: Browser.runtime.MessageSender) {
      state.sender = next;
    },
    stop() {
      fakeBrowser.runtime.onMessage.removeListener(wrapped as never);
    },
  };
}

/** Serves the handlers of a fresh context and returns both. */
export function serveContext(options: Parameters<typeof makeDeps>[0] = {}) {
  const context = makeDeps(options);
  const server = serve(createHandlers(context.deps));
  return { ...context, server };
}

export function article(url: string, text: string, extra: Partial<ArticleInput> = {}): ArticleInput {
  return { text, url, title: text.slice(0, 40), lang: 'en', ...extra };
}
