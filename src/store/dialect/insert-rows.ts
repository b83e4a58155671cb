import { Prisma as Sql } from '../../generated/sqlite/client';
import type { Tx } from '../database';

export type RowValue = string | number | Date | null;
export type Rows = ReadonlyArray<readonly RowValue[]>;

/** Bound values per statement: under SQLite's and PostgreSQL's limits with room to spare. */
const MAX_VALUES = 30_000;
/** Rows per statement when SQLite reads them from one JSON text. */
const JSON_ROWS = 10_000;

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Bulk inserts (Dialect.insertRows): multi-row INSERTs of plain values into
 * one table, in the caller's transaction. Used where a month's slips are
 * written in bulk: Prisma's own createMany spends about 40 times longer per
 * row on SQLite, which made a 10,000 employee month take minutes instead of
 * seconds. Column and table names are the Prisma model's (no @@map); values
 * are always bound, never spliced into the SQL.
 */
export function checkRowWidths(columns: readonly string[], rows: Rows): void {
  for (const [index, row] of rows.entries()) {
    if (row.length !== columns.length) throw new Error(`row ${index} has ${row.length} values, expected ${columns.length}`);
  }
}

/** Whether every value can travel as JSON (dates cannot: the driver adapter decides their stored form). */
export function withoutDates(rows: Rows): boolean {
  return rows.every((row) => row.every((value) => !(value instanceof Date)));
}

/**
 * SQLite: one JSON text per 10,000 rows that SQLite unpacks itself
 * (json_each): half the time again of binding every value through Prisma.
 */
export async function insertRowsFromJson(tx: Tx, table: string, columns: readonly string[], rows: Rows): Promise<void> {
  const picks = columns.map((_, index) => `json_extract(value, '$[${index}]')`).join(', ');
  const head = Sql.raw(`INSERT INTO ${quoted(table)} (${columns.map(quoted).join(', ')}) SELECT ${picks} FROM json_each(`);
  for (let start = 0; start < rows.length; start += JSON_ROWS) {
    await tx.$executeRaw`${head}${JSON.stringify(rows.slice(start, start + JSON_ROWS))})`;
  }
}

/** Both databases: each value bound, Prisma rendering the placeholders for the provider. */
export async function insertRowsAsValues(tx: Tx, table: string, columns: readonly string[], rows: Rows): Promise<void> {
  const perStatement = Math.max(1, Math.floor(MAX_VALUES / columns.length));
  const head = `INSERT INTO ${quoted(table)} (${columns.map(quoted).join(', ')}) VALUES (`;
  for (let start = 0; start < rows.length; start += perStatement) {
    await tx.$executeRaw(valuesStatement(head, columns.length, rows.slice(start, start + perStatement)));
  }
}

/** One statement as Prisma's Sql: the literal pieces between the bound values, built flat (no object per row). */
function valuesStatement(head: string, width: number, rows: Rows): Sql.Sql {
  const strings: string[] = [head];
  const values: RowValue[] = [];
  rows.forEach((row, index) => {
    for (let column = 0; column < width; column += 1) {
      values.push(row[column]!);
      if (column < width - 1) strings.push(', ');
    }
    strings.push(index < rows.length - 1 ? '), (' : ')');
  });
  return new Sql.Sql(strings, values);
}
