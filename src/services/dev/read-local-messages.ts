import type { OutboundMessage } from '../../conversation/messages';
import type { Tx } from '../../store/database';

export interface LocalMessage {
  id: number;
  message: OutboundMessage;
  at: Date;
}

/** What SAPA sent to a local chat after message `afterId`, oldest first. */
export async function readLocalMessages(tx: Tx, chatId: string, afterId: number): Promise<LocalMessage[]> {
  const rows = await tx.outboxMessage.findMany({
    where: { channel: 'LOCAL', chatId, id: { gt: afterId } },
    select: { id: true, payload: true, createdAt: true },
    orderBy: { id: 'asc' },
    take: 200,
  });
  return rows.map((r) => ({ id: r.id, message: r.payload as unknown as OutboundMessage, at: r.createdAt }));
}
