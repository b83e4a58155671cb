import { z } from 'zod';
import { asJson, type Database } from '../../store/database';

/** A sent card (a `choices` message with a ref) and the Telegram message that shows it. */
export interface SentCard {
  ref: string;
  messageId: number;
  /** The card's text as sent, so an edit can keep it and add the outcome. */
  text: string;
}

/** Remembers which Telegram message shows which card of a chat, so a later `resolve` can edit it. */
export interface CardMessages {
  remember(chatId: string, ref: string, messageId: number): Promise<void>;
  findByRef(chatId: string, ref: string): Promise<SentCard | null>;
}

const cardPayload = z.object({
  kind: z.literal('choices'),
  text: z.string(),
  ref: z.string(),
  telegram: z.object({ messageId: z.number().int() }).optional(),
});
type CardPayload = z.infer<typeof cardPayload>;

/** How far back in a chat's outbox to look for a card. */
const LOOKBACK = 500;

/**
 * Keeps the message id in the card's own outbox row: the sender writes
 * `telegram: { messageId }` into the row's payload right after Telegram
 * accepted it (the outbox worker reads payloads with a schema that ignores
 * the extra key). No table of its own; a card whose row was cleaned away
 * is simply not found, and the resolve falls back to a new message.
 */
export function outboxCardMessages(db: Database, lookback = LOOKBACK): CardMessages {
  async function cardsOf(chatId: string) {
    const rows = await db.prisma.outboxMessage.findMany({
      where: { channel: 'TELEGRAM', chatId },
      select: { id: true, status: true, payload: true },
      orderBy: { id: 'desc' },
      take: lookback,
    });
    return rows.flatMap((row) => {
      const parsed = cardPayload.safeParse(row.payload);
      return parsed.success ? [{ id: row.id, status: row.status, raw: row.payload as Record<string, unknown>, card: parsed.data }] : [];
    });
  }
  const sent = (card: CardPayload): SentCard | null =>
    card.telegram ? { ref: card.ref, messageId: card.telegram.messageId, text: card.text } : null;

  return {
    async remember(chatId, ref, messageId) {
      // The row being sent: the oldest pending card with this ref not yet marked.
      const row = (await cardsOf(chatId)).filter((r) => r.status === 'PENDING' && r.card.ref === ref && !r.card.telegram).at(-1);
      if (!row) return;
      await db.prisma.outboxMessage.update({ where: { id: row.id }, data: { payload: asJson({ ...row.raw, telegram: { messageId } }) } });
    },
    async findByRef(chatId, ref) {
      const row = (await cardsOf(chatId)).find((r) => r.card.ref === ref && r.card.telegram);
      return row ? sent(row.card) : null;
    },
  };
}

