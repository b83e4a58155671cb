import { Prisma } from '../../generated/sqlite/client';
import type { Tx } from '../../store/database';

export type RowValue = string | number | Date | null;

/** Bound values per statement: under SQLite's and PostgreSQL's limits with room to spare. */
const MAX_VALUES = 30_000;

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Multi-row INSERTs of plain values into one table, in the caller's
 * transaction. Prisma renders the placeholders for the provider (SQLite or
 * PostgreSQL). Used where a month's slips are written in bulk: Prisma's own
 * createMany spends about 40 times longer per row on SQLite, which made a
 * 10,000 employee month take minutes instead of seconds. Column and table
 * names are the Prisma model's (no @@map); values are always bound, never
 * spliced into the SQL.
 */
export async function insertRows(tx: Tx, table: string, columns: readonly string[], rows: ReadonlyArray<readonly RowValue[]>): Promise<void> {
  const perStatement = Math.max(1, Math.floor(MAX_VALUES / columns.length));
  const head = `INSERT INTO ${quoted(table)} (${columns.map(quoted).join(', ')}) VALUES (`;
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    await tx.$executeRaw(valuesStatement(head, columns.length, chunk));
  }
}

/** One statement as Prisma's Sql: the literal pieces between the bound values, built flat (no object per row). */
function valuesStatement(head: string, width: number, rows: ReadonlyArray<readonly RowValue[]>): Prisma.Sql {
  const strings: string[] = [head];
  const values: RowValue[] = [];
  rows.forEach((row, index) => {
    if (row.length !== width) throw new Error(`row ${index} has ${row.length} values, expected ${width}`);
    for (let column = 0; column < width; column += 1) {
      values.push(row[column]!);
      if (column < width - 1) strings.push(', ');
    }
    strings.push(index < rows.length - 1 ? '), (' : ')');
  });
  return new Prisma.Sql(strings, values);
}
