/**
 * The shapes a payroll import produces. Amounts are whole rupiah.
 */
export type LineKind = 'EARNING' | 'DEDUCTION';

export interface PayslipLine {
  kind: LineKind;
  code: string;
  label: string;
  amount: number;
  /** 1-based order of the line within its slip, as it appeared in the import. */
  position: number;
}

export interface ParsedSlip {
  nip: string;
  earnings: number;
  deductions: number;
  net: number;
  lines: PayslipLine[];
}

/**
 * One problem in an import. `code` is a message key (src/i18n/messages/payslip.ts).
 * `line` is the 1-based line of the file (CSV: the header is line 1) or, for
 * JSON, the 1-based position of the employee in `employees`; 0 means the whole
 * document.
 */
export interface ImportError {
  line: number;
  code: ImportErrorCode;
  params: Record<string, string | number>;
}

export const IMPORT_ERROR_CODES = [
  'payslip.import.empty',
  'payslip.import.unterminated_quote',
  'payslip.import.invalid_json',
  'payslip.import.invalid_field',
  'payslip.import.period_mismatch',
  'payslip.import.missing_column',
  'payslip.import.unknown_column',
  'payslip.import.duplicate_column',
  'payslip.import.column_count',
  'payslip.import.missing_value',
  'payslip.import.invalid_kind',
  'payslip.import.invalid_amount',
  'payslip.import.amount_too_large',
  'payslip.import.unknown_nip',
  'payslip.import.duplicate_employee',
  'payslip.import.duplicate_line',
  'payslip.import.missing_net',
  'payslip.import.net_inconsistent',
  'payslip.import.net_mismatch',
  'payslip.import.empty_slip',
] as const;

export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export type ImportResult =
  | { ok: true; period: string; slips: ParsedSlip[] }
  | { ok: false; errors: ImportError[] };

/** A slip as read from one format, before the checks shared by all formats. */
export interface DraftSlip {
  nip: string;
  /** Where the employee first appears. */
  line: number;
  /** The stated net and where it was stated; null when no row states it. */
  net: { amount: number; line: number } | null;
  lines: Array<Omit<PayslipLine, 'position'> & { line: number }>;
  /** Some row of this employee was refused: its totals are not checked. */
  hasRowErrors: boolean;
}

export interface DraftResult {
  drafts: DraftSlip[];
  errors: ImportError[];
}

export function importError(line: number, code: ImportErrorCode, params: ImportError['params'] = {}): ImportError {
  return { line, code, params };
}
