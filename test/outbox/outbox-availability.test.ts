import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOutboxWorker } from '../../src/outbox/outbox-worker';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { chatIds, enqueueTexts, resetOutbox, testTime } from './outbox-fixtures';
import { fakeSender } from './fake-sender';

describe('outbox worker and an unavailable channel', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });
  beforeEach(async () => {
    await resetOutbox(db);
  });

  it('leaves the messages queued, spending no attempt, until the channel is back', async () => {
    const { clock, sleep } = testTime();
    let connected = false;
    const sender = { ...fakeSender(clock), available: () => connected };
    await enqueueTexts(db, chatIds(3), 1);
    const worker = createOutboxWorker({ db, clock, sleep, senders: [sender] });

    expect(await worker.drainOnce()).toMatchObject({ claimed: 0, sent: 0, retried: 0 });
    const waiting = await db.prisma.outboxMessage.findMany({ select: { status: true, attempts: true, lockedBy: true } });
    expect(waiting).toEqual(Array.from({ length: 3 }, () => ({ status: 'PENDING', attempts: 0, lockedBy: null })));

    connected = true;
    expect(await worker.drainOnce()).toMatchObject({ sent: 3 });
    expect(await db.prisma.outboxMessage.count({ where: { status: 'SENT' } })).toBe(3);
  });
});
