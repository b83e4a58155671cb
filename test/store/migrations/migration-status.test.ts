import { cpSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/database';
import { applyMigrations } from '../../../src/store/migrations/apply-migrations';
import { isUpToDate, migrationStatus } from '../../../src/store/migrations/migration-status';
import { listMigrationNames, migrationsDirectory } from '../../../src/store/migrations/migrations-directory';
import { tempFolder, tempSqliteUrl } from './temp-database';

describe('migrationStatus on SQLite', () => {
  const temp = tempSqliteUrl();
  const folder = tempFolder();
  const directory = join(folder.path, 'migrations');
  cpSync(migrationsDirectory('sqlite'), directory, { recursive: true });
  afterAll(() => {
    temp.remove();
    folder.remove();
  });

  it('lists every migration as pending on a fresh, empty database', async () => {
    await (await openDatabase(temp.url)).close();
    const names = await listMigrationNames(directory);
    const status = await migrationStatus(temp.url, { directory });
    expect(status).toEqual({ applied: [], pending: names, failed: [], edited: [], unknown: [], drift: null });
    expect(isUpToDate(status)).toBe(false);
  });

  it('is up to date once they are applied', async () => {
    await applyMigrations(temp.url, { directory });
    const status = await migrationStatus(temp.url, { directory });
    expect(status.pending).toEqual([]);
    expect(isUpToDate(status)).toBe(true);
  });

  it('reports a table added by hand as drift, and a migration edited after it was applied', async () => {
    const db = await openDatabase(temp.url);
    await db.prisma.$executeRawUnsafe('CREATE TABLE "HandMade" ("id" INTEGER PRIMARY KEY)');
    await db.close();
    const [first] = await listMigrationNames(directory);
    appendFileSync(join(directory, first ?? '', 'migration.sql'), '\n-- edited\n');

    const status = await migrationStatus(temp.url, { directory });
    expect(status.drift).toContain('HandMade');
    expect(status.edited).toEqual([first]);
    expect(isUpToDate(status)).toBe(false);
  });
});
