import type { Tx } from '../../store/database';
import { writeAudit } from '../audit';
import { resetEmployeeLinking } from './employee-link-guard';
import { tellOtherChats } from './tell-other-chats';

/**
 * Binds a chat identity to an employee, verified from now on: resets the
 * chat's failure count and the employee's failure budget, tells the
 * employee's other chats, and audits who linked which channel how.
 */
export async function verifyIdentity(
  tx: Tx,
  input: { identityId: number; employeeId: number; now: Date; method: 'otp' | 'link_code' | 'whatsapp_phone' },
): Promise<{ name: string }> {
  const identity = await tx.chatIdentity.update({
    where: { id: input.identityId },
    data: { employeeId: input.employeeId, verifiedAt: input.now, failedLinkAttempts: 0, linkPausedUntil: null, unreachableAt: null },
    select: { channel: true, employee: { select: { name: true } } },
  });
  await resetEmployeeLinking(tx, input.employeeId, input.now);
  const told = await tellOtherChats(tx, input);
  await writeAudit(tx, {
    actorType: 'EMPLOYEE',
    actorId: input.employeeId,
    actorName: identity.employee?.name ?? null,
    channel: identity.channel,
    action: 'identity.verified',
    entity: 'ChatIdentity',
    entityId: input.identityId,
    data: { method: input.method, otherChatsTold: told },
  });
  return { name: identity.employee?.name ?? '' };
}
