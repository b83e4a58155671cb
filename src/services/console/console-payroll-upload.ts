import { z } from 'zod';
import { AppError } from '../../domain/app-error';
import type { Tx } from '../../store/database';
import { payrollPeriodSchema, type PayslipKind, payslipKindSchema } from '../payslips/payroll-period';
import { stashConsoleUpload, takeConsoleUpload } from './console-upload-stash';

/** A payroll month's file checked in the console, with the choices it was checked with. */
export interface PayrollUpload {
  month: string;
  kind: PayslipKind;
  /** Whether it may replace a month already published. */
  republish: boolean;
  fileName: string;
  content: string;
}

/** The stash's kind of a payroll file (import files carry their import kind). */
const PAYROLL = 'payroll';
const payrollOptions = z.object({ month: payrollPeriodSchema, kind: payslipKindSchema, republish: z.boolean() });

/** Keeps a checked payroll file until its confirmation (stashConsoleUpload); returns the confirm form's token. */
export async function stashPayrollUpload(tx: Tx, input: PayrollUpload & { uploadedById: number; now: Date }): Promise<string> {
  const { month, kind, republish, fileName, content, uploadedById, now } = input;
  return stashConsoleUpload(tx, { kind: PAYROLL, options: { month, kind, republish }, fileName, content, uploadedById, now });
}

/**
 * The checked payroll file behind a confirm form's token, taken so it is
 * imported once (takeConsoleUpload): 'console.payroll.upload_gone' when it
 * is not there for this person any more.
 */
export async function takePayrollUpload(tx: Tx, input: { token: string; employeeId: number; now: Date }): Promise<PayrollUpload> {
  const upload = await takeConsoleUpload(tx, { ...input, kinds: [PAYROLL] });
  const options = payrollOptions.safeParse(upload?.options);
  if (!upload || !options.success) throw new AppError('console.payroll.upload_gone');
  return { ...options.data, fileName: upload.fileName, content: upload.content };
}
