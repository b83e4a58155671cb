import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/clock';
import type { ChannelSender, SendResult } from '../../src/chat/channel-sender';
import { createOutboxWorker } from '../../src/outbox/outbox-worker';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/test-database';
import { chatIds, enqueueTexts, resetOutbox } from './outbox-fixtures';

/** A channel whose answers the test releases by hand (or never). */
function heldSender() {
  const waiting: Array<{ text: string; answer: (result: SendResult) => void }> = [];
  let started: () => void = () => undefined;
  const sender: ChannelSender = {
    channel: 'TELEGRAM',
    pacing: { perSecond: Infinity, perChatPerSecond: Infinity },
    send: (_chatId, message) =>
      new Promise<SendResult>((answer) => {
        waiting.push({ text: message.kind === 'text' ? message.text : '', answer });
        started();
      }),
  };
  const inFlight = (n: number) =>
    new Promise<void>((resolve) => {
      started = () => waiting.length >= n && resolve();
      started();
    });
  return { sender, waiting, inFlight };
}

describe.each(testProviders)('outbox worker stop (%s)', (provider) => {
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

  const leased = () => db.prisma.outboxMessage.count({ where: { lockedBy: { not: null } } });

  it('waits for the sends in flight, marks them, and gives back the leases of what it held', async () => {
    await enqueueTexts(db, chatIds(4), 3);
    const { sender, waiting, inFlight } = heldSender();
    const worker = createOutboxWorker({ db, clock: systemClock, senders: [sender], maxInFlight: 2 });
    await worker.start();
    await inFlight(2);
    expect(await leased()).toBe(12);

    const stopped = worker.stop(10_000);
    await new Promise((r) => setTimeout(r, 50));
    for (const w of waiting) w.answer({ ok: true });
    await stopped;

    expect(waiting).toHaveLength(2);
    expect(await db.prisma.outboxMessage.count({ where: { status: 'SENT' } })).toBe(2);
    expect(await db.prisma.outboxMessage.count({ where: { status: 'PENDING' } })).toBe(10);
    expect(await leased()).toBe(0);
  });

  it('gives up on a send that hangs after the grace: that row alone keeps its lease (its outcome is unknown)', async () => {
    await enqueueTexts(db, chatIds(3), 2);
    const { sender, waiting, inFlight } = heldSender();
    const worker = createOutboxWorker({ db, clock: systemClock, senders: [sender], maxInFlight: 2 });
    await worker.start();
    await inFlight(2);
    waiting[0]!.answer({ ok: true });

    const begun = performance.now();
    await worker.stop(300);
    const tookMs = performance.now() - begun;

    expect(tookMs).toBeGreaterThanOrEqual(250);
    expect(tookMs).toBeLessThan(5_000);
    expect(await db.prisma.outboxMessage.count({ where: { status: 'SENT' } })).toBe(1);
    const stillLeased = await db.prisma.outboxMessage.findMany({ where: { lockedBy: { not: null } }, select: { payload: true } });
    expect(stillLeased.map((r) => (r.payload as { text: string }).text)).toEqual([waiting[1]!.text]);
  });
});
