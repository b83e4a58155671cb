import type { Tx } from '../../store/database';
import { PAYSLIP_KINDS, type PayslipKind } from './payroll-period';

/** How many months the chat offers. */
export const PAYSLIP_MONTHS_OFFERED = 6;

/** A month that holds slips of the employee, and which kinds (GAJI first). */
export interface EmployeePayslipMonth {
  period: string;
  kinds: PayslipKind[];
}

/** The latest PUBLISHED months ("YYYY-MM", newest first) that hold a slip of the employee, each with its kinds: one query. */
export async function listEmployeePayslipPeriods(tx: Tx, employeeId: number, limit = PAYSLIP_MONTHS_OFFERED): Promise<EmployeePayslipMonth[]> {
  // A month has one run of each kind at most (unique period and kind).
  const runs = await tx.$dialect.reads.payslipRuns(tx, employeeId, limit * PAYSLIP_KINDS.length);
  const months: EmployeePayslipMonth[] = [];
  for (const run of runs) {
    const last = months.at(-1);
    if (last?.period === run.period) last.kinds.push(run.kind);
    else months.push({ period: run.period, kinds: [run.kind] });
  }
  return months.slice(0, limit);
}

/** The kinds of slip (GAJI first) the employee has in the PUBLISHED runs of `period`. */
export async function listEmployeePayslipKinds(tx: Tx, employeeId: number, period: string): Promise<PayslipKind[]> {
  const runs = await tx.payrollPeriod.findMany({
    where: { period, status: 'PUBLISHED', payslips: { some: { employeeId } } },
    select: { kind: true },
    orderBy: { kind: 'asc' },
  });
  return runs.map((r) => r.kind);
}
