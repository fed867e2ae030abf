// Typed request/response over runtime messaging. Replies travel as {ok, value} | {ok, error} so an
// error is data on both sides of the boundary, never a throw across it. Listeners answer through
// `sendResponse` + `return true`: the fake browser in unit tests ignores a returned Promise, and only
// delivers a reply (even a synchronous one) when the listener returns true.
import { browser, type Browser } from 'wxt/browser';
import {
  CONTENT_SCRIPT_MESSAGES,
  parseEnvelope,
  type MessageType,
  type RequestOf,
  type ResponseMap,
} from './protocol';

export { MessageError, request } from './request';

export type Handlers = {
  [K in MessageType]: (payload: RequestOf<K>, sender: Browser.runtime.MessageSender) => Promise<ResponseMap[K]> | ResponseMap[K];
};

export type SenderKind = 'extension-page' | 'content-script';

/**
 * Who sent a message: one of this extension's own pages, one of its content scripts, or null for
 * anything else (another extension, a web page through a connectable origin, a malformed sender).
 */
export function senderKind(sender: Browser.runtime.MessageSender, ownId: string, ownOrigin: string | null): SenderKind | null {
  if (!sender || sender.id !== ownId) return null;
  const origin = sender.url ? safeOrigin(sender.url) : null;
  // An extension page carries our own origin, even when it is open in a tab (the settings page).
  if (origin !== null && origin === ownOrigin) return 'extension-page';
  // A content script carries the tab (and the http(s) page) it runs in.
  if (sender.tab) return 'content-script';
  // Chrome omits the URL for the worker's own messages; nothing else reaches here without one.
  return sender.url === undefined ? 'extension-page' : null;
}

/** True when the message comes from this extension itself (its pages or its content scripts). */
export function isOwnSender(sender: Browser.runtime.MessageSender, ownId: string): boolean {
  return senderKind(sender, ownId, safeOrigin(browser.runtime.getURL('/'))) !== null;
}

/** The origin of a URL, also for chrome-extension: URLs (which some URL implementations call "null"). */
export function safeOrigin(url: string): string | null {
  try {
    const origin = new URL(url).origin;
    // Chromium gives "null" as the origin of chrome-extension: URLs in some URL implementations.
    if (origin === 'null') {
      const match = /^([a-z-]+:\/\/[^/]+)/i.exec(url);
      return match ? match[1]!.toLowerCase() : null;
    }
    return origin;
  } catch {
    return null;
  }
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

type Listener = (raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: unknown) => void) => boolean;

/** The listener `listen` installs, exposed so tests can call it with crafted senders. */
export function createListener(handlers: Handlers, ownId: () => string = () => browser.runtime.id): Listener {
  const ownOrigin = safeOrigin(browser.runtime.getURL('/'));
  return (raw, sender, sendResponse) => {
    // Only messages addressed to Isnad's background are answered; others on the bus are left alone.
    if (typeof raw !== 'object' || raw === null || !('isnad' in raw)) return false;
    const kind = senderKind(sender, ownId(), ownOrigin);
    if (kind === null) {
      sendResponse({ ok: false, error: 'refused: sender is not this extension' });
      return true;
    }
    const parsed = parseEnvelope(raw);
    if (!parsed.ok) {
      sendResponse({ ok: false, error: parsed.error });
      return true;
    }
    const { type, payload } = parsed.envelope;
    if (kind === 'content-script' && !CONTENT_SCRIPT_MESSAGES.has(type)) {
      sendResponse({ ok: false, error: `refused: ${type} is for the extension's own pages` });
      return true;
    }
    const handler = handlers[type] as (p: unknown, s: Browser.runtime.MessageSender) => unknown;
    Promise.resolve()
      .then(() => handler(payload, sender))
      .then(
        (value) => sendResponse({ ok: true, value: value ?? null }),
        (error: unknown) => sendResponse({ ok: false, error: errorMessage(error) }),
      )
      .catch(() => {
        // sendResponse itself throws when the asking page has gone; nobody is left to tell.
      });
    return true;
  };
}

export function listen(handlers: Handlers): () => void {
  const listener = createListener(handlers);
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
