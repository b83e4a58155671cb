import type { z } from 'zod';
import { type ImportRowError, type ParsedRow, type RawRow, rowError } from './import-types';

/** Each row through its schema: the valid ones, and one error per bad field (named by its column). */
export function parseRows<S extends z.ZodType>(rows: readonly RawRow[], schema: S): { parsed: ParsedRow<z.output<S>>[]; errors: ImportRowError[] } {
  const parsed: ParsedRow<z.output<S>>[] = [];
  const errors: ImportRowError[] = [];
  for (const { line, values } of rows) {
    const result = schema.safeParse(values);
    if (result.success) parsed.push({ line, row: result.data });
    else {
      for (const issue of result.error.issues) {
        const field = issue.path.join('.') || 'row';
        const blank = issue.code === 'invalid_type' && issue.path.length === 1 && values[String(issue.path[0])] == null;
        errors.push(rowError(line, blank ? 'admin.import.missing_value' : 'admin.import.invalid_field', { field, detail: issue.message }));
      }
    }
  }
  return { parsed, errors };
}

/** Rows whose key was seen on an earlier line: one error each, naming that line. */
export function duplicateKeys<T>(rows: readonly ParsedRow<T>[], keyOf: (row: T) => string): ImportRowError[] {
  const first = new Map<string, number>();
  const errors: ImportRowError[] = [];
  for (const { line, row } of rows) {
    const key = keyOf(row);
    const seen = first.get(key);
    if (seen === undefined) first.set(key, line);
    else errors.push(rowError(line, 'admin.import.duplicate_row', { key, other: seen }));
  }
  return errors;
}
