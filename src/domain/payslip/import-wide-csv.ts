import { type CsvRow, missingColumns, normalizeColumnName, readCsvTable } from './csv-table';
import { type DraftResult, type DraftSlip, type ImportError, importError } from './payslip-types';
import { normalizeNip, readAmount } from './read-amount';
import { DEFAULT_WIDE_MAPPING, type WideMapping } from './wide-mapping';

/**
 * Wide form: one row per employee, a NIP column, a net column and one column
 * per component (see WideMapping). A blank or zero component cell adds no line;
 * lines keep the order of the columns in the file.
 */
export function readWideCsv(text: string, given: WideMapping = DEFAULT_WIDE_MAPPING): DraftResult {
  const mapping = normalizeMapping(given);
  const read = readCsvTable(text);
  if (!read.ok) return { drafts: [], errors: read.errors };
  const { table } = read;
  const errors = [...read.errors, ...missingColumns(table, [mapping.nipColumn, mapping.netColumn])];
  const known = new Set([mapping.nipColumn, mapping.netColumn, ...mapping.ignoredColumns, ...Object.keys(mapping.columns)]);
  for (const column of table.columns) {
    if (!known.has(column)) errors.push(importError(table.headerLine, 'payslip.import.unknown_column', { column }));
  }
  if (errors.some((e) => e.line === table.headerLine)) return { drafts: [], errors };
  const components = table.columns.filter((column) => column in mapping.columns);
  const drafts: DraftSlip[] = [];
  for (const row of table.rows) {
    const nip = normalizeNip(row.cells[mapping.nipColumn] ?? '');
    if (nip === '') {
      errors.push(importError(row.line, 'payslip.import.missing_value', { column: mapping.nipColumn }));
      continue;
    }
    const draft: DraftSlip = { nip, line: row.line, net: null, lines: [], hasRowErrors: false };
    const rowErrors = [...readNet(draft, row, mapping), ...readComponents(draft, row, components, mapping)];
    draft.hasRowErrors = rowErrors.length > 0;
    errors.push(...rowErrors);
    drafts.push(draft);
  }
  return { drafts, errors };
}

function readNet(draft: DraftSlip, row: CsvRow, mapping: WideMapping): ImportError[] {
  const text = row.cells[mapping.netColumn] ?? '';
  if (text === '') return [importError(row.line, 'payslip.import.missing_value', { column: mapping.netColumn })];
  const net = readAmount(text, row.line, mapping.netColumn);
  if (net.error) return [net.error];
  draft.net = { amount: net.amount, line: row.line };
  return [];
}

function readComponents(draft: DraftSlip, row: CsvRow, components: string[], mapping: WideMapping): ImportError[] {
  const errors: ImportError[] = [];
  for (const column of components) {
    const text = row.cells[column] ?? '';
    const target = mapping.columns[column];
    if (text === '' || !target) continue;
    const amount = readAmount(text, row.line, column);
    if (amount.error) errors.push(amount.error);
    else if (amount.amount > 0) draft.lines.push({ ...target, amount: amount.amount, line: row.line });
  }
  return errors;
}

function normalizeMapping(mapping: WideMapping): WideMapping {
  return {
    nipColumn: normalizeColumnName(mapping.nipColumn),
    netColumn: normalizeColumnName(mapping.netColumn),
    columns: Object.fromEntries(Object.entries(mapping.columns).map(([name, column]) => [normalizeColumnName(name), column])),
    ignoredColumns: mapping.ignoredColumns.map(normalizeColumnName),
  };
}
