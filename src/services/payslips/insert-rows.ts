import { Prisma } from '../../generated/sqlite/client';
import type { Tx } from '../../store/database';

export type RowValue = string | number | Date | null;
type Rows = ReadonlyArray<readonly RowValue[]>;

/** Bound values per statement: under SQLite's and PostgreSQL's limits with room to spare. */
const MAX_VALUES = 30_000;
/** Rows per statement when SQLite reads them from one JSON text. */
const JSON_ROWS = 10_000;

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Multi-row INSERTs of plain values into one table, in the caller's
 * transaction. Used where a month's slips are written in bulk: Prisma's own
 * createMany spends about 40 times longer per row on SQLite, which made a
 * 10,000 employee month take minutes instead of seconds. Column and table
 * names are the Prisma model's (no @@map); values are always bound, never
 * spliced into the SQL.
 *
 * On SQLite, rows without dates go as one JSON text per 10,000 rows that
 * SQLite unpacks itself (json_each): half the time again of binding every
 * value through Prisma. Elsewhere, and for dates (whose stored form the
 * driver adapter decides), each value is bound and Prisma renders the
 * placeholders for the provider.
 */
export async function insertRows(tx: Tx, table: string, columns: readonly string[], rows: Rows): Promise<void> {
  for (const [index, row] of rows.entries()) {
    if (row.length !== columns.length) throw new Error(`row ${index} has ${row.length} values, expected ${columns.length}`);
  }
  if (isSqlite(tx) && rows.every((row) => row.every((value) => !(value instanceof Date)))) {
    await insertFromJson(tx, table, columns, rows);
  } else {
    await insertValues(tx, table, columns, rows);
  }
}

/**
 * The provider of the client, read from Prisma's client object. Unknown
 * (a future Prisma) falls back to the portable statements.
 */
function isSqlite(tx: Tx): boolean {
  return (tx as unknown as { _activeProvider?: unknown })._activeProvider === 'sqlite';
}

async function insertFromJson(tx: Tx, table: string, columns: readonly string[], rows: Rows): Promise<void> {
  const picks = columns.map((_, index) => `json_extract(value, '$[${index}]')`).join(', ');
  const head = Prisma.raw(`INSERT INTO ${quoted(table)} (${columns.map(quoted).join(', ')}) SELECT ${picks} FROM json_each(`);
  for (let start = 0; start < rows.length; start += JSON_ROWS) {
    await tx.$executeRaw`${head}${JSON.stringify(rows.slice(start, start + JSON_ROWS))})`;
  }
}

async function insertValues(tx: Tx, table: string, columns: readonly string[], rows: Rows): Promise<void> {
  const perStatement = Math.max(1, Math.floor(MAX_VALUES / columns.length));
  const head = `INSERT INTO ${quoted(table)} (${columns.map(quoted).join(', ')}) VALUES (`;
  for (let start = 0; start < rows.length; start += perStatement) {
    await tx.$executeRaw(valuesStatement(head, columns.length, rows.slice(start, start + perStatement)));
  }
}

/** One statement as Prisma's Sql: the literal pieces between the bound values, built flat (no object per row). */
function valuesStatement(head: string, width: number, rows: Rows): Prisma.Sql {
  const strings: string[] = [head];
  const values: RowValue[] = [];
  rows.forEach((row, index) => {
    for (let column = 0; column < width; column += 1) {
      values.push(row[column]!);
      if (column < width - 1) strings.push(', ');
    }
    strings.push(index < rows.length - 1 ? '), (' : ')');
  });
  return new Prisma.Sql(strings, values);
}
