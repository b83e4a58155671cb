import { cardRefOf, SEND_PRIORITY, type Envelope } from '../../chat/outbound-message';

/** An envelope as the columns of its outbox row (the rest take their defaults). */
export interface OutboxRow {
  channel: string;
  chatId: string;
  payload: unknown;
  dedupeKey: string | null;
  priority: number;
  ref: string | null;
}

/**
 * The rows of `envelopes`, in order. Both dialects insert them in one
 * statement with one rule: a row whose dedupe key is already present (or
 * earlier in the same list) is skipped (ON CONFLICT DO NOTHING), never an
 * error, also when another transaction inserted it meanwhile.
 */
export function outboxRows(envelopes: readonly Envelope[]): OutboxRow[] {
  return envelopes.map((e) => ({
    channel: e.channel,
    chatId: e.chatId,
    payload: e.message,
    dedupeKey: e.dedupeKey ?? null,
    priority: e.priority ?? SEND_PRIORITY.normal,
    ref: cardRefOf(e.message),
  }));
}
