import type { Tx } from '../../store/database';
import { findIssuedPayslip, type IssuedPayslip } from './find-issued-payslip';

/**
 * Whether `net` is the net pay of the issued slip with this (normalized)
 * verification code; null when no slip of a published month has the code.
 * Only match or no match comes back, never the amount itself.
 */
export async function matchPayslipNet(tx: Tx, code: string, net: number): Promise<{ issued: IssuedPayslip; match: boolean } | null> {
  const issued = await findIssuedPayslip(tx, code);
  if (!issued) return null;
  const same = await tx.payslip.count({ where: { verificationCode: code, net } });
  return { issued, match: same > 0 };
}
