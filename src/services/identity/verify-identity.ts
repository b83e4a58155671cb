import type { Tx } from '../../store/database';
import { writeAudit } from '../audit';

/** Binds a chat identity to an employee, verified from now on; resets the failure count. */
export async function verifyIdentity(
  tx: Tx,
  input: { identityId: number; employeeId: number; now: Date; method: 'otp' | 'link_code' | 'whatsapp_phone' },
): Promise<{ name: string }> {
  const identity = await tx.chatIdentity.update({
    where: { id: input.identityId },
    data: { employeeId: input.employeeId, verifiedAt: input.now, failedLinkAttempts: 0, linkPausedUntil: null, unreachableAt: null },
    select: { channel: true, employee: { select: { name: true } } },
  });
  await writeAudit(tx, {
    actorType: 'EMPLOYEE',
    actorId: input.employeeId,
    actorName: identity.employee?.name ?? null,
    channel: identity.channel,
    action: 'identity.verified',
    entity: 'ChatIdentity',
    entityId: input.identityId,
    data: { method: input.method },
  });
  return { name: identity.employee?.name ?? '' };
}
