import type { Tx } from '../../store/database';
import { writeAudit } from '../audit';
import { findDemoPersona } from './find-demo-persona';

/**
 * Links the local chat `chatId` to the demo person with `nip`, verified. Only
 * the local channel does this (the web chat while it is enabled, `npm run
 * chat`): it is how one tries SAPA as a demo persona without a phone. Real
 * employees are refused.
 */
export async function linkLocalPersona(tx: Tx, chatId: string, nip: string, now: Date): Promise<{ name: string }> {
  const employee = await findDemoPersona(tx, nip);
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
