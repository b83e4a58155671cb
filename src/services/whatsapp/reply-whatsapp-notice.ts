import { SEND_PRIORITY } from '../../chat/outbound-message';
import type { Language } from '../../domain/language';
import { translate } from '../../i18n/translate';
import { enqueue } from '../../outbox/enqueue';
import type { Database } from '../../store/database';

export interface WhatsappNotice {
  /** The chat to answer (phone-number JID, or the LID when nothing else is known). */
  chatId: string;
  /** The sender's identity, to answer in their language; none for a stranger. */
  externalId?: string;
  /** The inbound message this answers: a redelivery answers once. */
  eventId: string;
  /** Answer once per this instead of once per message (e.g. per sender and day). */
  oncePer?: string;
  key: string;
  params?: Record<string, string | number>;
}

/**
 * A reply the WhatsApp channel itself gives, outside any conversation turn
 * (a file too large, a number it cannot recognise), through the outbox like
 * every message. Answers to people who are not linked go at stranger priority.
 */
export async function replyWhatsappNotice(db: Database, notice: WhatsappNotice): Promise<void> {
  await db.prisma.$transaction(async (tx) => {
    const identity = notice.externalId
      ? await tx.chatIdentity.findUnique({
          where: { channel_externalId: { channel: 'WHATSAPP', externalId: notice.externalId } },
          select: { verifiedAt: true, employee: { select: { language: true, active: true } } },
        })
      : null;
    const lang: Language = identity?.employee?.language === 'en' ? 'en' : 'id';
    const linked = Boolean(identity?.verifiedAt && identity.employee?.active);
    await enqueue(tx, [
      {
        channel: 'WHATSAPP',
        chatId: notice.chatId,
        message: { kind: 'text', text: translate(lang, notice.key, notice.params) },
        dedupeKey: `whatsapp:${notice.key}:${notice.oncePer ?? notice.eventId}`,
        // Employees' messages go before answers to strangers.
        priority: linked ? SEND_PRIORITY.normal : SEND_PRIORITY.stranger,
      },
    ]);
  });
}
