import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient as SqliteClient } from '../generated/sqlite/client';
import { oneWriterSqliteAdapter } from './one-writer-sqlite-adapter';
import type { SqliteConnection } from './sqlite-connection';

/**
 * The one Prisma client type the code is written against. Both generated
 * clients come from the same models (prisma/models.prisma), so the
 * PostgreSQL client has the same API at run time.
 */
export type Prisma = SqliteClient;
export type Tx = Omit<Prisma, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;
export type Provider = 'sqlite' | 'postgresql';

export interface Database {
  readonly prisma: Prisma;
  readonly provider: Provider;
  readonly url: string;
  /**
   * On SQLite, the one connection Prisma's adapter uses. Statements run on it
   * inside a Prisma transaction belong to that transaction (oneWriterSqliteAdapter
   * holds the connection from BEGIN to COMMIT): the hot path of a turn uses it
   * for its few fixed statements. Null on PostgreSQL.
   */
  readonly sqlite: SqliteConnection | null;
  close(): Promise<void>;
}

export function providerOf(url: string): Provider {
  return url.startsWith('file:') ? 'sqlite' : 'postgresql';
}

/** Absolute path of a `file:` URL, relative paths taken from the working directory. */
export function sqlitePath(url: string): string {
  return resolve(url.replace(/^file:/, '').replace(/\?.*$/, ''));
}

/**
 * Opens SQLite (WAL, busy timeout) or PostgreSQL by the URL's scheme. The
 * PostgreSQL client and driver are imported only for a PostgreSQL URL.
 */
export async function openDatabase(url: string): Promise<Database> {
  const provider = providerOf(url);
  if (provider === 'sqlite') {
    const path = sqlitePath(url);
    mkdirSync(dirname(path), { recursive: true });
    let connection: SqliteConnection | null = null;
    const adapter = oneWriterSqliteAdapter(new PrismaBetterSqlite3({ url: `file:${path}`, timeout: 10_000 }), (c) => (connection = c));
    const prisma = new SqliteClient({ adapter });
    await prisma.$queryRawUnsafe('PRAGMA journal_mode = WAL');
    await prisma.$executeRawUnsafe('PRAGMA synchronous = NORMAL');
    await prisma.$executeRawUnsafe('PRAGMA busy_timeout = 10000');
    await prisma.$executeRawUnsafe('PRAGMA foreign_keys = ON');
    if (!connection) throw new Error('the SQLite adapter did not expose its connection');
    return { prisma, provider, url: `file:${path}`, sqlite: connection, close: () => prisma.$disconnect() };
  }
  const [{ PrismaPg }, { PrismaClient: PostgresClient }] = await Promise.all([
    import('@prisma/adapter-pg'),
    import('../generated/postgresql/client'),
  ]);
  const prisma = new PostgresClient({ adapter: new PrismaPg({ connectionString: url, max: 20 }) }) as unknown as Prisma;
  return { prisma, provider, url, sqlite: null, close: () => prisma.$disconnect() };
}

export type JsonInput = import('../generated/sqlite/client').Prisma.InputJsonValue;

/** Plain data (already JSON-safe) typed for a Prisma Json column. */
export function asJson(value: unknown): JsonInput {
  return value as JsonInput;
}
