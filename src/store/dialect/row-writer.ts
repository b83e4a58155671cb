import type { Tx } from '../database';
import type { SqliteConnection } from '../sqlite-connection';
import { insideTransaction, numberedParameters } from './row-reader';
import { sqliteTime } from './sqlite-values';
import { statementCache } from './statement-cache';
import { alone, type WriterLock } from './writer-lock';

/**
 * Runs a fixed write (SQL written once for both databases, `?` for each
 * parameter) in the caller's transaction, or on its own when `tx` is the
 * client itself; answers how many rows it changed.
 */
export interface RowWriter {
  run(tx: Tx, sql: string, params: readonly unknown[]): Promise<number>;
  /** A DateTime parameter in the form the database keeps it (as Prisma writes it). */
  time(date: Date): unknown;
}

/**
 * SQLite: prepared once per text and run synchronously on the one
 * connection, inside the caller's transaction (which holds the connection),
 * or after the open one, on its own.
 */
export function sqliteRowWriter(connection: SqliteConnection, lock: WriterLock): RowWriter {
  const statements = statementCache((sql) => connection.prepare(sql));
  return {
    time: sqliteTime,
    async run(tx, sql, params) {
      const run = () => statements.prepare(sql).run(...params).changes;
      return insideTransaction(tx) ? run() : alone(lock, run);
    },
  };
}

/** PostgreSQL: through Prisma's raw statement, in the caller's transaction (one round trip a write). */
export function postgresRowWriter(): RowWriter {
  return {
    time: (date) => date,
    run: (tx, sql, params) => tx.$executeRawUnsafe(numberedParameters(sql), ...params),
  };
}
