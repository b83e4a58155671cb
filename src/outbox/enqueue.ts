import { asJson, type Tx } from '../store/database';
import { cardRefOf, SEND_PRIORITY, type Envelope } from '../chat/outbound-message';

/**
 * Adds messages to the outbox inside the caller's transaction: they are sent
 * only if it commits, and never lost once it has. Rows with a dedupe key that
 * is already present are skipped.
 */
export async function enqueue(tx: Tx, envelopes: readonly Envelope[]): Promise<void> {
  if (envelopes.length === 0) return;
  const keyed = envelopes.filter((e) => e.dedupeKey);
  let skip = new Set<string>();
  if (keyed.length > 0) {
    const existing = await tx.outboxMessage.findMany({
      where: { dedupeKey: { in: keyed.map((e) => e.dedupeKey!) } },
      select: { dedupeKey: true },
    });
    skip = new Set(existing.map((r) => r.dedupeKey!));
  }
  const rows = envelopes
    .filter((e) => !e.dedupeKey || !skip.has(e.dedupeKey))
    .map((e) => ({
      channel: e.channel,
      chatId: e.chatId,
      payload: asJson(e.message),
      dedupeKey: e.dedupeKey ?? null,
      priority: e.priority ?? SEND_PRIORITY.normal,
      ref: cardRefOf(e.message),
    }));
  if (rows.length > 0) await tx.outboxMessage.createMany({ data: rows });
}
