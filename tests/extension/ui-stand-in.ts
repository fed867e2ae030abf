// A stand-in background for the UI component tests: answers the message map from a table of handlers,
// through sendResponse (the fake browser ignores returned promises), and records every call.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MessageType, RequestOf, ResponseMap } from '../../lib/protocol';

export type Answers = { [K in MessageType]?: (payload: RequestOf<K>) => ResponseMap[K] | Promise<ResponseMap[K]> };

export interface Call {
  type: MessageType;
  payload: unknown;
}

export function serve(answers: Answers): Call[] {
  const calls: Call[] = [];
  fakeBrowser.runtime.onMessage.addListener(((raw: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    const { type, payload } = raw as { type: MessageType; payload: unknown };
    calls.push({ type, payload });
    const handler = answers[type] as ((p: unknown) => unknown) | undefined;
    if (!handler) {
      sendResponse({ ok: false, error: `no handler for ${type}` });
      return true;
    }
    Promise.resolve()
      .then(() => handler(payload))
      .then(
        (value) => sendResponse({ ok: true, value }),
        (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
    return true;
  }) as never);
  return calls;
}
