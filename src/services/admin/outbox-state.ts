import type { OutboxLane } from '../../chat/outbox-lane';
import type { Tx } from '../../store/database';
import { firstOutboxIdSince } from './first-outbox-id-since';

const LANES: OutboxLane[] = ['INTERACTIVE', 'BULK'];
/** The window the SENT count covers: the messages of the last 24 hours, not the whole table. */
export const SENT_WINDOW_MS = 24 * 3_600_000;

/**
 * The outbox at a glance: messages waiting and given up, those of the last
 * 24 hours sent (`sentSince`), the oldest still waiting, and the dead ones
 * (newest first). Every read seeks the (status, lane, id) index, one lane at
 * a time; none counts the millions of sent rows.
 */
export async function outboxState(tx: Tx, input: { deadLimit: number; now: Date }) {
  const sentSince = new Date(input.now.getTime() - SENT_WINDOW_MS);
  const fromId = await firstOutboxIdSince(tx, sentSince);
  const [pending, dead, sent, oldest, deadLists] = await Promise.all([
    tx.outboxMessage.count({ where: { status: 'PENDING', lane: { in: LANES } } }),
    tx.outboxMessage.count({ where: { status: 'DEAD', lane: { in: LANES } } }),
    fromId === null ? 0 : tx.outboxMessage.count({ where: { status: 'SENT', lane: { in: LANES }, id: { gte: fromId } } }),
    Promise.all(LANES.map((lane) => tx.outboxMessage.findFirst({ where: { status: 'PENDING', lane }, orderBy: { id: 'asc' }, select: { createdAt: true } }))),
    Promise.all(
      LANES.map((lane) =>
        tx.outboxMessage.findMany({
          where: { status: 'DEAD', lane },
          orderBy: { id: 'desc' },
          take: input.deadLimit,
          select: { id: true, channel: true, chatId: true, attempts: true, lastError: true, createdAt: true, payload: true },
        }),
      ),
    ),
  ]);
  const oldestTimes = oldest.flatMap((o) => (o ? [o.createdAt.getTime()] : []));
  const deadRows = deadLists.flat().sort((a, b) => b.id - a.id).slice(0, input.deadLimit);
  return {
    counts: { PENDING: pending, SENT: sent, DEAD: dead },
    sentSince,
    oldestPendingAt: oldestTimes.length === 0 ? null : new Date(Math.min(...oldestTimes)),
    dead: deadRows.map(({ payload, ...m }) => ({ ...m, kind: (payload as { kind?: string } | null)?.kind ?? null })),
  };
}
