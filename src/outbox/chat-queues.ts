import type { ChannelName } from '../chat/channel-name';
import { SEND_PRIORITY } from '../chat/envelope';
import type { OutboundMessage } from '../chat/outbound-message';

/** A claimed message this worker holds until it is sent, failed or given back. */
export interface HeldMessage {
  id: number;
  channel: ChannelName;
  chatId: string;
  message: OutboundMessage;
  /** Send priority (SEND_PRIORITY): chats whose next message is higher go first. */
  priority: number;
  /** Attempts made before this claim. */
  attempts: number;
  /** Until when this worker's lease runs (epoch ms). */
  leaseUntil: number;
}

export const chatKey = (m: { channel: string; chatId: string }) => `${m.channel}:${m.chatId}`;

/**
 * The claimed messages of each chat, in id order. Chats are visited in the
 * order they first arrived, so older messages go first across chats.
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
      if (queue) queue.push(message);
      else queues.set(key, [message]);
      count += 1;
    },
    /** The first waiting message of each chat, higher priority first, then in arrival order. */
    *heads(): Generator<[string, HeldMessage]> {
      const heads: Array<[string, HeldMessage]> = [];
      for (const [key, queue] of queues) if (queue[0]) heads.push([key, queue[0]]);
      yield* heads.sort((a, b) => b[1].priority - a[1].priority);
    },
    /** Waiting messages below normal priority. */
    get low(): number {
      let n = 0;
      for (const queue of queues.values()) for (const message of queue) if (message.priority < SEND_PRIORITY.normal) n += 1;
      return n;
    },
    shift(key: string): HeldMessage | undefined {
      const queue = queues.get(key);
      const head = queue?.shift();
      if (head) count -= 1;
      if (queue && queue.length === 0) queues.delete(key);
      return head;
    },
    /** Puts a message back at the front of its chat (the channel asked to wait). */
    unshift(message: HeldMessage): void {
      const key = chatKey(message);
      const queue = queues.get(key);
      if (queue) queue.unshift(message);
      else queues.set(key, [message]);
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
