import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { PrismaClient as SqliteClient } from '../../generated/sqlite/client';
import type { Database, Prisma } from '../database';
import { sqlitePath } from '../database-url';
import type { SqliteConnection } from '../sqlite-connection';
import { sqliteAdapter } from './sqlite-adapter';
import { sqliteDialect } from './sqlite-dialect';
import { BACKSTOP_PAGES, DEFAULT_AUTOCHECKPOINT_PAGES, startWalCheckpointer, type WalCheckpointer } from './wal-checkpointer';
import { alone, type WriterLock } from './writer-lock';

/** Milliseconds between the checkpoint thread's checkpoints. */
const CHECKPOINT_EVERY_MS = 100;

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
  // A turn's savepoint keeps the pages its writes change in a sub-journal,
  // which SQLite writes to a temporary file once it passes 64 KiB: a batch of
  // six turns opened one and made 34 more write() calls a turn. In memory it
  // lasts as long as the savepoint. Sorts too stay in memory; SAPA's are
  // bounded (lists are paged, sweeps batched).
  await client.$executeRawUnsafe('PRAGMA temp_store = MEMORY');
  if (!opened) throw new Error('the SQLite adapter did not expose its connection');
  const { connection, lock } = opened as { connection: SqliteConnection; lock: WriterLock };
  const dialect = sqliteDialect(connection, lock);
  const prisma = client.$extends({ client: { $dialect: dialect } }) as unknown as Prisma;
  let checkpointer: Promise<WalCheckpointer> | null = null;
  const startThread = async (onFailure: (error: Error) => void) => {
    // The backstop first: a thread that fails at once then puts the default back after it.
    await alone(lock, () => connection.exec(`PRAGMA wal_autocheckpoint = ${BACKSTOP_PAGES}`));
    return startWalCheckpointer({
      path,
      everyMs: CHECKPOINT_EVERY_MS,
      onFailure: (error) => {
        // Without the thread the connection checkpoints as SQLite does by default.
        void alone(lock, () => connection.exec(`PRAGMA wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT_PAGES}`));
        onFailure(error);
      },
    });
  };
  return {
    prisma,
    provider: 'sqlite',
    url: `file:${path}`,
    dialect,
    startCheckpointThread: (onFailure = () => undefined) => (checkpointer ??= startThread(onFailure)),
    async close() {
      // The thread's connection closes first, so the main connection, the last, checkpoints and removes the WAL.
      await (await checkpointer)?.stop();
      await prisma.$disconnect();
    },
  };
}
