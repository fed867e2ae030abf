// The asking side of the message map, kept apart from the listener so that the content script, which
// runs on every page, does not load the payload schemas: only the background validates.
import { browser } from 'wxt/browser';
import type { MessageType, Reply, RequestInput, ResponseMap } from './protocol';

export class MessageError extends Error {}

export async function request<K extends MessageType>(type: K, payload: RequestInput<K>): Promise<ResponseMap[K]> {
  const envelope = { isnad: 1 as const, type, payload };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<K> | undefined;
  if (!reply) throw new MessageError(`no answer to ${type}`);
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.value;
}
