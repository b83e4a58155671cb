import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { providerOf, sqlitePath } from '../database';
import { listMigrationNames, migrationsDirectory, readMigrationList } from './migrations-directory';
import { readRecordedMigrations } from './read-recorded-migrations';

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
 * folder, the Wasm engine is not even loaded.
 * @throws MigrationError when a migration fails or one failed before (P3009).
 */
export async function applyMigrations(url: string, options: ApplyMigrationsOptions = {}): Promise<ApplyMigrationsResult> {
  const provider = providerOf(url);
  const directory = options.directory ?? migrationsDirectory(provider);
  const [onDisk, recorded] = await Promise.all([listMigrationNames(directory), readRecordedMigrations(url)]);
  const done = new Set(recorded.applied);
  if (recorded.failed.length === 0 && onDisk.every((name) => done.has(name))) return { applied: [] };

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
}
