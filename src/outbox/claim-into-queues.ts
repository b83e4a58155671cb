import { outboundMessageSchema } from '../chat/outbound-message';
import type { Database } from '../store/database';
import { claimMessages, type ClaimRequest } from './claim-messages';
import type { WorkerState } from './worker-state';

/**
 * Claims sendable rows and queues them per chat; a row whose payload does not
 * parse is dead-lettered at once. Returns how many rows were claimed.
 */
export async function claimIntoQueues(state: WorkerState, db: Database, request: ClaimRequest): Promise<number> {
  const rows = await claimMessages(db, request);
  for (const row of rows) {
    const parsed = outboundMessageSchema.safeParse(row.payload);
    if (!parsed.success) {
      const error = `invalid payload: ${parsed.error.issues[0]?.message ?? 'unreadable'}`;
      state.outcomes.push({ kind: 'dead', id: row.id, channel: row.channel, chatId: row.chatId, error, unreachable: false });
      state.deadLetters.push({ id: row.id, channel: row.channel, chatId: row.chatId, error });
      state.stats.dead += 1;
      continue;
    }
    state.queues.add({ ...row, message: parsed.data, leaseUntil: row.lockedUntil.getTime() });
  }
  state.stats.claimed += rows.length;
  return rows.length;
}
