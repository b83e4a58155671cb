import { formatInstant } from '../../domain/format';
import type { Language } from '../../domain/language';
import { translate } from '../../i18n/translate';
import { enqueue } from '../../outbox/enqueue';
import type { Tx } from '../../store/database';
import { chatLabel } from './chat-label';

const asLanguage = (value: string): Language => (value === 'en' ? 'en' : 'id');

/**
 * Tells every other verified, reachable chat of the employee that chat
 * `identityId` was just linked (which channel, when, and how to undo it if it
 * was not them), through the outbox in the caller's transaction. Returns how
 * many chats were told.
 */
export async function tellOtherChats(tx: Tx, input: { employeeId: number; identityId: number; now: Date }): Promise<number> {
  const linked = await tx.chatIdentity.findUniqueOrThrow({
    where: { id: input.identityId },
    select: { channel: true, phone: true, externalId: true, employee: { select: { language: true } } },
  });
  const others = await tx.chatIdentity.findMany({
    where: { employeeId: input.employeeId, verifiedAt: { not: null }, unreachableAt: null, id: { not: input.identityId } },
    select: { channel: true, externalId: true },
    orderBy: { id: 'asc' },
  });
  const lang = asLanguage(linked.employee?.language ?? 'id');
  const text = translate(lang, 'link.new_chat_notice', { chat: chatLabel(linked, lang), when: formatInstant(input.now, lang) });
  await enqueue(
    tx,
    others.map((chat) => ({ channel: chat.channel, chatId: chat.externalId, message: { kind: 'text' as const, text }, purpose: 'alert' as const })),
  );
  return others.length;
}
