import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase } from '../../src/store/database';
import { applyMigrations } from '../../src/store/migrations/apply-migrations';
import { type BenchOrgKind, cacheDir, loadBenchOrganisation, migrationsStamp } from './bench-organisation';

/**
 * Fresh databases holding the bench organisation, made from a template that
 * is built once (seeding 10,000 employees with payslips takes minutes):
 * SQLite copies a cached file, PostgreSQL clones a template database.
 */
export async function freshSqlite(path: string, log: (s: string) => void, kind: BenchOrgKind = 'city'): Promise<string> {
  const template = join(cacheDir(), `org-sqlite-${migrationsStamp('sqlite', kind)}.db`);
  if (!existsSync(template)) {
    log(`building the SQLite bench organisation (once): ${template}`);
    const building = `${template}.building`;
    rmSync(building, { force: true });
    const url = `file:${building}`;
    await applyMigrations(url);
    const db = await openDatabase(url);
    await loadBenchOrganisation(db, kind);
    await db.prisma.$executeRawUnsafe('PRAGMA wal_checkpoint(TRUNCATE)');
    await db.close();
    renameSync(building, template);
    for (const ext of ['-wal', '-shm']) rmSync(`${building}${ext}`, { force: true });
  }
  for (const ext of ['', '-wal', '-shm']) rmSync(`${path}${ext}`, { force: true });
  copyFileSync(template, path);
  return `file:${path}`;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin<T>(baseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh PostgreSQL database `name` cloned from the bench template (built once on the server). */
export async function freshPostgres(baseUrl: string, name: string, log: (s: string) => void, kind: BenchOrgKind = 'city'): Promise<string> {
  const template = `sapa_bench_tpl_${migrationsStamp('postgresql', kind).replace(/[^a-z0-9]/gi, '_').toLowerCase()}`;
  const exists = await admin(baseUrl, async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [template])).rowCount === 1);
  if (!exists) {
    log(`building the PostgreSQL bench organisation (once): ${template}`);
    const building = `${template}_building`;
    await admin(baseUrl, async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${building}`);
    });
    const url = withDatabase(baseUrl, building);
    await applyMigrations(url);
    const db = await openDatabase(url);
    await loadBenchOrganisation(db, kind);
    // A city's database has statistics (autovacuum analyses what an import
    // loads), and a machine may run PostgreSQL without autovacuum. VACUUM
    // gives back the pages of the rows loading left deleted (the outbox's),
    // so the per-turn tables start empty, as in a new installation, and the
    // planner sizes them by their pages as the run fills them.
    await db.prisma.$executeRawUnsafe('VACUUM ANALYZE');
    await db.close();
    await admin(baseUrl, (c) => c.query(`ALTER DATABASE ${building} RENAME TO ${template}`));
  }
  await admin(baseUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  });
  return withDatabase(baseUrl, name);
}

export async function dropPostgres(baseUrl: string, name: string): Promise<void> {
  await admin(baseUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}
