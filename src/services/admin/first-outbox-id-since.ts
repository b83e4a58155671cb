import type { Tx } from '../../store/database';

/** Below this many ids between the bounds, one read of the rows between them ends the search. */
const LAST_READ = 256;

/**
 * The id of the first outbox row created at or after `since`, null when
 * none: a search on the primary key (ids grow with createdAt), guessing
 * where the time falls between the bounds and halving when a guess does not
 * halve them, a few reads of one row each, then one short read; never a
 * scan. Rows written by transactions that overlapped may sit a moment out
 * of order, so the answer is right to within that moment.
 */
export async function firstOutboxIdSince(tx: Pick<Tx, 'outboxMessage'>, since: Date): Promise<number | null> {
  const select = { id: true, createdAt: true } as const;
  const [first, last] = await Promise.all([
    tx.outboxMessage.findFirst({ orderBy: { id: 'asc' }, select }),
    tx.outboxMessage.findFirst({ orderBy: { id: 'desc' }, select }),
  ]);
  if (!first || !last || last.createdAt < since) return null;
  if (first.createdAt >= since) return first.id;
  // Every row up to `old` is older than `since`; the first row from id `hi` on is not, and it is `found`.
  let old = first;
  let hi = last.id;
  let found = last;
  let halve = false;
  while (hi - old.id > LAST_READ) {
    const span = hi - old.id;
    const share = (since.getTime() - old.createdAt.getTime()) / Math.max(1, found.createdAt.getTime() - old.createdAt.getTime());
    const guess = halve ? old.id + Math.floor(span / 2) : old.id + Math.round(span * share);
    const mid = Math.min(hi - 1, Math.max(old.id + 1, guess));
    const row = (await tx.outboxMessage.findFirst({ where: { id: { gte: mid } }, orderBy: { id: 'asc' }, select }))!;
    if (row.createdAt >= since) {
      hi = mid;
      found = row;
    } else {
      old = row;
    }
    halve = !halve && hi - old.id > span / 2;
  }
  const between = await tx.outboxMessage.findMany({ where: { id: { gt: old.id, lte: found.id } }, take: LAST_READ + 1, orderBy: { id: 'asc' }, select });
  return (between.find((r) => r.createdAt >= since) ?? found).id;
}
