import { cpSync } from 'node:fs';
import { join } from 'node:path';
import type { Provider } from '../../../src/store/database';
import { applyMigrations } from '../../../src/store/migrations/apply-migrations';
import { listMigrationNames, migrationsDirectory } from '../../../src/store/migrations/migrations-directory';
import { testPostgresUrl } from '../../support/test-database';
import { tempFolder, tempPostgresDatabase, tempSqliteUrl } from './temp-database';

/**
 * A temporary database of `provider` as it stood just before `migration`:
 * a test writes rows the way older code did, then applies the rest
 * (`applyMigrations(url)`) and checks what the migration made of them.
 */
export async function migratedUpTo(provider: Provider, migration: string): Promise<{ url: string; drop(): Promise<void> }> {
  const directory = migrationsDirectory(provider);
  const before = tempFolder();
  for (const name of (await listMigrationNames(directory)).filter((n) => n < migration)) cpSync(join(directory, name), join(before.path, name), { recursive: true });
  const database = provider === 'postgresql' ? await tempPostgresDatabase(testPostgresUrl!) : sqliteDatabase();
  try {
    await applyMigrations(database.url, { directory: before.path });
  } catch (error) {
    await database.drop();
    throw error;
  } finally {
    before.remove();
  }
  return database;
}

function sqliteDatabase(): { url: string; drop(): Promise<void> } {
  const temp = tempSqliteUrl();
  return { url: temp.url, drop: async () => temp.remove() };
}
