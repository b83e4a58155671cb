import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textUpdate } from '../../../bench/lib/telegram-updates';
import { systemClock } from '../../../src/clock';
import { openDatabase } from '../../../src/store/database';
import { isUpToDate, migrationStatus } from '../../../src/store/migrations/migration-status';
import { startFakeBotApi, type FakeBotApi } from '../../support/fake-bot-api';
import { startTestServer } from '../../support/start-test-server';
import { projectRoot } from '../migrations/temp-database';

const SECRET = 'backup_secret';

/** `npm run <script> -- args` as an operator runs it; resolves with its exit code and output. */
function npmRun(script: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], { cwd: projectRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => resolve({ code, output }));
  });
}

describe('npm run backup while SAPA writes turns, and npm run restore', () => {
  let api: FakeBotApi;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const dir = mkdtempSync(join(tmpdir(), 'sapa-backup-'));
  const backupDir = join(dir, 'backups');
  let backupFile = '';

  beforeAll(async () => {
    api = await startFakeBotApi();
    server = await startTestServer({
      SEED_DEMO: 'false',
      DEV_CHAT: 'false',
      TELEGRAM_BOT_TOKEN: api.token,
      TELEGRAM_API_ROOT: api.apiRoot,
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      PUBLIC_URL: 'https://sapa.test.example',
    }, systemClock);
  });
  afterAll(async () => {
    await server?.cleanup();
    await api?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('copies every turn committed before the backup started, while turns keep committing; the copy restores to a new file and passes the schema check', { timeout: 240_000 }, async () => {
    for (let i = 0; (await fetch(`${server.url}/ready`)).status !== 200; i += 1) {
      if (i > 200) throw new Error('not ready');
      await new Promise((r) => setTimeout(r, 50));
    }
    // Chats talking through the real webhook: an update answered 200 has committed.
    const committed: number[] = [];
    let stop = false;
    const workers = Array.from({ length: 6 }, async (_, w) => {
      for (let n = 0; !stop; n += 1) {
        const update = textUpdate(8_000 + w * 100 + (n % 50), n % 2 ? 'saldo' : 'halo');
        const status = await fetch(`${server.url}/telegram/webhook`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
          body: JSON.stringify(update),
        }).then((r) => r.status);
        if (status === 200) committed.push(update.update_id as number);
      }
    });
    while (committed.length < 150) await new Promise((r) => setTimeout(r, 20));

    const beforeBackup = [...committed];
    const backup = await npmRun('backup', [], { DATABASE_URL: server.db.url, BACKUP_DIR: backupDir });
    const duringBackup = committed.length - beforeBackup.length;
    stop = true;
    await Promise.all(workers);

    expect(backup.code, backup.output).toBe(0);
    expect(duringBackup, 'turns committed while the backup ran').toBeGreaterThan(0);
    const files = readdirSync(backupDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^sapa-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.db$/);
    backupFile = join(backupDir, files[0]!);
    expect(existsSync(`${backupFile}-wal`)).toBe(false);

    const restoredPath = join(dir, 'restored', 'sapa.db');
    const restore = await npmRun('restore', [backupFile], { DATABASE_URL: `file:${restoredPath}` });
    expect(restore.code, restore.output).toBe(0);
    expect(isUpToDate(await migrationStatus(`file:${restoredPath}`))).toBe(true);

    const restored = await openDatabase(`file:${restoredPath}`);
    try {
      const events = await restored.prisma.processedEvent.findMany({ where: { channel: 'TELEGRAM' }, select: { eventId: true } });
      const inCopy = new Set(events.map((e) => Number(e.eventId)));
      const missing = beforeBackup.filter((id) => !inCopy.has(id));
      expect(missing, 'turns committed before the backup started').toEqual([]);
      // Nothing in the copy that was never committed.
      const everCommitted = new Set(committed);
      expect([...inCopy].filter((id) => !everCommitted.has(id))).toEqual([]);
      // Each turn's session row came with it.
      expect(await restored.prisma.conversationSession.count({ where: { channel: 'TELEGRAM' } })).toBeGreaterThan(0);
    } finally {
      await restored.close();
    }
  });

  it('refuses to restore over the database of a running SAPA', { timeout: 120_000 }, async () => {
    const res = await npmRun('restore', [backupFile], { DATABASE_URL: server.db.url });
    expect(res.code).toBe(1);
    expect(res.output).toMatch(/restore refused: .* is open in process \d+/);
    expect(res.output).toContain(String(process.pid));
  });

  it('refuses a file that is not a SAPA database, and one whose schema is newer than this SAPA', { timeout: 240_000 }, async () => {
    const target = join(dir, 'target', 'sapa.db');
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'not a database at all, just some text that is long enough to look like a file header '.repeat(10));
    const other = join(dir, 'other.db');
    const otherDb = new Database(other);
    otherDb.exec('CREATE TABLE things (id INTEGER PRIMARY KEY)');
    otherDb.close();
    const newer = join(dir, 'newer.db');
    copyFileSync(backupFile, newer);
    const newerDb = new Database(newer);
    newerDb
      .prepare("INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ('x', 'x', '29991231000000_from_the_future', 0, 1, 1)")
      .run();
    newerDb.close();

    for (const [file, reason] of [
      [text, /not a SQLite database/],
      [other, /not a SAPA database/],
      [newer, /newer than this SAPA: 29991231000000_from_the_future/],
      [join(dir, 'missing.db'), /no file at/],
    ] as const) {
      const res = await npmRun('restore', [file], { DATABASE_URL: `file:${target}` });
      expect(res.code, file).toBe(1);
      expect(res.output, file).toMatch(reason);
      expect(existsSync(target), file).toBe(false);
    }
  });
});
