import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { inspectSqliteFile } from '../dialect/sqlite-file';
import { migrationStatus } from '../migrations/migration-status';
import { processesUsing } from './processes-using';

export class RestoreRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefused';
  }
}

export interface SqliteRestore {
  /** Migrations the restored database has. */
  applied: number;
  /** Migrations SAPA will apply at its next start (the backup came from an older SAPA). */
  pending: string[];
  /** Where the database that was replaced went, if there was one. */
  previous: string | null;
  /** False where no process list could be read (not Linux): nothing checked that SAPA is stopped. */
  checkedStopped: boolean;
}

/**
 * Puts a backup back as the SQLite database at `targetPath`. Refused while a
 * process has the target open (SAPA running on it), for a file that is not a
 * SAPA database, and for a schema this SAPA does not know (migrations newer
 * than it, failed or edited ones, or drift from what its migrations build).
 * An older backup is accepted: SAPA applies the missing migrations when it
 * starts. The database it replaces is kept beside it (`.before-restore-<time>`).
 */
export async function restoreSqlite(file: string, targetPath: string, now: Date): Promise<SqliteRestore> {
  if (!existsSync(file)) throw new RestoreRefused(`no file at ${file}`);
  const users = processesUsing(targetPath);
  if (users && users.length > 0) {
    throw new RestoreRefused(`${targetPath} is open in process ${users.join(', ')} (SAPA running on it?): stop it first`);
  }
  const inspected = inspectSqliteFile(file);
  if (!inspected.ok) throw new RestoreRefused(inspected.problem);
  mkdirSync(dirname(targetPath), { recursive: true });
  const staged = `${targetPath}.restoring`;
  rmSync(staged, { force: true });
  copyFileSync(file, staged);
  try {
    const status = await migrationStatus(`file:${staged}`);
    const problems = [
      status.unknown.length ? `migrations newer than this SAPA: ${status.unknown.join(', ')} (restore it with the SAPA version that wrote it)` : '',
      status.failed.length ? `failed migrations: ${status.failed.join(', ')}` : '',
      status.edited.length ? `migrations edited after they were applied: ${status.edited.join(', ')}` : '',
      status.drift ? `the schema differs from what the migrations build:\n${status.drift}` : '',
    ].filter(Boolean);
    if (status.applied.length === 0) problems.push('no migration applied: not a SAPA database');
    if (problems.length > 0) throw new RestoreRefused(problems.join('\n'));
    let previous: string | null = null;
    if (existsSync(targetPath)) {
      previous = `${targetPath}.before-restore-${now.toISOString().slice(0, 19).replaceAll(':', '-')}Z`;
      renameSync(targetPath, previous);
      for (const suffix of ['-wal', '-shm']) {
        if (existsSync(`${targetPath}${suffix}`)) renameSync(`${targetPath}${suffix}`, `${previous}${suffix}`);
      }
    }
    renameSync(staged, targetPath);
    return { applied: status.applied.length, pending: status.pending, previous, checkedStopped: users !== null };
  } finally {
    rmSync(staged, { force: true });
    rmSync(`${staged}-journal`, { force: true });
  }
}
