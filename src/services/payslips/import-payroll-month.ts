import { AppError } from '../../domain/app-error';
import type { Language } from '../../domain/language';
import { importPayslips, type PayslipImportFormat } from '../../domain/payslip/payslip-import';
import type { ImportError, ParsedSlip } from '../../domain/payslip/payslip-types';
import type { WideMapping } from '../../domain/payslip/wide-mapping';
import { describeImportError } from '../../payslip/describe-import-error';
import type { Tx } from '../../store/database';
import { writeAudit } from '../audit';
import { newVerificationCodes, type RandomBytes } from './new-verification-codes';
import { type AgencyTotals, payrollAgencyTotals } from './payroll-agency-totals';
import type { PayrollActor } from './payroll-actor';
import { DEFAULT_PAYSLIP_KIND, type PayslipKind, requirePayrollPeriod } from './payroll-period';
import { deletePayslips, writePayslips } from './write-payslips';

export interface ImportPayrollMonthInput {
  /** "YYYY-MM". */
  period: string;
  /** Which run of the month: the salary (default) or the separate TPP slip. */
  kind?: PayslipKind;
  format: PayslipImportFormat;
  text: string;
  /** Column mapping of the wide CSV form. */
  mapping?: WideMapping;
  actor: PayrollActor;
  /** Replace a month that is already PUBLISHED: it gets a new revision and goes back to DRAFT until published again. */
  republish?: boolean;
  /** Check only: report what would be imported, write nothing. */
  dryRun?: boolean;
  /** Language of the error messages (default Indonesian). */
  lang?: Language;
  now?: Date;
  random?: RandomBytes;
}

export interface PayrollImportError extends ImportError {
  /** The error as a sentence with its line: "Baris 7: NIP ... tidak terdaftar." */
  message: string;
}

export interface PayrollImportSummary {
  ok: true;
  period: string;
  kind: PayslipKind;
  dryRun: boolean;
  /** The revision the month has (or would have) after the import. */
  revision: number;
  slips: number;
  lines: number;
  /** Slips of an earlier import of the same month that were (or would be) replaced. */
  replaced: number;
  republished: boolean;
  totals: { earnings: number; deductions: number; net: number };
  /** The same totals per agency (OPD), largest net first. */
  agencies: AgencyTotals[];
}

export type PayrollImportOutcome = PayrollImportSummary | { ok: false; period: string; errors: PayrollImportError[] };

/**
 * Imports one month of the payroll system's export, all or nothing: the file
 * is checked completely (NIPs against the employees in the database) before
 * anything is written, and any bad row leaves the database as it was. A month
 * still in DRAFT is replaced by a new import; a PUBLISHED month only with
 * `republish`, which raises its revision and returns it to DRAFT. The written
 * month is always DRAFT: publishPayrollMonth makes it visible.
 * Throws AppError('payslip.period_invalid') and AppError('conflict.payroll_published').
 */
export async function importPayrollMonth(tx: Tx, input: ImportPayrollMonthInput): Promise<PayrollImportOutcome> {
  const period = requirePayrollPeriod(input.period);
  const kind = input.kind ?? DEFAULT_PAYSLIP_KIND;
  const existing = await tx.payrollPeriod.findUnique({ where: { period_kind: { period, kind } }, select: { id: true, status: true, revision: true } });
  const republished = existing?.status === 'PUBLISHED';
  if (republished && !input.republish) {
    throw new AppError('conflict.payroll_published', { period: runName(period, kind), revision: existing.revision });
  }
  const employees = await tx.employee.findMany({ select: { id: true, nip: true } });
  const employeeIds = new Map(employees.map((e) => [e.nip, e.id]));
  const result = importPayslips({ format: input.format, text: input.text, period, knownNips: new Set(employeeIds.keys()), mapping: input.mapping });
  if (!result.ok) {
    const lang = input.lang ?? 'id';
    return { ok: false, period, errors: result.errors.map((e) => ({ ...e, message: describeImportError(lang, e, input.format) })) };
  }
  const revision = (existing?.revision ?? 0) + (existing && !republished ? 0 : 1);
  const replaced = existing ? await tx.payslip.count({ where: { periodId: existing.id } }) : 0;
  const summary = summarize(result.slips, await payrollAgencyTotals(tx, result.slips), { period, kind, revision, replaced, republished, dryRun: input.dryRun === true });
  if (summary.dryRun) return summary;

  const now = input.now ?? new Date();
  const marks = {
    status: 'DRAFT' as const, revision, importedAt: now, importedBy: input.actor.actorName, publishedAt: null, publishedBy: null,
    // A request to publish was for the slips it replaces.
    publishRequestedAt: null, publishRequestedBy: null, publishRequestedById: null,
  };
  const periodId = existing
    ? (await tx.payrollPeriod.update({ where: { id: existing.id }, data: marks, select: { id: true } })).id
    : (await tx.payrollPeriod.create({ data: { period, kind, ...marks }, select: { id: true } })).id;
  if (existing) await deletePayslips(tx, periodId);
  await writePayslips(tx, {
    periodId,
    slips: result.slips,
    employeeIds,
    codes: newVerificationCodes(result.slips.length, input.random),
    createdAt: now,
  });
  await writeAudit(tx, {
    ...input.actor,
    action: republished ? 'payroll.republished' : 'payroll.imported',
    entity: 'PayrollPeriod',
    entityId: runName(period, kind),
    data: {
      kind,
      format: input.format,
      revision,
      ...(republished ? { previousRevision: existing.revision } : {}),
      slips: summary.slips,
      lines: summary.lines,
      replaced,
      totals: summary.totals,
    },
  });
  return summary;
}

/** How audit rows and messages name a run: "2026-11" for the salary, "2026-11 TPP" for the TPP run. */
export function runName(period: string, kind: PayslipKind): string {
  return kind === 'TPP' ? `${period} TPP` : period;
}

function summarize(
  slips: readonly ParsedSlip[],
  agencies: AgencyTotals[],
  facts: Pick<PayrollImportSummary, 'period' | 'kind' | 'revision' | 'replaced' | 'republished' | 'dryRun'>,
): PayrollImportSummary {
  const totals = { earnings: 0, deductions: 0, net: 0 };
  let lines = 0;
  for (const slip of slips) {
    totals.earnings += slip.earnings;
    totals.deductions += slip.deductions;
    totals.net += slip.net;
    lines += slip.lines.length;
  }
  return { ok: true, ...facts, slips: slips.length, lines, totals, agencies };
}
