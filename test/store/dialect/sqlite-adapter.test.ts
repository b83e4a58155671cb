import Database from 'better-sqlite3';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { isDriverAdapterError, type SqlDriverAdapter, type SqlQuery } from '@prisma/driver-adapter-utils';
import { describe, expect, it } from 'vitest';
import { sqliteAdapter, sqliteDriverAdapter } from '../../../src/store/dialect/sqlite-adapter';

const q = (sql: string, args: unknown[] = [], scalars: string[] = []): SqlQuery => ({
  sql,
  args,
  argTypes: args.map((_, i) => ({ scalarType: (scalars[i] ?? 'unknown') as never, arity: 'scalar' as const })),
});

/** A connection whose compilations are counted, as the adapter's own would be. */
function countedConnection() {
  const connection = new Database(':memory:');
  connection.defaultSafeIntegers(true);
  let compiled = 0;
  const prepare = connection.prepare.bind(connection);
  connection.prepare = (sql: string) => {
    compiled += 1;
    return prepare(sql);
  };
  return { connection, compiled: () => compiled };
}

describe('the SQLite driver adapter: prepared statements', () => {
  it('compiles each SQL text once and binds fresh arguments on every use', async () => {
    const { connection, compiled } = countedConnection();
    const adapter = sqliteDriverAdapter(connection, 4);
    await adapter.executeScript('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)');
    const insert = 'INSERT INTO t (name) VALUES (?)';
    expect(await adapter.executeRaw(q(insert, ['ana']))).toBe(1);
    expect(await adapter.executeRaw(q(insert, ['budi']))).toBe(1);
    const select = 'SELECT id, name FROM t WHERE name = ?';
    expect((await adapter.queryRaw(q(select, ['ana']))).rows).toEqual([[1, 'ana']]);
    expect((await adapter.queryRaw(q(select, ['budi']))).rows).toEqual([[2, 'budi']]);
    expect(compiled()).toBe(2);
  });

  it('keeps only the most recent statements, and compiles an evicted one again', async () => {
    const { connection, compiled } = countedConnection();
    const adapter = sqliteDriverAdapter(connection, 2);
    for (const sql of ['SELECT 1', 'SELECT 2', 'SELECT 3', 'SELECT 1']) await adapter.queryRaw(q(sql));
    expect(compiled()).toBe(4);
    await adapter.queryRaw(q('SELECT 1'));
    expect(compiled()).toBe(4);
  });

  it('reads rows of a statement it first ran as a writer, and a writer after a reader', async () => {
    const { connection } = countedConnection();
    const adapter = sqliteDriverAdapter(connection);
    await adapter.executeScript('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)');
    const returning = 'INSERT INTO t (name) VALUES (?) RETURNING id';
    expect(await adapter.executeRaw(q(returning, ['ana']))).toBe(1);
    expect((await adapter.queryRaw(q(returning, ['budi']))).rows).toEqual([[2]]);
    expect(await adapter.executeRaw(q(returning, ['cici']))).toBe(1);
  });
});

describe('the SQLite driver adapter: one writer', () => {
  it('makes a statement outside a transaction wait until the transaction has ended, script included', async () => {
    const adapter = sqliteDriverAdapter(new Database(':memory:'));
    await adapter.executeScript('CREATE TABLE t (name TEXT)');
    const tx = await adapter.startTransaction();
    await tx.executeRaw(q('INSERT INTO t (name) VALUES (?)', ['inside']));
    const order: string[] = [];
    const outside = adapter.executeRaw(q('INSERT INTO t (name) VALUES (?)', ['outside'])).then(() => order.push('outside'));
    const script = adapter.executeScript(`INSERT INTO t (name) VALUES ('script')`).then(() => order.push('script'));
    const second = adapter.startTransaction().then((t) => (order.push('second transaction'), t));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual([]);
    await tx.executeRaw(q('ROLLBACK'));
    await tx.rollback();
    const next = await second;
    await next.executeRaw(q('COMMIT'));
    await next.commit();
    await Promise.all([outside, script]);
    expect(order).toEqual(['outside', 'script', 'second transaction']);
    expect((await adapter.queryRaw(q('SELECT name FROM t ORDER BY rowid'))).rows).toEqual([['outside'], ['script']]);
  });

  it('refuses an isolation level SQLite does not have; savepoints work inside a transaction', async () => {
    const adapter = sqliteDriverAdapter(new Database(':memory:'));
    await expect(adapter.startTransaction('READ COMMITTED')).rejects.toSatisfy(
      (e: unknown) => isDriverAdapterError(e) && e.cause.kind === 'InvalidIsolationLevel',
    );
    const tx = await adapter.startTransaction('SERIALIZABLE');
    await tx.createSavepoint!('s1');
    await tx.executeRaw(q('CREATE TABLE t (name TEXT)'));
    await tx.rollbackToSavepoint!('s1');
    await tx.releaseSavepoint!('s1');
    await tx.executeRaw(q('COMMIT'));
    await tx.commit();
    await expect(adapter.queryRaw(q('SELECT * FROM t'))).rejects.toSatisfy((e: unknown) => isDriverAdapterError(e) && e.cause.kind === 'TableDoesNotExist');
  });
});

/**
 * The same queries through Prisma's own better-sqlite3 adapter and through
 * SAPA's: the same result sets and the same errors, so the client reads and
 * writes exactly as before.
 */
