import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWhatsappChannel, type WhatsappChannel } from '../../../src/channels/whatsapp/whatsapp-channel';
import { whatsappModule } from '../../../src/channels/whatsapp/whatsapp-module';
import { whatsappPacing } from '../../../src/channels/whatsapp/whatsapp-sender';
import { printQr } from '../../../src/channels/whatsapp/terminal-qr';
import { fixedClock } from '../../../src/clock';
import { loadConfig } from '../../../src/config';
import { createConversationEngine } from '../../../src/conversation/conversation-engine';
import { FlowRegistry } from '../../../src/conversation/flow-registry';
import { createAuthenticate } from '../../../src/http/admin/authenticate';
import { buildApp } from '../../../src/http/build-app';
import { whatsappPairingRoute, WHATSAPP_PAIRING_PATH } from '../../../src/http/routes/whatsapp-pairing';
import { createLogger } from '../../../src/logger';
import type { ServiceContext } from '../../../src/module';
import { makeAdminToken } from '../../support/factories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { fakeSockets, type FakeSocket } from './fake-socket';
import { NOW } from './whatsapp-harness';

describe('WhatsApp pairing', () => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let channel: WhatsappChannel;
  let socket: FakeSocket;
  let token: string;
  const clock = fixedClock(NOW);

  beforeEach(async () => {
    db = await createTestDatabase('sqlite');
    const built = fakeSockets();
    channel = createWhatsappChannel({
      db,
      clock,
      engine: { handle: async () => ({ status: 'duplicate' }), handleFile: async () => ({ status: 'duplicate' }) },
      logger: createLogger('silent'),
      pacing: whatsappPacing(1, 400),
      socketFactory: built.factory,
      showQr: () => undefined,
      pairingPhone: '6281100000001',
    });
    app = await buildApp({
      db,
      routes: [whatsappPairingRoute({ authenticate: createAuthenticate({ db, clock, refusalDelayMs: 0, tokenListMaxAgeMs: 0 }, 'ops'), pairing: channel.pairing })],
      rateLimits: false,
    });
    ({ token } = await makeAdminToken(db, { now: clock.now(), scopes: ['ops'] }));
    await channel.service.start();
    socket = built.last();
  });
  afterEach(async () => {
    await channel.service.stop();
    await app.close();
    await db.drop();
  });

  const get = (auth?: string) =>
    app.inject({ method: 'GET', url: WHATSAPP_PAIRING_PATH, headers: auth ? { authorization: `Bearer ${auth}` } : {} });

  it('is for HR only: no token, no QR code', async () => {
    socket.qr('2@secret-qr');
    for (const response of [await get(), await get('sapa_not-a-token')]) {
      expect(response.statusCode).toBe(401);
      expect(response.body).not.toContain('secret-qr');
    }
    const readOnly = await makeAdminToken(db, { now: clock.now(), scopes: ['read'] });
    const outOfScope = await get(readOnly.token);
    expect(outOfScope.statusCode).toBe(403);
    expect(outOfScope.json()).toMatchObject({ code: 'forbidden.missing_scope' });
    expect(outOfScope.body).not.toContain('secret-qr');
  });

  it('shows the latest QR code as text and as a PNG image, with the pairing code for WHATSAPP_PHONE', async () => {
    socket.qr('2@first');
    socket.qr('2@latest');
    // The pairing code is asked for in the background.
    await new Promise((resolve) => setImmediate(resolve));
    const response = await get(token);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.json();
    expect(body).toMatchObject({ state: 'pairing', qr: '2@latest', pairingCode: 'SAPA-1234', qrAt: NOW.replace('Z', '.000Z') });
    expect(body.qrImage).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/);
    expect(socket.pairingRequests).toEqual(['6281100000001']);
  });

  it('shows no code once connected', async () => {
    socket.qr('2@old');
    socket.open();
    expect((await get(token)).json()).toEqual({ state: 'open' });
  });

  it('prints the QR code in the terminal with how to scan it', async () => {
    let printed = '';
    await printQr('2@terminal', (text) => {
      printed += text;
    });
    expect(printed).toContain('Perangkat tertaut');
    expect(printed).toMatch(/[▀▄█]/);
  });
});

describe('WhatsApp module', () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase('sqlite');
  });
  afterEach(async () => {
    await db.drop();
  });

  function context(env: Record<string, string>): ServiceContext {
    const clock = fixedClock(NOW);
    const flows = new FlowRegistry([]);
    const engine = createConversationEngine({ db, clock, flows, idleMinutes: 30, agency: { name: 'BKPSDM' } });
    return { config: loadConfig(env), db, clock, logger: createLogger('silent'), engine, flows, wakeOutbox: () => undefined };
  }

  it('is off unless WHATSAPP_ENABLED, and says so to /ready', async () => {
    const module = await whatsappModule(context({}));
    expect(module.routes ?? module.services ?? module.senders).toBeUndefined();
    expect(module.status?.()).toEqual({ part: 'whatsapp', state: 'off', ready: true });
  });

  it('contributes the sender paced by WHATSAPP_RATE_PER_SECOND and WHATSAPP_JITTER_MS, the socket service and the pairing route', async () => {
    const module = await whatsappModule(context({ WHATSAPP_ENABLED: 'true', WHATSAPP_RATE_PER_SECOND: '0.5', WHATSAPP_JITTER_MS: '1500' }));
    expect(module.senders?.map((s) => [s.channel, s.pacing])).toEqual([['WHATSAPP', { perSecond: 0.5, perChatPerSecond: 0.5, jitterMs: 1500 }]]);
    expect(module.services?.map((s) => s.name)).toEqual(['whatsapp']);
    expect(module.routes).toHaveLength(1);
    expect(module.status?.()).toEqual({ part: 'whatsapp', state: 'stopped', ready: false });
  });

  it('defaults to one message a second with up to 400 ms of jitter', async () => {
    const config = loadConfig({});
    expect([config.WHATSAPP_RATE_PER_SECOND, config.WHATSAPP_JITTER_MS]).toEqual([1, 400]);
    expect(() => loadConfig({ WHATSAPP_RATE_PER_SECOND: '0' })).toThrow(/WHATSAPP_RATE_PER_SECOND/);
  });
});
