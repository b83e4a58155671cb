import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { claimMessages } from '../../src/outbox/claim-messages';
import { createOutboxWorker } from '../../src/outbox/outbox-worker';
import { openDatabase } from '../../src/store/database';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/test-database';
import { chatIds, enqueueTexts, resetOutbox, testTime } from './outbox-fixtures';
import { fakeSender } from './fake-sender';

describe.each(testProviders)('outbox leases (%s)', (provider) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await db.drop();
  });
  beforeEach(async () => {
    await resetOutbox(db);
  });

  it('loses nothing when a worker dies between claim and send: the lease lapses and another worker sends it once', async () => {
    const { clock, sleep } = testTime();
    await enqueueTexts(db, ['a', 'b'], 2);
    const crashed = await claimMessages(db, { workerId: 'crashed', now: clock.now(), leaseMs: 30_000, limit: 100, perChat: 3, channels: ['TELEGRAM'] });
    expect(crashed).toHaveLength(4);
    const sender = fakeSender(clock);
    const survivor = createOutboxWorker({ db, clock, sleep, senders: [sender], workerId: 'survivor', leaseMs: 30_000 });

    expect(await survivor.drainOnce()).toMatchObject({ claimed: 0, sent: 0 });
    clock.advance(30_001);
    expect(await survivor.drainOnce()).toMatchObject({ claimed: 4, sent: 4 });

    expect(sender.attempts.map((s) => s.text).sort()).toEqual(['a#1', 'a#2', 'b#1', 'b#2']);
    const rows = await db.prisma.outboxMessage.findMany({ select: { status: true } });
    expect(rows.every((r) => r.status === 'SENT')).toBe(true);
  });

  it('claims only the front of each chat queue, so a later message never overtakes a claimed one', async () => {
    const { clock } = testTime();
    await enqueueTexts(db, ['a'], 5);
    const request = { now: clock.now(), leaseMs: 30_000, limit: 100, perChat: 2, channels: ['TELEGRAM' as const] };
    const first = await claimMessages(db, { ...request, workerId: 'one' });
    const second = await claimMessages(db, { ...request, workerId: 'two' });
    expect(first.map((r) => (r.payload as { text: string }).text)).toEqual(['a#1', 'a#2']);
    expect(second).toEqual([]);
  });

  it('two workers drain one outbox: every message exactly once, each chat in order', async () => {
    const { clock, sleep } = testTime();
    const chats = chatIds(40);
    await enqueueTexts(db, chats, 5);
    // PostgreSQL: a second connection pool, as a second process would have. SQLite has one writer per file: one connection.
    const other = provider === 'postgresql' ? await openDatabase(db.url) : { ...db, close: async () => undefined };
    try {
      const order: string[] = [];
      const record = (_chat: string, text: string) => {
        order.push(text);
        return { ok: true as const };
      };
      const senders = [fakeSender(clock, { answer: record }), fakeSender(clock, { answer: record })];
      const workers = [
        createOutboxWorker({ db, clock, sleep, senders: [senders[0]!], workerId: 'w1', batchSize: 20, perChatClaim: 2 }),
        createOutboxWorker({ db: other, clock, sleep, senders: [senders[1]!], workerId: 'w2', batchSize: 20, perChatClaim: 2 }),
      ];

      for (let round = 0; round < 20; round += 1) {
        const stats = await Promise.all(workers.map((w) => w.drainOnce()));
        if (stats.every((s) => s.claimed === 0)) break;
      }

      const delivered = senders.flatMap((s) => s.delivered);
      expect(delivered).toHaveLength(200);
      expect(new Set(delivered.map((s) => s.text)).size).toBe(200);
      expect(senders.every((s) => s.delivered.length > 0)).toBe(true);
      for (const chat of chats) {
        const sequence = order.filter((text) => text.startsWith(`${chat}#`));
        expect(sequence).toEqual([1, 2, 3, 4, 5].map((n) => `${chat}#${n}`));
      }
      expect(await db.prisma.outboxMessage.count({ where: { status: { not: 'SENT' } } })).toBe(0);
    } finally {
      await other.close();
    }
  });
});
