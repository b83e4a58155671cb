import type { Database } from '../../store/database';

/**
 * Keeps a WhatsApp chat identity's addresses current: the LID WhatsApp uses
 * for the number (it may appear or change after the identity was created) and
 * the phone digits. The identity itself is keyed by the phone-number JID and
 * created by the conversation engine; a chat not seen before is left alone.
 */
export async function rememberWhatsappAddress(db: Database, input: { externalId: string; phone: string; altId?: string }): Promise<void> {
  const { externalId, phone, altId } = input;
  const stale = [{ phone: null }, { phone: { not: phone } }, ...(altId ? [{ altId: null }, { altId: { not: altId } }] : [])];
  await db.prisma.chatIdentity.updateMany({
    where: { channel: 'WHATSAPP', externalId, OR: stale },
    data: { phone, ...(altId ? { altId } : {}) },
  });
}
