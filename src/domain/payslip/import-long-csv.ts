import { readCsvTable, missingColumns, type CsvRow } from './csv-table';
import { parseLineKind } from './line-kind';
import { type DraftResult, type DraftSlip, type ImportError, importError } from './payslip-types';
import { normalizeNip, readAmount } from './read-amount';

/**
 * Long form: one row per employee per slip line, columns
 * `nip, kind, code, label, amount, net` in any order; other columns (a name,
 * a row number) are ignored.
 * `kind` is EARNING/DEDUCTION or pendapatan/penghasilan/potongan.
 * `net` is the employee's stated net pay: it may be repeated on every row of
 * the employee or written on only one of them (others blank), but at least
 * one row must state it and all stated values must agree. The rows of one
 * employee are consecutive; a NIP that comes back after another employee's
 * rows is a duplicate employee.
 */
export const LONG_COLUMNS = ['nip', 'kind', 'code', 'label', 'amount', 'net'] as const;

export function readLongCsv(text: string): DraftResult {
  const read = readCsvTable(text);
  if (!read.ok) return { drafts: [], errors: read.errors };
  const { table } = read;
  const errors = [...read.errors, ...missingColumns(table, LONG_COLUMNS)];
  if (errors.some((e) => e.line === table.headerLine)) return { drafts: [], errors };
  const drafts: DraftSlip[] = [];
  for (const row of table.rows) {
    const nip = normalizeNip(row.cells.nip ?? '');
    if (nip === '') {
      errors.push(importError(row.line, 'payslip.import.missing_value', { column: 'nip' }));
      continue;
    }
    let draft = drafts.at(-1);
    if (draft?.nip !== nip) {
      draft = { nip, line: row.line, net: null, lines: [], hasRowErrors: false };
      drafts.push(draft);
    }
    const rowErrors = addRow(draft, row);
    if (rowErrors.length > 0) draft.hasRowErrors = true;
    errors.push(...rowErrors);
  }
  return { drafts, errors };
}

function addRow(draft: DraftSlip, row: CsvRow): ImportError[] {
  const errors: ImportError[] = [];
  const cell = (column: string) => row.cells[column] ?? '';
  for (const column of ['kind', 'code', 'label', 'amount'] as const) {
    if (cell(column) === '') errors.push(importError(row.line, 'payslip.import.missing_value', { column }));
  }
  const kind = parseLineKind(cell('kind'));
  if (kind === null && cell('kind') !== '') {
    errors.push(importError(row.line, 'payslip.import.invalid_kind', { value: cell('kind') }));
  }
  const amount = cell('amount') === '' ? null : readAmount(cell('amount'), row.line, 'amount');
  if (amount?.error) errors.push(amount.error);
  if (cell('net') !== '') errors.push(...addNet(draft, cell('net'), row.line));
  if (errors.length === 0 && kind && amount && !amount.error) {
    draft.lines.push({ kind, code: cell('code'), label: cell('label'), amount: amount.amount, line: row.line });
  }
  return errors;
}

function addNet(draft: DraftSlip, text: string, line: number): ImportError[] {
  const net = readAmount(text, line, 'net');
  if (net.error) return [net.error];
  if (draft.net === null) {
    draft.net = { amount: net.amount, line };
    return [];
  }
  if (draft.net.amount === net.amount) return [];
  return [
    importError(line, 'payslip.import.net_inconsistent', {
      nip: draft.nip,
      first: draft.net.amount,
      firstLine: draft.net.line,
      value: net.amount,
    }),
  ];
}
