import type { Database, Tx } from '../../../store/database';
import { chunks } from '../chunks';
import { releaseChatsOfDeactivated } from '../../identity/release-chats-of-deactivated';
import { importAuditActor, type ImportOptions, type ImportOutcome } from '../import-types';
import { type ImportJob, runImport } from '../run-import';
import { employeeColumns, employeeRowSchema } from './employee-row';
import { type EmployeeState, loadEmployeeState } from './employee-state';
import { type EmployeePlan, planEmployees } from './plan-employees';


async function applyEmployees(tx: Tx, plan: EmployeePlan, options: ImportOptions): Promise<void> {
  for (const batch of chunks(plan.creates)) await tx.employee.createMany({ data: batch });
  for (const { id, data } of plan.updates) await tx.employee.update({ where: { id }, data, select: { id: true } });
  await releaseChatsOfDeactivated(tx, { employeeIds: plan.deactivated, by: importAuditActor(options.actor) });
  if (plan.supervisorLinks.length === 0) return;
  const ids = new Map((await tx.employee.findMany({ select: { id: true, nip: true } })).map((e) => [e.nip, e.id]));
  const bySupervisor = new Map<number | null, number[]>();
  for (const link of plan.supervisorLinks) {
    const supervisorId = link.supervisorNip === null ? null : ids.get(link.supervisorNip)!;
    const group = bySupervisor.get(supervisorId) ?? [];
    group.push(ids.get(link.nip)!);
    bySupervisor.set(supervisorId, group);
  }
  for (const [supervisorId, employeeIds] of bySupervisor) {
    for (const batch of chunks(employeeIds)) {
      await tx.employee.updateMany({ where: { id: { in: batch } }, data: { supervisorId } });
    }
  }
}

export const employeesImport: ImportJob<typeof employeeRowSchema, EmployeeState, EmployeePlan> = {
  kind: 'employees',
  columns: employeeColumns,
  schema: employeeRowSchema,
  load: loadEmployeeState,
  plan: planEmployees,
  apply: (tx, plan, _state, options) => applyEmployees(tx, plan, options),
};

/** Creates, updates and deactivates employees from CSV text or JSON rows, all or nothing; a deactivated employee's chats are unlinked and their conversations removed in the same transaction. */
export function importEmployees(db: Database, body: unknown, options: ImportOptions): Promise<ImportOutcome> {
  return runImport(db, employeesImport, body, options);
}
