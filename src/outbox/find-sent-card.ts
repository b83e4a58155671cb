import { z } from 'zod';
import type { SentCard } from '../chat/channel-sender';
import type { ChannelName } from '../chat/channel-name';
import type { Database } from '../store/database';

const cardText = z.object({ text: z.string() });

/**
 * The latest sent card of a chat with this ref, as the channel showed it: one
 * indexed query on the outbox row's own `ref` and `channelMessageId`. A card
 * whose row was cleaned away, or never sent, is not found.
 */
export async function findSentCard(db: Database, channel: ChannelName, chatId: string, ref: string): Promise<SentCard | null> {
  const row = await db.prisma.outboxMessage.findFirst({
    where: { channel, chatId, ref, status: 'SENT', channelMessageId: { not: null } },
    orderBy: { id: 'desc' },
    select: { channelMessageId: true, payload: true },
  });
  const text = cardText.safeParse(row?.payload);
  return row?.channelMessageId && text.success ? { channelMessageId: row.channelMessageId, text: text.data.text } : null;
}
