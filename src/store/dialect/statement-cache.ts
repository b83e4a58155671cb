import type Database from 'better-sqlite3';

export interface StatementCache {
  /** The prepared statement of `sql`: compiled on first use, then reused while it is among the most recent `size`. */
  prepare(sql: string): Database.Statement;
}

/**
 * SQLite compiles a statement on every `prepare`; Prisma sends the same few
 * SQL texts again and again. This keeps the last `size` statements by text,
 * least recently used dropped first.
 */
export function statementCache(connection: Database, size = 256): StatementCache {
  const cache = new Map<string, Database.Statement>();
  return {
    prepare(sql) {
      let statement = cache.get(sql);
      if (statement) {
        cache.delete(sql);
      } else {
        statement = connection.prepare(sql);
        if (cache.size >= size) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, statement);
      return statement;
    },
  };
}
