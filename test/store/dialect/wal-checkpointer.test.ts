import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/database';
import { BACKSTOP_PAGES, startWalCheckpointer } from '../../../src/store/dialect/wal-checkpointer';
import { startTestServer } from '../../support/start-test-server';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sapa-wal-'));
  dirs.push(dir);
  return join(dir, 'sapa.db');
}

/** A connection as the server's: WAL, its automatic checkpoint raised to the backstop. */
function walConnection(path: string): Database {
  const connection = new Database(path);
  connection.pragma('journal_mode = WAL');
  connection.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
  connection.exec('CREATE TABLE filler (id INTEGER PRIMARY KEY, body BLOB NOT NULL)');
  return connection;
}

/** `n` commits of one 4 KiB row each (two pages or so a commit). */
function writeRows(connection: Database, n: number): void {
  const insert = connection.prepare('INSERT INTO filler (body) VALUES (?)');
  for (let i = 0; i < n; i += 1) insert.run(Buffer.alloc(4096, i % 251));
}

async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('WAL checkpoints on their own thread', () => {
  it('copies the committed pages into the database file while the connection writes on', async () => {
    const path = tempFile();
    const connection = walConnection(path);
    writeRows(connection, 600);
    const before = statSync(path).size;
    // Below the backstop nothing copies the WAL back: the file has not grown.
    expect(before).toBeLessThan(600 * 4096);

    const checkpointer = startWalCheckpointer({ path, everyMs: 10, onFailure: (error) => { throw error; } });
    try {
      writeRows(connection, 200);
      await until(() => statSync(path).size >= 800 * 4096);
      writeRows(connection, 200);
      await until(() => checkpointer.stats().copiedPages > 0 && checkpointer.stats().copiedPages === checkpointer.stats().walPages);
      expect(checkpointer.stats().checkpoints).toBeGreaterThan(0);
      expect(connection.prepare('SELECT count(*) AS n FROM filler').get()).toEqual({ n: 1_000 });
    } finally {
      await checkpointer.stop();
      connection.close();
    }
  });

  it('reports a thread that cannot open the file', async () => {
    const failures: Error[] = [];
    const checkpointer = startWalCheckpointer({ path: join(tempFile(), 'no-such-folder', 'x.db'), everyMs: 10, onFailure: (error) => failures.push(error) });
    await until(() => failures.length > 0);
    await checkpointer.stop();
    expect(failures).toHaveLength(1);
    expect(failures[0]!.message).toMatch(/directory does not exist|unable to open/i);
  });

  it('is what the server starts once listening: the backstop on its connection; closing ends the thread and leaves no WAL', async () => {
    const path = tempFile();
    const db = await openDatabase(`file:${path}`);
    const autocheckpoint = async () =>
      Number((await db.prisma.$queryRawUnsafe<Array<{ wal_autocheckpoint: bigint | number }>>('PRAGMA wal_autocheckpoint'))[0]!.wal_autocheckpoint);
    // Opened as scripts and tests open it: SQLite's own checkpoints, no thread.
    expect(await autocheckpoint()).toBe(1_000);
    const checkpointer = await db.startCheckpointThread!();
    expect(await db.startCheckpointThread!()).toBe(checkpointer);
    expect(await autocheckpoint()).toBe(BACKSTOP_PAGES);
    await db.prisma.$executeRawUnsafe('CREATE TABLE t (id INTEGER PRIMARY KEY)');
    await db.prisma.$executeRawUnsafe('INSERT INTO t (id) VALUES (1)');
    await until(() => checkpointer.stats().checkpoints > 0);
    expect(existsSync(`${path}-wal`)).toBe(true);
    await db.close();
    // The last connection to close checkpoints and removes the WAL.
    expect(existsSync(`${path}-wal`)).toBe(false);
    // stop() resolved: the thread has exited, a second stop is a no-op.
    await checkpointer.stop();
  });
  it('hands checkpoints back to the connection, and says so, when the thread fails', async () => {
    const path = tempFile();
    const db = await openDatabase(`file:${path}`);
    // The open connection keeps its file; the thread, opening it by name, finds no folder.
    const moved = `${dirname(path)}-moved`;
    renameSync(dirname(path), moved);
    dirs.push(moved);
    const failures: Error[] = [];
    await db.startCheckpointThread!((error) => failures.push(error));
    await until(() => failures.length > 0);
    const [row] = await db.prisma.$queryRawUnsafe<Array<{ wal_autocheckpoint: bigint | number }>>('PRAGMA wal_autocheckpoint');
    expect(Number(row!.wal_autocheckpoint)).toBe(1_000);
    expect(failures).toHaveLength(1);
    await db.close();
  });

  it('keeps the process alive until the thread has closed, so close() completes with nothing else to wait for', () => {
    const path = tempFile();
    const database = resolve('src/store/database.ts');
    const script = `
      import { openDatabase } from ${JSON.stringify(database)};
      const db = await openDatabase(${JSON.stringify(`file:${path}`)});
      await db.startCheckpointThread();
      await db.prisma.$executeRawUnsafe('CREATE TABLE t (id INTEGER PRIMARY KEY)');
      await db.close();
      console.log('closed');`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
    // Node ends a process whose top-level await can never settle with 13, before the rest of close() runs.
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe('closed');
  });

  it('runs in the server: started once it listens', async () => {
    const server = await startTestServer();
    try {
      const [row] = await server.db.prisma.$queryRawUnsafe<Array<{ wal_autocheckpoint: bigint | number }>>('PRAGMA wal_autocheckpoint');
      expect(Number(row!.wal_autocheckpoint)).toBe(BACKSTOP_PAGES);
    } finally {
      await server.cleanup();
    }
  });
});
