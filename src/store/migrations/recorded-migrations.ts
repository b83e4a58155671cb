import type { Provider } from '../database';

/** What `_prisma_migrations` says: finished migrations, and those that started but failed. */
export interface RecordedMigrations {
  readonly applied: string[];
  readonly failed: string[];
}

export interface MigrationRow {
  readonly migration_name: string;
  readonly finished_at: unknown;
  readonly rolled_back_at: unknown;
}

export const noRecordedMigrations: RecordedMigrations = { applied: [], failed: [] };

/** Returns a row when `_prisma_migrations` exists (in the current schema on PostgreSQL). */
export const migrationsTableExistsSql: Record<Provider, string> = {
  sqlite: `SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`,
  postgresql: `SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename = '_prisma_migrations'`,
};

export const migrationRowsSql = `SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`;

/** Rolled-back rows are history only; a name retried after a failure counts once. */
export function summarizeMigrationRows(rows: readonly MigrationRow[]): RecordedMigrations {
  const live = rows.filter((row) => row.rolled_back_at === null || row.rolled_back_at === undefined);
  const finished = (row: MigrationRow) => row.finished_at !== null && row.finished_at !== undefined;
  const applied = new Set(live.filter(finished).map((row) => row.migration_name));
  const failed = new Set(live.filter((row) => !finished(row)).map((row) => row.migration_name));
  return { applied: [...applied], failed: [...failed].filter((name) => !applied.has(name)) };
}
