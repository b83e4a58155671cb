import type { ChannelSender, ResolvedDocument, SendResult, SentCard } from '../chat/channel-sender';
import type { ChannelName } from '../chat/channel-name';
import type { HeldMessage } from './chat-queues';
import { type DocumentResolver, loadDocument } from './load-document';
import { withTimeout } from './wait';

/**
 * Hands one message to its channel. Plain messages go to the channel at once
 * (so pacing holds to the instant); documents are rendered first; a `resolve`
 * comes with the card it settles (looked up by ref). Whatever
 * goes wrong (a throw, no answer in time) comes back as a failed result.
 */
export function sendHeld(
  sender: ChannelSender,
  held: HeldMessage,
  resolveDocument: DocumentResolver | undefined,
  findCard: (channel: ChannelName, chatId: string, ref: string) => Promise<SentCard | null>,
  timeoutMs: number,
): Promise<SendResult> {
  const failed = (error: unknown): SendResult => ({ ok: false, error: error instanceof Error ? error.message : String(error) });
  const call = (document?: ResolvedDocument, card?: SentCard | null) =>
    withTimeout(sender.send(held.chatId, held.message, document, card), timeoutMs, { ok: false, error: `no answer within ${timeoutMs} ms` });
  try {
    const { message } = held;
    if (message.kind === 'resolve') return findCard(held.channel, held.chatId, message.ref).then((card) => call(undefined, card)).catch(failed);
    if (message.kind !== 'document') return call().catch(failed);
    return loadDocument(message, resolveDocument, { channel: held.channel, chatId: held.chatId }).then((document) => call(document)).catch(failed);
  } catch (error) {
    return Promise.resolve(failed(error));
  }
}
