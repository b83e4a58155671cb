import type { ChannelName } from '../chat/channel-name';
import type { ChannelPacer } from './channel-pacer';
import type { HeldMessage } from './chat-queues';
import type { PaceLeases } from './pace-leases';
import { releaseChannel, type WorkerState } from './worker-state';

export interface DispatchRules {
  pacers: ReadonlyMap<ChannelName, ChannelPacer>;
  pace: PaceLeases;
  leaseMs: number;
  maxInFlight: number;
  /** Starts the send of `held` (the head of chat `key`); `answered` takes the time the channel answered. */
  start(key: string, held: HeldMessage, answered: (at: number) => void): void;
}

/**
 * Starts every send pacing allows now, each chat's head in priority order;
 * returns how long until the next one may go (Infinity: none waiting on
 * pacing). A chat whose lease is about to lapse is dropped and released
 * (this or another worker claims it again); a channel whose deployment-wide pace this process no longer
 * holds is given back.
 */
export function dispatchSends(state: WorkerState, rules: DispatchRules, now: number): number {
  const { queues, inFlight } = state;
  let wait = Infinity;
  const blocked = new Set<ChannelName>();
  for (const [key, head] of queues.heads()) {
    if (inFlight.size >= rules.maxInFlight) break;
    if (inFlight.has(key) || blocked.has(head.channel)) continue;
    if (head.leaseUntil - now < rules.leaseMs / 6) {
      // Given back rather than left to lapse, so the chat is claimable again at once.
      for (const dropped of queues.dropChat(key)) state.outcomes.push({ kind: 'release', id: dropped.id });
      continue;
    }
    if (!rules.pace.holds(head.channel, now)) {
      releaseChannel(state, head.channel);
      blocked.add(head.channel);
      continue;
    }
    const pacer = rules.pacers.get(head.channel)!;
    const channelWait = pacer.channelWait(now);
    if (channelWait > 0) {
      blocked.add(head.channel);
      wait = Math.min(wait, channelWait);
      continue;
    }
    const chatWait = pacer.chatWait(head.chatId, now);
    if (chatWait > 0) {
      wait = Math.min(wait, chatWait);
      continue;
    }
    const answered = pacer.take(head.chatId, now);
    queues.shift(key);
    rules.start(key, head, answered);
  }
  return wait;
}
