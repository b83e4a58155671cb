import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutboxWorker } from '../../src/outbox/outbox-worker';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { enqueueTexts, testTime } from './outbox-fixtures';
import { fakeSender } from './fake-sender';

describe('outbox worker in the background', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
  });
  afterAll(async () => {
    await db.drop();
  });

  it('sleeps until woken, sends what was enqueued, and stops cleanly', async () => {
    const { clock } = testTime();
    let delivered: (text: string) => void = () => undefined;
    const next = () => new Promise<string>((resolve) => (delivered = resolve));
    const unpaced = { perSecond: Infinity, perChatPerSecond: Infinity };
    const sender = fakeSender(clock, { pacing: unpaced, answer: (_chat, text) => (delivered(text), { ok: true }) });
    let naps = 0;
    // A poll that never ends by itself: only wake() (or stop) can end the idle wait.
    const sleep = (_ms: number, signal: AbortSignal) => {
      naps += 1;
      return new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve()));
    };
    const worker = createOutboxWorker({ db, clock, sleep, senders: [sender] });
    await worker.start();

    const first = next();
    await enqueueTexts(db, ['a'], 1);
    worker.wake();
    expect(await first).toBe('a#1');

    const second = next();
    await enqueueTexts(db, ['b'], 1);
    worker.wake();
    expect(await second).toBe('b#1');

    await worker.stop();
    expect(naps).toBeGreaterThan(0);
    expect(await db.prisma.outboxMessage.count({ where: { status: 'SENT' } })).toBe(2);
  });
});
