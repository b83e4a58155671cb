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
  /** Runs a write that ends in RETURNING; answers its rows. */
  returning<T>(tx: Tx, sql: string, params: readonly unknown[]): Promise<T[]>;
  /** A DateTime parameter in the form the database keeps it (as Prisma writes it). */
  time(date: Date): unknown;
  /** A Json parameter in the form the database keeps it (as Prisma writes it: its JSON text). */
  json(value: unknown): unknown;
}

/**
 * SQLite: prepared once per text and run synchronously on the one
 * connection, inside the caller's transaction (which holds the connection),
 * or after the open one, on its own.
 */
export function sqliteRowWriter(connection: SqliteConnection, lock: WriterLock): RowWriter {
  // Plain numbers: the ids and counters RETURNING gives are far below 2^53.
  const statements = statementCache((sql) => connection.prepare(sql).safeIntegers(false));
  return {
    time: sqliteTime,
    json: (value) => JSON.stringify(value),
    async run(tx, sql, params) {
      const run = () => statements.prepare(sql).run(...params).changes;
      return insideTransaction(tx) ? run() : alone(lock, run);
    },
    async returning<T>(tx: Tx, sql: string, params: readonly unknown[]) {
      const run = () => statements.prepare(sql).all(...params) as T[];
      return insideTransaction(tx) ? run() : alone(lock, run);
    },
  };
}

/** PostgreSQL: through Prisma's raw statement, in the caller's transaction (one round trip a write). */
export function postgresRowWriter(): RowWriter {
  return {
    time: (date) => date,
    json: (value) => JSON.stringify(value),
    run: (tx, sql, params) => tx.$executeRawUnsafe(numberedParameters(sql), ...params),
    returning: <T>(tx: Tx, sql: string, params: readonly unknown[]) => tx.$queryRawUnsafe<T[]>(numberedParameters(sql), ...params),
  };
}
