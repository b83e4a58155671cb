// Database migrations without Prisma's native engine (it cannot be downloaded
// offline): the Wasm schema engine does the work, see src/store/migrations/.
//
//   tsx scripts/migrate.ts create <name>   new migration for SQLite and PostgreSQL from prisma/models.prisma
//   tsx scripts/migrate.ts deploy          apply pending migrations to DATABASE_URL
//   tsx scripts/migrate.ts status          applied / pending / drift of DATABASE_URL; exit 1 unless up to date
//
// DATABASE_URL defaults to file:./data/sapa.db; a .env file is read when present.
// `create` needs a PostgreSQL server for the PostgreSQL shadow database:
// SHADOW_DATABASE_URL (a database it may wipe), else DATABASE_URL when it is
// PostgreSQL, else TEST_DATABASE_URL (a throwaway database is created there).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { providerOf, type Provider } from '../src/store/database';
import { applyMigrations } from '../src/store/migrations/apply-migrations';
import { createMigration } from '../src/store/migrations/create-migration';
import { isUpToDate, migrationStatus } from '../src/store/migrations/migration-status';

const root = fileURLToPath(new URL('..', import.meta.url));
const providers: readonly Provider[] = ['sqlite', 'postgresql'];

async function create(name: string | undefined): Promise<void> {
  if (!name) throw new Error('usage: migrate create <name>');
  const postgresUrl = postgresServerUrl();
  const shadowDatabaseUrl = process.env.SHADOW_DATABASE_URL || undefined;
  if (!postgresUrl && !shadowDatabaseUrl) {
    throw new Error('PostgreSQL migrations need a server: set SHADOW_DATABASE_URL or TEST_DATABASE_URL (or a PostgreSQL DATABASE_URL)');
  }
  execFileSync(process.execPath, [`${root}scripts/schema-sync.mjs`], { stdio: 'inherit' });
  const now = new Date();
  for (const provider of providers) {
    const path = `prisma/${provider}/schema.prisma`;
    const schema = { path, content: readFileSync(`${root}${path}`, 'utf8') };
    const folder = await createMigration({ provider, name, schema, now, postgresUrl, shadowDatabaseUrl });
    console.log(folder ? `${provider}: created prisma/${provider}/migrations/${folder}` : `${provider}: no changes`);
  }
}

async function deploy(url: string): Promise<void> {
  const { applied } = await applyMigrations(url);
  console.log(applied.length ? `applied ${applied.length}: ${applied.join(', ')}` : 'database is up to date');
}

async function status(url: string): Promise<boolean> {
  const state = await migrationStatus(url, { shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL || undefined });
  const list = (label: string, names: string[]) => {
    if (names.length) console.log(`${label} (${names.length}):\n${names.map((n) => `  ${n}`).join('\n')}`);
  };
  console.log(`database: ${redact(url)}`);
  list('applied', state.applied);
  list('pending', state.pending);
  list('failed', state.failed);
  list('edited after being applied', state.edited);
  list('applied but missing from prisma/*/migrations', state.unknown);
  if (state.drift !== null) console.log(`drift: the database differs from what the migrations build:\n${state.drift}`);
  const ok = isUpToDate(state);
  console.log(ok ? 'up to date' : 'NOT up to date');
  return ok;
}

function postgresServerUrl(): string | undefined {
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl && providerOf(databaseUrl) === 'postgresql') return databaseUrl;
  return process.env.TEST_DATABASE_URL || undefined;
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

async function main(): Promise<number> {
  if (existsSync(`${root}.env`)) process.loadEnvFile(`${root}.env`);
  const [command, argument] = process.argv.slice(2);
  const url = process.env.DATABASE_URL || 'file:./data/sapa.db';
  switch (command) {
    case 'create':
      await create(argument);
      return 0;
    case 'deploy':
      await deploy(url);
      return 0;
    case 'status':
      return (await status(url)) ? 0 : 1;
    default:
      console.error('usage: migrate create <name> | deploy | status');
      return 2;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
