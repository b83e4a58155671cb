import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstOutboxIdSince } from '../../../src/services/admin/first-outbox-id-since';
import { outboxState } from '../../../src/services/admin/outbox-state';
import { createTestDatabase, type TestDatabase, testProviders } from '../../support/test-database';
import { sqlitePlans } from '../../support/query-plans';

const NOW = new Date('2026-12-07T03:00:00Z');
const MINUTE = 60_000;
const ago = (minutes: number) => new Date(NOW.getTime() - minutes * MINUTE);

type Status = 'PENDING' | 'SENT' | 'DEAD';
const row = (minutesAgo: number, status: Status = 'SENT', lane: 'INTERACTIVE' | 'BULK' = 'INTERACTIVE') => ({
  channel: 'TELEGRAM' as const, chatId: '1', payload: { kind: 'text', text: 'x' }, status, lane, createdAt: ago(minutesAgo), sentAt: status === 'SENT' ? ago(minutesAgo) : null,
});

describe.each(testProviders)('the outbox at a glance (%s)', (provider) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await db.drop();
  });

  it('finds the first row of a time by id, as a scan of the table would, with gaps in the ids', async () => {
    // Three days of rows, one every 2 minutes, oldest first; then a hole, as retention leaves.
    await db.prisma.outboxMessage.createMany({ data: Array.from({ length: 2160 }, (_, i) => row(3 * 24 * 60 - 2 * i)) });
    const ids = (await db.prisma.outboxMessage.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((r) => r.id);
    await db.prisma.outboxMessage.deleteMany({ where: { id: { gte: ids[700]!, lt: ids[1300]! } } });
    const scanned = async (since: Date) => (await db.prisma.outboxMessage.findFirst({ where: { createdAt: { gte: since } }, orderBy: { id: 'asc' }, select: { id: true } }))?.id ?? null;
    for (const minutes of [5000, 4320, 4319, 3000, 2600, 2000, 1441, 1440, 1000, 777, 3, 1, 0]) {
      const since = ago(minutes);
      expect(await firstOutboxIdSince(db.prisma, since), `since ${minutes} minutes ago`).toBe(await scanned(since));
    }
    await db.prisma.outboxMessage.deleteMany();
    expect(await firstOutboxIdSince(db.prisma, ago(10))).toBeNull();
  });

  it('counts what waits and what failed, the sent of the last 24 hours, the oldest waiting, the dead newest first over both lanes', async () => {
    await db.prisma.outboxMessage.createMany({
      data: [row(48 * 60), row(25 * 60), row(30 * 60, 'DEAD', 'BULK'), row(23 * 60), row(20 * 60, 'PENDING', 'BULK'), row(10 * 60, 'DEAD'), row(60), row(30, 'DEAD', 'BULK'), row(5, 'PENDING'), row(1)],
    });
    const state = await db.prisma.$transaction((tx) => outboxState(tx, { deadLimit: 2, now: NOW }));
    expect(state.counts).toEqual({ PENDING: 2, SENT: 3, DEAD: 3 });
    expect(state.sentSince).toEqual(ago(24 * 60));
    expect(state.oldestPendingAt).toEqual(ago(20 * 60));
    expect(state.dead.map((d) => d.createdAt)).toEqual([ago(30), ago(10 * 60)]);
    expect(state.dead[0]).toMatchObject({ channel: 'TELEGRAM', chatId: '1', kind: 'text' });
    await db.prisma.outboxMessage.deleteMany();
    expect(await db.prisma.$transaction((tx) => outboxState(tx, { deadLimit: 2, now: NOW }))).toEqual({ counts: { PENDING: 0, SENT: 0, DEAD: 0 }, sentSince: ago(24 * 60), oldestPendingAt: null, dead: [] });
  });
});

describe('the outbox at a glance on SQLite (plan)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    await db.prisma.outboxMessage.createMany({ data: Array.from({ length: 600 }, (_, i) => row(48 * 60 - 5 * i)) });
  });
  afterAll(async () => {
    await db.drop();
  });

  it('seeks (status, lane, id) one lane at a time and the primary key, and reads no whole table or index', async () => {
    const queries = await sqlitePlans(db, (tx) => outboxState(tx, { deadLimit: 100, now: NOW }));
    const lines = queries.flatMap((q) => q.plan.filter((d) => d.includes('OutboxMessage')).map((d) => ({ d, limited: /LIMIT \?/.test(q.sql) && !/COUNT\(\*\)/.test(q.sql) })));
    for (const { d, limited } of lines) {
      // A first or last row by id reads one entry ("SCAN" with LIMIT 1); everything else seeks.
      if (!limited || !d.startsWith('SCAN OutboxMessage')) expect(d).toMatch(/^SEARCH OutboxMessage USING (INTEGER PRIMARY KEY|(COVERING )?INDEX OutboxMessage_status_lane_id_idx \(status=\? AND lane=\?)/);
    }
    expect(lines.filter(({ d }) => d.includes('status_lane_id_idx (status=? AND lane=? AND id>?)'))).toHaveLength(1);
    expect(queries.flatMap((q) => q.plan).filter((d) => d.includes('TEMP B-TREE'))).toEqual([]);
  });
});
