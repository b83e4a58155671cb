import type { SendResult } from '../chat/channel-sender';
import { keptAfterSend } from '../chat/outbound-message';
import type { ChannelName } from '../chat/channel-name';
import type { ChannelPacer } from './channel-pacer';
import { chatKey, type HeldMessage } from './chat-queues';
import { classifyResult, type RetryPolicy } from './classify-result';
import type { WorkerState } from './worker-state';

/**
 * Turns a channel's answer into the row's outcome: sent, dead, retried later
 * (the chat's later messages are given back so they never overtake it), or
 * put back in front of its chat while the channel's pause (429) runs.
 */
export function settleSend(state: WorkerState, pacers: ReadonlyMap<ChannelName, ChannelPacer>, policy: RetryPolicy, held: HeldMessage, result: SendResult, at: number): void {
  const verdict = classifyResult(result, held.attempts, policy);
  const { id, channel, chatId } = held;
  const { outcomes, stats } = state;
  const keep = keptAfterSend(held.message) ?? undefined;
  switch (verdict.kind) {
    case 'sent':
      outcomes.push({ kind: 'sent', id, channel, chatId, channelMessageId: result.ok ? (result.channelMessageId ?? null) : null, ...(keep ? { keep } : {}) });
      stats.sent += 1;
      return;
    case 'throttled':
      pacers.get(channel)!.pauseUntil(at + verdict.waitMs);
      state.queues.unshift(held);
      stats.throttled += 1;
      return;
    case 'dead':
      outcomes.push({ kind: 'dead', id, channel, chatId, error: verdict.error, unreachable: verdict.unreachable, ...(keep ? { keep } : {}) });
      state.deadLetters.push({ id, channel, chatId, error: verdict.error });
      stats.dead += 1;
      return;
    case 'retry':
      outcomes.push({ kind: 'retry', id, error: verdict.error, nextAttemptAt: new Date(at + verdict.delayMs) });
      for (const later of state.queues.dropChat(chatKey(held))) outcomes.push({ kind: 'release', id: later.id });
      stats.retried += 1;
  }
}
