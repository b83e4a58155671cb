import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import { providerOf, sqlitePath, type Provider } from '../database';
import { loadSchemaEngineWasm } from './load-schema-engine-wasm';
import { migrationError } from './migration-error';
import { overrideAdapter } from './override-adapter';
import { postgresMigrationAdapter } from './postgres-migration-adapter';
import { sqliteMigrationAdapter } from './sqlite-migration-adapter';

/** Everything in the database is Prisma's to manage (no `tables.external` / `enums.external`). */
export const noSchemaFilter = { externalTables: [], externalEnums: [] };

export interface SchemaEngineOptions {
  /** PostgreSQL only: a database the engine may use as shadow instead of a throwaway one on the same server. */
  readonly shadowDatabaseUrl?: string | undefined;
  /** Receives the engine's debug log lines. */
  readonly log?: (line: string) => void;
}

export interface SchemaEngineSession {
  readonly provider: Provider;
  /** Runs engine commands; engine and driver failures come out as `MigrationError`. */
  run<T>(command: (engine: SchemaEngine) => Promise<T>): Promise<T>;
  /** Frees the engine and closes every connection it opened, shadow databases included. */
  close(): Promise<void>;
}

/**
 * Starts the Wasm schema engine on a database: `file:...` (or `:memory:`)
 * for SQLite, `postgres(ql)://...` for PostgreSQL.
 */
export async function openSchemaEngine(url: string, options: SchemaEngineOptions = {}): Promise<SchemaEngineSession> {
  const provider: Provider = url === ':memory:' ? 'sqlite' : providerOf(url);
  const factory =
    provider === 'postgresql'
      ? postgresMigrationAdapter(url, options)
      : sqliteMigrationAdapter(url === ':memory:' ? url : `file:${sqlitePath(url)}`);
  const connections = trackConnections(factory);
  const bound = bindMigrationAwareSqlAdapterFactory(connections.factory);
  const SchemaEngineClass = await loadSchemaEngineWasm();
  const log = options.log ?? (() => undefined);
  const engine = await SchemaEngineClass.new({ datamodels: undefined }, log, bound).catch((error: unknown) => {
    throw migrationError(error, bound.errorRegistry);
  });
  return {
    provider,
    async run(command) {
      try {
        return await command(engine);
      } catch (error) {
        throw migrationError(error, bound.errorRegistry);
      }
    },
    async close() {
      engine.free();
      await connections.disposeAll();
    },
  };
}

/** Every connection the engine opens, so that none outlives the session. */
function trackConnections(factory: SqlMigrationAwareDriverAdapterFactory) {
  const open = new Set<SqlDriverAdapter>();
  const track = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    const tracked = overrideAdapter(adapter, {
      async dispose() {
        if (!open.delete(tracked)) return;
        await adapter.dispose();
      },
    });
    open.add(tracked);
    return tracked;
  };
  return {
    factory: {
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: async () => track(await factory.connect()),
      connectToShadowDb: async () => track(await factory.connectToShadowDb()),
    } satisfies SqlMigrationAwareDriverAdapterFactory,
    async disposeAll() {
      const results = await Promise.allSettled([...open].map((adapter) => adapter.dispose()));
      const failure = results.find((result) => result.status === 'rejected');
      if (failure) throw failure.reason;
    },
  };
}
