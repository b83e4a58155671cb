import type { Database } from '../store/database';

/**
 * Extends this worker's leases on `ids` to `until`. Returns the ids that are no
 * longer this worker's (their lease lapsed and another worker took them): the
 * caller must not send those.
 */
export async function renewLeases(db: Database, workerId: string, ids: readonly number[], until: Date): Promise<number[]> {
  if (ids.length === 0) return [];
  const where = { id: { in: [...ids] }, lockedBy: workerId, status: 'PENDING' as const };
  const { count } = await db.prisma.outboxMessage.updateMany({ where, data: { lockedUntil: until } });
  if (count === ids.length) return [];
  const kept = await db.prisma.outboxMessage.findMany({ where, select: { id: true } });
  const keptIds = new Set(kept.map((row) => row.id));
  return ids.filter((id) => !keptIds.has(id));
}
