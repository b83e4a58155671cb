import type { Language } from '../../domain/language';
import { translate } from '../../i18n/translate';
import { enqueue } from '../../outbox/enqueue';
import type { Database } from '../../store/database';
import { writeAudit } from '../audit';
import { hrChats } from '../profile/hr-chats';

/**
 * WhatsApp logged SAPA out (the number was unlinked or banned): tells every HR
 * officer on Telegram (WhatsApp itself is down) that the number has to be
 * paired again, and audits it. One alert per officer per minute at most.
 */
export async function alertHrWhatsappLoggedOut(db: Database, input: { now: Date; adminPath: string }): Promise<number> {
  return db.prisma.$transaction(async (tx) => {
    const chats = (await hrChats(tx)).filter((c) => c.channel === 'TELEGRAM');
    const minute = input.now.toISOString().slice(0, 16);
    await enqueue(
      tx,
      chats.map((chat) => ({
        channel: chat.channel,
        chatId: chat.chatId,
        message: { kind: 'text' as const, text: translate(chat.language as Language, 'whatsapp.alert.logged_out', { path: input.adminPath }) },
        dedupeKey: `whatsapp:logged-out:${chat.employeeId}:${minute}`,
        purpose: 'alert',
      })),
    );
    await writeAudit(tx, {
      actorType: 'SYSTEM',
      actorName: 'whatsapp',
      channel: 'WHATSAPP',
      action: 'whatsapp.logged_out',
      entity: 'WhatsappAuth',
      data: { alerted: chats.map((c) => c.employeeId) },
    });
    return chats.length;
  });
}
