import { existsSync } from 'node:fs';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import { providerOf, sqlitePath } from '../database';
import {
  migrationRowsSql,
  migrationsTableExistsSql,
  noRecordedMigrations,
  summarizeMigrationRows,
  type MigrationRow,
  type RecordedMigrations,
} from './recorded-migrations';

/**
 * Reads `_prisma_migrations` through a short-lived plain driver connection
 * (no Prisma client, no engine): cheap enough for every start-up. A database
 * file or a table that does not exist yet has nothing recorded.
 */
export async function readRecordedMigrations(url: string): Promise<RecordedMigrations> {
  const provider = providerOf(url);
  if (provider === 'sqlite' && !existsSync(sqlitePath(url))) return noRecordedMigrations;
  const adapter = await connect(url);
  try {
    const table = await adapter.queryRaw({ sql: migrationsTableExistsSql[provider], args: [], argTypes: [] });
    if (table.rows.length === 0) return noRecordedMigrations;
    const result = await adapter.queryRaw({ sql: migrationRowsSql, args: [], argTypes: [] });
    // Columns in the order migrationRowsSql selects them.
    const rows = result.rows.map(
      (row): MigrationRow => ({ migration_name: String(row[0]), finished_at: row[1], rolled_back_at: row[2] }),
    );
    return summarizeMigrationRows(rows);
  } finally {
    await adapter.dispose();
  }
}

async function connect(url: string): Promise<SqlDriverAdapter> {
  if (providerOf(url) === 'postgresql') {
    const { PrismaPg } = await import('@prisma/adapter-pg');
    return new PrismaPg({ connectionString: url, max: 1 }).connect();
  }
  return new PrismaBetterSqlite3({ url: sqlitePath(url), readonly: true, fileMustExist: true, timeout: 10_000 }).connect();
}
