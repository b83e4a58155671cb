import type { Tx } from '../../store/database';
import { writeAudit } from '../audit';
import type { ActingPerson } from '../delegations/delegation-view';

const digits = (phone: string | null) => (phone ?? '').replace(/\D/g, '');

/**
 * After HR verified an employee's new phone number: the WhatsApp chats of the
 * old number are no longer theirs (unlinked: the number may pass to someone
 * else), and a WhatsApp chat already known from the new number, linked to
 * nobody, becomes theirs (WhatsApp proves the number, HR verified it is the
 * employee's). A chat of the new number linked to someone else is left alone.
 */
export async function relinkWhatsapp(
  tx: Tx,
  input: { employeeId: number; oldPhone: string | null; newPhone: string; now: Date; by: ActingPerson },
): Promise<{ unlinked: number[]; linked: number | null }> {
  const chats = await tx.chatIdentity.findMany({ where: { channel: 'WHATSAPP', employeeId: input.employeeId }, select: { id: true, phone: true } });
  const old = digits(input.oldPhone);
  const unlinked = chats.filter((c) => c.phone !== null && digits(c.phone) !== digits(input.newPhone) && (old === '' || digits(c.phone) === old)).map((c) => c.id);
  if (unlinked.length > 0) {
    await tx.chatIdentity.updateMany({ where: { id: { in: unlinked } }, data: { employeeId: null, verifiedAt: null, failedLinkAttempts: 0, linkPausedUntil: null } });
  }
  // WhatsApp chats keep the number as digits with the country code (remember-whatsapp-address.ts).
  const fresh = await tx.chatIdentity.findFirst({ where: { channel: 'WHATSAPP', employeeId: null, phone: digits(input.newPhone) }, select: { id: true }, orderBy: { id: 'desc' } });
  if (fresh) {
    await tx.chatIdentity.update({
      where: { id: fresh.id },
      data: { employeeId: input.employeeId, verifiedAt: input.now, failedLinkAttempts: 0, linkPausedUntil: null, unreachableAt: null },
    });
  }
  await writeAudit(
    tx,
    ...unlinked.map((id) => ({ ...input.by, action: 'identity.unlinked', entity: 'ChatIdentity', entityId: id, data: { reason: 'phone_changed', employeeId: input.employeeId } })),
    ...(fresh ? [{ ...input.by, action: 'identity.verified', entity: 'ChatIdentity', entityId: fresh.id, data: { method: 'hr_phone_change', employeeId: input.employeeId } }] : []),
  );
  return { unlinked, linked: fresh?.id ?? null };
}
