import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWhatsappChannel, type WhatsappChannel } from '../../../src/channels/whatsapp/whatsapp-channel';
import { whatsappPacing } from '../../../src/channels/whatsapp/whatsapp-sender';
import { fixedClock } from '../../../src/clock';
import { createLogger } from '../../../src/logger';
import { seedDemo } from '../../../src/store/seed/seed-demo';
import { demoPeople, linkIdentity } from '../../support/factories';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/test-database';
import { fakeSockets } from './fake-socket';
import { NOW } from './whatsapp-harness';

describe.each(testProviders)('WhatsApp session across logouts and restarts on %s', (provider) => {
  let db: TestDatabase;
  const running: WhatsappChannel[] = [];

  beforeEach(async () => {
    db = await createTestDatabase(provider);
  });
  afterEach(async () => {
    for (const channel of running.splice(0)) await channel.service.stop();
    await db.drop();
  });

  /** One SAPA process's WhatsApp channel over fake sockets. */
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
      backoff: { baseMs: 10, maxMs: 20 },
    });
    running.push(channel);
    await channel.service.start();
    return { channel, built };
  }

  it('keeps the paired session in the database: a restart resumes it with every key byte-identical', async () => {
    const first = await startProcess();
    const socket = first.built.last();
    socket.emit('creds.update', { me: { id: '6281100000001:7@s.whatsapp.net', name: 'SAPA' }, registered: true });
    const preKey = { public: randomBytes(32), private: randomBytes(32) };
    const session = randomBytes(180);
    await socket.auth.keys.set({ 'pre-key': { '31': preKey }, session: { '6281200000011.0': session } });
    await vi.waitFor(async () => expect(await db.prisma.whatsappAuth.count()).toBe(3));
    await first.channel.service.stop();
    running.splice(0);

    const second = await startProcess();
    const resumed = second.built.last().auth;
    expect(resumed.creds.me).toEqual({ id: '6281100000001:7@s.whatsapp.net', name: 'SAPA' });
    expect(resumed.creds.registered).toBe(true);
    expect(Buffer.compare(Buffer.from(resumed.creds.noiseKey.private), Buffer.from(socket.auth.creds.noiseKey.private))).toBe(0);
    expect(Buffer.compare(Buffer.from(resumed.creds.signedIdentityKey.private), Buffer.from(socket.auth.creds.signedIdentityKey.private))).toBe(0);
    const keys = await resumed.keys.get('pre-key', ['31']);
    expect(Buffer.compare(Buffer.from(keys['31']!.private), preKey.private)).toBe(0);
    const sessions = await resumed.keys.get('session', ['6281200000011.0']);
    expect(Buffer.compare(Buffer.from(sessions['6281200000011.0']!), session)).toBe(0);
  });

  it('on logout clears the stored session, alerts each HR officer on Telegram, and waits for a new pairing', async () => {
    await seedDemo(db, fixedClock(NOW));
    const { hr } = await demoPeople(db);
    await linkIdentity(db, 'TELEGRAM', '900001', hr.nip);
    const { channel, built } = await startProcess();
    const old = built.last();
    old.emit('creds.update', { me: { id: '6281100000001:7@s.whatsapp.net' } });
    await vi.waitFor(async () => expect(await db.prisma.whatsappAuth.count()).toBe(1));
    old.open();

    old.close(401);
    await vi.waitFor(() => expect(built.sockets).toHaveLength(2));
    expect(await db.prisma.whatsappAuth.count()).toBe(0);
    expect(built.last().auth.creds.me).toBeUndefined();

    const alerts = await db.prisma.outboxMessage.findMany({ select: { channel: true, chatId: true, payload: true } });
    expect(alerts).toEqual([
      {
        channel: 'TELEGRAM',
        chatId: '900001',
        payload: { kind: 'text', text: expect.stringMatching(/^⚠️ SAPA terputus dari WhatsApp[\s\S]*\/admin\/whatsapp\/pairing/) },
      },
    ]);
    expect(await db.prisma.auditLog.count({ where: { action: 'whatsapp.logged_out' } })).toBe(1);

    built.last().qr('2@fresh');
    expect(channel.pairing()).toMatchObject({ state: 'pairing', qr: '2@fresh' });
    // A late update from the logged-out socket does not bring the old session back.
    old.emit('creds.update', { me: { id: 'stale' } });
    expect(await db.prisma.whatsappAuth.count()).toBe(0);
  });
});
