import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWhatsappChannel, type WhatsappChannel } from '../../../src/channels/whatsapp/whatsapp-channel';
import { whatsappPacing } from '../../../src/channels/whatsapp/whatsapp-sender';
import { fixedClock } from '../../../src/clock';
import { createLogger } from '../../../src/logger';
import { singleProcessLock, WHATSAPP_SOCKET_LOCK_KEY } from '../../../src/services/whatsapp/socket-lock';
import { postgresProcessLock } from '../../../src/store/dialect/postgres-process-lock';
import { createTestDatabase, testPostgresUrl, type TestDatabase } from '../../support/test-database';
import { fakeSockets } from './fake-socket';
import { NOW } from './whatsapp-harness';

describe('SQLite: one process', () => {
  it('always holds the socket', async () => {
    const lock = singleProcessLock();
    expect(await lock.tryAcquire()).toBe(true);
    expect(await lock.stillHeld()).toBe(true);
    await lock.release();
    expect(await lock.stillHeld()).toBe(false);
  });
});

describe.skipIf(!testPostgresUrl)('PostgreSQL: one process holds the WhatsApp socket', () => {
  let db: TestDatabase;
  const running: WhatsappChannel[] = [];

  beforeEach(async () => {
    db = await createTestDatabase('postgresql');
  });
  afterEach(async () => {
    for (const channel of running.splice(0)) await channel.service.stop();
    await db.drop();
  });

  /** A SAPA process: its own lock connection and fake sockets; lock rounds run only when the test asks. */
  async function startProcess() {
    const built = fakeSockets();
    const channel = createWhatsappChannel({
      db,
      clock: fixedClock(NOW),
      engine: { handle: async () => ({ status: 'duplicate' }), handleFile: async () => ({ status: 'duplicate' }) },
      logger: createLogger('silent'),
      pacing: whatsappPacing(1, 400),
      socketFactory: built.factory,
      showQr: () => undefined,
      lock: postgresProcessLock(db.url, WHATSAPP_SOCKET_LOCK_KEY),
      lockRetryMs: 3_600_000,
    });
    running.push(channel);
    await channel.service.start();
    return { channel, built };
  }

  /** The backend holding the lock in this database. */
  async function holderPid(): Promise<number | null> {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ pid: number }>(
        `SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND objid = $1
           AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
        [WHATSAPP_SOCKET_LOCK_KEY],
      );
      return rows[0]?.pid ?? null;
    } finally {
      await client.end();
    }
  }

  async function kill(pid: number): Promise<void> {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    await client.query('SELECT pg_terminate_backend($1)', [pid]);
    await client.end();
  }

  it('lets the first process hold the socket, keeps the second on standby, and hands over when the holder dies', async () => {
    const a = await startProcess();
    const b = await startProcess();
    expect(a.channel.leadership.isLeader()).toBe(true);
    expect(a.built.sockets).toHaveLength(1);
    expect(b.channel.leadership.isLeader()).toBe(false);
    expect(b.built.sockets).toHaveLength(0);
    expect(b.channel.pairing()).toEqual({ state: 'standby' });
    expect(await b.channel.sender.send('6281200000011@s.whatsapp.net', { kind: 'text', text: 'x' })).toMatchObject({ ok: false });

    // A standby retrying does not take a held lock.
    await b.channel.leadership.check();
    expect(b.built.sockets).toHaveLength(0);

    // The holder's database session dies (its process crashed or lost the network).
    const pid = await holderPid();
    expect(pid).not.toBeNull();
    await kill(pid!);
    await vi.waitFor(() => expect(a.channel.leadership.isLeader()).toBe(false), { timeout: 10_000 });
    expect(a.built.last().ended).toBe(true);

    await b.channel.leadership.check();
    expect(b.channel.leadership.isLeader()).toBe(true);
    expect(b.built.sockets).toHaveLength(1);
    b.built.last().open();
    expect(b.channel.pairing()).toEqual({ state: 'open' });

    // The old holder comes back as a standby.
    await a.channel.leadership.check();
    expect(a.channel.leadership.isLeader()).toBe(false);
    expect(a.built.sockets).toHaveLength(1);
  });

  it('frees the lock on a clean stop so the standby takes over at its next try', async () => {
    const a = await startProcess();
    const b = await startProcess();
    await a.channel.service.stop();
    running.splice(running.indexOf(a.channel), 1);
    expect(await holderPid()).toBeNull();
    await b.channel.leadership.check();
    expect(b.channel.leadership.isLeader()).toBe(true);
  });
});
