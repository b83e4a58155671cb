import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database, type Provider } from '../../src/store/database';
import { applyMigrations } from '../../src/store/migrations/apply-migrations';
import { migrationsDirectory } from '../../src/store/migrations/migrations-directory';

export type TestDatabase = Database & { drop(): Promise<void> };

/** PostgreSQL for tests, when the environment provides one. */
export const testPostgresUrl: string | undefined = process.env.TEST_DATABASE_URL || undefined;

/** The providers a database test should run on: SQLite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const testProviders: Provider[] = testPostgresUrl ? ['sqlite', 'postgresql'] : ['sqlite'];
if (!testPostgresUrl && !process.env.SAPA_PG_SKIP_WARNED) {
  process.env.SAPA_PG_SKIP_WARNED = '1';
  console.warn('TEST_DATABASE_URL is not set: PostgreSQL variants of the database tests are SKIPPED.');
}

function migrationsHash(provider: Provider): string {
  const dir = migrationsDirectory(provider);
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name, 'migration.sql');
    if (existsSync(file)) hash.update(name).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 12);
}

async function sqliteTemplate(): Promise<string> {
  const dir = join(tmpdir(), 'sapa-test');
  mkdirSync(dir, { recursive: true });
  const template = join(dir, `template-${migrationsHash('sqlite')}.db`);
  if (!existsSync(template)) {
    const building = `${template}.${process.pid}.${randomBytes(4).toString('hex')}`;
    await applyMigrations(`file:${building}`);
    renameSync(building, template);
  }
  return template;
}

function adminUrl(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testPostgresUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function postgresTemplate(): Promise<string> {
  const name = `sapa_template_${migrationsHash('postgresql')}`;
  const exists = await withAdmin(async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount);
  if (!exists) {
    const building = `${name}_b${randomBytes(3).toString('hex')}`;
    await withAdmin((c) => c.query(`CREATE DATABASE ${building}`));
    await applyMigrations(adminUrl(testPostgresUrl!, building));
    await withAdmin(async (c) => {
      try {
        await c.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
      } catch {
        await c.query(`DROP DATABASE IF EXISTS ${building}`);
      }
    });
  }
  return name;
}

/** A fresh, migrated, empty database of `provider`, dropped by `drop()`. */
export async function createTestDatabase(provider: Provider = 'sqlite'): Promise<TestDatabase> {
  if (provider === 'sqlite') {
    const template = await sqliteTemplate();
    const file = join(tmpdir(), 'sapa-test', `db-${process.pid}-${randomBytes(6).toString('hex')}.db`);
    copyFileSync(template, file);
    const db = await openDatabase(`file:${file}`);
    return {
      ...db,
      drop: async () => {
        await db.close();
        for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
      },
    };
  }
  if (!testPostgresUrl) throw new Error('TEST_DATABASE_URL is not set');
  const template = await postgresTemplate();
  const name = `sapa_t_${randomBytes(6).toString('hex')}`;
  for (let attempt = 0; ; attempt += 1) {
    try {
      await withAdmin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
      break;
    } catch (error) {
      if (attempt >= 20) throw error;
      await new Promise((r) => setTimeout(r, 100 + attempt * 50));
    }
  }
  const db = await openDatabase(adminUrl(testPostgresUrl, name));
  return {
    ...db,
    drop: async () => {
      await db.close();
      await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
