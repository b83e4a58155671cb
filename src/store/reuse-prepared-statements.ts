import type { SqliteConnection } from './sqlite-connection';

/** What Prisma's better-sqlite3 adapter calls on a statement (7.10: `prepare(sql).bind(args)`, then these). */
interface AdapterStatement {
  readonly reader: boolean;
  columns(): unknown[];
  raw(toggle?: boolean): AdapterStatement;
  run(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  bind(...params: unknown[]): AdapterStatement;
}

interface PreparingConnection {
  prepare(sql: string): AdapterStatement;
}

/**
 * Prisma's adapter prepares every statement anew on each query (SQLite
 * compiles it each time). This keeps the last `size` statements by SQL text
 * and hands the adapter a bound view of the cached one: same calls, no
 * recompilation. Returns the connection with its original `prepare`, for
 * callers that keep their own statements.
 */
export function reusePreparedStatements(client: object, size = 256): SqliteConnection {
  const connection = client as PreparingConnection;
  const prepare = connection.prepare.bind(connection);
  const cache = new Map<string, AdapterStatement>();

  const bound = (statement: AdapterStatement, params: unknown[]): AdapterStatement => {
    const view: AdapterStatement = {
      get reader() {
        return statement.reader;
      },
      columns: () => statement.columns(),
      raw: (toggle = true) => {
        statement.raw(toggle);
        return view;
      },
      run: () => statement.run(...params),
      all: () => statement.all(...params),
      bind: () => {
        throw new TypeError('The bind() method can only be invoked once per statement object');
      },
    };
    return view;
  };

  connection.prepare = (sql: string): AdapterStatement => {
    let statement = cache.get(sql);
    if (statement) {
      cache.delete(sql);
    } else {
      statement = prepare(sql);
      if (cache.size >= size) cache.delete(cache.keys().next().value!);
    }
    cache.set(sql, statement);
    const cached = statement;
    // Fresh raw mode per use: a reader may have been left in raw mode by the previous query.
    if (cached.reader) cached.raw(false);
    return { ...bound(cached, []), bind: (...params: unknown[]) => bound(cached, params) };
  };

  return { prepare: prepare as unknown as SqliteConnection['prepare'], exec: (sql: string) => (client as SqliteConnection).exec(sql) };
}
