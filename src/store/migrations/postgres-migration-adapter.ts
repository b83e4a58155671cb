import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { overrideAdapter } from './override-adapter';

export interface PostgresMigrationOptions {
  /** A database the engine may wipe and use as its shadow; else one is created and dropped on `url`'s server. */
  readonly shadowDatabaseUrl?: string | undefined;
}

/**
 * Driver adapter factory for the Wasm schema engine on PostgreSQL, with two
 * fixes over `PrismaPg`: `"char"` columns read by the schema describer come
 * back as text, and the shadow database is really a separate database
 * (PrismaPg's own `connectToShadowDb` keeps using the main one).
 */
export function postgresMigrationAdapter(url: string, options: PostgresMigrationOptions = {}): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: () => connectPostgres(url),
    connectToShadowDb: () =>
      options.shadowDatabaseUrl ? connectEmptied(options.shadowDatabaseUrl) : connectThrowawayDatabase(url),
  };
}

async function connectPostgres(url: string): Promise<SqlDriverAdapter> {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  pool.on('connect', (client) => client.connection.prependListener('rowDescription', charColumnsAsText));
  const schema = new URL(url).searchParams.get('schema') ?? undefined;
  const adapter = await new PrismaPg(pool, { schema, disposeExternalPool: true }).connect();
  // PrismaPg splits scripts on every ";", which breaks function bodies and
  // string literals: send a script as one simple query instead.
  return overrideAdapter(adapter, {
    async executeScript(script) {
      await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
    },
  });
}

/** The server reports `"char"` (OID 18) columns that PrismaPg cannot read; they hold one character. */
function charColumnsAsText(message: { fields?: Array<{ dataTypeID: number }> }): void {
  for (const field of message.fields ?? []) {
    if (field.dataTypeID === 18) field.dataTypeID = 25;
  }
}

/** The engine replays migrations on the shadow database as it finds it: empty it first, as `prisma migrate` does. */
async function connectEmptied(url: string): Promise<SqlDriverAdapter> {
  const schema = pg.escapeIdentifier(new URL(url).searchParams.get('schema') ?? 'public');
  await runOnServer(url, `DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
  return connectPostgres(url);
}

async function connectThrowawayDatabase(url: string): Promise<SqlDriverAdapter> {
  const name = `sapa_shadow_${randomUUID().replaceAll('-', '')}`;
  await runOnServer(url, `CREATE DATABASE "${name}"`);
  const shadowUrl = new URL(url);
  shadowUrl.pathname = `/${name}`;
  const adapter = await connectPostgres(shadowUrl.toString()).catch(async (error: unknown) => {
    await runOnServer(url, `DROP DATABASE IF EXISTS "${name}"`);
    throw error;
  });
  return overrideAdapter(adapter, {
    async dispose() {
      await adapter.dispose();
      await runOnServer(url, `DROP DATABASE IF EXISTS "${name}"`);
    },
  });
}

async function runOnServer(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
