import { AppError } from '../../domain/app-error';
import type { Tx } from '../../store/database';
import { writeAudit } from '../audit';

/**
 * Links the local chat `chatId` to the employee with `nip`, verified. Only the
 * local channel does this, and only while the dev chat is enabled: it is how
 * one tries SAPA as a demo persona without a phone.
 */
export async function linkLocalPersona(tx: Tx, chatId: string, nip: string, now: Date): Promise<{ name: string }> {
  const employee = await tx.employee.findUnique({ where: { nip }, select: { id: true, name: true, active: true } });
  if (!employee || !employee.active) throw new AppError('dev.persona_not_found', { nip });
  await tx.chatIdentity.upsert({
    where: { channel_externalId: { channel: 'LOCAL', externalId: chatId } },
    create: { channel: 'LOCAL', externalId: chatId, employeeId: employee.id, verifiedAt: now },
    update: { employeeId: employee.id, verifiedAt: now },
  });
  await writeAudit(tx, {
    actorType: 'SYSTEM',
    actorName: 'dev-chat',
    channel: 'LOCAL',
    action: 'identity.linked_local',
    entity: 'Employee',
    entityId: employee.id,
    data: { chatId },
  });
  return { name: employee.name };
}
