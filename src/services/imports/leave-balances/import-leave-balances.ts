import type { Database, Tx } from '../../../store/database';
import { chunks } from '../chunks';
import type { ImportOptions, ImportOutcome } from '../import-types';
import { type ImportJob, runImport } from '../run-import';
import { leaveBalanceColumns, leaveBalanceRowSchema } from './leave-balance-row';
import { balanceKey, type LeaveBalancePlan, type LeaveBalanceState, planLeaveBalances } from './plan-leave-balances';

async function loadState(tx: Tx): Promise<LeaveBalanceState> {
  const employees = await tx.employee.findMany({ select: { id: true, nip: true } });
  const types = await tx.leaveType.findMany({ select: { code: true } });
  const balances = await tx.leaveBalance.findMany({
    select: {
      id: true, employeeId: true, year: true, typeCode: true, entitled: true, carriedOver: true,
      deferred: true, added: true, used: true, reserved: true, unusedYears: true,
    },
  });
  return {
    employeeIds: new Map(employees.map((e) => [e.nip, e.id])),
    typeCodes: new Set(types.map((t) => t.code)),
    balances: new Map(balances.map((b) => [balanceKey(b.employeeId, b.year, b.typeCode), b])),
  };
}

async function apply(tx: Tx, plan: LeaveBalancePlan): Promise<void> {
  for (const batch of chunks(plan.creates)) await tx.leaveBalance.createMany({ data: batch });
  for (const { id, data } of plan.updates) await tx.leaveBalance.update({ where: { id }, data, select: { id: true } });
}

export const leaveBalancesImport: ImportJob<typeof leaveBalanceRowSchema, LeaveBalanceState, LeaveBalancePlan> = {
  kind: 'leave_balances',
  columns: leaveBalanceColumns,
  schema: leaveBalanceRowSchema,
  load: loadState,
  plan: planLeaveBalances,
  apply: (tx, plan) => apply(tx, plan),
};

/** Sets opening leave balances (go-live) from CSV text or JSON rows, all or nothing. */
export function importLeaveBalances(db: Database, body: unknown, options: ImportOptions): Promise<ImportOutcome> {
  return runImport(db, leaveBalancesImport, body, options);
}
