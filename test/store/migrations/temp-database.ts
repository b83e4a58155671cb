import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Provider } from '../../../src/store/database';
import type { SchemaFile } from '../../../src/store/migrations/schema-diff';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** A SQLite URL in a fresh temporary folder, and a way to remove it. */
export function tempSqliteUrl(): { url: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'sapa-migrations-'));
  return { url: `file:${join(dir, 'sapa.db')}`, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A fresh temporary folder for migration files. */
export function tempFolder(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'sapa-migration-files-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** The committed `prisma/<provider>/schema.prisma`. */
export function committedSchema(provider: Provider): SchemaFile {
  const path = `prisma/${provider}/schema.prisma`;
  return { path, content: readFileSync(join(root, path), 'utf8') };
}

export function projectFile(path: string): string {
  return readFileSync(join(root, path), 'utf8');
}

export const projectRoot = root;

/** A new empty database on the PostgreSQL server of `serverUrl`, and a way to drop it. */
export async function tempPostgresDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `sapa_test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}"`) };
}

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
