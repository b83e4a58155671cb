import { z } from 'zod';
import { AppError } from '../../domain/app-error';

/** A payroll month, "YYYY-MM". */
export const payrollPeriodSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM');

/**
 * Which run of a month a slip belongs to: GAJI (the salary) or TPP
 * (tambahan penghasilan pegawai, which RULES.md says may come on a separate
 * slip). A month holds at most one run of each kind.
 */
export const PAYSLIP_KINDS = ['GAJI', 'TPP'] as const;
export const payslipKindSchema = z.enum(PAYSLIP_KINDS);
export type PayslipKind = z.output<typeof payslipKindSchema>;
export const DEFAULT_PAYSLIP_KIND: PayslipKind = 'GAJI';

/** `period` itself when it is a "YYYY-MM" month; AppError('payslip.period_invalid') otherwise. */
export function requirePayrollPeriod(period: string): string {
  if (!payrollPeriodSchema.safeParse(period).success) throw new AppError('payslip.period_invalid', { period });
  return period;
}
