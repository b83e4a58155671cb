import type { ChannelName } from '../../chat/channel-name';
import { isDemoPhone } from '../../domain/demo-phone';
import type { Database } from '../../store/database';

/** How long the answer to "does this database hold demo people?" is trusted before it is asked again. */
const DEMO_PEOPLE_TTL_MS = 60_000;

/**
 * Whether a message for `chatId` on `channel` would reach a demo person: a
 * number in the reserved demo range, a chat linked to a demo person, or (on
 * WhatsApp) the number on record of a demo person.
 *
 * Demo people come only from the seed, which runs before anything is sent, so
 * a database without any (every production one) costs one count a minute,
 * not one query per message sent.
 */
export function createDemoRecipientCheck(
  db: Database,
  nowMs: () => number = () => performance.now(),
): (channel: ChannelName, chatId: string) => Promise<boolean> {
  let holdsDemoPeople = true;
  let knownUntil = Number.NEGATIVE_INFINITY;
  return async (channel, chatId) => {
    if (isDemoPhone(chatId)) return true;
    if (nowMs() >= knownUntil) {
      holdsDemoPeople = (await db.prisma.employee.count({ where: { demo: true } })) > 0;
      knownUntil = nowMs() + DEMO_PEOPLE_TTL_MS;
    }
    if (!holdsDemoPeople) return false;
    const phone = channel === 'WHATSAPP' ? /^(\d+)@s\.whatsapp\.net$/.exec(chatId)?.[1] : undefined;
    const person = await db.prisma.employee.findFirst({
      where: { demo: true, OR: [{ identities: { some: { channel, externalId: chatId } } }, ...(phone ? [{ phone }] : [])] },
      select: { id: true },
    });
    return person !== null;
  };
}
