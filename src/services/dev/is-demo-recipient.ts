import type { ChannelName } from '../../chat/channel-name';
import { isDemoPhone } from '../../domain/demo-phone';
import type { Database } from '../../store/database';

/**
 * Whether a message for `chatId` on `channel` would reach a demo person: a
 * number in the reserved demo range, a chat linked to a demo person, or (on
 * WhatsApp) the number on record of a demo person.
 */
export async function isDemoRecipient(db: Database, channel: ChannelName, chatId: string): Promise<boolean> {
  if (isDemoPhone(chatId)) return true;
  const phone = channel === 'WHATSAPP' ? /^(\d+)@s\.whatsapp\.net$/.exec(chatId)?.[1] : undefined;
  const person = await db.prisma.employee.findFirst({
    where: { demo: true, OR: [{ identities: { some: { channel, externalId: chatId } } }, ...(phone ? [{ phone }] : [])] },
    select: { id: true },
  });
  return person !== null;
}
