import type { Tx } from '../../store/database';
import type { PayslipKind } from './payroll-period';

/** How many months the chat offers. */
export const PAYSLIP_MONTHS_OFFERED = 6;

/** The latest PUBLISHED months ("YYYY-MM", newest first) that hold a slip of the employee, of either kind. */
export async function listEmployeePayslipPeriods(tx: Tx, employeeId: number, limit = PAYSLIP_MONTHS_OFFERED): Promise<string[]> {
  const periods = await tx.payrollPeriod.findMany({
    where: { status: 'PUBLISHED', payslips: { some: { employeeId } } },
    select: { period: true },
    distinct: ['period'],
    orderBy: { period: 'desc' },
    take: limit,
  });
  return periods.map((p) => p.period);
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
