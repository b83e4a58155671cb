import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOutboxWorker } from '../../src/outbox/outbox-worker';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { chatIds, enqueueTexts, resetOutbox, testTime } from './outbox-fixtures';
import { fakeSender, maxInWindow } from './fake-sender';

describe('outbox pacing (on the fake clock)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
  });
  afterAll(async () => {
    await db.drop();
  });
  beforeEach(async () => {
    await resetOutbox(db);
  });

  it('sends no more than 30 messages in any second through Telegram, and close to 30 a second', async () => {
    const { clock, sleep } = testTime();
    const sender = fakeSender(clock);
    await enqueueTexts(db, chatIds(300), 1);
    // Results written back once a second: this test is about pacing, not write-back.
    const worker = createOutboxWorker({ db, clock, sleep, senders: [sender], flushMs: 1000 });
    const start = clock.now().getTime();

    expect(await worker.drainOnce()).toMatchObject({ sent: 300 });

    const times = sender.attempts.map((s) => s.at);
    expect(maxInWindow(times, 1000)).toBeLessThanOrEqual(30);
    const seconds = (Math.max(...times) - start) / 1000;
    expect(300 / seconds).toBeGreaterThan(30 * 0.95);
  });

  it('sends at most one message a second to the same chat, in order, while other chats go on', async () => {
    const { clock, sleep } = testTime();
    const sender = fakeSender(clock);
    await enqueueTexts(db, ['busy'], 8);
    await enqueueTexts(db, chatIds(20), 1);
    const worker = createOutboxWorker({ db, clock, sleep, senders: [sender] });

    await worker.drainOnce();

    const busy = sender.attempts.filter((s) => s.chatId === 'busy');
    expect(busy.map((s) => s.text)).toEqual(Array.from({ length: 8 }, (_, i) => `busy#${i + 1}`));
    expect(maxInWindow(busy.map((s) => s.at), 1000)).toBe(1);
    const others = sender.attempts.filter((s) => s.chatId !== 'busy');
    expect(Math.max(...others.map((s) => s.at))).toBeLessThan(busy[2]!.at);
  });

  it('does not let one chat’s backlog at the front of the outbox hold up the other chats', async () => {
    const { clock, sleep } = testTime();
    const sender = fakeSender(clock);
    await enqueueTexts(db, ['flood'], 30);
    await enqueueTexts(db, chatIds(20), 1);
    const worker = createOutboxWorker({ db, clock, sleep, senders: [sender], batchSize: 8 });

    await worker.drainOnce();

    const flood = sender.attempts.filter((s) => s.chatId === 'flood');
    expect(flood).toHaveLength(30);
    const others = sender.attempts.filter((s) => s.chatId !== 'flood');
    expect(Math.max(...others.map((s) => s.at))).toBeLessThan(flood[3]!.at);
  });

  it('paces each channel by its own limits, with the jitter WhatsApp asks for', async () => {
    const { clock, sleep } = testTime();
    const telegram = fakeSender(clock);
    const whatsapp = fakeSender(clock, { channel: 'WHATSAPP', pacing: { perSecond: 1, perChatPerSecond: 1, jitterMs: 1000 } });
    await enqueueTexts(db, chatIds(10, 'w'), 1, 'WHATSAPP');
    await enqueueTexts(db, chatIds(60, 't'), 1, 'TELEGRAM');
    const worker = createOutboxWorker({ db, clock, sleep, senders: [telegram, whatsapp], random: () => 0.5 });

    await worker.drainOnce();

    const gaps = whatsapp.attempts.slice(1).map((s, i) => s.at - whatsapp.attempts[i]!.at);
    expect(gaps).toHaveLength(9);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(1500);
    expect(maxInWindow(telegram.attempts.map((s) => s.at), 1000)).toBeLessThanOrEqual(30);
    expect(Math.max(...telegram.attempts.map((s) => s.at))).toBeLessThan(whatsapp.attempts[3]!.at);
  });
});
