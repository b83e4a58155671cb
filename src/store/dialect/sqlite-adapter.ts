import Database from 'better-sqlite3';
import {
  DriverAdapterError,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlDriverAdapterFactory,
  type SqlQuery,
  type SqlQueryable,
  type SqlResultSet,
  type Transaction,
} from '@prisma/driver-adapter-utils';
import type { SqliteConnection } from '../sqlite-connection';
import { statementCache, type StatementCache } from './statement-cache';
import { driverError } from './sqlite-driver-error';
import { argOf, columnTypesOf, rowOf } from './sqlite-values';
import { alone, writerLock, type WriterLock } from './writer-lock';

const ADAPTER_NAME = 'sapa-sqlite';

/** Runs `work` (synchronous) and hands back its result, a SQLite error thrown as Prisma's. */
function attempt<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw driverError(error);
  }
}

/** A statement without parameters. */
function plain(sql: string): SqlQuery {
  return { sql, args: [], argTypes: [] };
}

function argsOf(query: SqlQuery): unknown[] {
  return query.args.map((arg, i) => argOf(arg, query.argTypes[i]));
}

function read(statements: StatementCache, query: SqlQuery): SqlResultSet {
  return attempt(() => {
    const statement = statements.prepare(query.sql);
    const args = argsOf(query);
    if (!statement.reader) {
      statement.run(args);
      return { columnNames: [], columnTypes: [], rows: [] };
    }
    const columns = statement.columns();
    const rows = statement.raw(true).all(args) as unknown[][];
    const columnTypes = columnTypesOf(
      columns.map((c) => c.type),
      rows,
    );
    return { columnNames: columns.map((c) => c.name), columnTypes, rows: rows.map((row) => rowOf(row, columnTypes)) };
  });
}

function write(statements: StatementCache, query: SqlQuery): number {
  return attempt(() => statements.prepare(query.sql).run(argsOf(query)).changes);
}

/** Statements on the connection as it stands: inside a transaction, they belong to it. */
function queryable(statements: StatementCache): SqlQueryable {
  return {
    provider: 'sqlite',
    adapterName: ADAPTER_NAME,
    queryRaw: async (query) => read(statements, query),
    executeRaw: async (query) => write(statements, query),
  };
}

/**
 * The transaction holding the writer lock from BEGIN on. Prisma's engine
 * sends COMMIT or ROLLBACK itself (`usePhantomQuery: false`), then calls
 * `commit`/`rollback`, which only let the next writer in.
 */
function transaction(statements: StatementCache, release: () => void): Transaction {
  const end = async () => release();
  return {
    ...queryable(statements),
    options: { usePhantomQuery: false },
    commit: end,
    rollback: end,
    createSavepoint: async (name) => void write(statements, plain(`SAVEPOINT ${name}`)),
    rollbackToSavepoint: async (name) => void write(statements, plain(`ROLLBACK TO ${name}`)),
    releaseSavepoint: async (name) => void write(statements, plain(`RELEASE SAVEPOINT ${name}`)),
  };
}

/**
 * Prisma's driver adapter over one better-sqlite3 connection, with its one
 * writer built in: a transaction holds the connection from BEGIN to its end,
 * and a statement outside a transaction waits until the open one has ended
 * (run at once, it would join that transaction and be rolled back with it).
 * Prepared statements are kept and reused by SQL text.
 */
export function sqliteDriverAdapter(connection: Database, statementsKept = 256, lock: WriterLock = writerLock()): SqlDriverAdapter {
  const statements = statementCache((sql) => connection.prepare(sql), statementsKept);
  const outside = queryable(statements);

  return {
    ...outside,
    queryRaw: (query) => alone(lock, () => read(statements, query)),
    executeRaw: (query) => alone(lock, () => write(statements, query)),
    executeScript: (script) => alone(lock, () => void attempt(() => connection.exec(script))),
    async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
      if (isolationLevel && isolationLevel !== 'SERIALIZABLE') throw new DriverAdapterError({ kind: 'InvalidIsolationLevel', level: isolationLevel });
      const release = await lock.acquire();
      try {
        write(statements, plain('BEGIN'));
      } catch (error) {
        release();
        throw error;
      }
      return transaction(statements, release);
    },
    dispose: async () => void connection.close(),
  };
}

export interface SqliteAdapterOptions {
  /** The database file (created if missing). */
  path: string;
  /** Milliseconds to wait for a file another process has locked. */
  timeout: number;
}

/**
 * The factory Prisma's client connects through: opens the file (integers as
 * BigInt, as Prisma reads them) and hands the connection to `onConnect`,
 * for the dialect's own statements, with the adapter's writer lock (a
 * statement outside a transaction waits for it, as Prisma's do).
 */
export function sqliteAdapter(options: SqliteAdapterOptions, onConnect: (connection: SqliteConnection, lock: WriterLock) => void): SqlDriverAdapterFactory {
  return {
    provider: 'sqlite',
    adapterName: ADAPTER_NAME,
    async connect() {
      const connection = new Database(options.path, { timeout: options.timeout });
      connection.defaultSafeIntegers(true);
      const lock = writerLock();
      onConnect(connection, lock);
      return sqliteDriverAdapter(connection, 256, lock);
    },
  };
}
