import { AppError } from '../../../domain/app-error';
import type { Tx } from '../../../store/database';
import type { LeaveActor } from '../contract';
import { lockEmployee } from '../lock-employee';
import { assertMayActFor } from './leave-actor';
import { loadEmployee, type EmployeeRecord } from './load-leave-facts';

/**
 * The first step of every change to an existing request (cancel, early return,
 * sick days, a late letter): find whose request it is, check the actor may act
 * for them, and take that employee's lock so their balance moves one at a time.
 * AppError: leave.request_not_found, leave.employee_not_found, leave.proxy_not_allowed.
 */
export async function lockRequestOwner(tx: Tx, requestId: number, actor: LeaveActor): Promise<EmployeeRecord> {
  const owner = await tx.leaveRequest.findUnique({ where: { id: requestId }, select: { employeeId: true } });
  if (!owner) throw new AppError('leave.request_not_found');
  const employee = await loadEmployee(tx, owner.employeeId, true);
  if (!employee) throw new AppError('leave.employee_not_found');
  await assertMayActFor(tx, actor, employee);
  await lockEmployee(tx, employee.id);
  return employee;
}
