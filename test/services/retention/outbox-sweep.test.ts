import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION } from '../../../src/domain/retention/retention-policy';
import { retentionSweeps } from '../../../src/services/retention/retention-sweeps';
import { createTestDatabase, type TestDatabase, testProviders } from '../../support/test-database';
import { fullScans, sqlitePlans } from '../../support/query-plans';

const DAY = 86_400_000;
const NOW = new Date('2026-12-07T02:30:00Z');
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);
const sweep = retentionSweeps(DEFAULT_RETENTION).find((s) => s.kind === 'outboxMessages')!;

describe.each(testProviders)('the outbox retention sweep (%s)', (provider) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await db.drop();
  });
  beforeEach(async () => {
    await db.prisma.outboxMessage.deleteMany();
  });

  /** Rows in the order given (ids grow with createdAt), each `daysAgo` old. */
  async function messages(rows: ReadonlyArray<{ status: 'SENT' | 'DEAD' | 'PENDING'; daysAgo: number }>) {
    const ids: number[] = [];
    for (const r of rows) {
      const at = ago(r.daysAgo);
      const { id } = await db.prisma.outboxMessage.create({
        data: { channel: 'TELEGRAM', chatId: '1', payload: { kind: 'text', text: 'x' }, status: r.status, createdAt: at, sentAt: r.status === 'SENT' ? at : null },
        select: { id: true },
      });
      ids.push(id);
    }
    return ids;
  }
  const run = (limit: number) => db.prisma.$transaction((tx) => sweep.run(tx, NOW, limit));
  const left = async () => (await db.prisma.outboxMessage.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((m) => m.id);

  it('deletes the sent and dead rows older than the policy in batches, and stops at the first row younger than it', async () => {
    const [pendingOld, , , sent2, sent3, young, lateOld] = await messages([
      { status: 'PENDING', daysAgo: 40 },
      { status: 'SENT', daysAgo: 35 },
      { status: 'DEAD', daysAgo: 34 },
      { status: 'SENT', daysAgo: 33 },
      { status: 'SENT', daysAgo: 31 },
      { status: 'SENT', daysAgo: 29 },
      // Past the first young row: not looked at, though it is old.
      { status: 'SENT', daysAgo: 31 },
    ]);

    expect(await run(2)).toEqual({ changed: 2, more: true });
    expect(await left()).toEqual([pendingOld, sent2, sent3, young, lateOld]);
    expect(await run(2)).toEqual({ changed: 2, more: false });
    expect(await run(2)).toEqual({ changed: 0, more: false });
    expect(await left()).toEqual([pendingOld, young, lateOld]);
  });

  it('says there is more when a full batch was deleted before the walk reached a young row', async () => {
    await messages([{ status: 'SENT', daysAgo: 40 }, { status: 'SENT', daysAgo: 39 }, { status: 'SENT', daysAgo: 38 }]);
    expect(await run(2)).toEqual({ changed: 2, more: true });
    expect(await run(2)).toEqual({ changed: 1, more: false });
    expect(await left()).toEqual([]);
  });
});

describe('the outbox retention sweep on a table with nothing left to delete (SQLite plan)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
  });
  afterAll(async () => {
    await db.drop();
  });

  it('reads one page by primary key from the first row, never the whole table', async () => {
    await db.prisma.outboxMessage.createMany({
      data: Array.from({ length: 10 }, (_, i) => ({ channel: 'TELEGRAM' as const, chatId: '1', payload: {}, status: 'SENT' as const, createdAt: ago(5 - i / 10), sentAt: ago(5 - i / 10) })),
    });
    const queries = await sqlitePlans(db, (tx) => sweep.run(tx, NOW, 3));
    const reads = queries.filter((q) => q.sql.includes('FROM `main`.`OutboxMessage`'));
    expect(reads).toHaveLength(1);
    expect(reads[0]!.plan).toEqual(['SEARCH OutboxMessage USING INTEGER PRIMARY KEY (rowid>?)']);
    expect(fullScans(queries, 'OutboxMessage')).toEqual([]);
  });
});
