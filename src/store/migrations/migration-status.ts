import { existsSync } from 'node:fs';
import type { DiagnoseMigrationHistoryOutput } from '@prisma/schema-engine-wasm';
import { providerOf, sqlitePath, type Provider } from '../database';
import { MigrationError } from './migration-error';
import { listMigrationNames, migrationsDirectory, readMigrationList } from './migrations-directory';
import { readRecordedMigrations } from './read-recorded-migrations';
import { noSchemaFilter, openSchemaEngine } from './schema-engine';
import { diffMigrationsToDatabase } from './schema-diff';

export interface MigrationStatusOptions {
  /** Defaults to this project's `prisma/<provider>/migrations`. */
  readonly directory?: string;
  /** PostgreSQL only: shadow database for the drift check instead of a throwaway one. */
  readonly shadowDatabaseUrl?: string | undefined;
}

export interface MigrationStatus {
  readonly applied: string[];
  readonly pending: string[];
  /** Started and never finished: fix by hand, then mark rolled back or applied. */
  readonly failed: string[];
  /** Applied, but the migration.sql changed since. */
  readonly edited: string[];
  /** Recorded in the database, but no folder on disk. */
  readonly unknown: string[];
  /** How the live schema differs from what the migrations build; checked only when nothing is pending. */
  readonly drift: string | null;
}

/** `prisma migrate status`, plus a drift check of the live schema against the migrations. */
export async function migrationStatus(url: string, options: MigrationStatusOptions = {}): Promise<MigrationStatus> {
  const provider = providerOf(url);
  const directory = options.directory ?? migrationsDirectory(provider);
  const [onDisk, recorded, migrationsList] = await Promise.all([
    listMigrationNames(directory),
    readRecordedMigrations(url),
    readMigrationList(directory),
  ]);
  const done = new Set(recorded.applied);
  const pending = onDisk.filter((name) => !done.has(name));
  if (provider === 'sqlite' && !existsSync(sqlitePath(url))) {
    return { applied: [], pending, failed: [], edited: [], unknown: [], drift: null };
  }
  const session = await openSchemaEngine(url, { shadowDatabaseUrl: options.shadowDatabaseUrl });
  try {
    const diagnosis = await session
      .run((engine) => engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: noSchemaFilter }))
      .catch(nothingAppliedOnP1014);
    const checkDrift = pending.length === 0 && recorded.failed.length === 0 && onDisk.length > 0;
    const drift = checkDrift ? await diffMigrationsToDatabase(session, migrationsList, datasourceOnly(provider)) : null;
    return {
      applied: recorded.applied,
      pending,
      failed: diagnosis?.failedMigrationNames ?? [],
      edited: diagnosis?.editedMigrationNames ?? [],
      unknown: recorded.applied.filter((name) => !onDisk.includes(name)),
      drift,
    };
  } finally {
    await session.close();
  }
}

/** True when the database has every migration, nothing failed or edited, and no drift. */
export function isUpToDate(status: MigrationStatus): boolean {
  return (
    status.pending.length + status.failed.length + status.edited.length + status.unknown.length === 0 &&
    status.drift === null
  );
}

/** A fresh database has no `_prisma_migrations` yet: SQLite reports it as P1014. */
function nothingAppliedOnP1014(error: unknown): DiagnoseMigrationHistoryOutput | null {
  if (error instanceof MigrationError && error.code === 'P1014') return null;
  throw error;
}

function datasourceOnly(provider: Provider) {
  return { path: 'schema.prisma', content: `datasource db {\n  provider = "${provider}"\n}\n` };
}
