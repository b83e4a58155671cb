import { z } from 'zod';
import type { SentCard } from '../chat/channel-sender';
import type { ChannelName } from '../chat/channel-name';
import type { Database } from '../store/database';

const cardText = z.object({ text: z.string() });

/**
 * The latest sent card of a chat with this ref, as the channel showed it: one
 * indexed query on the outbox row's own `ref` and `channelMessageId`. A card
 * whose row was cleaned away, or never sent, is not found. The chat's few
 * rows of the ref are sorted here: asked for them newest first, PostgreSQL,
 * on statistics that took the table for empty, walked the whole table back
 * along its primary key instead of looking the chat up.
 */
export async function findSentCard(db: Database, channel: ChannelName, chatId: string, ref: string): Promise<SentCard | null> {
  const rows = await db.prisma.outboxMessage.findMany({
    where: { channel, chatId, ref, status: 'SENT', channelMessageId: { not: null } },
    select: { id: true, channelMessageId: true, payload: true },
  });
  const row = rows.reduce<(typeof rows)[number] | undefined>((newest, r) => (newest && newest.id > r.id ? newest : r), undefined);
  const text = cardText.safeParse(row?.payload);
  return row?.channelMessageId && text.success ? { channelMessageId: row.channelMessageId, text: text.data.text } : null;
}
