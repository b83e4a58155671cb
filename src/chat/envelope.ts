import type { ChannelName } from './channel-name';
import type { OutboundMessage } from './outbound-message';
import type { MessagePurpose } from './outbox-lane';

/** An outbound message addressed to a chat, as stored in the outbox. */
export interface Envelope {
  channel: ChannelName;
  chatId: string;
  message: OutboundMessage;
  /** Makes the row unique: a job or event that may run twice enqueues once. */
  dedupeKey?: string;
  /** Why it is sent: decides its lane (src/chat/outbox-lane.ts). */
  purpose: MessagePurpose;
  /** Send order across chats within its lane: higher first (SEND_PRIORITY); default normal. */
  priority?: number;
}

/**
 * Outbox priorities within a lane: the worker claims and sends rows of a
 * higher priority first; one chat's messages of one lane always keep their
 * order. Replies to people who are not linked (strangers) go after everyone
 * else's.
 */
export const SEND_PRIORITY = { normal: 0, stranger: -10 } as const;
