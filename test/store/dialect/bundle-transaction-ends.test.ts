import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { InboundMessage } from '../../../src/chat/inbound-message';
import { PrismaClient as PostgresClient } from '../../../src/generated/postgresql/client';
import type { Prisma } from '../../../src/store/database';
import { bundleTransactionEnds, commitWith } from '../../../src/store/dialect/bundle-transaction-ends';
import { postgresDialect } from '../../../src/store/dialect/postgres-dialect';
import { DuplicateEventError, type TurnWrite } from '../../../src/store/dialect/turn-journal';
import { createTestDatabase, testPostgresUrl, type TestDatabase } from '../../support/test-database';

/**
 * A transaction's BEGIN goes out with its first statement where that
 * statement has no parameters, and its COMMIT with its last where that one
 * asks (commitWith): a turn batch (its first statement takes the chats'
 * locks and reads the turns, its last writes them) costs two round trips.
 * Counted here as the server's ReadyForQuery messages, one per round trip,
 * through Prisma's own adapter on a pool of one connection.
 */
describe.skipIf(!testPostgresUrl)('BEGIN with the first statement, COMMIT with the last (PostgreSQL)', () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  let client: PostgresClient;
  /** `client` with the dialect, as openPostgres gives it. */
  let counted: Prisma;
  let roundTrips = 0;

  beforeAll(async () => {
    db = await createTestDatabase('postgresql');
    await db.prisma.$executeRawUnsafe('CREATE TABLE "DeferBeginProbe" ("n" int NOT NULL)');
    pool = new pg.Pool({ connectionString: db.url, max: 1 });
    bundleTransactionEnds(pool);
    pool.on('connect', (connection) => connection.connection.on('readyForQuery', () => (roundTrips += 1)));
    client = new PostgresClient({ adapter: new PrismaPg(pool) });
    counted = client.$extends({ client: { $dialect: postgresDialect(db.url) } }) as unknown as Prisma;
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

  it('sends the last statement and COMMIT as one round trip', async () => {
    await client.$transaction(async (tx) => {
      await tx.$executeRawUnsafe('INSERT INTO "DeferBeginProbe" ("n") VALUES (10)');
      await tx.$executeRawUnsafe(commitWith('INSERT INTO "DeferBeginProbe" ("n") VALUES (11)'));
    });
    // BEGIN with the first INSERT, the second with COMMIT; four without.
    expect(roundTrips).toBe(2);
    expect(await db.prisma.$queryRawUnsafe('SELECT "n" FROM "DeferBeginProbe" WHERE "n" IN (10, 11) ORDER BY "n"')).toEqual([{ n: 10 }, { n: 11 }]);
  });

  it('commits nothing when the statement sent with COMMIT fails, and the connection serves the next transaction', async () => {
    await expect(
      client.$transaction(async (tx) => {
        await tx.$executeRawUnsafe('INSERT INTO "DeferBeginProbe" ("n") VALUES (12)');
        await tx.$executeRawUnsafe(commitWith('INSERT INTO "DeferBeginProbe" ("n") SELECT 13 / 0'));
      }),
    ).rejects.toThrow(/division by zero/);
    expect(await db.prisma.$queryRawUnsafe('SELECT "n" FROM "DeferBeginProbe" WHERE "n" IN (12, 13)')).toEqual([]);
    expect(await client.$transaction((tx) => tx.$queryRawUnsafe('SELECT 4 AS n'))).toEqual([{ n: 4 }]);
    // Nothing is left open: a statement outside a transaction is one of its own.
    expect(await client.$queryRawUnsafe('SELECT transaction_timestamp() = statement_timestamp() AS "alone"')).toEqual([{ alone: true }]);
  });

  it('refuses a statement after the COMMIT it sent, which would run outside the transaction', async () => {
    await expect(
      client.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(commitWith('INSERT INTO "DeferBeginProbe" ("n") VALUES (14)'));
        await tx.$executeRawUnsafe('INSERT INTO "DeferBeginProbe" ("n") VALUES (15)');
      }),
    ).rejects.toThrow(/after the transaction was committed/);
    // What came before the COMMIT stands; what came after never ran.
    expect(await db.prisma.$queryRawUnsafe('SELECT "n" FROM "DeferBeginProbe" WHERE "n" IN (14, 15)')).toEqual([{ n: 14 }]);
    expect(await client.$queryRawUnsafe('SELECT 5 AS n')).toEqual([{ n: 5 }]);
  });

  const message = (chatId: string, eventId: string): InboundMessage => ({
    channel: 'TELEGRAM',
    chatId,
    eventId,
    sender: { externalId: chatId },
    content: { kind: 'text', text: 'menu' },
    receivedAt: new Date('2026-12-01T02:00:00Z'),
  });

  const turnOf = (m: InboundMessage, sessionId: number | null = null): TurnWrite => ({
    channel: m.channel,
    chatId: m.chatId,
    eventId: m.eventId,
    now: new Date('2026-12-01T02:00:00Z'),
    sessionId,
    version: 1,
    state: { step: "it's \\ done" },
    expiresAt: new Date('2026-12-01T03:00:00Z'),
    audit: { actorType: 'SYSTEM', action: 'bundle.probe', entity: 'Chat', entityId: m.chatId, data: { eventId: m.eventId } },
    outbox: [],
  });

  const auditsOf = async (eventId: string) => {
    const [row] = await db.prisma.$queryRawUnsafe<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM "AuditLog" WHERE "action" = 'bundle.probe' AND "data"->>'eventId' = $1`, eventId);
    return row?.n;
  };

  it("takes a turn batch's chats' locks with the keys as literals, quotes and backslashes included", async () => {
    const odd = [String.raw`it's`, String.raw`back\slash`, `'); SELECT pg_sleep(5); --`];
    const locks = await db.prisma.$transaction(async (tx) => {
      const batch = await tx.$dialect.turns.begin(
        tx,
        odd.map((chatId, n) => message(chatId, `defer-begin-${n}`)),
      );
      expect(batch.reads.size).toBe(3);
      return tx.$queryRawUnsafe<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()`);
    });
    expect(locks).toEqual([{ n: 3 }]);
  });

  it('begins, locks, reads, writes and commits a turn batch in two round trips', async () => {
    const messages = [message("o'neil", 'bundle-1'), message(String.raw`c:\chat`, 'bundle-2')];
    roundTrips = 0;
    await counted.$transaction(async (tx) => {
      const batch = await tx.$dialect.turns.begin(tx, messages);
      for (const m of messages) await tx.$dialect.turns.record(tx, batch, turnOf(m));
      await tx.$dialect.turns.end(tx, batch);
    });
    expect(roundTrips).toBe(2);
    const sessions = await db.prisma.conversationSession.findMany({ where: { chatId: { in: messages.map((m) => m.chatId) } }, select: { chatId: true, state: true } });
    expect(sessions.map((s) => s.chatId).sort()).toEqual(messages.map((m) => m.chatId).sort());
    expect(sessions[0]!.state).toEqual({ step: "it's \\ done" });
    expect(await auditsOf('bundle-1')).toBe(1);
    // The next batch of the same chat reads what this one wrote.
    const again = await counted.$transaction((tx) => tx.$dialect.turns.begin(tx, [message("o'neil", 'bundle-1')]));
    expect([...again.reads.values()][0]).toMatchObject({ seen: true, session: { version: 1, state: { step: "it's \\ done" } } });
  });

  it('rolls the whole batch back when one of its events was recorded first, and says so', async () => {
    await counted.$transaction(async (tx) => {
      const batch = await tx.$dialect.turns.begin(tx, [message('dup-a', 'bundle-dup')]);
      await tx.$dialect.turns.record(tx, batch, turnOf(message('dup-a', 'bundle-dup')));
      await tx.$dialect.turns.end(tx, batch);
    });
    const fresh = message('dup-b', 'bundle-fresh');
    const late = message('dup-c', 'bundle-dup');
    await expect(
      counted.$transaction(async (tx) => {
        const batch = await tx.$dialect.turns.begin(tx, [fresh, late]);
        await tx.$dialect.turns.record(tx, batch, turnOf(fresh));
        await tx.$dialect.turns.record(tx, batch, turnOf(late));
        await tx.$dialect.turns.end(tx, batch);
      }),
    ).rejects.toBeInstanceOf(DuplicateEventError);
    expect(await db.prisma.processedEvent.count({ where: { eventId: 'bundle-fresh' } })).toBe(0);
    expect(await db.prisma.conversationSession.count({ where: { chatId: { in: ['dup-b', 'dup-c'] } } })).toBe(0);
    expect(await auditsOf('bundle-fresh')).toBe(0);
    expect(await client.$queryRawUnsafe('SELECT transaction_timestamp() = statement_timestamp() AS "alone"')).toEqual([{ alone: true }]);
  });

  it("reads a chat after its lock's last holder committed, not before", async () => {
    // The read is a statement of its own after the locks: its snapshot is taken once they are held.
    const first = message('race', 'bundle-race-1');
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    const writer = db.prisma.$transaction(async (tx) => {
      const batch = await tx.$dialect.turns.begin(tx, [first]);
      locked();
      await held;
      await tx.$dialect.turns.record(tx, batch, turnOf(first));
      await tx.$dialect.turns.end(tx, batch);
    });
    await lockTaken;
    const second = message('race', 'bundle-race-2');
    const reader = db.prisma.$transaction((tx) => tx.$dialect.turns.begin(tx, [second]));
    // The reader waits on the chat's lock while the writer has not written yet.
    await new Promise((resolve) => setTimeout(resolve, 200));
    release();
    await writer;
    const batch = await reader;
    expect(batch.reads.get(second)).toMatchObject({ seen: false, session: { version: 1 } });
  });
});
