import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/build-app';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/test-database';

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
    expect(ready.json()).toMatchObject({ status: 'ready', provider });
    await app.close();
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
