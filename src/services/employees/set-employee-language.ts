import type { Actor } from '../../chat/actor';
import type { Language } from '../../domain/language';
import type { Tx } from '../../store/database';
import { writeAudit } from '../audit';

export async function setEmployeeLanguage(tx: Tx, actor: Actor, language: Language, channel: string): Promise<void> {
  await tx.employee.update({ where: { id: actor.employeeId }, data: { language }, select: { id: true } });
  await writeAudit(tx, {
    actorType: 'EMPLOYEE',
    actorId: actor.employeeId,
    actorName: actor.name,
    channel,
    action: 'employee.language_changed',
    entity: 'Employee',
    entityId: actor.employeeId,
    data: { language },
  });
}
