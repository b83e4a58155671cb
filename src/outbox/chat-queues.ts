import type { ChannelName } from '../chat/channel-name';
import { SEND_PRIORITY } from '../chat/envelope';
import type { OutboundMessage } from '../chat/outbound-message';
import type { OutboxLane } from '../chat/outbox-lane';

/** Sorts interactive before bulk, then higher priority first. */
const sendRank = (m: Pick<HeldMessage, 'lane' | 'priority'>) => (m.lane === 'BULK' ? -1_000_000 : 0) + m.priority;

/** Whether a message counts against the worker's half batch of bulk and strangers' answers. */
export const isLow = (m: Pick<HeldMessage, 'lane' | 'priority'>) => m.lane === 'BULK' || m.priority < SEND_PRIORITY.normal;

/** A claimed message this worker holds until it is sent, failed or given back. */
export interface HeldMessage {
  id: number;
  channel: ChannelName;
  chatId: string;
  message: OutboundMessage;
  /** Send priority within its lane (SEND_PRIORITY): chats whose next message is higher go first. */
  priority: number;
  /** INTERACTIVE messages go before BULK ones, across chats and within a chat. */
  lane: OutboxLane;
  /** Attempts made before this claim. */
  attempts: number;
  /** Until when this worker's lease runs (epoch ms). */
  leaseUntil: number;
}

export const chatKey = (m: { channel: string; chatId: string }) => `${m.channel}:${m.chatId}`;

/**
 * The claimed messages of each chat: its interactive ones first, each lane
 * in id order (a reply overtakes the chat's queued bulk messages, never one
 * of its own lane). Chats are visited in the order they first arrived, so
 * older messages go first across chats.
 */
export function createChatQueues() {
  const queues = new Map<string, HeldMessage[]>();
  let count = 0;
  return {
    get size() {
      return count;
    },
    add(message: HeldMessage): void {
      const key = chatKey(message);
      const queue = queues.get(key);
      if (!queue) queues.set(key, [message]);
      else if (message.lane === 'BULK') queue.push(message);
      else {
        const firstBulk = queue.findIndex((m) => m.lane === 'BULK');
        queue.splice(firstBulk === -1 ? queue.length : firstBulk, 0, message);
      }
      count += 1;
    },
    /** The first waiting message of each chat: interactive first, higher priority first, then in arrival order. */
    *heads(): Generator<[string, HeldMessage]> {
      const heads: Array<[string, HeldMessage]> = [];
      for (const [key, queue] of queues) if (queue[0]) heads.push([key, queue[0]]);
      yield* heads.sort((a, b) => sendRank(b[1]) - sendRank(a[1]));
    },
    /** Waiting messages of the bulk lane or below normal priority. */
    get low(): number {
      let n = 0;
      for (const queue of queues.values()) for (const message of queue) if (isLow(message)) n += 1;
      return n;
    },
    shift(key: string): HeldMessage | undefined {
      const queue = queues.get(key);
      const head = queue?.shift();
      if (head) count -= 1;
      if (queue && queue.length === 0) queues.delete(key);
      return head;
    },
    /** Puts a message back at the front of its chat's lane (the channel asked to wait). */
    unshift(message: HeldMessage): void {
      const key = chatKey(message);
      const queue = queues.get(key);
      if (!queue) queues.set(key, [message]);
      else {
        // The front of its lane: a bulk message goes back behind the chat's interactive ones.
        const firstBulk = message.lane === 'BULK' ? queue.findIndex((m) => m.lane === 'BULK') : 0;
        queue.splice(firstBulk === -1 ? queue.length : firstBulk, 0, message);
      }
      count += 1;
    },
    /** Removes and returns every waiting message of a chat. */
    dropChat(key: string): HeldMessage[] {
      const queue = queues.get(key) ?? [];
      queues.delete(key);
      count -= queue.length;
      return queue;
    },
    all(): HeldMessage[] {
      return [...queues.values()].flat();
    },
  };
}
