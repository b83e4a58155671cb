import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOutboxWorker } from '../../src/outbox/outbox-worker';
import { paceLockKey, sharedPace } from '../../src/outbox/pace-leases';
import { WHATSAPP_SOCKET_LOCK_KEY } from '../../src/services/whatsapp/socket-lock';
import { postgresProcessLock } from '../../src/store/dialect/postgres-process-lock';
import { createTestDatabase, testPostgresUrl, type TestDatabase } from '../support/test-database';
import { fakeSender } from './fake-sender';
import { chatIds, enqueueTexts, resetOutbox, testTime } from './outbox-fixtures';

if (!testPostgresUrl) console.warn('\n*** SKIPPED: the deployment-wide pace needs PostgreSQL (TEST_DATABASE_URL; CI sets it) ***\n');

it('each channel has its own pace lock key, none the WhatsApp socket key', () => {
  const keys = (['TELEGRAM', 'WHATSAPP', 'LOCAL'] as const).map(paceLockKey);
  expect(new Set([...keys, WHATSAPP_SOCKET_LOCK_KEY]).size).toBe(4);
  expect(keys.every((key) => Number.isInteger(key) && key >= 0 && key < 2 ** 32)).toBe(true);
});

describe.skipIf(!testPostgresUrl)('two instances on one PostgreSQL database share one Telegram pace', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('postgresql');
  });
  afterAll(async () => {
    await db?.drop();
  });
  beforeEach(async () => {
    await resetOutbox(db);
  });

  /** An instance: its own worker, channel and pace lease (its own database session). */
  function instance(name: string, time: ReturnType<typeof testTime>) {
    const sender = fakeSender(time.clock);
    const pace = sharedPace({ channels: ['TELEGRAM'], checkMs: 100, warmupMs: 0, lockFor: (channel) => postgresProcessLock(db.url, paceLockKey(channel)) });
    const worker = createOutboxWorker({ db, clock: time.clock, sleep: time.sleep, senders: [sender], pace, workerId: name });
    return { sender, pace, worker };
  }

  it('only the holder sends; when it stops, the other takes over and sends the rest', async () => {
    const time = testTime();
    const a = instance('a', time);
    const b = instance('b', time);
    await enqueueTexts(db, chatIds(10), 2);
    await a.worker.drainOnce();
    await b.worker.drainOnce();
    expect(a.sender.delivered).toHaveLength(20);
    expect(b.sender.attempts).toHaveLength(0);
    expect(a.pace.held()).toEqual(['TELEGRAM']);
    expect(b.pace.held()).toEqual([]);

    await a.worker.stop();
    await enqueueTexts(db, chatIds(5, 'later'), 2);
    time.clock.advance(100); // b's next check of the lease
    await b.worker.drainOnce();
    expect(b.sender.delivered.map((s) => s.text).sort()).toEqual(chatIds(5, 'later').flatMap((c) => [`${c}#1`, `${c}#2`]).sort());
    expect(b.pace.held()).toEqual(['TELEGRAM']);
    expect(await db.prisma.outboxMessage.count({ where: { status: { not: 'SENT' } } })).toBe(0);
    await b.worker.stop();
  });

  it('a holder whose database session dies (a crash) loses the pace, and the other takes it', async () => {
    const time = testTime();
    const a = instance('c', time);
    const b = instance('d', time);
    await enqueueTexts(db, chatIds(3), 1);
    await a.worker.drainOnce();
    expect(a.pace.held()).toEqual(['TELEGRAM']);

    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    try {
      // The session holding the Telegram pace (a 32-bit key is the lock's objid).
      const { rowCount } = await admin.query("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted AND objid = $1", [paceLockKey('TELEGRAM')]);
      expect(rowCount).toBe(1);
    } finally {
      await admin.end();
    }
    await enqueueTexts(db, chatIds(3, 'after'), 1);
    time.clock.advance(100);
    await b.worker.drainOnce();
    expect(b.sender.delivered.map((s) => s.text).sort()).toEqual(['after1#1', 'after2#1', 'after3#1']);
    await a.worker.drainOnce();
    expect(a.pace.held()).toEqual([]);
    expect(a.sender.delivered).toHaveLength(3);
    await Promise.all([a.worker.stop(), b.worker.stop()]);
  });
});
