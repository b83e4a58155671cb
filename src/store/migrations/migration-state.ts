import type { Database } from '../database';
import { listMigrationNames, migrationsDirectory } from './migrations-directory';
import {
  migrationRowsSql,
  migrationsTableExistsSql,
  summarizeMigrationRows,
  type MigrationRow,
} from './recorded-migrations';

export interface MigrationState {
  /** Migrations finished on this database, in the order they ran. */
  readonly applied: string[];
  /** Migration folders on disk not (successfully) applied yet, oldest first. */
  readonly pending: string[];
}

/**
 * Compares `_prisma_migrations` with the migration folders, using only the
 * open client (no engine): cheap enough for a readiness probe. A missing
 * table means nothing is applied.
 */
export async function migrationState(
  db: Database,
  directory: string = migrationsDirectory(db.provider),
): Promise<MigrationState> {
  const [onDisk, tables] = await Promise.all([
    listMigrationNames(directory),
    db.prisma.$queryRawUnsafe<unknown[]>(migrationsTableExistsSql[db.provider]),
  ]);
  const rows = tables.length === 0 ? [] : await db.prisma.$queryRawUnsafe<MigrationRow[]>(migrationRowsSql);
  const { applied } = summarizeMigrationRows(rows);
  const done = new Set(applied);
  return { applied, pending: onDisk.filter((name) => !done.has(name)) };
}
