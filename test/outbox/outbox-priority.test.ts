import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEND_PRIORITY, type Envelope } from '../../src/chat/envelope';
import { claimMessages } from '../../src/outbox/claim-messages';
import { enqueue } from '../../src/outbox/enqueue';
import { createOutboxWorker } from '../../src/outbox/outbox-worker';
import type { Database } from '../../src/store/database';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/test-database';
import { fakeSender } from './fake-sender';
import { chatIds, resetOutbox, testTime } from './outbox-fixtures';

const text = (chatId: string, body: string, priority?: number): Envelope => ({
  channel: 'WHATSAPP',
  chatId,
  purpose: 'reply',
  message: { kind: 'text', text: body },
  ...(priority !== undefined ? { priority } : {}),
});

/** Enqueues the envelopes in one transaction. */
async function enqueueAll(db: Database, envelopes: Envelope[]) {
  await db.prisma.$transaction((tx) => enqueue(tx, envelopes), { timeout: 30_000 });
}

describe.each(testProviders)('outbox priority (%s)', (provider) => {
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


  it('claims an employee’s reply first even behind 400 queued answers to strangers, and at most `lowLimit` of those', async () => {
    const { clock } = testTime();
    await enqueueAll(db, chatIds(400, 'stranger').map((chat) => text(chat, `${chat}: belum terhubung`, SEND_PRIORITY.stranger)));
    await enqueueAll(db, [text('employee', 'Saldo cuti Anda 12 hari')]);
    const rows = await claimMessages(db, { workerId: 'w', now: clock.now(), leaseMs: 60_000, limit: 100, perChat: 3, channels: ['WHATSAPP'], lowLimit: 50 });
    expect(rows.find((r) => r.chatId === 'employee')).toMatchObject({ priority: SEND_PRIORITY.normal });
    expect(rows.filter((r) => r.priority < SEND_PRIORITY.normal)).toHaveLength(50);
    expect(rows).toHaveLength(51);
  });

  it('never lets a chat’s later message overtake its earlier one, whatever their priorities', async () => {
    const { clock } = testTime();
    await enqueueAll(db, chatIds(120, 'stranger').map((chat) => text(chat, 'belum terhubung', SEND_PRIORITY.stranger)));
    // A stranger links: the answer to the stranger comes first, the employee's replies after it.
    await enqueueAll(db, [text('stranger1', 'Berhasil! Chat ini sekarang terhubung')]);
    const claim = (workerId: string, limit: number) =>
      claimMessages(db, { workerId, now: clock.now(), leaseMs: 60_000, limit, perChat: 3, channels: ['WHATSAPP'], lowLimit: limit });
    const texts = (rows: Awaited<ReturnType<typeof claim>>) => rows.filter((r) => r.chatId === 'stranger1').map((r) => (r.payload as { text: string }).text);
    // The normal reply goes at its chat's lower priority: not ahead of the other strangers, and not without the earlier answer.
    const first = await claim('w1', 10);
    expect(texts(first)).toEqual(['belum terhubung']);
    expect(await claim('w2', 200)).not.toContainEqual(expect.objectContaining({ chatId: 'stranger1' }));
    await db.prisma.outboxMessage.deleteMany();
    await enqueueAll(db, [text('stranger1', 'belum terhubung', SEND_PRIORITY.stranger), text('stranger1', 'Berhasil! Chat ini sekarang terhubung')]);
    await enqueueAll(db, chatIds(5, 'employee').map((chat) => text(chat, 'Saldo cuti Anda 12 hari')));
    const rows = await claim('w3', 100);
    expect(texts(rows)).toEqual(['belum terhubung', 'Berhasil! Chat ini sekarang terhubung']);
    expect(rows.filter((r) => r.chatId === 'stranger1').every((r) => r.priority === SEND_PRIORITY.stranger)).toBe(true);
  });

  it('sends an employee’s reply before the strangers’ answers queued before it, one message a second', async () => {
    const { clock, sleep } = testTime();
    const sender = fakeSender(clock, { channel: 'WHATSAPP', pacing: { perSecond: 1, perChatPerSecond: 1 } });
    const worker = createOutboxWorker({ db, clock, sleep, senders: [sender], batchSize: 20, random: () => 0.5 });
    await enqueueAll(db, chatIds(30, 'stranger').map((chat) => text(chat, `${chat}: belum terhubung`, SEND_PRIORITY.stranger)));
    await worker.drainOnce();
    expect(sender.delivered).toHaveLength(30);

    await enqueueAll(db, chatIds(30, 'late').map((chat) => text(chat, 'belum terhubung', SEND_PRIORITY.stranger)));
    await enqueueAll(db, [text('employee', 'Saldo cuti Anda 12 hari')]);
    const before = sender.delivered.length;
    await worker.drainOnce();
    expect(sender.delivered[before]).toMatchObject({ chatId: 'employee' });
    expect(sender.delivered).toHaveLength(61);
  });
});

