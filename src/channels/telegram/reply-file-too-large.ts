import type { Language } from '../../domain/language';
import { translate } from '../../i18n/translate';
import { enqueue } from '../../outbox/enqueue';
import type { Database } from '../../store/database';
import type { InboundEnvelope } from './read-update';

/**
 * Tells the sender their file was too large to accept, through the outbox
 * like every reply; keyed by the update so a redelivery says it once.
 */
export async function replyFileTooLarge(db: Database, envelope: InboundEnvelope, maxBytes: number): Promise<void> {
  await db.prisma.$transaction(async (tx) => {
    const identity = await tx.chatIdentity.findUnique({
      where: { channel_externalId: { channel: envelope.channel, externalId: envelope.sender.externalId } },
      select: { employee: { select: { language: true } } },
    });
    const lang: Language = identity?.employee?.language === 'en' ? 'en' : 'id';
    const text = translate(lang, 'telegram.file_too_large', { mb: Math.floor(maxBytes / 1_048_576) });
    await enqueue(tx, [
      { channel: envelope.channel, chatId: envelope.chatId, message: { kind: 'text', text }, dedupeKey: `telegram:too-large:${envelope.eventId}` },
    ]);
  });
}
