import type { ChannelName } from '../../chat/channel-name';
import { SEND_PRIORITY } from '../../chat/envelope';
import type { Language } from '../../domain/language';
import { translate } from '../../i18n/translate';
import { enqueue } from '../../outbox/enqueue';
import type { Database } from '../../store/database';

export interface ChannelNotice {
  channel: ChannelName;
  /** The chat to answer (WhatsApp: the phone-number JID, or the LID when nothing else is known). */
  chatId: string;
  /** The sender's identity on the channel, to answer in their language; none for a stranger. */
  externalId?: string;
  /** The inbound event this answers: a redelivery answers once. */
  eventId: string;
  /** Answer once per this instead of once per event (e.g. per sender and day). */
  oncePer?: string;
  /** The catalogue key of the text, and its parameters. */
  key: string;
  params?: Record<string, string | number>;
  /** Names the notice in its dedupe key instead of `key`. */
  tag?: string;
}

/**
 * A reply a channel itself gives outside any conversation turn (a file too
 * large, a number it cannot recognise): in the sender's language, through the
 * outbox like every message, once per event (or per `oncePer`). Answers to
 * people who are not linked go at stranger priority.
 */
export async function sendChannelNotice(db: Database, notice: ChannelNotice): Promise<void> {
  await db.prisma.$transaction(async (tx) => {
    const identity = notice.externalId
      ? await tx.chatIdentity.findUnique({
          where: { channel_externalId: { channel: notice.channel, externalId: notice.externalId } },
          select: { verifiedAt: true, employee: { select: { language: true, active: true } } },
        })
      : null;
    const lang: Language = identity?.employee?.language === 'en' ? 'en' : 'id';
    const linked = Boolean(identity?.verifiedAt && identity.employee?.active);
    await enqueue(tx, [
      {
        channel: notice.channel,
        chatId: notice.chatId,
        message: { kind: 'text', text: translate(lang, notice.key, notice.params) },
        dedupeKey: `${notice.channel.toLowerCase()}:${notice.tag ?? notice.key}:${notice.oncePer ?? notice.eventId}`,
        purpose: 'reply',
        // Employees' messages go before answers to strangers.
        priority: linked ? SEND_PRIORITY.normal : SEND_PRIORITY.stranger,
      },
    ]);
  });
}
