import { maskNip } from '../../domain/payslip/mask-nip';
import type { Tx } from '../../store/database';

/** What the public verification page may tell about a slip: never an amount, never the full NIP. */
export interface IssuedPayslip {
  code: string;
  name: string;
  /** "1990**********2001" */
  maskedNip: string;
  /** "YYYY-MM" */
  period: string;
}

/** The slip of a PUBLISHED month with this (normalized) verification code, or null. */
export async function findIssuedPayslip(tx: Tx, code: string): Promise<IssuedPayslip | null> {
  const slip = await tx.payslip.findUnique({
    where: { verificationCode: code },
    select: { period: { select: { period: true, status: true } }, employee: { select: { name: true, nip: true } } },
  });
  if (!slip || slip.period.status !== 'PUBLISHED') return null;
  return { code, name: slip.employee.name, maskedNip: maskNip(slip.employee.nip), period: slip.period.period };
}
