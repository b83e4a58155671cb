import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/build-app';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const MINUTE = 60_000;

describe('HTTP hardening', () => {
  let db: TestDatabase;
  let app: FastifyInstance;
  const logs: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await buildApp({
      db,
      bodyLimit: 1024,
      logger: { level: 'info', stream: new Writable({ write: (chunk, _enc, done) => (logs.push(String(chunk)), done()) }) },
      rateLimits: {
        routes: [
          { prefix: '/verify', limit: { max: 3, timeWindowMs: MINUTE } },
          { prefix: '/telegram', limit: { max: 5, timeWindowMs: MINUTE } },
        ],
        notFound: { max: 4, timeWindowMs: MINUTE },
      },
      routes: [
        async (a) => {
          a.get('/verify/:code', async () => ({ ok: true }));
          a.post('/telegram/webhook', async () => ({ ok: true }));
          a.get('/boom', async () => {
            throw new Error('secret internals at /srv/sapa/src/x.ts:12');
          });
        },
      ],
    });
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  it('sends security headers', async () => {
    const response = await app.inject({ method: 'GET', url: '/health' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['strict-transport-security']).toBeDefined();
    expect(response.headers['x-powered-by']).toBeUndefined();
    // Every answer carries them, a refusal too, each built afresh (no header left over from another response).
    const refused = await app.inject({ method: 'GET', url: '/no/such/page' });
    expect(refused.statusCode).toBe(404);
    expect(refused.headers['x-content-type-options']).toBe('nosniff');
    expect(refused.headers['content-security-policy']).toBe(response.headers['content-security-policy']);
  });

  it('answers an unknown path with a 404 that names nothing', async () => {
    const response = await app.inject({ method: 'DELETE', url: '/admin/../etc/passwd?x=1', remoteAddress: '10.0.0.9' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ code: 'error.not_found', message: 'Not found' });
  });

  it('limits each public route per IP, answering 429 { code, message }', async () => {
    const verify = (ip: string) => app.inject({ method: 'GET', url: '/verify/ABCD', remoteAddress: ip });
    for (let i = 0; i < 3; i += 1) expect((await verify('10.0.0.1')).statusCode).toBe(200);
    const limited = await verify('10.0.0.1');
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toEqual({ code: 'error.rate_limited', message: expect.stringContaining('Too many requests') });
    expect(limited.headers['retry-after']).toBeDefined();
    expect((await verify('10.0.0.2')).statusCode).toBe(200);
    const webhook = await app.inject({ method: 'POST', url: '/telegram/webhook', payload: {}, remoteAddress: '10.0.0.1' });
    expect(webhook.statusCode).toBe(200);
  });

  it('limits probing for unknown paths', async () => {
    const probe = () => app.inject({ method: 'GET', url: '/wp-login.php', remoteAddress: '10.0.0.3' });
    for (let i = 0; i < 4; i += 1) expect((await probe()).statusCode).toBe(404);
    expect((await probe()).statusCode).toBe(429);
  });

  it('refuses a body over the limit with 413 { code, message }', async () => {
    const response = await app.inject({ method: 'POST', url: '/telegram/webhook', payload: { text: 'x'.repeat(2048) }, remoteAddress: '10.0.0.4' });
    expect(response.statusCode).toBe(413);
    expect(Object.keys(response.json()).sort()).toEqual(['code', 'message']);
  });

  it('answers a crash with 500 { code, message } and no internals', async () => {
    const response = await app.inject({ method: 'GET', url: '/boom' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ code: 'error.internal', message: 'Internal error' });
    expect(response.body).not.toContain('/srv/sapa');
  });

  it('logs requests with NIP-like numbers masked', async () => {
    await app.inject({ method: 'GET', url: '/verify/199001172015031001', remoteAddress: '10.0.0.5' });
    const text = logs.join('');
    expect(text).toContain('/verify/1990**********1001');
    expect(text).not.toContain('19900117');
  });
});