describe('the SQLite driver adapter: conversions as @prisma/adapter-better-sqlite3 makes them', () => {
  const schema = `
    CREATE TABLE p (id INTEGER PRIMARY KEY);
    CREATE TABLE t (
      id INTEGER PRIMARY KEY, big BIGINT, real REAL, dec DECIMAL, flt FLOAT, at DATETIME, day DATE,
      name TEXT NOT NULL, bytes BLOB, yes BOOLEAN, doc JSONB, odd WHATEVER, parent INTEGER REFERENCES p(id),
      UNIQUE (name, big)
    );`;

  async function both(): Promise<[SqlDriverAdapter, SqlDriverAdapter]> {
    const theirs = await new PrismaBetterSqlite3({ url: ':memory:' }).connect();
    const ours = await sqliteAdapter({ path: ':memory:', timeout: 1000 }, () => {}).connect();
    for (const adapter of [theirs, ours]) {
      await adapter.executeScript(`${schema} PRAGMA foreign_keys = ON;`);
    }
    return [theirs, ours];
  }

  const outcome = async (run: () => Promise<unknown>) => {
    try {
      return { ok: await run() };
    } catch (error) {
      if (isDriverAdapterError(error)) return { error: error.cause };
      return { thrown: (error as Error).constructor.name, message: (error as Error).message };
    }
  };

  const INSERT = 'INSERT INTO t (big, real, dec, flt, at, day, name, bytes, yes, doc, odd, parent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';
  const SCALARS = ['bigint', 'float', 'decimal', 'float', 'datetime', 'datetime', 'string', 'bytes', 'boolean', 'json', 'unknown', 'int'];

  const writes: SqlQuery[] = [
    q(INSERT, ['9007199254740993', '1.5', '2.25', 3.5, '2026-12-12T01:02:03.004Z', new Date('2026-12-12T00:00:00Z'), 'ana', 'AAEC', true, '{"a":1}', 7, null], SCALARS),
    q(INSERT, ['12', 0.1, '10', '4', new Date('2020-01-01T00:00:00Z'), null, 'budi', null, false, null, 'x', null], SCALARS),
    q('INSERT INTO t (name, at, yes) VALUES (?, ?, ?)', ['cici', 1765500000000, 1], ['string', 'unknown', 'int']),
    q(INSERT, ['12', 0.1, '10', '4', null, null, 'budi', null, false, null, null, null], SCALARS),
    q('INSERT INTO t (name) VALUES (?)', [null], ['string']),
    q('INSERT INTO t (name, parent) VALUES (?, ?)', ['dedi', '42'], ['string', 'int']),
    q('INSERT INTO missing (a) VALUES (1)'),
    q('INSERT INTO t (nope) VALUES (1)'),
    q('UPDATE t SET nope = 1'),
    q('SELEKT 1'),
    q('SELECT 1; SELECT 2'),
    q('UPDATE t SET yes = ? WHERE name = ?', [false, 'ana'], ['boolean', 'string']),
  ];

  const reads: SqlQuery[] = [
    q('SELECT * FROM t ORDER BY id'),
    q('SELECT count(*) AS n, sum(real) AS total, max(big) AS biggest, NULL AS none, 1.5 AS half, \'a\' || name AS label FROM t'),
    q('SELECT id, at FROM t WHERE at > ? ORDER BY id', [new Date('2019-01-01T00:00:00Z')], ['datetime']),
    q('SELECT name FROM t WHERE id = ?', ['1'], ['int']),
    q('SELECT 9223372036854775807 AS max, CAST(5 AS INTEGER) AS five, 2.7 + 0 AS frac'),
    q('SELECT * FROM nowhere'),
    q('SELECT nope FROM t'),
  ];

  it('returns the same rows, column types and affected counts, and raises the same errors', async () => {
    const [theirs, ours] = await both();
    for (const query of writes) {
      const expected = await outcome(() => theirs.executeRaw(query));
      expect(await outcome(() => ours.executeRaw(query)), query.sql).toEqual(expected);
    }
    for (const query of [...writes.slice(0, 2), ...reads]) {
      const expected = await outcome(() => theirs.queryRaw(query));
      expect(await outcome(() => ours.queryRaw(query)), query.sql).toEqual(expected);
    }
    // The one difference: a blob an expression yields is read as bytes (Prisma's adapter throws UnexpectedTypeError).
    expect(await outcome(() => theirs.queryRaw(q("SELECT x'0102' AS blob")))).toMatchObject({ thrown: 'UnexpectedTypeError' });
    expect(await ours.queryRaw(q("SELECT x'0102' AS blob"))).toEqual({ columnNames: ['blob'], columnTypes: [13], rows: [[Buffer.from([1, 2])]] });
    const kinds = await Promise.all(writes.map((query) => outcome(() => ours.executeRaw(query))));
    // The comparison above covers each kind of failure, not only successes.
    expect(kinds.map((k) => ('error' in k ? (k.error as { kind: string }).kind : 'thrown' in k ? k.thrown : 'ok'))).toEqual(
      expect.arrayContaining(['UniqueConstraintViolation', 'NullConstraintViolation', 'ForeignKeyConstraintViolation', 'TableDoesNotExist', 'ColumnNotFound', 'sqlite', 'RangeError']),
    );
  });
});
