import type Database from 'better-sqlite3';

export interface StatementCache<S = Database.Statement> {
  /** The prepared statement of `sql`: compiled on first use, then reused while it is among the most recent `size`. */
  prepare(sql: string): S;
}

/**
 * SQLite compiles a statement on every `prepare`; Prisma and the dialect's
 * fixed reads send the same few SQL texts again and again. This keeps the
 * last `size` statements by text, least recently used dropped first.
 * `compile` prepares one (and may set it up, e.g. to read plain numbers).
 */
export function statementCache<S>(compile: (sql: string) => S, size = 256): StatementCache<S> {
  const cache = new Map<string, S>();
  return {
    prepare(sql) {
      let statement = cache.get(sql);
      if (statement) {
        cache.delete(sql);
      } else {
        statement = compile(sql);
        if (cache.size >= size) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, statement);
      return statement;
    },
  };
}
