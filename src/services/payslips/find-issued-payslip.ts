import { maskName } from '../../domain/payslip/mask-name';
import type { Tx } from '../../store/database';

/**
 * What the public verification page may tell about a slip: the month and a
 * masked name. Never an amount, never a NIP (whose first digits are the
 * owner's date of birth).
 */
export interface IssuedPayslip {
  code: string;
  /** "S*** R********" */
  maskedName: string;
  /** "YYYY-MM" */
  period: string;
  /** The salary slip or the month's separate TPP slip. */
  kind: 'GAJI' | 'TPP';
}

/** The slip of a PUBLISHED month with this (normalized) verification code, or null. */
export async function findIssuedPayslip(tx: Tx, code: string): Promise<IssuedPayslip | null> {
  const slip = await tx.payslip.findUnique({
    where: { verificationCode: code },
    select: { period: { select: { period: true, kind: true, status: true } }, employee: { select: { name: true } } },
  });
  if (!slip || slip.period.status !== 'PUBLISHED') return null;
  return { code, maskedName: maskName(slip.employee.name), period: slip.period.period, kind: slip.period.kind };
}
