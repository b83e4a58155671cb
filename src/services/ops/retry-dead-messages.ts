import type { Tx } from '../../store/database';
import type { AuditEntry } from '../audit';
import { writeAudit } from '../audit';

/** At most this many dead messages go back to the queue in one retry. */
export const RETRY_LIMIT = 500;

/**
 * Puts dead-lettered outbox messages back in the queue (an operator fixed
 * what killed them: a chat unblocked the bot, a token renewed): each listed
 * message still DEAD becomes PENDING with a fresh attempt count, in its
 * place by id within its chat and lane. Returns the ids it moved; each is
 * audited with the person who asked.
 */
export async function retryDeadMessages(tx: Tx, input: { ids: readonly number[]; now: Date; by: Pick<AuditEntry, 'actorType' | 'actorId' | 'actorName' | 'channel'> }): Promise<number[]> {
  const ids = [...new Set(input.ids)].slice(0, RETRY_LIMIT);
  if (ids.length === 0) return [];
  const dead = await tx.outboxMessage.findMany({ where: { id: { in: ids }, status: 'DEAD' }, select: { id: true, channel: true, attempts: true, lastError: true }, orderBy: { id: 'asc' } });
  if (dead.length === 0) return [];
  await tx.outboxMessage.updateMany({
    where: { id: { in: dead.map((m) => m.id) }, status: 'DEAD' },
    data: { status: 'PENDING', attempts: 0, nextAttemptAt: input.now, lockedUntil: null, lockedBy: null },
  });
  await writeAudit(tx, ...dead.map((m) => ({
    ...input.by, action: 'outbox.retried', entity: 'OutboxMessage', entityId: m.id,
    data: { channel: m.channel, attempts: m.attempts, lastError: m.lastError },
  })));
  return dead.map((m) => m.id);
}
