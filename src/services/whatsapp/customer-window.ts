import type { Language } from '../../domain/language';
import { isUniqueViolation } from '../../store/prisma-errors';
import type { Database } from '../../store/database';

/** Meta's customer-service window: free-form messages reach a person up to 24 hours after their last message. */
export const CUSTOMER_WINDOW_MS = 24 * 3_600_000;

/**
 * How close to the window's end SAPA stops relying on it: a message may wait
 * in the outbox and on Meta's side for a while, and one that arrives after
 * the window closed is refused (131047).
 */
export const WINDOW_MARGIN_MS = 10 * 60_000;

/**
 * Records that a WhatsApp address sent a message at `at` (the time WhatsApp
 * stamped on it, never later than now): the start of a new 24-hour window.
 * An earlier time never replaces a later one (webhooks arrive out of order).
 * A chat not seen before gets its identity row now, as the engine would.
 */
export async function recordInboundTime(db: Database, input: { externalId: string; phone: string; at: Date }): Promise<void> {
  const { externalId, phone, at } = input;
  const moved = await db.prisma.chatIdentity.updateMany({
    where: { channel: 'WHATSAPP', externalId, OR: [{ lastInboundAt: null }, { lastInboundAt: { lt: at } }] },
    data: { lastInboundAt: at },
  });
  if (moved.count > 0) return;
  try {
    await db.prisma.chatIdentity.create({ data: { channel: 'WHATSAPP', externalId, phone, lastInboundAt: at } });
  } catch (error) {
    // The row exists with a later time, or a concurrent message created it.
    if (!isUniqueViolation(error)) throw error;
  }
}

export interface WhatsappRecipient {
  /** Whether a free-form message sent now still falls in the person's 24-hour window. */
  windowOpen: boolean;
  /** The language to address them in where the channel itself writes (a template, a list button). */
  language: Language;
}

/** What the Cloud API sender needs to know of a chat before sending: one indexed read. */
export async function readWhatsappRecipient(db: Database, externalId: string, now: Date): Promise<WhatsappRecipient> {
  const identity = await db.prisma.chatIdentity.findUnique({
    where: { channel_externalId: { channel: 'WHATSAPP', externalId } },
    select: { lastInboundAt: true, employee: { select: { language: true } } },
  });
  const last = identity?.lastInboundAt?.getTime();
  const windowOpen = last !== undefined && now.getTime() - last < CUSTOMER_WINDOW_MS - WINDOW_MARGIN_MS;
  return { windowOpen, language: identity?.employee?.language === 'en' ? 'en' : 'id' };
}

/**
 * WhatsApp said the window is closed (131047) although SAPA thought it open:
 * forget the inbound time it had (unless a newer message came meanwhile), so
 * the next message to this chat goes as a template.
 */
export async function closeCustomerWindow(db: Database, externalId: string, before: Date): Promise<void> {
  await db.prisma.chatIdentity.updateMany({
    where: { channel: 'WHATSAPP', externalId, lastInboundAt: { lte: before } },
    data: { lastInboundAt: null },
  });
}
