import { AppError } from '../../domain/app-error';
import type { Language } from '../../domain/language';
import { translate } from '../../i18n/translate';
import { enqueue } from '../../outbox/enqueue';
import type { Tx } from '../../store/database';
import { type AuditEntry, writeAudit } from '../audit';
import { chatLabel } from './chat-label';

const asLanguage = (value: string): Language => (value === 'en' ? 'en' : 'id');

/** A verified chat of the employee is released: no longer theirs nor verified; the chat is told (when it can be reached and `notice` is given); audited. */
export async function releaseChat(
  tx: Tx,
  input: { employeeId: number; identityId: number; by: Pick<AuditEntry, 'actorType' | 'actorId' | 'actorName' | 'channel'>; notice: string | null; data: Record<string, unknown> },
) {
  const chat = await tx.chatIdentity.findFirst({
    where: { id: input.identityId, employeeId: input.employeeId, verifiedAt: { not: null } },
    select: { channel: true, externalId: true, phone: true, unreachableAt: true, employee: { select: { name: true, language: true } } },
  });
  if (!chat) throw new AppError('error.not_found');
  await tx.chatIdentity.update({
    where: { id: input.identityId },
    data: { employeeId: null, verifiedAt: null, failedLinkAttempts: 0, linkPausedUntil: null },
  });
  if (input.notice && !chat.unreachableAt) {
    const lang = asLanguage(chat.employee?.language ?? 'id');
    await enqueue(tx, [{ channel: chat.channel, chatId: chat.externalId, message: { kind: 'text', text: translate(lang, input.notice) }, purpose: 'alert' }]);
  }
  await writeAudit(tx, {
    ...input.by,
    action: 'identity.unlinked',
    entity: 'ChatIdentity',
    entityId: input.identityId,
    data: { unlinkedChannel: chat.channel, chat: chatLabel(chat, 'en'), ...input.data },
  });
  return chat;
}

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
  const [from, me] = await Promise.all([
    tx.chatIdentity.findUniqueOrThrow({ where: { id: input.fromIdentityId }, select: { channel: true } }),
    tx.employee.findUnique({ where: { id: input.employeeId }, select: { name: true } }),
  ]);
  const self = input.identityId === input.fromIdentityId;
  await releaseChat(tx, {
    employeeId: input.employeeId,
    identityId: input.identityId,
    by: { actorType: 'EMPLOYEE', actorId: input.employeeId, actorName: me?.name ?? null, channel: from.channel },
    notice: self ? null : 'link.unlinked_notice',
    data: { self },
  });
  return { self };
}
