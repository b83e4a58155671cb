import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { reusePreparedStatements } from '../../src/store/reuse-prepared-statements';

/** What Prisma's adapter does with a statement (7.10): prepare(sql).bind(args), then run() or reader/columns()/raw().all(). */
interface AdapterView {
  reader: boolean;
  columns(): Array<{ name: string }>;
  raw(): { all(): unknown[][] };
  run(): { changes: number };
}
type Adapterish = { prepare(sql: string): { bind(...args: unknown[]): AdapterView; run(): unknown } };

interface SqliteClient {
  exec(sql: string): unknown;
  prepare(sql: string): unknown;
}
const Database = createRequire(import.meta.url)('better-sqlite3') as new (path: string) => SqliteClient;

function connection() {
  const client = new Database(':memory:');
  client.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)');
  let compiled = 0;
  const original = client.prepare.bind(client);
  client.prepare = ((sql: string) => {
    compiled += 1;
    return original(sql);
  }) as typeof client.prepare;
  const own = reusePreparedStatements(client, 2);
  return { adapter: client as unknown as Adapterish, own, compiled: () => compiled };
}

describe('reusePreparedStatements', () => {
  it('compiles each SQL text once and binds fresh arguments on every use', () => {
    const { adapter, compiled } = connection();
    const insert = 'INSERT INTO t (name) VALUES (?)';
    expect(adapter.prepare(insert).bind(['ana']).run().changes).toBe(1);
    expect(adapter.prepare(insert).bind(['budi']).run().changes).toBe(1);
    const select = 'SELECT id, name FROM t WHERE name = ?';
    const first = adapter.prepare(select).bind(['ana']);
    expect(first.reader).toBe(true);
    expect(first.columns().map((c) => c.name)).toEqual(['id', 'name']);
    expect(first.raw().all()).toEqual([[1, 'ana']]);
    expect(adapter.prepare(select).bind(['budi']).raw().all()).toEqual([[2, 'budi']]);
    expect(compiled()).toBe(2);
  });

  it('keeps only the most recent statements, and compiles an evicted one again', () => {
    const { adapter, compiled } = connection();
    for (const sql of ['SELECT 1', 'SELECT 2', 'SELECT 3', 'SELECT 1']) adapter.prepare(sql).bind().raw().all();
    expect(compiled()).toBe(4);
    adapter.prepare('SELECT 1').bind().raw().all();
    expect(compiled()).toBe(4);
  });

  it('refuses a second bind, as better-sqlite3 does', () => {
    const { adapter } = connection();
    const bound = adapter.prepare('SELECT ?').bind([1]) as unknown as { bind(): unknown };
    expect(() => bound.bind()).toThrow(TypeError);
  });

  it('hands its owner the uncached prepare, for statements it keeps itself', () => {
    const { own, compiled } = connection();
    own.prepare('INSERT INTO t (name) VALUES (?)').run('cici');
    own.prepare('INSERT INTO t (name) VALUES (?)').run('dedi');
    expect(compiled()).toBe(2);
  });
});
