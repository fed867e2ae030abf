import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { request } from '../../lib/messaging';
import { getSettings, settingsItem } from '../../lib/settings';
import { BADGE_HOST_ATTR } from './badge-layer';
import { createPageReader } from './page-reader';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    start(ctx);
  },
});

/** Mutations that can change the article: nodes with some text, other than our own badges. */
function mayChangeArticle(records: MutationRecord[]): boolean {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node.nodeType === 1 && (node as Element).hasAttribute(BADGE_HOST_ATTR)) continue;
      if ((node.textContent ?? '').trim().length > 20) return true;
    }
  }
  return false;
}

function start(ctx: ContentScriptContext): void {
  const idle = (callback: () => void) => {
    if (typeof requestIdleCallback === 'function') ctx.requestIdleCallback(callback, { timeout: 1_000 });
    else ctx.setTimeout(callback, 50);
  };
  let observer: MutationObserver | null = null;
  const observe = () => observer?.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
  const reader = createPageReader({
    doc: document,
    url: () => location.href,
    signal: ctx.signal,
    settings: getSettings,
    submit: (article) => request('analysis:submit', { article }),
    reportNone: async (url, reason) => {
      await request('analysis:none', { url, reason });
    },
    loadOutlet: (id) => request('outlet:get', { id }),
    browserLang: navigator.language,
    idle,
    mute: (change) => {
      observer?.disconnect();
      try {
        change();
      } finally {
        observer?.takeRecords();
        observe();
      }
    },
  });

  observer = new MutationObserver((records) => {
    if (mayChangeArticle(records)) reader.noteMutation();
  });
  observe();
  ctx.onInvalidated(() => {
    observer?.disconnect();
    reader.clear();
  });

  ctx.addEventListener(window, 'wxt:locationchange', () => reader.noteMutation());
  const unwatch = settingsItem.watch(() => void reader.redraw());
  ctx.onInvalidated(unwatch);

  const onMessage = (message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) => {
    if (sender.id !== browser.runtime.id || typeof message !== 'object' || message === null) return false;
    const { type, start, end } = message as { type?: unknown; start?: unknown; end?: unknown };
    if (type === 'page:scroll-to' && Number.isInteger(start) && Number.isInteger(end)) {
      sendResponse({ ok: true, value: reader.scrollTo(start as number, end as number) });
      return false;
    }
    if (type === 'page:state') {
      const state = reader.state();
      sendResponse({ ok: true, value: { badges: state.badges, analysed: state.analysis !== null } });
      return false;
    }
    return false;
  };
  browser.runtime.onMessage.addListener(onMessage as never);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage as never));

  idle(() => void reader.run());
}
