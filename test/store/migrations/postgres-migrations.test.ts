import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Database } from '../../../src/store/database';
import { applyMigrations } from '../../../src/store/migrations/apply-migrations';
import { isUpToDate, migrationStatus } from '../../../src/store/migrations/migration-status';
import { migrationState } from '../../../src/store/migrations/migration-state';
import { listMigrationNames, migrationsDirectory } from '../../../src/store/migrations/migrations-directory';
import { openSchemaEngine } from '../../../src/store/migrations/schema-engine';
import { diffDatabaseToSchema } from '../../../src/store/migrations/schema-diff';
import { committedSchema, tempPostgresDatabase } from './temp-database';

vi.mock('../../../src/store/migrations/schema-engine', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/store/migrations/schema-engine')>();
  return { ...actual, openSchemaEngine: vi.fn(actual.openSchemaEngine) };
});

const serverUrl = process.env.TEST_DATABASE_URL;
if (!serverUrl) {
  console.warn(
    '\n*** SKIPPED: PostgreSQL migration tests (set TEST_DATABASE_URL=postgresql://... to run them; CI does) ***\n',
  );
}

describe.skipIf(!serverUrl)('migrations on a fresh PostgreSQL database (TEST_DATABASE_URL)', () => {
  let temp: { url: string; drop(): Promise<void> };
  let db: Database;
  let committed: string[];

  beforeAll(async () => {
    committed = await listMigrationNames(migrationsDirectory('postgresql'));
    temp = await tempPostgresDatabase(serverUrl ?? '');
    db = await openDatabase(temp.url);
  });
  afterAll(async () => {
    await db?.close();
    await temp?.drop();
  });

  it('sees every committed migration as pending before', async () => {
    expect(committed.length).toBeGreaterThan(0);
    expect(await migrationState(db)).toEqual({ applied: [], pending: committed });
  });

  it('applies them once and records them', async () => {
    expect(await applyMigrations(temp.url)).toEqual({ applied: committed });
    expect(await migrationState(db)).toEqual({ applied: committed, pending: [] });

    vi.mocked(openSchemaEngine).mockClear();
    expect(await applyMigrations(temp.url)).toEqual({ applied: [] });
    expect(openSchemaEngine).not.toHaveBeenCalled();
    const rows = await db.prisma.$queryRawUnsafe<Array<{ migration_name: string }>>(
      'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name',
    );
    expect(rows.map((row) => row.migration_name)).toEqual(committed);
  });

  it('leaves a database with no difference from schema.prisma', async () => {
    const session = await openSchemaEngine(temp.url);
    try {
      expect(await diffDatabaseToSchema(session, committedSchema('postgresql'))).toBeNull();
    } finally {
      await session.close();
    }
  });

  it('reports the database up to date, without drift', async () => {
    const status = await migrationStatus(temp.url);
    expect(status).toMatchObject({ applied: committed, pending: [], drift: null });
    expect(isUpToDate(status)).toBe(true);
  });
});
