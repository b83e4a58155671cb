import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as SqliteClient } from '../generated/sqlite/client';
import { PrismaClient as PostgresClient } from '../generated/postgresql/client';

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
  close(): Promise<void>;
}

export function providerOf(url: string): Provider {
  return url.startsWith('file:') ? 'sqlite' : 'postgresql';
}

/** Absolute path of a `file:` URL, relative paths taken from the working directory. */
export function sqlitePath(url: string): string {
  return resolve(url.replace(/^file:/, '').replace(/\?.*$/, ''));
}

/** Opens SQLite (WAL, busy timeout) or PostgreSQL by the URL's scheme. */
export async function openDatabase(url: string): Promise<Database> {
  const provider = providerOf(url);
  if (provider === 'sqlite') {
    const path = sqlitePath(url);
    mkdirSync(dirname(path), { recursive: true });
    const prisma = new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: `file:${path}`, timeout: 10_000 }) });
    await prisma.$queryRawUnsafe('PRAGMA journal_mode = WAL');
    await prisma.$executeRawUnsafe('PRAGMA synchronous = NORMAL');
    await prisma.$executeRawUnsafe('PRAGMA busy_timeout = 10000');
    await prisma.$executeRawUnsafe('PRAGMA foreign_keys = ON');
    return { prisma, provider, url: `file:${path}`, close: () => prisma.$disconnect() };
  }
  const prisma = new PostgresClient({ adapter: new PrismaPg({ connectionString: url, max: 20 }) }) as unknown as Prisma;
  return { prisma, provider, url, close: () => prisma.$disconnect() };
}

export type JsonInput = import('../generated/sqlite/client').Prisma.InputJsonValue;

/** Plain data (already JSON-safe) typed for a Prisma Json column. */
export function asJson(value: unknown): JsonInput {
  return value as JsonInput;
}
