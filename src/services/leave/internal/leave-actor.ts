import { AppError } from '../../../domain/app-error';
import type { Language } from '../../../domain/language';
import { supervisesLeaveOf } from '../../../domain/leave';
import { translate } from '../../../i18n/translate';
import type { Tx } from '../../../store/database';
import type { AuditEntry } from '../../audit';
import type { LeaveActor } from '../contract';

export type AuditActor = Pick<AuditEntry, 'actorType' | 'actorId' | 'actorName' | 'channel'>;

/** The audit columns for an actor: who, and through which channel. */
export function auditActor(actor: LeaveActor): AuditActor {
  switch (actor.type) {
    case 'EMPLOYEE':
      return { actorType: 'EMPLOYEE', actorId: actor.employeeId, actorName: actor.name, channel: actor.channel };
    case 'HR_TOKEN':
      return { actorType: 'HR_TOKEN', actorId: actor.employeeId, actorName: actor.name, channel: 'ADMIN_API' };
    case 'SYSTEM':
      return { actorType: 'SYSTEM', actorName: actor.name, channel: null };
  }
}

/** The actor's name as an employee reads it in a notification. */
export function actorDisplayName(actor: LeaveActor, lang: Language): string {
  return actor.type === 'EMPLOYEE' ? actor.name : translate(lang, 'leave.notify.hr_officer');
}

/** True when someone other than the employee acts (HR, a supervisor, a job); HR through the admin API on their own leave is not a proxy. */
export function isProxy(actor: LeaveActor, employeeId: number): boolean {
  return actor.type === 'SYSTEM' || actor.employeeId !== employeeId;
}

/**
 * Who may submit or cancel for an employee: the employee, an HR officer (role
 * HR or an admin token), the employee's supervisor on record, or whoever
 * decides their leave first (directApprover). Throws AppError('leave.proxy_not_allowed').
 */
export async function assertMayActFor(
  tx: Tx,
  actor: LeaveActor,
  employee: { id: number; supervisorId: number | null; unitId: number },
): Promise<void> {
  if (actor.type !== 'EMPLOYEE' || actor.employeeId === employee.id) return;
  if (actor.employeeId === employee.supervisorId) return;
  const acting = await tx.employee.findUnique({ where: { id: actor.employeeId }, select: { role: true, active: true } });
  if (acting?.active && acting.role === 'HR') return;
  const units = await tx.orgUnit.findMany({ select: { id: true, parentId: true, headId: true } });
  if (acting?.active && supervisesLeaveOf(actor.employeeId, employee, units)) return;
  throw new AppError('leave.proxy_not_allowed');
}
