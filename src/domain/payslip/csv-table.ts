import { parseCsv } from './parse-csv';
import { type ImportError, importError } from './payslip-types';

/**
 * A CSV file read as a header plus rows keyed by column name. Column names
 * are normalised ("Tunj Istri " -> "tunj_istri"); cells are trimmed; blank
 * lines are skipped.
 */
export interface CsvRow {
  line: number;
  cells: Readonly<Record<string, string>>;
}

export interface CsvTable {
  headerLine: number;
  columns: string[];
  rows: CsvRow[];
}

/**
 * `errors` on success are problems of single lines (wrong number of cells,
 * a repeated column); those rows are left out of `rows` and the caller goes on
 * checking the rest, so that one import reports every bad line.
 */
export type CsvTableRead =
  | { ok: true; table: CsvTable; errors: ImportError[] }
  | { ok: false; errors: ImportError[] };

export function normalizeColumnName(name: string): string {
  return name.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

export function readCsvTable(text: string): CsvTableRead {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, errors: [importError(parsed.line, 'payslip.import.unterminated_quote')] };
  const records = parsed.records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [header, ...body] = records;
  if (!header) return { ok: false, errors: [importError(0, 'payslip.import.empty')] };
  const columns = header.cells.map(normalizeColumnName);
  const errors: ImportError[] = [];
  columns.forEach((column, index) => {
    if (columns.indexOf(column) !== index) {
      errors.push(importError(header.line, 'payslip.import.duplicate_column', { column }));
    }
  });
  const rows: CsvRow[] = [];
  for (const record of body) {
    if (record.cells.length !== columns.length) {
      errors.push(
        importError(record.line, 'payslip.import.column_count', {
          expected: columns.length,
          actual: record.cells.length,
        }),
      );
      continue;
    }
    const cells: Record<string, string> = {};
    columns.forEach((column, index) => {
      cells[column] = (record.cells[index] ?? '').trim();
    });
    rows.push({ line: record.line, cells });
  }
  if (rows.length === 0 && errors.length === 0) {
    return { ok: false, errors: [importError(0, 'payslip.import.empty')] };
  }
  return { ok: true, table: { headerLine: header.line, columns, rows }, errors };
}

/** Errors for required columns the header lacks (reported on the header line). */
export function missingColumns(table: CsvTable, required: readonly string[]): ImportError[] {
  return required
    .filter((column) => !table.columns.includes(column))
    .map((column) => importError(table.headerLine, 'payslip.import.missing_column', { column }));
}
