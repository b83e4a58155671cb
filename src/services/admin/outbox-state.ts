import type { Tx } from '../../store/database';

/** The outbox at a glance: messages per status, the oldest still waiting, and the dead ones (newest first). */
export async function outboxState(tx: Tx, input: { deadLimit: number }) {
  const groups = await tx.outboxMessage.groupBy({ by: ['status'], _count: { _all: true } });
  const oldestPending = await tx.outboxMessage.findFirst({ where: { status: 'PENDING' }, orderBy: { createdAt: 'asc' }, select: { createdAt: true } });
  const dead = await tx.outboxMessage.findMany({
    where: { status: 'DEAD' },
    orderBy: { id: 'desc' },
    take: input.deadLimit,
    select: { id: true, channel: true, chatId: true, attempts: true, lastError: true, createdAt: true, payload: true },
  });
  const counts = { PENDING: 0, SENT: 0, DEAD: 0 };
  for (const g of groups) counts[g.status] = g._count._all;
  return {
    counts,
    oldestPendingAt: oldestPending?.createdAt ?? null,
    dead: dead.map(({ payload, ...m }) => ({ ...m, kind: (payload as { kind?: string } | null)?.kind ?? null })),
  };
}
