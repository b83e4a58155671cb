import { finishSlips } from './finish-slips';
import { readPayslipJson } from './import-json';
import { readLongCsv } from './import-long-csv';
import { readWideCsv } from './import-wide-csv';
import type { DraftResult, ImportResult } from './payslip-types';
import type { WideMapping } from './wide-mapping';

export type PayslipImportFormat = 'csv-long' | 'csv-wide' | 'json';

export interface PayslipImportInput {
  format: PayslipImportFormat;
  text: string;
  /** The month being imported, "YYYY-MM"; a JSON file must state the same. */
  period: string;
  /** NIPs of the employees the agency has; any other NIP is refused. */
  knownNips: ReadonlySet<string>;
  /** Column mapping for the wide CSV form (defaults to DEFAULT_WIDE_MAPPING). */
  mapping?: WideMapping;
}

/**
 * Parses and checks a month's payroll export. All or nothing: either every
 * slip is valid, or every problem found is returned with its line and code.
 */
export function importPayslips(input: PayslipImportInput): ImportResult {
  const draft = readDrafts(input);
  return finishSlips(input.period, draft.drafts, input.knownNips, draft.errors);
}

function readDrafts(input: PayslipImportInput): DraftResult {
  if (input.format === 'json') return readPayslipJson(input.text, input.period);
  if (input.format === 'csv-wide') return readWideCsv(input.text, input.mapping);
  return readLongCsv(input.text);
}

/** A guess for an upload without a declared format: JSON, or CSV long when it has a `kind` column. */
export function detectPayslipFormat(text: string): PayslipImportFormat {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (body.startsWith('{')) return 'json';
  const header = body.split(/\r\n|\r|\n/, 1)[0] ?? '';
  const columns = header.split(/[;,]/).map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase());
  return columns.includes('kind') ? 'csv-long' : 'csv-wide';
}

export type { ImportError, ImportErrorCode, ImportResult, LineKind, ParsedSlip, PayslipLine } from './payslip-types';
export { DEFAULT_WIDE_MAPPING, type WideColumn, type WideMapping } from './wide-mapping';
export { MAX_SLIP_AMOUNT } from './rupiah-amount';
