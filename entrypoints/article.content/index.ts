import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { request } from '../../lib/request';
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
function mayChangeArticle(records: MutationRecord[], concerns: (node: Node) => boolean): boolean {
  for (const record of records) {
    if (!concerns(record.target)) continue;
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
    // Only article pages ask for settings, and they ask the background: no storage access here.
    settings: () => request('page:settings', { url: location.href }),
    submit: (article) => request('analysis:submit', { article }),
    reportNone: async (url, reason) => {
      await request('analysis:none', { url, reason });
    },
    loadOutlet: (id) => request('outlet:get', { id }),
    browserLang: navigator.language,
    idle,
    later: (callback, ms) => {
      ctx.setTimeout(callback, ms);
    },
    now: () => performance.now(),
    mute: (change) => {
      observer?.disconnect();
      try {
        change();
      } finally {
        observer?.takeRecords();
        observe();
        // Drawing means an analysed article (also one an SPA reached later): the popup may now ask.
        listen();
      }
    },
  });

  observer = new MutationObserver((records) => {
    if (mayChangeArticle(records, reader.concerns)) reader.noteMutation();
  });
  ctx.onInvalidated(() => {
    observer?.disconnect();
    reader.clear();
  });

  const onMessage = (message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) => {
    if (sender.id !== browser.runtime.id || typeof message !== 'object' || message === null) return false;
    const { type, start, end } = message as { type?: unknown; start?: unknown; end?: unknown };
    if (type === 'page:scroll-to' && Number.isInteger(start) && Number.isInteger(end)) {
      sendResponse({ ok: true, value: reader.scrollTo(start as number, end as number) });
      return false;
    }
    if (type === 'page:settings-changed') {
      void reader.redraw();
      sendResponse({ ok: true, value: null });
      return false;
    }
    if (type === 'page:state') {
      const state = reader.state();
      sendResponse({ ok: true, value: { badges: state.badges, analysed: state.analysis !== null } });
      return false;
    }
    return false;
  };
  let listening = false;
  // The popup talks to article pages only; listening costs the runtime bindings, so wait until then.
  const listen = () => {
    if (listening || ctx.isInvalid || !reader.state().article) return;
    listening = true;
    browser.runtime.onMessage.addListener(onMessage as never);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage as never));
  };

  // Watch for a growing article only once the first reading is done: until then there is nothing to
  // compare against, and observing a page that is still building itself costs the most.
  idle(
    () =>
      void reader.run().finally(() => {
        observe();
        listen();
        ctx.addEventListener(window, 'wxt:locationchange', () => reader.noteNavigation());
      }),
  );
}
