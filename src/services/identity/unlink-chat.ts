import { AppError } from '../../domain/app-error';
import type { Language } from '../../domain/language';
import { translate } from '../../i18n/translate';
import { enqueue } from '../../outbox/enqueue';
import type { Tx } from '../../store/database';
import { writeAudit } from '../audit';
import { chatLabel } from './chat-label';

const asLanguage = (value: string): Language => (value === 'en' ? 'en' : 'id');

/**
 * The employee, speaking in chat `fromIdentityId`, unlinks one of their own
 * chats (possibly that very chat): it is no longer verified nor theirs, the
 * unlinked chat is told when it is another reachable one, and the change is
 * audited with the channel it was made from. 'error.not_found' when the chat
 * is not (or no longer) linked to the employee.
 */
export async function unlinkChat(
  tx: Tx,
  input: { employeeId: number; identityId: number; fromIdentityId: number; now: Date },
): Promise<{ self: boolean }> {
  const chat = await tx.chatIdentity.findFirst({
    where: { id: input.identityId, employeeId: input.employeeId, verifiedAt: { not: null } },
    select: { channel: true, externalId: true, phone: true, unreachableAt: true, employee: { select: { name: true, language: true } } },
  });
  if (!chat) throw new AppError('error.not_found');
  const from = await tx.chatIdentity.findUniqueOrThrow({ where: { id: input.fromIdentityId }, select: { channel: true } });
  await tx.chatIdentity.update({
    where: { id: input.identityId },
    data: { employeeId: null, verifiedAt: null, failedLinkAttempts: 0, linkPausedUntil: null },
  });
  const self = input.identityId === input.fromIdentityId;
  const lang = asLanguage(chat.employee?.language ?? 'id');
  if (!self && !chat.unreachableAt) {
    await enqueue(tx, [{ channel: chat.channel, chatId: chat.externalId, message: { kind: 'text', text: translate(lang, 'link.unlinked_notice') }, purpose: 'alert' }]);
  }
  await writeAudit(tx, {
    actorType: 'EMPLOYEE',
    actorId: input.employeeId,
    actorName: chat.employee?.name ?? null,
    channel: from.channel,
    action: 'identity.unlinked',
    entity: 'ChatIdentity',
    entityId: input.identityId,
    data: { unlinkedChannel: chat.channel, chat: chatLabel(chat, 'en'), self },
  });
  return { self };
}
