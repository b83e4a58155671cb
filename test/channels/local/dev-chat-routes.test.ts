import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFlowRegistry } from '../../../flows';
import { fixedClock } from '../../../src/clock';
import { devChatRoutes, localChatId } from '../../../src/channels/local/dev-chat-routes';
import { createConversationEngine } from '../../../src/conversation/conversation-engine';
import { buildApp } from '../../../src/http/build-app';
import { defaultPublicRateLimits, publicLimitFor } from '../../../src/http/public-rate-limits';
import { seedDemo } from '../../../src/store/seed/seed-demo';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/test-database';

const REAL_NIP = '198507122010011003';

describe.each(testProviders)('/dev/chat offers and accepts only demo personas on %s', (provider) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let demoNip: string;
  beforeAll(async () => {
    db = await createTestDatabase(provider);
    const clock = fixedClock('2026-11-27T03:00:00Z');
    await seedDemo(db, clock);
    // A real employee, imported later beside the demo organisation: an HR officer.
    const unit = await db.prisma.orgUnit.findFirstOrThrow({ select: { id: true } });
    await db.prisma.employee.create({
      data: { nip: REAL_NIP, name: 'Pegawai Sungguhan', kind: 'PNS', rank: 'III/c', position: 'Analis', unitId: unit.id, role: 'HR', serviceStart: '2010-01-01', birthDate: '1985-07-12', gender: 'M', phone: '6281311112222' },
    });
    demoNip = (await db.prisma.employee.findFirstOrThrow({ where: { demo: true, role: 'EMPLOYEE' }, select: { nip: true } })).nip;
    const engine = createConversationEngine({ db, clock, flows: createFlowRegistry(), idleMinutes: 30, agency: { name: 'BKPSDM' } });
    app = await buildApp({ db, routes: [devChatRoutes({ db, engine, clock })], rateLimits: false });
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  it('lists demo people only, never a real employee', async () => {
    const response = await app.inject({ method: 'GET', url: '/dev/chat/personas' });
    expect(response.statusCode).toBe(200);
    const { personas } = response.json<{ personas: Array<{ nip: string; kind: string }> }>();
    const demoNips = new Set((await db.prisma.employee.findMany({ where: { demo: true }, select: { nip: true } })).map((e) => e.nip));
    expect(personas.length).toBeGreaterThan(3);
    expect(personas.every((p) => demoNips.has(p.nip))).toBe(true);
    expect(personas.some((p) => p.kind === 'hr')).toBe(true);
    expect(response.body).not.toContain(REAL_NIP);
  });

  it('opens a session as a demo persona', async () => {
    const response = await app.inject({ method: 'POST', url: '/dev/chat/session', payload: { nip: demoNip } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ chatId: localChatId(demoNip) });
  });

  it('refuses a session as a real employee, the same way as an unknown NIP, and links nothing', async () => {
    for (const nip of [REAL_NIP, '199901012020012001']) {
      const response = await app.inject({ method: 'POST', url: '/dev/chat/session', payload: { nip } });
      expect(response.statusCode, response.body).toBe(404);
      expect(response.json()).toEqual({ code: 'dev.persona_not_found', message: 'That is not a demo persona. Pick one of the demo personas at /dev/chat.' });
    }
    expect(await db.prisma.chatIdentity.count({ where: { externalId: localChatId(REAL_NIP) } })).toBe(0);
  });

  it('refuses a session for a demo person who left (inactive)', async () => {
    const left = await db.prisma.employee.findFirstOrThrow({ where: { demo: true, nip: { not: demoNip } }, select: { id: true, nip: true } });
    await db.prisma.employee.update({ where: { id: left.id }, data: { active: false } });
    const response = await app.inject({ method: 'POST', url: '/dev/chat/session', payload: { nip: left.nip } });
    expect(response.statusCode).toBe(404);
  });

  it('neither talks as nor reads the chat of a real employee', async () => {
    const send = await app.inject({ method: 'POST', url: '/dev/chat/send', payload: { nip: REAL_NIP, text: 'halo' } });
    expect(send.statusCode).toBe(404);
    const read = await app.inject({ method: 'GET', url: `/dev/chat/messages?nip=${REAL_NIP}` });
    expect(read.statusCode).toBe(404);
    expect(await db.prisma.conversationSession.count({ where: { chatId: localChatId(REAL_NIP) } })).toBe(0);
  });

  it('answers 400 to malformed input', async () => {
    const bad = [
      { method: 'POST' as const, url: '/dev/chat/session', payload: { nip: '1234' } },
      { method: 'POST' as const, url: '/dev/chat/session', payload: { nip: `${demoNip}' OR 1=1` } },
      { method: 'POST' as const, url: '/dev/chat/session', payload: {} },
      { method: 'POST' as const, url: '/dev/chat/send', payload: { nip: demoNip } },
      { method: 'POST' as const, url: '/dev/chat/send', payload: { nip: demoNip, text: 'x'.repeat(4001) } },
      { method: 'GET' as const, url: `/dev/chat/messages?nip=${demoNip}&after=-1` },
    ];
    for (const request of bad) {
      const response = await app.inject(request);
      expect(response.statusCode, request.url).toBe(400);
      expect(response.json()).toMatchObject({ code: 'error.validation' });
    }
  });

  it('limits each address: every /dev/chat route is rate limited', async () => {
    for (const url of ['/dev/chat', '/dev/chat/chat.js', '/dev/chat/personas', '/dev/chat/session', '/dev/chat/send', '/dev/chat/messages', '/dev/chat/documents/:id', '/dev/chat/upload']) {
      expect(publicLimitFor(url, defaultPublicRateLimits), url).not.toBeNull();
    }
    const clock = fixedClock('2026-11-27T03:00:00Z');
    const engine = createConversationEngine({ db, clock, flows: createFlowRegistry(), idleMinutes: 30, agency: { name: 'BKPSDM' } });
    const limited = await buildApp({
      db,
      routes: [devChatRoutes({ db, engine, clock })],
      rateLimits: { routes: [{ prefix: '/dev/chat', limit: { max: 3, timeWindowMs: 60_000 } }], notFound: { max: 60, timeWindowMs: 60_000 } },
    });
    try {
      const session = (ip: string) => limited.inject({ method: 'POST', url: '/dev/chat/session', payload: { nip: REAL_NIP }, remoteAddress: ip });
      for (let i = 0; i < 3; i += 1) expect((await session('10.0.0.1')).statusCode).toBe(404);
      const refused = await session('10.0.0.1');
      expect(refused.statusCode).toBe(429);
      expect(refused.json()).toMatchObject({ code: 'error.rate_limited' });
      expect((await session('10.0.0.2')).statusCode).toBe(404);
    } finally {
      await limited.close();
    }
  });
});
