import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '../../src/generated/sqlite/client';
import type { Database, Tx } from '../../src/store/database';

/** One statement Prisma sent and SQLite's plan for it (EXPLAIN QUERY PLAN, one detail a line). */
export interface PlannedQuery {
  sql: string;
  plan: string[];
}

/**
 * Runs `fn` on a SQLite test database through a client that records every
 * statement, then asks SQLite how it would run each one. SQLite plans
 * without statistics (SAPA never runs ANALYZE), so the plan on a small
 * table is the plan on a big one.
 */
export async function sqlitePlans(db: Database, fn: (tx: Tx) => Promise<unknown>): Promise<PlannedQuery[]> {
  const client = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: db.url }), log: [{ emit: 'event', level: 'query' }] });
  const sent: Array<{ sql: string; params: unknown[] }> = [];
  client.$on('query', (e) => sent.push({ sql: e.query, params: JSON.parse(e.params) as unknown[] }));
  try {
    await fn(client.$extends({ client: { $dialect: db.dialect } }) as unknown as Tx);
    const planned: PlannedQuery[] = [];
    for (const { sql, params } of sent.splice(0)) {
      if (!/^\s*(SELECT|UPDATE|DELETE)\b/i.test(sql)) continue;
      const rows = await client.$queryRawUnsafe<Array<{ detail: string }>>(`EXPLAIN QUERY PLAN ${sql}`, ...params);
      planned.push({ sql, plan: rows.map((r) => r.detail.replace(/\bmain\./g, '')) });
    }
    return planned;
  } finally {
    await client.$disconnect();
  }
}

/** Plan lines that read a whole table or a whole index of `table` ("SCAN t", "SCAN t USING [COVERING] INDEX i"). */
export function fullScans(queries: readonly PlannedQuery[], table: string): string[] {
  return queries.flatMap((q) => q.plan.filter((d) => d.startsWith(`SCAN ${table}`)).map((d) => `${d}  <=  ${q.sql}`));
}
