import type { Database } from '../../store/database';
import { closeCustomerWindow } from './customer-window';

export type DeliveryStatus = 'sent' | 'delivered' | 'read' | 'failed';

export interface DeliveryReport {
  /** The channel's id of the sent message (Cloud API: the wamid). */
  channelMessageId: string;
  status: DeliveryStatus;
  at: Date;
  /** For `failed`: WhatsApp's error code and title. */
  error?: { code: number; title: string };
}

/** Re-engagement required: the message came after the 24-hour window closed. */
export const REENGAGEMENT_REQUIRED = 131047;

/** Each status only replaces the ones before it: a late `delivered` never hides `read`. */
const EARLIER: Record<DeliveryStatus, DeliveryStatus[]> = {
  sent: [],
  delivered: ['sent'],
  read: ['sent', 'delivered'],
  failed: ['sent', 'delivered'],
};

/**
 * Records what WhatsApp reported about a message SAPA sent, on its outbox
 * row (found by the message id kept when it was sent). Reports arrive more
 * than once and out of order: a status never goes back. A message that
 * failed because the 24-hour window had closed goes back to the outbox (as
 * a template this time); other failures keep their error on the row.
 * Returns whether the row was put back to be sent again.
 */
export async function recordDeliveryStatus(db: Database, report: DeliveryReport): Promise<boolean> {
  const { channelMessageId, status, at, error } = report;
  const where = {
    channel: 'WHATSAPP' as const,
    channelMessageId,
    OR: [{ deliveryStatus: null }, { deliveryStatus: { in: EARLIER[status] } }],
  };
  if (status === 'failed' && error?.code === REENGAGEMENT_REQUIRED) {
    const row = await db.prisma.outboxMessage.findFirst({ where, select: { id: true, chatId: true } });
    if (!row) return false;
    await closeCustomerWindow(db, row.chatId, at);
    const requeued = await db.prisma.outboxMessage.updateMany({
      where: { id: row.id, status: 'SENT' },
      data: { status: 'PENDING', nextAttemptAt: at, channelMessageId: null, deliveryStatus: null, deliveryStatusAt: null, lastError: `${error.code}: ${error.title}` },
    });
    return requeued.count > 0;
  }
  await db.prisma.outboxMessage.updateMany({
    where,
    data: { deliveryStatus: status, deliveryStatusAt: at, ...(error ? { lastError: `${error.code}: ${error.title}`.slice(0, 1000) } : {}) },
  });
  return false;
}
