import type { Envelope } from '../../chat/envelope';
import type { OutboundMessage } from '../../chat/outbound-message';
import type { MessagePurpose } from '../../chat/outbox-lane';
import type { Language } from '../../domain/language';
import { enqueue } from '../../outbox/enqueue';
import type { Tx } from '../../store/database';
import { chatsOf, type EmployeeChat, type PreferredChannel } from './chats-of';

/** A message for one employee, written once their language is known. */
export interface Notice {
  employeeId: number;
  prefer: PreferredChannel;
  /** Why it is sent (its outbox lane follows: a card goes before bulk notices). */
  purpose: MessagePurpose;
  build(lang: Language): OutboundMessage[];
  /** Base of the outbox dedupe keys (`${dedupeKey}:${employeeId}#${i}`): a use case run twice enqueues once. */
  dedupeKey?: string;
  /** Skip this chat (e.g. the one the caller is replying in). */
  except?: { channel: string; chatId: string } | null;
}

/**
 * Enqueues each notice to its employee's chat (see chatsOf) in the caller's
 * transaction. Employees without a reachable chat get nothing; returns the
 * chats that were addressed.
 */
export async function notifyEmployees(tx: Tx, notices: readonly Notice[]): Promise<EmployeeChat[]> {
  const envelopes: Envelope[] = [];
  const reached: EmployeeChat[] = [];
  for (const prefer of ['TELEGRAM', 'WHATSAPP'] as const) {
    const group = notices.filter((n) => n.prefer === prefer);
    if (group.length === 0) continue;
    const chats = await chatsOf(tx, group.map((n) => n.employeeId), prefer);
    for (const notice of group) {
      const chat = chats.get(notice.employeeId);
      if (!chat) continue;
      if (notice.except && notice.except.channel === chat.channel && notice.except.chatId === chat.chatId) continue;
      reached.push(chat);
      notice.build(chat.lang).forEach((message, i) => {
        const dedupeKey = notice.dedupeKey ? `${notice.dedupeKey}:${notice.employeeId}#${i}` : undefined;
        envelopes.push({ channel: chat.channel, chatId: chat.chatId, message, purpose: notice.purpose, ...(dedupeKey ? { dedupeKey } : {}) });
      });
    }
  }
  await enqueue(tx, envelopes);
  return reached;
}
