import type { ChannelSender, ResolvedDocument, SendResult } from '../chat/channel-sender';
import type { HeldMessage } from './chat-queues';
import { type DocumentResolver, loadDocument } from './load-document';
import { withTimeout } from './wait';

/**
 * Hands one message to its channel. Plain messages go to the channel at once
 * (so pacing holds to the instant); documents are rendered first. Whatever
 * goes wrong (a throw, no answer in time) comes back as a failed result.
 */
export function sendHeld(
  sender: ChannelSender,
  held: HeldMessage,
  resolveDocument: DocumentResolver | undefined,
  timeoutMs: number,
): Promise<SendResult> {
  const failed = (error: unknown): SendResult => ({ ok: false, error: error instanceof Error ? error.message : String(error) });
  const call = (document?: ResolvedDocument) =>
    withTimeout(sender.send(held.chatId, held.message, document), timeoutMs, { ok: false, error: `no answer within ${timeoutMs} ms` });
  try {
    if (held.message.kind !== 'document') return call().catch(failed);
    return loadDocument(held.message, resolveDocument).then(call).catch(failed);
  } catch (error) {
    return Promise.resolve(failed(error));
  }
}
