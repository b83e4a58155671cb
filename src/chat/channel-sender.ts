import type { ChannelName } from './channel-name';
import type { OutboundMessage } from './outbound-message';

/** A rendered document ready to send. */
export interface ResolvedDocument {
  fileName: string;
  mimeType: string;
  content: Buffer;
  caption: string;
}

/** A card the channel already showed (a `choices` message with a ref), for a `resolve` to edit. */
export interface SentCard {
  /** The channel's id of the message showing the card. */
  channelMessageId: string;
  /** The card's text as sent, so an edit can keep it and add the outcome. */
  text: string;
}

export type SendResult =
  | { ok: true; channelMessageId?: string }
  /**
   * `retryAfterMs`: the channel asked to slow down (Telegram 429).
   * `unreachable`: the person blocked the bot or has no account (Telegram 403): never retried.
   * `permanent`: the message itself is bad: never retried.
   */
  | { ok: false; error: string; retryAfterMs?: number; unreachable?: boolean; permanent?: boolean };

/** How fast the outbox may send through one channel. */
export interface Pacing {
  perSecond: number;
  perChatPerSecond: number;
  /** Random extra wait between messages, in ms (WhatsApp: looks less like a bot). */
  jitterMs?: number;
}

/**
 * Messages a second a channel keeps up through a long queue: its rate,
 * slowed by the random extra gap on average (the pacer waits the gap of its
 * rate plus up to `jitterMs` after each send).
 */
export function sustainedRate(pacing: Pacing): number {
  return 1000 / (1000 / pacing.perSecond + (pacing.jitterMs ?? 0) / 2);
}

/** Each running channel's sustained send rate (messages a second), as its sender's pacing says: what queue estimates divide by. */
export type SendRates = ReadonlyMap<ChannelName, number>;

/**
 * What a channel gives the outbox worker: one call to send one neutral
 * message to one chat. The channel renders it (inline keyboard, numbered list).
 * Documents arrive resolved (payslips rendered at send time); a `resolve`
 * arrives with its card when the card was sent (null: not found).
 */
export interface ChannelSender {
  readonly channel: ChannelName;
  readonly pacing: Pacing;
  /**
   * Whether this process can deliver through the channel now (WhatsApp: the
   * socket is connected here). The worker claims no messages of a channel that
   * is not available, so an outage or a standby process spends no attempts.
   * Absent means always available.
   */
  available?(): boolean;
  send(chatId: string, message: OutboundMessage, document?: ResolvedDocument, card?: SentCard | null): Promise<SendResult>;
}
