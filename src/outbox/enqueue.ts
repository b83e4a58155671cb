import type { Envelope } from '../chat/envelope';
import type { Tx } from '../store/database';

/**
 * Adds messages to the outbox inside the caller's transaction: they are sent
 * only if it commits, and never lost once it has. A message whose dedupe key
 * is already present (or earlier in the list) is skipped, the same rule as
 * the engine's replies (the dialect's one outbox insert).
 */
export async function enqueue(tx: Tx, envelopes: readonly Envelope[]): Promise<void> {
  await tx.$dialect.insertOutbox(tx, envelopes);
}
