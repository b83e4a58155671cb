import type { Tx } from '../database';
import type { SqliteConnection } from '../sqlite-connection';
import { statementCache } from './statement-cache';
import { alone, type WriterLock } from './writer-lock';

/**
 * Runs a fixed read (SQL written once for both databases, `?` for each
 * parameter) in the caller's transaction, or on its own when `tx` is the
 * client itself. Rows come back as the driver gives them: the caller
 * converts flags, times, JSON and counts (fixed-reads.ts does).
 */
export interface RowReader {
  rows<T>(tx: Tx, sql: string, params: readonly unknown[]): Promise<T[]>;
  /** An enum column read as text (PostgreSQL's enums need a cast). */
  text(column: string): string;
}

/**
 * Whether `tx` is a transaction's client: Prisma gives those no `$connect`
 * (test/store/dialect/fixed-reads.test.ts holds this to the Prisma in use).
 */
export function insideTransaction(tx: Tx): boolean {
  return typeof (tx as { $connect?: unknown }).$connect !== 'function';
}

/**
 * SQLite: prepared once per text and run synchronously on the one
 * connection, with no trip through Prisma's runtime. Inside a transaction the
 * connection is that transaction's (it holds the writer lock from BEGIN to
 * its end); outside one, the read waits for the writer lock like any
 * statement of the adapter, so it never reads another transaction's
 * uncommitted rows.
 */
export function sqliteRowReader(connection: SqliteConnection, lock: WriterLock): RowReader {
  // Plain numbers: ids, counts and days here are far below 2^53.
  const statements = statementCache((sql) => connection.prepare(sql).safeIntegers(false));
  return {
    text: (column) => column,
    async rows<T>(tx: Tx, sql: string, params: readonly unknown[]) {
      const run = () => statements.prepare(sql).all(...params) as T[];
      return insideTransaction(tx) ? run() : alone(lock, run);
    },
  };
}

/** `?` placeholders as PostgreSQL's `$1`, `$2`, ... (the fixed reads hold no `?` inside a literal). */
export function numberedParameters(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${(n += 1)}`);
}

/** PostgreSQL: through Prisma's raw query, in the caller's transaction (one round trip a read). */
export function postgresRowReader(): RowReader {
  return {
    text: (column) => `${column}::text`,
    rows: <T>(tx: Tx, sql: string, params: readonly unknown[]) => tx.$queryRawUnsafe<T[]>(numberedParameters(sql), ...params),
  };
}
