import { parseCsv } from '../../domain/payslip/parse-csv';
import { type ImportRowError, type RawRow, rowError } from './import-types';

/** The columns an import knows: canonical field names, the required ones, and other spellings (e.g. Indonesian headers). */
export interface ColumnSpec {
  fields: readonly string[];
  required: readonly string[];
  aliases?: Readonly<Record<string, string>>;
}

export const MAX_IMPORT_ROWS = 20_000;

export type ReadRows = { ok: true; rows: RawRow[] } | { ok: false; errors: ImportRowError[] };

/** "Parent Code", "parent_code" and "parentCode" are the same column. */
export function normalizeColumn(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function columnResolver(spec: ColumnSpec): (name: string) => string | undefined {
  const known = new Map<string, string>(spec.fields.map((f) => [normalizeColumn(f), f]));
  for (const [alias, field] of Object.entries(spec.aliases ?? {})) known.set(normalizeColumn(alias), field);
  return (name) => known.get(normalizeColumn(name));
}

function clean(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function readCsv(text: string, spec: ColumnSpec): ReadRows {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, errors: [rowError(parsed.line, 'admin.import.unterminated_quote')] };
  const [header, ...records] = parsed.records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (!header) return { ok: false, errors: [rowError(1, 'admin.import.empty')] };
  const resolve = columnResolver(spec);
  const columns = header.cells.map((cell) => resolve(cell));
  const errors: ImportRowError[] = [];
  header.cells.forEach((cell, i) => {
    if (!columns[i]) errors.push(rowError(header.line, 'admin.import.unknown_column', { column: cell.trim() }));
    else if (columns.indexOf(columns[i]) !== i) errors.push(rowError(header.line, 'admin.import.duplicate_column', { column: cell.trim() }));
  });
  for (const field of spec.required) {
    if (!columns.includes(field)) errors.push(rowError(header.line, 'admin.import.missing_column', { column: field }));
  }
  if (errors.length > 0) return { ok: false, errors };
  const rows: RawRow[] = [];
  for (const record of records) {
    if (record.cells.length !== columns.length) {
      errors.push(rowError(record.line, 'admin.import.column_count', { expected: columns.length, actual: record.cells.length }));
      continue;
    }
    const values: Record<string, unknown> = {};
    columns.forEach((field, i) => {
      values[field!] = clean(record.cells[i]);
    });
    rows.push({ line: record.line, values });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}

function readJson(items: unknown[], spec: ColumnSpec): ReadRows {
  const resolve = columnResolver(spec);
  const errors: ImportRowError[] = [];
  const rows: RawRow[] = [];
  items.forEach((item, index) => {
    const line = index + 1;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      errors.push(rowError(line, 'admin.import.not_an_object'));
      return;
    }
    const values: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(item)) {
      const field = resolve(key);
      if (field) values[field] = clean(value);
      else errors.push(rowError(line, 'admin.import.unknown_column', { column: key }));
    }
    rows.push({ line, values });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}

/**
 * The rows of an import body: CSV text (a header line, `;` or `,`), a JSON
 * array of objects, or `{ "rows": [...] }`. Unknown or missing columns are
 * errors, so a misspelt header cannot be skipped silently.
 */
export function readImportRows(body: unknown, spec: ColumnSpec, options: { allowEmpty?: boolean } = {}): ReadRows {
  const empty = body === undefined || body === null || (typeof body === 'string' && body.trim() === '');
  if (empty) return options.allowEmpty ? { ok: true, rows: [] } : { ok: false, errors: [rowError(1, 'admin.import.empty')] };
  const items = typeof body === 'object' && !Array.isArray(body) ? (body as { rows?: unknown }).rows : body;
  const read = typeof items === 'string' ? readCsv(items, spec) : Array.isArray(items) ? readJson(items, spec) : null;
  if (!read) return { ok: false, errors: [rowError(1, 'admin.import.invalid_body')] };
  if (!read.ok) return read;
  if (read.rows.length === 0 && !options.allowEmpty) return { ok: false, errors: [rowError(1, 'admin.import.empty')] };
  if (read.rows.length > MAX_IMPORT_ROWS) return { ok: false, errors: [rowError(1, 'admin.import.too_many_rows', { max: MAX_IMPORT_ROWS })] };
  return read;
}
