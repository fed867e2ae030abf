// The content script's work on one page: decide whether it is an article, read it without touching the
// live page, ask the background for the analysis, then draw badges. Re-runs on SPA navigation and when
// the article body grows (late or lazy loading), always batched in idle time and tied to `signal` so
// an updated or removed extension goes quiet.
import type { Analysis, OutletRecord } from '../../engine/types';
import { extractArticleWithMap, isProbablyArticle, type TextPiece } from '../../extractor/extract-article';
import { rangeFor } from '../../extractor/text-map';
import { resolveUiLang } from '../../lib/i18n';
import { isPaused, type Settings } from '../../lib/settings';
import { drawBadges, type BadgeLayer } from './badge-layer';

export interface PageReaderDeps {
  doc: Document;
  url: () => string;
  signal: AbortSignal;
  settings: () => Promise<Settings>;
  submit: (article: ReturnType<typeof extractArticleWithMap>['article']) => Promise<Analysis>;
  reportNone: (url: string, reason: 'not-article' | 'paused') => Promise<void>;
  loadOutlet: (id: string) => Promise<OutletRecord | null>;
  browserLang: string | undefined;
  /** Schedules low-priority work; requestIdleCallback in the page. */
  idle: (callback: () => void) => void;
  /** Runs DOM changes of our own without the mutation observer seeing them. */
  mute: (change: () => void) => void;
}

export interface PageReader {
  run(): Promise<void>;
  /** Called by the mutation observer: the page changed, maybe the article grew. */
  noteMutation(): void;
  redraw(): Promise<void>;
  scrollTo(start: number, end: number): boolean;
  state(): { analysis: Analysis | null; badges: number };
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

  function clear(): void {
    const current = layer;
    layer = null;
    if (current) deps.mute(() => current.clear());
  }

  async function draw(settings: Settings): Promise<void> {
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
      const settings = await deps.settings();
      if (isPaused(settings, url)) {
        clear();
        analysis = null;
        lastText = '';
        await deps.reportNone(url, 'paused');
        return;
      }
      if (!isProbablyArticle(deps.doc)) {
        clear();
        analysis = null;
        lastText = '';
        await deps.reportNone(url, 'not-article');
        return;
      }
      // Our own badges are not article text: take them out before reading.
      clear();
      const extracted = extractArticleWithMap(deps.doc, url);
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
      mutationQueued = true;
      deps.idle(() => {
        mutationQueued = false;
        void run();
      });
    },
    async redraw() {
      const settings = await deps.settings();
      if (isPaused(settings, deps.url())) {
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
      return { analysis, badges: layer?.count() ?? 0 };
    },
    clear,
  };
}
