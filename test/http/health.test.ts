import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWhatsappChannel } from '../../src/channels/whatsapp/whatsapp-channel';
import { whatsappChannelState, whatsappStatus } from '../../src/channels/whatsapp/whatsapp-module';
import { whatsappPacing } from '../../src/channels/whatsapp/whatsapp-sender';
import { fixedClock } from '../../src/clock';
import { buildApp } from '../../src/http/build-app';
import { createLogger } from '../../src/logger';
import { enqueue } from '../../src/outbox/enqueue';
import { openDatabase } from '../../src/store/database';
import { fakeSockets } from '../channels/whatsapp/fake-socket';
import { createTestDatabase, testPostgresUrl, testProviders, type TestDatabase } from '../support/test-database';

describe.each(testProviders)('health and readiness on %s', (provider) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await db.drop();
  });

  it('answers /live, /health and /ready with 200 once migrations are applied', async () => {
    const app = await buildApp({ db });
    for (const url of ['/live', '/health']) expect((await app.inject({ method: 'GET', url })).json()).toEqual({ status: 'ok' });
    const ready = await app.inject({ method: 'GET', url: '/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({
      status: 'ready',
      failing: [],
      parts: { database: { ready: true, provider, pending: 0 }, outbox: { ready: true, oldestPendingSeconds: 0 } },
    });
    await app.close();
  });

  it("names WhatsApp while its socket connects or waits to be paired, and is ready once it is open (the channel's own state)", async () => {
    const clock = fixedClock('2026-11-27T03:00:00Z');
    const sockets = fakeSockets();
    const channel = createWhatsappChannel({
      db,
      clock,
      engine: { handle: async () => ({ status: 'duplicate' }), handleFile: async () => ({ status: 'duplicate' }) },
      logger: createLogger('silent'),
      pacing: whatsappPacing(1, 400),
      socketFactory: sockets.factory,
      showQr: () => undefined,
    });
    const app = await buildApp({
      db,
      rateLimits: false,
      readiness: { parts: () => [{ part: 'telegram', state: 'webhook', ready: true }, whatsappStatus(channel.pairing().state)], clock },
    });
    const ready = async () => {
      const res = await app.inject({ method: 'GET', url: '/ready' });
      return { code: res.statusCode, body: res.json() };
    };
    try {
      expect(await ready()).toMatchObject({ code: 503, body: { status: 'not_ready', failing: ['whatsapp'], parts: { whatsapp: { ready: false, state: 'stopped' } } } });
      await channel.service.start();
      expect(await ready()).toMatchObject({ code: 503, body: { failing: ['whatsapp'], parts: { whatsapp: { state: 'connecting' } } } });
      sockets.last().qr('2@qr');
      expect(await ready()).toMatchObject({ code: 503, body: { failing: ['whatsapp'], parts: { whatsapp: { state: 'pairing' } } } });
      // The QR goes to HR's operations page only, never to /ready.
      expect(whatsappChannelState(channel.pairing())).toMatchObject({ channel: 'whatsapp', state: 'pairing', pairing: { qr: '2@qr' } });
      expect(JSON.stringify((await app.inject({ method: 'GET', url: '/ready' })).json())).not.toContain('2@qr');
      sockets.last().open();
      expect(whatsappChannelState(channel.pairing())).toEqual({ channel: 'whatsapp', state: 'open' });
      expect(await ready()).toMatchObject({
        code: 200,
        body: { status: 'ready', failing: [], parts: { whatsapp: { ready: true, state: 'open' }, telegram: { ready: true, state: 'webhook' } } },
      });
    } finally {
      await channel.service.stop();
      await app.close();
    }
  });

  it('names the outbox when the oldest pending reply waited past the threshold, leaving bulk rows out', async () => {
    const queuedAt = new Date('2026-11-27T03:00:00Z');
    await db.prisma.$transaction((tx) =>
      enqueue(tx, [
        { channel: 'TELEGRAM', chatId: '501', purpose: 'reply', message: { kind: 'text', text: 'balasan' } },
        { channel: 'TELEGRAM', chatId: '502', purpose: 'reply', message: { kind: 'text', text: 'orang asing' }, priority: -10 },
        { channel: 'TELEGRAM', chatId: '503', purpose: 'payslip', message: { kind: 'text', text: 'massal' } },
      ]),
    );
    await db.prisma.outboxMessage.updateMany({ data: { createdAt: queuedAt } });
    const probe = async (at: string, outboxLagMs: number) => {
      const app = await buildApp({ db, rateLimits: false, readiness: { clock: fixedClock(at), outboxLagMs } });
      const res = await app.inject({ method: 'GET', url: '/ready' });
      await app.close();
      return { code: res.statusCode, body: res.json() };
    };
    try {
      expect(await probe('2026-11-27T03:04:00Z', 300_000)).toMatchObject({ code: 200, body: { parts: { outbox: { ready: true, pending: 3, oldestPendingSeconds: 240 } } } });
      expect(await probe('2026-11-27T03:06:00Z', 300_000)).toMatchObject({
        code: 503,
        body: { status: 'not_ready', failing: ['outbox'], parts: { outbox: { ready: false, oldestPendingSeconds: 360, thresholdSeconds: 300 } } },
      });
      // 0: the lag is reported, never failing.
      expect(await probe('2026-11-27T05:00:00Z', 0)).toMatchObject({ code: 200, body: { parts: { outbox: { ready: true, oldestPendingSeconds: 7200 } } } });
      // Only the stranger's answer and the bulk row left: they may wait for hours.
      await db.prisma.outboxMessage.updateMany({ where: { chatId: '501' }, data: { status: 'SENT' } });
      expect(await probe('2026-11-27T05:00:00Z', 300_000)).toMatchObject({ code: 200, body: { parts: { outbox: { ready: true, pending: 2, oldestPendingSeconds: 0 } } } });
    } finally {
      await db.prisma.outboxMessage.deleteMany();
    }
  });

  it('limits /ready, /health, /live and /docs per address with the default limits', async () => {
    const app = await buildApp({ db, routes: [async (a) => void a.get('/docs', async () => 'docs')] });
    const probe = (url: string, ip: string) => app.inject({ method: 'GET', url, remoteAddress: ip });
    for (const [url, max] of [['/ready', 60], ['/health', 120], ['/live', 120], ['/docs', 60]] as const) {
      for (let i = 0; i < max; i += 1) expect((await probe(url, '10.1.0.1')).statusCode).toBe(200);
      const limited = await probe(url, '10.1.0.1');
      expect(limited.statusCode, url).toBe(429);
      expect(limited.json()).toMatchObject({ code: 'error.rate_limited' });
      expect((await probe(url, '10.1.0.2')).statusCode, url).toBe(200);
    }
    await app.close();
  });

  it('is not ready while a migration is pending', async () => {
    await db.prisma.$executeRawUnsafe('DELETE FROM _prisma_migrations');
    const app = await buildApp({ db });
    const ready = await app.inject({ method: 'GET', url: '/ready' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toMatchObject({ failing: ['database'], parts: { database: { ready: false } } });
    expect(ready.json().parts.database.pending).toBeGreaterThan(0);
    await app.close();
  });

  it('answers unknown routes with a 404 that reveals nothing', async () => {
    const app = await buildApp({ db });
    const res = await app.inject({ method: 'GET', url: '/admin/../etc/passwd' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ code: 'error.not_found', message: 'Not found' });
    await app.close();
  });
});

/** A PostgreSQL server that does not answer (SQLite has no server to lose). */
describe.each(testProviders.filter((p) => p === 'postgresql'))('readiness without a database server, on %s', () => {
  it('names the database when its server cannot be reached', async () => {
    const url = new URL(testPostgresUrl!);
    url.port = '1';
    const unreachable = await openDatabase(url.toString());
    const app = await buildApp({ db: unreachable, rateLimits: false });
    try {
      const ready = await app.inject({ method: 'GET', url: '/ready' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toMatchObject({ status: 'not_ready', failing: ['database'], parts: { database: { ready: false, error: 'unreachable' } } });
      expect(ready.json().parts.outbox).toBeUndefined();
    } finally {
      await app.close();
      await unreachable.close();
    }
  });
});
