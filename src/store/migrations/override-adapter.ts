import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';

type Overrides = Partial<Pick<SqlDriverAdapter, 'queryRaw' | 'executeRaw' | 'executeScript' | 'dispose'>>;

/** A driver adapter that forwards to `adapter` except for the methods given. */
export function overrideAdapter(adapter: SqlDriverAdapter, overrides: Overrides): SqlDriverAdapter {
  const forwarded: SqlDriverAdapter = {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query) => adapter.queryRaw(query),
    executeRaw: (query) => adapter.executeRaw(query),
    executeScript: (script) => adapter.executeScript(script),
    startTransaction: (isolationLevel) => adapter.startTransaction(isolationLevel),
    dispose: () => adapter.dispose(),
  };
  const connectionInfo = adapter.getConnectionInfo?.bind(adapter);
  if (connectionInfo) forwarded.getConnectionInfo = connectionInfo;
  return { ...forwarded, ...overrides };
}