/*
 * When the worker claims is its own scheduling, alike on both databases. It
 * runs on the test's clock, which moves whenever the worker sleeps; on
 * SQLite a claim or a write-back takes no time on that clock, while
 * PostgreSQL's round trips let it run seconds ahead, so only SQLite's run
 * shows how often the worker claims.
 */
describe('outbox claims under a backlog (sqlite)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
  });
  afterAll(async () => {
    await db.drop();
  });


  it('holding more than half its batch, claims on a wake at most once a gap, and within the gap after a new row', async () => {
    const { clock, sleep } = testTime();
    const sender = fakeSender(clock, { channel: 'WHATSAPP', pacing: { perSecond: 10, perChatPerSecond: 1 } });
    // Each claim: when, and how many rows the worker held then (claimed so far, less those it has sent).
    const claims: Array<{ at: number; held: number }> = [];
    let claimed = 0;
    const dialect = {
      ...db.dialect,
      claimOutbox: async (...args: Parameters<typeof db.dialect.claimOutbox>) => {
        claims.push({ at: clock.now().getTime(), held: claimed - sender.attempts.length });
        const rows = await db.dialect.claimOutbox(...args);
        claimed += rows.length;
        return rows;
      },
    };
    const worker = createOutboxWorker({ db: { ...db, dialect }, clock, sleep, senders: [sender], batchSize: 10, wakeClaimGapMs: 200, random: () => 0.5 });
    // Four chats with long queues: the worker holds up to three rows of each, and the rest wait behind them.
    await enqueueAll(db, Array.from({ length: 15 }, (_, n) => chatIds(4, 'busy').map((chat) => text(chat, `${chat}#${n + 1}`))).flat());
    const idle = () => new Promise((resolve) => setImmediate(resolve));
    const drained = worker.drainOnce();
    // A wake whenever time has moved, as when new rows keep coming.
    let wokenAt = -1;
    while (sender.delivered.length < 12) {
      if (clock.now().getTime() !== wokenAt) {
        wokenAt = clock.now().getTime();
        worker.wake();
      }
      await idle();
    }
    // Past half the batch a claim comes a gap after the one before; at half or less at once.
    const full = claims.flatMap((claim, i) => (i > 0 && claim.held > 5 ? [claim.at - claims[i - 1]!.at] : []));
    expect(full.length).toBeGreaterThan(3);
    expect(Math.min(...full)).toBeGreaterThanOrEqual(200);

    await enqueueAll(db, [text('employee', 'Saldo cuti Anda 12 hari')]);
    const putAt = clock.now().getTime();
    worker.wake();
    while (!claims.some((claim) => claim.at >= putAt)) await idle();
    expect(claims.find((claim) => claim.at >= putAt)!.at - putAt).toBeLessThanOrEqual(200);
    await drained;
    expect(sender.delivered).toHaveLength(61);
  });
});
