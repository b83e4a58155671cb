import { createChatQueues } from './chat-queues';
import type { Outcome } from './record-outcomes';
import type { DeadLetter, DrainStats } from './worker-types';

export const emptyStats = (): DrainStats => ({ claimed: 0, sent: 0, retried: 0, dead: 0, throttled: 0 });

/** What one outbox worker holds between its steps: claimed messages per chat, sends in flight, results not yet written back. */
export interface WorkerState {
  readonly queues: ReturnType<typeof createChatQueues>;
  /** Chat key -> the send in flight for that chat. */
  readonly inFlight: Map<string, Promise<void>>;
  /** Chat key -> the id of the row in flight for that chat. */
  readonly inFlightIds: Map<string, number>;
  outcomes: Outcome[];
  readonly deadLetters: DeadLetter[];
  stats: DrainStats;
}

export function createWorkerState(): WorkerState {
  return { queues: createChatQueues(), inFlight: new Map(), inFlightIds: new Map(), outcomes: [], deadLetters: [], stats: emptyStats() };
}

/** Gives back the leases of every waiting message of `channel` (this process no longer sends through it). */
export function releaseChannel(state: WorkerState, channel: string): void {
  for (const held of state.queues.all()) {
    if (held.channel !== channel) continue;
    for (const dropped of state.queues.dropChat(`${held.channel}:${held.chatId}`)) state.outcomes.push({ kind: 'release', id: dropped.id });
  }
}
