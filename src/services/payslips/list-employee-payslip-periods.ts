import type { Tx } from '../../store/database';

/** How many months the chat offers. */
export const PAYSLIP_MONTHS_OFFERED = 6;

/** The latest PUBLISHED months ("YYYY-MM", newest first) that hold a slip of the employee. */
export async function listEmployeePayslipPeriods(tx: Tx, employeeId: number, limit = PAYSLIP_MONTHS_OFFERED): Promise<string[]> {
  const periods = await tx.payrollPeriod.findMany({
    where: { status: 'PUBLISHED', payslips: { some: { employeeId } } },
    select: { period: true },
    orderBy: { period: 'desc' },
    take: limit,
  });
  return periods.map((p) => p.period);
}
