// The content script's work on one page: decide whether it is an article, read it without touching the
// live page, ask the background for the analysis, then draw badges. Re-runs on SPA navigation and when
// the article body grows (late or lazy loading), always batched in idle time and tied to `signal` so
// an updated or removed extension goes quiet.
import type { Analysis, OutletRecord } from '../../engine/types';
import { extractArticleWithMap, isProbablyArticle, readMetadata, type TextPiece } from '../../extractor/extract-article';
import { rangeFor } from '../../extractor/text-map';
import { resolveUiLang } from '../../lib/i18n-badge';
import type { PageSettings } from '../../lib/protocol';
import { drawBadges, type BadgeLayer } from './badge-layer';

export interface PageReaderDeps {
  doc: Document;
  url: () => string;
  signal: AbortSignal;
  /** The settings that matter on this page, with its pause state (answered by the background). */
  settings: () => Promise<PageSettings>;
  submit: (article: ReturnType<typeof extractArticleWithMap>['article']) => Promise<Analysis>;
  reportNone: (url: string, reason: 'not-article' | 'paused') => Promise<void>;
  loadOutlet: (id: string) => Promise<OutletRecord | null>;
  browserLang: string | undefined;
  /** Schedules low-priority work; requestIdleCallback in the page. */
  idle: (callback: () => void) => void;
  /** Runs DOM changes of our own without the mutation observer seeing them. */
  mute: (change: () => void) => void;
  /** Runs a callback after a delay, tied to the content script's lifetime. */
  later: (callback: () => void, ms: number) => void;
  now: () => number;
}

/** Pages that keep changing (tickers, ads, live blogs) are re-read at most this often... */
const RERUN_INTERVAL_MS = 1_500;
/** ...and this many times per address, after the first reading. */
const MAX_RERUNS_PER_URL = 12;

export interface PageReader {
  run(): Promise<void>;
  /** Called by the mutation observer: the page changed, maybe the article grew. */
  noteMutation(): void;
  /** Called on SPA navigation: the article may be a new one. */
  noteNavigation(): void;
  /** True when a changed node can affect the article we read (or when none was found yet). */
  concerns(node: Node): boolean;
  redraw(): Promise<void>;
  scrollTo(start: number, end: number): boolean;
  /** `article`: the page is an article (analysed, or paused on this site). */
  state(): { analysis: Analysis | null; badges: number; article: boolean };
  clear(): void;
}

export function createPageReader(deps: PageReaderDeps): PageReader {
  let layer: BadgeLayer | null = null;
  let pieces: TextPiece[] = [];
  let analysis: Analysis | null = null;
  let lastText = '';
  let running = false;
  let rerunQueued = false;
  let mutationQueued = false;
  let root: Element | null = null;
  let isArticle = false;
  let lastRunAt = -Infinity;
  let rerunsLeft = MAX_RERUNS_PER_URL;
  let rerunUrl = '';

  function clear(): void {
    const current = layer;
    layer = null;
    if (current) deps.mute(() => current.clear());
  }

  async function draw(settings: PageSettings): Promise<void> {
    clear();
    if (!analysis || !settings.badges || deps.signal.aborted) return;
    const current = analysis;
    deps.mute(() => {
      layer = drawBadges({
        doc: deps.doc,
        analysis: current,
        pieces,
        density: settings.badgeDensity,
        uiLang: resolveUiLang(settings.uiLanguage, deps.browserLang),
        loadDetails: deps.loadOutlet,
      });
    });
  }

  async function run(): Promise<void> {
    if (deps.signal.aborted) return;
    if (running) {
      rerunQueued = true;
      return;
    }
    running = true;
    try {
      const url = deps.url();
      // The DOM check comes first: most pages are not articles, and they should cost nothing more.
      const metadata = readMetadata(deps.doc, url);
      isArticle = isProbablyArticle(deps.doc, metadata);
      if (!isArticle) {
        clear();
        analysis = null;
        lastText = '';
        await deps.reportNone(url, 'not-article');
        return;
      }
      const settings = await deps.settings();
      if (settings.paused) {
        clear();
        analysis = null;
        lastText = '';
        await deps.reportNone(url, 'paused');
        return;
      }
      // Our own badges are not article text: take them out before reading.
      clear();
      lastRunAt = deps.now();
      const extracted = extractArticleWithMap(deps.doc, url, metadata);
      root = extracted.root;
      if (extracted.article.lang && !settings.languages.includes(extracted.article.lang)) {
        await deps.reportNone(url, 'not-article');
        return;
      }
      if (extracted.article.text === lastText && analysis) {
        pieces = extracted.pieces;
        await draw(settings);
        return;
      }
      lastText = extracted.article.text;
      pieces = extracted.pieces;
      analysis = await deps.submit(extracted.article);
      if (deps.signal.aborted) return;
      await draw(settings);
    } finally {
      running = false;
      if (rerunQueued && !deps.signal.aborted) {
        rerunQueued = false;
        deps.idle(() => void run());
      }
    }
  }

  return {
    run,
    noteMutation() {
      if (mutationQueued) return;
      const url = deps.url();
      if (url !== rerunUrl) {
        rerunUrl = url;
        rerunsLeft = MAX_RERUNS_PER_URL;
      }
      if (rerunsLeft <= 0) return;
      rerunsLeft--;
      mutationQueued = true;
      const wait = Math.max(0, lastRunAt + RERUN_INTERVAL_MS - deps.now());
      deps.later(() => {
        deps.idle(() => {
          mutationQueued = false;
          void run();
        });
      }, wait);
    },
    noteNavigation() {
      root = null;
      rerunUrl = '';
      this.noteMutation();
    },
    concerns(node) {
      if (!root || !root.isConnected || !analysis) return true;
      return root.contains(node) || node.contains(root);
    },
    async redraw() {
      const settings = await deps.settings();
      if (settings.paused) {
        clear();
        await deps.reportNone(deps.url(), 'paused');
        return;
      }
      if (!analysis) {
        await run();
        return;
      }
      await draw(settings);
    },
    scrollTo(start, end) {
      const range = rangeFor(pieces, start, end);
      if (!range) return false;
      const target = range.startContainer.parentElement;
      target?.scrollIntoView({ behavior: 'smooth', block: 'center' });
      const selection = deps.doc.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return true;
    },
    state() {
      return { analysis, badges: layer?.count() ?? 0, article: isArticle };
    },
    clear,
  };
}
