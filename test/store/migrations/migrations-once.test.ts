import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../../src/store/database';
import { applyMigrations } from '../../../src/store/migrations/apply-migrations';
import { listMigrationNames, migrationsDirectory } from '../../../src/store/migrations/migrations-directory';
import { openSchemaEngine } from '../../../src/store/migrations/schema-engine';
import { tempPostgresDatabase, tempSqliteUrl } from './temp-database';

vi.mock('../../../src/store/migrations/schema-engine', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/store/migrations/schema-engine')>();
  return { ...actual, openSchemaEngine: vi.fn(actual.openSchemaEngine) };
});

const serverUrl = process.env.TEST_DATABASE_URL;
if (!serverUrl) console.warn('\n*** SKIPPED: migrating once with several instances needs TEST_DATABASE_URL (CI sets it) ***\n');

/** Records a migration this SAPA has no folder for, as a newer SAPA would have. */
async function recordNewerMigration(url: string): Promise<void> {
  const db = await openDatabase(url);
  try {
    const now = db.provider === 'sqlite' ? Date.now() : new Date();
    const [id, at] = db.provider === 'sqlite' ? ['?', '?'] : ['$1', '$2'];
    await db.prisma.$executeRawUnsafe(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES (${id}, 'x', '29991231000000_from_a_newer_sapa', ${at}, ${at}, 1)`,
      ...(db.provider === 'sqlite' ? ['newer-1', now, now] : ['newer-1', now]),
    );
  } finally {
    await db.close();
  }
}

describe.skipIf(!serverUrl)('four instances starting together on one fresh PostgreSQL database', () => {
  let temp: { url: string; drop(): Promise<void> };
  beforeAll(async () => {
    temp = await tempPostgresDatabase(serverUrl ?? '');
  });
  afterAll(async () => {
    await temp?.drop();
  });

  it('migrate once: one of them applies every migration, the others find nothing left', async () => {
    const committed = await listMigrationNames(migrationsDirectory('postgresql'));
    vi.mocked(openSchemaEngine).mockClear();
    const results = await Promise.all([1, 2, 3, 4].map(() => applyMigrations(temp.url)));
    expect(results.map((r) => r.applied.length).sort((a, b) => a - b)).toEqual([0, 0, 0, committed.length]);
    expect(openSchemaEngine).toHaveBeenCalledTimes(1);
    const db = await openDatabase(temp.url);
    try {
      const rows = await db.prisma.$queryRawUnsafe<Array<{ migration_name: string }>>('SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name');
      expect(rows.map((row) => row.migration_name)).toEqual(committed);
    } finally {
      await db.close();
    }
  });

  it('refuse to start on a schema newer than they know', async () => {
    await recordNewerMigration(temp.url);
    await expect(applyMigrations(temp.url)).rejects.toThrow(/schema\.newer.*29991231000000_from_a_newer_sapa/);
  });
});

describe('an instance on a SQLite database migrated by a newer SAPA', () => {
  const temp = tempSqliteUrl();
  afterAll(() => temp.remove());

  it('refuses to start, naming the migrations it does not know', async () => {
    await applyMigrations(temp.url);
    await recordNewerMigration(temp.url);
    vi.mocked(openSchemaEngine).mockClear();
    await expect(applyMigrations(temp.url)).rejects.toThrow(/schema\.newer.*29991231000000_from_a_newer_sapa/);
    expect(openSchemaEngine).not.toHaveBeenCalled();
  });
});
