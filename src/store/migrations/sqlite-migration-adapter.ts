import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import {
  isDriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import { overrideAdapter } from './override-adapter';

/**
 * Driver adapter factory for the Wasm schema engine on SQLite. `url` is a
 * `file:` URL or `:memory:`; the shadow database is always a fresh in-memory
 * database, gone when the engine disconnects.
 */
export function sqliteMigrationAdapter(url: string): SqlMigrationAwareDriverAdapterFactory {
  const open = (target: string) => new PrismaBetterSqlite3({ url: target, timeout: 10_000 }).connect();
  return {
    provider: 'sqlite',
    adapterName: '@prisma/adapter-better-sqlite3',
    connect: async () => forEngine(await open(url)),
    connectToShadowDb: async () => forEngine(await open(':memory:')),
  };
}

/**
 * The engine runs whole migration files through `executeRaw`, which
 * better-sqlite3 refuses when a string holds several statements: run those
 * (they never have parameters) as a script instead. And a busy database
 * becomes an error the engine can carry (it cannot decode `SocketTimeout`).
 */
function forEngine(adapter: SqlDriverAdapter): SqlDriverAdapter {
  return overrideAdapter(adapter, {
    queryRaw: (query) => explainBusy(adapter.queryRaw(query)),
    executeScript: (script) => explainBusy(adapter.executeScript(script)),
    async executeRaw(query) {
      try {
        return await explainBusy(adapter.executeRaw(query));
      } catch (error) {
        if (query.args.length > 0 || !isMultiStatementError(error)) throw error;
        await explainBusy(adapter.executeScript(query.sql));
        return 0;
      }
    },
  });
}

/** The engine locks the file exclusively; another open connection (a running SAPA) makes it wait, then fail. */
async function explainBusy<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (!isDriverAdapterError(error) || error.cause.kind !== 'SocketTimeout') throw error;
    throw new Error('SQLITE_BUSY: the database file is in use by another connection (stop SAPA before migrating)', {
      cause: error,
    });
  }
}

function isMultiStatementError(error: unknown): boolean {
  return error instanceof RangeError && error.message.includes('more than one statement');
}
