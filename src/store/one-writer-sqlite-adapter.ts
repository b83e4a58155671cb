import type { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from '@prisma/driver-adapter-utils';
import type { SqliteConnection } from './sqlite-connection';
import { reusePreparedStatements } from './reuse-prepared-statements';

/** A FIFO lock: `acquire` resolves with the function that releases it. */
function createLock() {
  let tail: Promise<void> = Promise.resolve();
  return {
    acquire(): Promise<() => void> {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const acquired = tail.then(() => release);
      tail = tail.then(() => held);
      return acquired;
    },
  };
}

/**
 * Prisma's better-sqlite3 adapter has one connection; it locks it from BEGIN
 * to COMMIT for other transactions, but a statement outside a transaction
 * runs at once, inside whatever transaction is open (and is rolled back with
 * it). This wrapper holds one lock for both: a statement outside a
 * transaction waits until the open one has ended. It reuses the adapter's
 * prepared statements and hands out the connection itself (`onConnect`) for
 * the engine's own statements.
 */
export function oneWriterSqliteAdapter(factory: PrismaBetterSqlite3, onConnect: (connection: SqliteConnection) => void): SqlDriverAdapterFactory {
  return {
    provider: 'sqlite',
    adapterName: factory.adapterName,
    async connect(): Promise<SqlDriverAdapter> {
      const inner = await factory.connect();
      onConnect(reusePreparedStatements((inner as unknown as { client: object }).client));
      const lock = createLock();
      const alone = async <T>(run: () => Promise<T>): Promise<T> => {
        const release = await lock.acquire();
        try {
          return await run();
        } finally {
          release();
        }
      };
      return {
        provider: inner.provider,
        adapterName: inner.adapterName,
        queryRaw: (query: SqlQuery) => alone(() => inner.queryRaw(query)),
        executeRaw: (query: SqlQuery) => alone(() => inner.executeRaw(query)),
        executeScript: (script: string) => alone(() => inner.executeScript(script)),
        ...(inner.getConnectionInfo ? { getConnectionInfo: () => inner.getConnectionInfo!() } : {}),
        dispose: () => inner.dispose(),
        async startTransaction(isolationLevel): Promise<Transaction> {
          const release = await lock.acquire();
          let transaction: Transaction;
          try {
            transaction = await inner.startTransaction(isolationLevel);
          } catch (error) {
            release();
            throw error;
          }
          const end = (finish: () => Promise<void>) => async () => {
            try {
              await finish();
            } finally {
              release();
            }
          };
          // The adapter's own transaction, but its end also ends our hold on the connection.
          return {
            provider: transaction.provider,
            adapterName: transaction.adapterName,
            options: transaction.options,
            queryRaw: (query) => transaction.queryRaw(query),
            executeRaw: (query) => transaction.executeRaw(query),
            ...(transaction.createSavepoint ? { createSavepoint: (name: string) => transaction.createSavepoint!(name) } : {}),
            ...(transaction.rollbackToSavepoint ? { rollbackToSavepoint: (name: string) => transaction.rollbackToSavepoint!(name) } : {}),
            ...(transaction.releaseSavepoint ? { releaseSavepoint: (name: string) => transaction.releaseSavepoint!(name) } : {}),
            commit: end(() => transaction.commit()),
            rollback: end(() => transaction.rollback()),
          };
        },
      };
    },
  };
}
