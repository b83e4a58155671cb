import { z } from 'zod';
import { AppError } from '../../domain/app-error';

/** A payroll month, "YYYY-MM". */
export const payrollPeriodSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM');

/** `period` itself when it is a "YYYY-MM" month; AppError('payslip.period_invalid') otherwise. */
export function requirePayrollPeriod(period: string): string {
  if (!payrollPeriodSchema.safeParse(period).success) throw new AppError('payslip.period_invalid', { period });
  return period;
}
