import type { Prisma as SqlitePrisma, PrismaClient as SqliteClient } from '../generated/sqlite/client';
import type { Dialect } from './dialect/dialect';
import { openSqlite } from './dialect/open-sqlite';
import type { WalCheckpointer } from './dialect/wal-checkpointer';
import { providerOf } from './database-url';

export { providerOf, sqlitePath } from './database-url';

/**
 * The one Prisma client type the code is written against. Both generated
 * clients come from the same models (prisma/models.prisma), so the
 * PostgreSQL client has the same API at run time. Both carry their
 * database's dialect (`$dialect`, a client extension), so a transaction
 * reaches it too.
 */
export type Prisma = Omit<SqliteClient, '$transaction'> & WithDialect;
export type Tx = Omit<SqliteClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'> & { readonly $dialect: Dialect };

interface TransactionOptions {
  maxWait?: number;
  timeout?: number;
  isolationLevel?: SqlitePrisma.TransactionIsolationLevel;
}

/** The client's own `$transaction`, its interactive form handing over a `Tx` (which carries the dialect). */
interface WithDialect {
  readonly $dialect: Dialect;
  $transaction<P extends SqlitePrisma.PrismaPromise<unknown>[]>(arg: [...P], options?: TransactionOptions): Promise<{ [K in keyof P]: Awaited<P[K]> }>;
  $transaction<R>(fn: (tx: Tx) => Promise<R>, options?: TransactionOptions): Promise<R>;
}
export type Provider = 'sqlite' | 'postgresql';

export interface Database {
  readonly prisma: Prisma;
  readonly provider: Provider;
  readonly url: string;
  /** The provider's SQL (src/store/dialect): the same object as `prisma.$dialect`. */
  readonly dialect: Dialect;
  /** The connection pool's use now (PostgreSQL); absent on SQLite (one connection). */
  poolUse?(): PoolUse;
  /**
   * SQLite: from now on the WAL's checkpoints run on a thread of their own
   * (dialect/wal-checkpointer.ts) until `close`; the server starts it once it
   * listens. Scripts and tests, which write little, need not. `onFailure`
   * hears of a thread that failed (the connection then checkpoints itself).
   */
  startCheckpointThread?(onFailure?: (error: Error) => void): Promise<WalCheckpointer>;
  close(): Promise<void>;
}

/** Connections of a pool: open, idle, and queries waiting for one; `max` its size. */
export interface PoolUse {
  total: number;
  idle: number;
  waiting: number;
  max: number;
}

/**
 * Opens SQLite or PostgreSQL by the URL's scheme, with its dialect. The
 * PostgreSQL client and driver are imported only for a PostgreSQL URL.
 */
export async function openDatabase(url: string): Promise<Database> {
  if (providerOf(url) === 'sqlite') return openSqlite(url);
  const { openPostgres } = await import('./dialect/open-postgres');
  return openPostgres(url);
}

export type JsonInput = import('../generated/sqlite/client').Prisma.InputJsonValue;

/** Plain data (already JSON-safe) typed for a Prisma Json column. */
export function asJson(value: unknown): JsonInput {
  return value as JsonInput;
}
