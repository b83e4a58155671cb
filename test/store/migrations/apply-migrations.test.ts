import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Database } from '../../../src/store/database';
import { applyMigrations } from '../../../src/store/migrations/apply-migrations';
import { migrationState } from '../../../src/store/migrations/migration-state';
import { listMigrationNames, migrationsDirectory } from '../../../src/store/migrations/migrations-directory';
import { openSchemaEngine } from '../../../src/store/migrations/schema-engine';
import { diffDatabaseToSchema } from '../../../src/store/migrations/schema-diff';
import { committedSchema, tempSqliteUrl } from './temp-database';

vi.mock('../../../src/store/migrations/schema-engine', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/store/migrations/schema-engine')>();
  return { ...actual, openSchemaEngine: vi.fn(actual.openSchemaEngine) };
});

interface Row {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

/** The engine locks a SQLite file exclusively while it migrates: the app's connection is opened around it. */
async function withDatabase<T>(url: string, use: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase(url);
  try {
    return await use(db);
  } finally {
    await db.close();
  }
}

describe('applyMigrations on a fresh SQLite file', () => {
  const temp = tempSqliteUrl();
  const directory = migrationsDirectory('sqlite');
  let committed: string[];

  beforeAll(async () => {
    committed = await listMigrationNames(directory);
  });
  afterAll(() => temp.remove());

  it('sees every committed migration as pending before', async () => {
    expect(committed.length).toBeGreaterThan(0);
    const state = await withDatabase(temp.url, migrationState);
    expect(state).toEqual({ applied: [], pending: committed });
  });

  it('applies them and records them as prisma migrate deploy does', async () => {
    expect(await applyMigrations(temp.url)).toEqual({ applied: committed });

    await withDatabase(temp.url, async (db) => {
      const rows = await db.prisma.$queryRawUnsafe<Row[]>('SELECT * FROM "_prisma_migrations" ORDER BY started_at');
      expect(rows.map((row) => row.migration_name)).toEqual(committed);
      for (const row of rows) {
        const sql = readFileSync(join(directory, row.migration_name, 'migration.sql'));
        expect(row.checksum).toBe(createHash('sha256').update(sql).digest('hex'));
        expect(row.finished_at).not.toBeNull();
        expect(row.rolled_back_at).toBeNull();
      }
      expect(await migrationState(db)).toEqual({ applied: committed, pending: [] });
    });
  });

  it('does nothing, without loading the engine, when applied again', async () => {
    vi.mocked(openSchemaEngine).mockClear();
    expect(await applyMigrations(temp.url)).toEqual({ applied: [] });
    expect(openSchemaEngine).not.toHaveBeenCalled();
    const rows = await withDatabase(temp.url, (db) => db.prisma.$queryRawUnsafe<Row[]>('SELECT * FROM "_prisma_migrations"'));
    expect(rows).toHaveLength(committed.length);
  });

  it('leaves a database with no difference from schema.prisma', async () => {
    const session = await openSchemaEngine(temp.url);
    try {
      expect(await diffDatabaseToSchema(session, committedSchema('sqlite'))).toBeNull();
    } finally {
      await session.close();
    }
  });
});
