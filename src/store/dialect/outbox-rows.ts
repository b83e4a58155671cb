import { SEND_PRIORITY, type Envelope } from '../../chat/envelope';
import { laneOf, type OutboxLane } from '../../chat/outbox-lane';
import { outboxRefOf } from '../../chat/outbound-message';

/** An envelope as the columns of its outbox row (the rest take their defaults). */
export interface OutboxRow {
  channel: string;
  chatId: string;
  payload: unknown;
  dedupeKey: string | null;
  priority: number;
  lane: OutboxLane;
  ref: string | null;
}

/**
 * The rows of `envelopes`, in order. Both dialects insert them with one
 * rule: a row whose dedupe key is already present (or
 * earlier in the same list) is skipped (ON CONFLICT DO NOTHING), never an
 * error, also when another transaction inserted it meanwhile. Each row's
 * lane comes from its purpose (laneOf), here for every writer.
 */
export function outboxRows(envelopes: readonly Envelope[]): OutboxRow[] {
  return envelopes.map((e) => ({
    channel: e.channel,
    chatId: e.chatId,
    payload: e.message,
    dedupeKey: e.dedupeKey ?? null,
    priority: e.priority ?? SEND_PRIORITY.normal,
    lane: laneOf(e.purpose, e.message),
    ref: outboxRefOf(e.message),
  }));
}
