// The message boundary: only this extension's own pages and content scripts are answered, a content
// script may only ask what it needs, every payload is validated, and an error is always a reply object,
// never a throw across the boundary. Requests go through the fake browser's real runtime.sendMessage.
import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '../../lib/background';
import { createListener, MessageError, request, safeOrigin, senderKind, type Handlers } from '../../lib/messaging';
import { CONTENT_SCRIPT_MESSAGES, parseEnvelope, requestSchemas, type MessageType } from '../../lib/protocol';
import { contentScript, makeDeps, OWN_PAGE, serve } from './background-helpers';

const OWN = () => fakeBrowser.runtime.id;
const ORIGIN = () => safeOrigin(fakeBrowser.runtime.getURL('/'));

function send(message: unknown): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

describe('sender check', () => {
  it('tells extension pages, content scripts and strangers apart', () => {
    const ownOrigin = ORIGIN();
    expect(senderKind(OWN_PAGE(), OWN(), ownOrigin)).toBe('extension-page');
    // The settings page open in a tab is still an extension page.
    expect(senderKind({ ...OWN_PAGE(), tab: { id: 3 } as never }, OWN(), ownOrigin)).toBe('extension-page');
    expect(senderKind(contentScript(4, 'https://www.hespress.com/a.html'), OWN(), ownOrigin)).toBe('content-script');
    expect(senderKind({ id: 'other-extension-id', url: 'chrome-extension://other-extension-id/background.js' }, OWN(), ownOrigin)).toBeNull();
    expect(senderKind({ id: 'other-extension-id', url: 'https://evil.example/', tab: { id: 1 } as never }, OWN(), ownOrigin)).toBeNull();
    expect(senderKind({ url: 'https://evil.example/', origin: 'https://evil.example', tab: { id: 1 } as never }, OWN(), ownOrigin)).toBeNull();
    // Our id with a page URL but no tab: not something Chrome sends for us; refused.
    expect(senderKind({ id: OWN(), url: 'https://evil.example/' }, OWN(), ownOrigin)).toBeNull();
    expect(senderKind({}, OWN(), ownOrigin)).toBeNull();
  });

  it('refuses a message from another extension and from a web page, and runs no handler', async () => {
    const { deps, db } = makeDeps();
    let called = 0;
    const handlers = createHandlers(deps);
    const spy: Handlers = {
      ...handlers,
      'cache:clear': (payload, sender) => {
        called++;
        return handlers['cache:clear'](payload, sender);
      },
    };
    const server = serve(spy);
    await db.history.add({ url: 'https://a.example/', host: 'a.example', originalOutletId: null, outletIds: [], at: 1 });
    const message = { isnad: 1, type: 'cache:clear', payload: {} };

    server.as({ id: 'other-extension-id', url: 'chrome-extension://other-extension-id/background.js' });
    expect(await send(message)).toEqual({ ok: false, error: 'refused: sender is not this extension' });
    server.as({ url: 'https://evil.example/page.html', origin: 'https://evil.example', tab: { id: 9 } as never });
    expect(await send(message)).toEqual({ ok: false, error: 'refused: sender is not this extension' });
    expect(called).toBe(0);
    expect(await db.history.count()).toBe(1);

    server.as(OWN_PAGE());
    expect(await send(message)).toMatchObject({ ok: true, value: { analyses: 0, history: 0 } });
    expect(called).toBe(1);
  });

  it('lets a content script analyse and look outlets up, but not read other tabs or change reader data', async () => {
    const { deps } = makeDeps();
    const server = serve(createHandlers(deps), contentScript(5, 'https://www.hespress.com/a.html'));
    expect(await request('outlet:get', { id: 'afp' })).toMatchObject({ id: 'afp' });
    for (const type of Object.keys(requestSchemas) as MessageType[]) {
      if (CONTENT_SCRIPT_MESSAGES.has(type)) continue;
      const payloads: Partial<Record<MessageType, unknown>> = {
        'analysis:get-for-tab': { tabId: 1 },
        'preference:set': { outletId: 'afp', mark: 'avoided' },
        'custom-outlet:put': { outlet: { name: 'X' } },
        'custom-outlet:delete': { id: 'afp' },
        'data:import': { json: '{}' },
        'ratings:import-csv': { csv: 'outlet,rating', source: 'x' },
      };
      const reply = await send({ isnad: 1, type, payload: payloads[type] ?? {} });
      expect(reply, type).toEqual({ ok: false, error: `refused: ${type} is for the extension's own pages` });
    }
    server.stop();
  });
});

describe('payload validation', () => {
  it('answers malformed messages with a clear error object', async () => {
    const { deps } = makeDeps();
    serve(createHandlers(deps));
    expect(await send({ isnad: 1, type: 'nope:never', payload: {} })).toEqual({ ok: false, error: 'unknown message type: nope:never' });
    expect(await send({ isnad: 1, type: 'outlet:get' })).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid outlet:get payload: /) });
    expect(await send({ isnad: 1, type: 'outlet:get', payload: { id: 42 } })).toEqual({
      ok: false,
      error: 'invalid outlet:get payload: id: Invalid type: Expected string but received 42',
    });
    expect(await send({ isnad: 1, type: 'analysis:get-for-tab', payload: { tabId: -1 } })).toMatchObject({
      ok: false,
      error: expect.stringContaining('tabId'),
    });
    expect(await send({ isnad: 1, type: 'preference:set', payload: { outletId: 'afp', mark: 'loved' } })).toEqual({
      ok: false,
      error: 'invalid preference:set payload: mark: one of preferred, trusted, avoided or null',
    });
    expect(await send({ isnad: 1, type: 'analysis:submit', payload: { article: { text: 'x', blocks: [{ start: 0, end: 1, kind: 'sidebar' }] } } })).toMatchObject({
      ok: false,
      error: expect.stringContaining('article.blocks[0].kind'),
    });
    expect(await send({ isnad: 2, type: 'outlet:get', payload: { id: 'afp' } })).toEqual({ ok: false, error: 'not an Isnad message' });
  });

  it('leaves messages that are not addressed to Isnad to other listeners', async () => {
    const { deps } = makeDeps();
    const listener = createListener(createHandlers(deps));
    const replies: unknown[] = [];
    for (const message of [null, 'hello', 42, { type: 'page:scroll-to', start: 0, end: 1 }]) {
      expect(listener(message, OWN_PAGE(), (r) => replies.push(r))).toBe(false);
    }
    expect(replies).toEqual([]);
  });

  it('turns a handler failure into an error reply, and request() into a MessageError', async () => {
    const { deps } = makeDeps();
    serve(createHandlers(deps));
    const reply = await send({ isnad: 1, type: 'preference:set', payload: { outletId: 'no-such-outlet', mark: 'trusted' } });
    expect(reply).toEqual({ ok: false, error: 'unknown outlet: no-such-outlet' });
    await expect(request('preference:set', { outletId: 'no-such-outlet', mark: 'trusted' })).rejects.toBeInstanceOf(MessageError);
  });

  it('validates every message type of the map (no schema accepts garbage)', () => {
    for (const type of Object.keys(requestSchemas)) {
      const parsed = parseEnvelope({ isnad: 1, type, payload: 'garbage' });
      expect(parsed.ok, type).toBe(false);
    }
  });
});
