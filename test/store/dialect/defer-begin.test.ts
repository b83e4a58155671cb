import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { InboundMessage } from '../../../src/chat/inbound-message';
import { PrismaClient as PostgresClient } from '../../../src/generated/postgresql/client';
import { deferBegin } from '../../../src/store/dialect/defer-begin';
import { createTestDatabase, testPostgresUrl, type TestDatabase } from '../../support/test-database';

/**
 * A transaction's BEGIN goes out with its first statement where that
 * statement has no parameters: a turn batch (its first statement takes the
 * chats' locks) costs one round trip less. Counted here as the server's
 * ReadyForQuery messages, one per round trip, through Prisma's own adapter
 * on a pool of one connection.
 */
describe.skipIf(!testPostgresUrl)('BEGIN sent with the first statement (PostgreSQL)', () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  let client: PostgresClient;
  let roundTrips = 0;

  beforeAll(async () => {
    db = await createTestDatabase('postgresql');
    await db.prisma.$executeRawUnsafe('CREATE TABLE "DeferBeginProbe" ("n" int NOT NULL)');
    pool = new pg.Pool({ connectionString: db.url, max: 1 });
    deferBegin(pool);
    pool.on('connect', (connection) => connection.connection.on('readyForQuery', () => (roundTrips += 1)));
    client = new PostgresClient({ adapter: new PrismaPg(pool) });
    await client.$queryRawUnsafe('SELECT 1');
  });
  afterAll(async () => {
    await client.$disconnect();
    await pool.end().catch(() => undefined);
    await db.drop();
  });
  beforeEach(() => {
    roundTrips = 0;
  });

  it('sends BEGIN and a first statement without parameters as one round trip', async () => {
    const rows = await client.$transaction(async (tx) => {
      const first = await tx.$queryRawUnsafe<Array<{ n: number }>>('SELECT 41 + 1 AS n');
      await tx.$executeRawUnsafe('INSERT INTO "DeferBeginProbe" ("n") VALUES ($1)', 1);
      return first;
    });
    expect(rows).toEqual([{ n: 42 }]);
    // BEGIN with the SELECT, the INSERT, COMMIT; four without.
    expect(roundTrips).toBe(3);
    expect(await db.prisma.$queryRawUnsafe('SELECT "n" FROM "DeferBeginProbe" WHERE "n" = 1')).toEqual([{ n: 1 }]);
  });

  it('sends BEGIN on its own before a first statement with parameters', async () => {
    const rows = await client.$transaction((tx) => tx.$queryRawUnsafe<Array<{ n: number }>>('SELECT $1::int AS n', 7));
    expect(rows).toEqual([{ n: 7 }]);
    expect(roundTrips).toBe(3);
  });

  it('rolls back what followed a BEGIN sent with the first statement', async () => {
    await expect(
      client.$transaction(async (tx) => {
        await tx.$executeRawUnsafe('INSERT INTO "DeferBeginProbe" ("n") VALUES (2)');
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await db.prisma.$queryRawUnsafe('SELECT "n" FROM "DeferBeginProbe" WHERE "n" = 2')).toEqual([]);
  });

  it('sends nothing for a transaction that runs no statement', async () => {
    expect(await client.$transaction(async () => 'nothing')).toBe('nothing');
    expect(roundTrips).toBe(0);
  });

  it('reports a failing first statement, and the connection serves the next transaction', async () => {
    await expect(client.$transaction((tx) => tx.$executeRawUnsafe('SELECT * FROM "NoSuchTable"'))).rejects.toThrow(/NoSuchTable/);
    expect(await client.$transaction((tx) => tx.$queryRawUnsafe('SELECT 3 AS n'))).toEqual([{ n: 3 }]);
  });

  it('forgets a BEGIN held back when the connection goes back to the pool', async () => {
    const first = await pool.connect();
    await first.query({ text: 'BEGIN', values: [] });
    first.release();
    const again = await pool.connect();
    try {
      await again.query('SELECT pg_sleep(0.01)');
      // Outside a transaction block each statement is a transaction of its own.
      const { rows } = await again.query('SELECT transaction_timestamp() = statement_timestamp() AS "alone"');
      expect(rows).toEqual([{ alone: true }]);
    } finally {
      again.release();
    }
  });

  it("takes a turn batch's chats' locks with the keys as literals, quotes and backslashes included", async () => {
    const message = (chatId: string, n: number): InboundMessage => ({
      channel: 'TELEGRAM',
      chatId,
      eventId: `defer-begin-${n}`,
      sender: { externalId: chatId },
      content: { kind: 'text', text: 'menu' },
      receivedAt: new Date('2026-12-01T02:00:00Z'),
    });
    const odd = [String.raw`it's`, String.raw`back\slash`, `'); SELECT pg_sleep(5); --`];
    const locks = await db.prisma.$transaction(async (tx) => {
      const batch = await tx.$dialect.turns.begin(
        tx,
        odd.map((chatId, n) => message(chatId, n)),
      );
      expect(batch.reads.size).toBe(3);
      return tx.$queryRawUnsafe<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()`);
    });
    expect(locks).toEqual([{ n: 3 }]);
  });
});
