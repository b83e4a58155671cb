import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { providerOf, sqlitePath } from '../database';
import { listMigrationNames, migrationsDirectory, readMigrationList } from './migrations-directory';
import { MigrationError } from './migration-error';
import { readRecordedMigrations } from './read-recorded-migrations';
import { withMigrationLock } from './with-migration-lock';

export interface ApplyMigrationsOptions {
  /** Defaults to this project's `prisma/<provider>/migrations`. */
  readonly directory?: string;
}

export interface ApplyMigrationsResult {
  /** Migrations applied by this call, oldest first; empty when the database was up to date. */
  readonly applied: string[];
}

/**
 * `prisma migrate deploy` without the native engine: applies the pending
 * migration folders to `url` (`file:...` or `postgresql://...`) and records
 * them in `_prisma_migrations`. When `_prisma_migrations` already lists every
 * folder, the Wasm engine is not even loaded. On PostgreSQL the work is done
 * under an advisory lock, so instances starting together migrate once.
 * @throws MigrationError when a migration fails or one failed before (P3009),
 *   or `schema.newer` when the database has migrations this SAPA does not know
 *   (a newer version migrated it): starting would run old code on a new schema.
 */
export async function applyMigrations(url: string, options: ApplyMigrationsOptions = {}): Promise<ApplyMigrationsResult> {
  const provider = providerOf(url);
  const directory = options.directory ?? migrationsDirectory(provider);
  const upToDate = await checkRecorded(url, directory);
  if (upToDate) return { applied: [] };
  return withMigrationLock(url, async () => {
    // Another instance may have migrated while this one waited for the lock.
    if (await checkRecorded(url, directory)) return { applied: [] };
    if (provider === 'sqlite') mkdirSync(dirname(sqlitePath(url)), { recursive: true });
    const migrationsList = await readMigrationList(directory);
    // The engine and its drivers load only when there is something to apply.
    const { noSchemaFilter, openSchemaEngine } = await import('./schema-engine');
    const session = await openSchemaEngine(url);
    try {
      const output = await session.run((engine) => engine.applyMigrations({ migrationsList, filters: noSchemaFilter }));
      return { applied: output.appliedMigrationNames };
    } finally {
      await session.close();
    }
  });
}

/** True when every migration on disk is applied and none failed; throws when the database knows migrations this SAPA does not. */
async function checkRecorded(url: string, directory: string): Promise<boolean> {
  const [onDisk, recorded] = await Promise.all([listMigrationNames(directory), readRecordedMigrations(url)]);
  const known = new Set(onDisk);
  const newer = recorded.applied.filter((name) => !known.has(name));
  if (newer.length > 0) {
    throw new MigrationError(
      'schema.newer',
      `the database schema is newer than this SAPA knows (applied migrations not in prisma/: ${newer.join(', ')}). ` +
        'Run the SAPA version that migrated it, or restore a backup taken before the upgrade.',
    );
  }
  const done = new Set(recorded.applied);
  return recorded.failed.length === 0 && onDisk.every((name) => done.has(name));
}
