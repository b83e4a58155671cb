import type { OutboundMessage } from '../../chat/outbound-message';
import type { Tx } from '../../store/database';

export interface LocalMessage {
  id: number;
  message: OutboundMessage;
  at: Date;
}

const HISTORY = 50;

/**
 * What SAPA sent to a local chat after message `afterId`, oldest first; with
 * `afterId` 0, the latest messages (the history shown when a persona opens).
 */
export async function readLocalMessages(tx: Tx, chatId: string, afterId: number): Promise<LocalMessage[]> {
  const rows = await tx.outboxMessage.findMany({
    where: { channel: 'LOCAL', chatId, id: { gt: afterId } },
    select: { id: true, payload: true, createdAt: true },
    orderBy: { id: afterId === 0 ? 'desc' : 'asc' },
    take: afterId === 0 ? HISTORY : 200,
  });
  if (afterId === 0) rows.reverse();
  return rows.map((r) => ({ id: r.id, message: r.payload as unknown as OutboundMessage, at: r.createdAt }));
}
