import type { Clock } from '../../src/clock';
import type { ChannelName } from '../../src/chat/channel-name';
import type { OutboundMessage } from '../../src/chat/outbound-message';
import type { ChannelSender, Pacing, ResolvedDocument, SendResult } from '../../src/chat/channel-sender';

export interface RecordedSend {
  chatId: string;
  text: string;
  at: number;
  document?: ResolvedDocument;
}

/** The text a recorded message carries (documents: their caption). */
export function textOf(message: OutboundMessage): string {
  return message.kind === 'document' ? message.caption : message.text;
}

/**
 * A channel that records what it was asked to send, at which time of the
 * worker's clock; `answer` scripts its replies (default: accepted).
 */
export function fakeSender(
  clock: Clock,
  options: { channel?: ChannelName; pacing?: Partial<Pacing>; answer?: (chatId: string, text: string, call: number) => SendResult } = {},
) {
  const attempts: RecordedSend[] = [];
  const delivered: RecordedSend[] = [];
  const sender: ChannelSender & { attempts: RecordedSend[]; delivered: RecordedSend[] } = {
    channel: options.channel ?? 'TELEGRAM',
    pacing: { perSecond: 30, perChatPerSecond: 1, ...options.pacing },
    attempts,
    delivered,
    async send(chatId, message, document) {
      const record: RecordedSend = { chatId, text: textOf(message), at: clock.now().getTime(), document };
      attempts.push(record);
      const result = options.answer?.(chatId, record.text, attempts.length) ?? { ok: true };
      if (result.ok) delivered.push(record);
      return result;
    },
  };
  return sender;
}

/** The most sends that fell into any window of `windowMs` (half-open). */
export function maxInWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end += 1) {
    while (sorted[end]! - sorted[start]! >= windowMs) start += 1;
    best = Math.max(best, end - start + 1);
  }
  return best;
}
