import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { PrismaClient as SqliteClient } from '../../generated/sqlite/client';
import type { Database, Prisma } from '../database';
import { sqlitePath } from '../database-url';
import type { SqliteConnection } from '../sqlite-connection';
import { sqliteAdapter } from './sqlite-adapter';
import { sqliteDialect } from './sqlite-dialect';
import type { WriterLock } from './writer-lock';

/** Opens a SQLite file (created with its folder if missing): WAL, a busy timeout, foreign keys on. */
export async function openSqlite(url: string): Promise<Database> {
  const path = sqlitePath(url);
  mkdirSync(dirname(path), { recursive: true });
  let opened: { connection: SqliteConnection; lock: WriterLock } | null = null;
  const adapter = sqliteAdapter({ path, timeout: 10_000 }, (connection, lock) => (opened = { connection, lock }));
  const client = new SqliteClient({ adapter });
  await client.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  await client.$executeRawUnsafe('PRAGMA synchronous = NORMAL');
  await client.$executeRawUnsafe('PRAGMA busy_timeout = 10000');
  await client.$executeRawUnsafe('PRAGMA foreign_keys = ON');
  if (!opened) throw new Error('the SQLite adapter did not expose its connection');
  const { connection, lock } = opened as { connection: SqliteConnection; lock: WriterLock };
  const dialect = sqliteDialect(connection, lock);
  const prisma = client.$extends({ client: { $dialect: dialect } }) as unknown as Prisma;
  return { prisma, provider: 'sqlite', url: `file:${path}`, dialect, close: () => prisma.$disconnect() };
}
