// Typed request/response over runtime messaging. Replies travel as {ok, value} | {ok, error} so an
// error is data on both sides of the boundary, never a throw across it. Listeners answer through
// `sendResponse` + `return true`: the fake browser in unit tests ignores a returned Promise.
import { browser, type Browser } from 'wxt/browser';
import { parseEnvelope, type Envelope, type MessageType, type Reply, type RequestOf, type ResponseMap } from './protocol';

export class MessageError extends Error {}

export async function request<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ResponseMap[K]> {
  const envelope: Envelope<K> = { isnad: 1, type, payload };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<K> | undefined;
  if (!reply) throw new MessageError(`no answer to ${type}`);
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.value;
}

export type Handlers = {
  [K in MessageType]: (payload: RequestOf<K>, sender: Browser.runtime.MessageSender) => Promise<ResponseMap[K]> | ResponseMap[K];
};

/** True when the message comes from this extension itself (its pages or its content scripts). */
export function isOwnSender(sender: Browser.runtime.MessageSender, ownId: string): boolean {
  if (sender.id !== ownId) return false;
  // Extension pages carry our own origin; content scripts carry the tab they run in.
  if (sender.tab) return true;
  const origin = sender.url ? safeOrigin(sender.url) : null;
  return origin === null || origin === safeOrigin(browser.runtime.getURL('/'));
}

function safeOrigin(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

export function listen(handlers: Handlers): () => void {
  const listener = (raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: unknown) => void) => {
    if (!isOwnSender(sender, browser.runtime.id)) {
      sendResponse({ ok: false, error: 'refused: sender is not this extension' });
      return false;
    }
    const parsed = parseEnvelope(raw);
    if (!parsed.ok) {
      sendResponse({ ok: false, error: parsed.error });
      return false;
    }
    const { type, payload } = parsed.envelope;
    const handler = handlers[type] as (p: unknown, s: Browser.runtime.MessageSender) => unknown;
    Promise.resolve()
      .then(() => handler(payload, sender))
      .then(
        (value) => sendResponse({ ok: true, value }),
        (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
    return true;
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
