import { importPayslips, type PayslipImportInput } from '../../../src/domain/payslip/payslip-import';
import type { ImportError, ImportResult, ParsedSlip } from '../../../src/domain/payslip/payslip-types';

export const SITI = '199008172015032001';
export const BUDI = '198501012010011002';
export const WAYAN = '199203152019022003';
export const KNOWN_NIPS: ReadonlySet<string> = new Set([SITI, BUDI, WAYAN]);

export function importText(
  format: PayslipImportInput['format'],
  text: string,
  overrides: Partial<PayslipImportInput> = {},
): ImportResult {
  return importPayslips({ format, text, period: '2026-11', knownNips: KNOWN_NIPS, ...overrides });
}

export function slipsOf(result: ImportResult): ParsedSlip[] {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.errors)}`);
  return result.slips;
}

export function errorsOf(result: ImportResult): ImportError[] {
  if (result.ok) throw new Error('expected the import to fail');
  return result.errors;
}

/** Joins CSV lines with the given line end. */
export function csv(lines: string[], eol = '\n'): string {
  return lines.join(eol) + eol;
}
