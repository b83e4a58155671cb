import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMigration } from '../../../src/store/migrations/create-migration';
import { MigrationError } from '../../../src/store/migrations/migration-error';
import { committedSchema, tempFolder } from './temp-database';

describe('createMigration (SQLite, no database needed)', () => {
  const folder = tempFolder();
  const schema = committedSchema('sqlite');
  afterAll(() => folder.remove());

  it('writes the first migration and the lock file into an empty folder', async () => {
    const directory = join(folder.path, 'first');
    const now = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));
    const created = await createMigration({ provider: 'sqlite', name: 'Add leave', schema, directory, now });

    expect(created).toBe('20260102030405_add_leave');
    const sql = readFileSync(join(directory, '20260102030405_add_leave', 'migration.sql'), 'utf8');
    expect(sql).toContain('CREATE TABLE "Employee"');
    expect(readFileSync(join(directory, 'migration_lock.toml'), 'utf8')).toContain('provider = "sqlite"');
  });

  it('writes nothing when the migrations already build the schema', async () => {
    const directory = join(folder.path, 'first');
    const created = await createMigration({ provider: 'sqlite', name: 'again', schema, directory });
    expect(created).toBeNull();
  });

  it('refuses a folder locked to another provider', async () => {
    const directory = folder.path;
    writeFileSync(join(directory, 'migration_lock.toml'), 'provider = "postgresql"\n');
    const attempt = createMigration({ provider: 'sqlite', name: 'init', schema, directory });
    await expect(attempt).rejects.toBeInstanceOf(MigrationError);
    await expect(attempt).rejects.toMatchObject({ code: 'P3019' });
    expect(existsSync(join(directory, 'first', 'migration_lock.toml'))).toBe(true);
  });
});
