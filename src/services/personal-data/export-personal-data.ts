import { AppError } from '../../domain/app-error';
import type { Language } from '../../domain/language';
import type { Tx } from '../../store/database';
import { type AdminActor, auditActor } from '../admin/admin-actor';
import { writeAudit } from '../audit';
import type { PersonalDataConfig } from './collect-personal-data';
import { renderPersonalData } from './render-personal-data';

/**
 * HR produces the same document `data saya` sends, for an employee who asks
 * at the office (or has no linked chat): audited (`personal_data.exported`)
 * with the officer who asked. 'error.not_found' for an unknown NIP.
 */
export async function exportPersonalData(tx: Tx, config: PersonalDataConfig, input: { nip: string; actor: AdminActor; now: Date; lang: Language }) {
  const employee = await tx.employee.findUnique({ where: { nip: input.nip }, select: { id: true } });
  if (!employee) throw new AppError('error.not_found');
  const file = await renderPersonalData(tx, config, { employeeId: employee.id, now: input.now, lang: input.lang });
  await writeAudit(tx, { ...auditActor(input.actor), action: 'personal_data.exported', entity: 'Employee', entityId: employee.id, data: { lang: input.lang } });
  return file;
}
