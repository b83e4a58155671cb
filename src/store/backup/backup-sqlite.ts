import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { copySqliteOnline } from '../dialect/sqlite-file';

export interface SqliteBackup {
  file: string;
  bytes: number;
}

/** `sapa-2026-12-06T21-30-05Z.db`: sorts by time, no characters a file system refuses. */
export function backupFileName(now: Date): string {
  return `sapa-${now.toISOString().slice(0, 19).replaceAll(':', '-')}Z.db`;
}

/**
 * Writes a consistent copy of the SQLite database at `sourcePath`, which a
 * running SAPA may be writing to, into `directory` as `sapa-<UTC time>.db`
 * (SQLite's online backup, in one read transaction: copySqliteOnline). The
 * copy gets its name only once it is complete and checked.
 */
export async function backupSqlite(sourcePath: string, directory: string, now: Date): Promise<SqliteBackup> {
  if (!existsSync(sourcePath)) throw new Error(`no SQLite database at ${sourcePath}`);
  mkdirSync(directory, { recursive: true });
  const file = join(directory, backupFileName(now));
  if (existsSync(file)) throw new Error(`${file} exists already`);
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  try {
    await copySqliteOnline(sourcePath, partial);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  renameSync(partial, file);
  return { file, bytes: statSync(file).size };
}
