import Database from 'better-sqlite3';

/** Pages per backup step: all of them, so the copy is taken in one read transaction (see below). */
const ALL_PAGES = 0x7fffffff;

/**
 * Copies the SQLite database at `sourcePath`, which SAPA may be writing to,
 * to `targetPath` through SQLite's online backup API (better-sqlite3's
 * `backup`). The pages are copied in one step, i.e. inside one read
 * transaction: the copy is the database as it stood at that moment, every
 * transaction committed before it included and none half, and in WAL mode
 * SAPA's writes are not held up. A copy made in several steps would start
 * over whenever SAPA commits in between, which under load might never end.
 * The copy is checked (`quick_check`) and made one self-contained file
 * (journal mode DELETE: no -wal beside it).
 */
export async function copySqliteOnline(sourcePath: string, targetPath: string): Promise<void> {
  const source = new Database(sourcePath, { fileMustExist: true, timeout: 10_000 });
  try {
    await source.backup(targetPath, { progress: () => ALL_PAGES });
  } finally {
    source.close();
  }
  const copy = new Database(targetPath, { fileMustExist: true });
  try {
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`the copy failed its check: ${String(check)}`);
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/** What a file is, for a restore: a sound SQLite database with SAPA's migration table, or why not. */
export function inspectSqliteFile(path: string): { ok: true } | { ok: false; problem: string } {
  let db: Database;
  try {
    db = new Database(path, { fileMustExist: true, readonly: true });
  } catch (error) {
    return { ok: false, problem: `not a SQLite database: ${(error as Error).message}` };
  }
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') return { ok: false, problem: `the file failed its check: ${String(check)}` };
    const table = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    return table ? { ok: true } : { ok: false, problem: 'not a SAPA database (no _prisma_migrations table)' };
  } catch (error) {
    return { ok: false, problem: `not a SQLite database: ${(error as Error).message}` };
  } finally {
    db.close();
  }
}
