import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { buildApp } from '../../src/http/build-app';
import { defaultPublicRateLimits, publicLimitFor } from '../../src/http/public-rate-limits';
import { privacyRoutes } from '../../src/http/routes/privacy';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

describe('GET /privacy', () => {
  let db: TestDatabase;
  let app: FastifyInstance;
  const config = loadConfig({
    AGENCY_NAME: 'BKPSDM Kota <Contoh> & "Mitra"',
    PRIVACY_CONTACT: 'ppid@contoh.go.id <script>alert(1)</script>',
    RETENTION_OUTBOX_DAYS: '45',
    RETENTION_LEAVE_DOCUMENT_YEARS: '3',
  });

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await buildApp({ db, routes: [privacyRoutes(config)] });
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  it('serves the notice in Indonesian: the agency and contact from configuration (escaped) and the retention periods in force', async () => {
    const response = await app.inject({ method: 'GET', url: '/privacy' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = response.body;
    expect(html).toContain('<html lang="id">');
    expect(html).toContain('Pemberitahuan Privasi SAPA');
    expect(html).toContain('BKPSDM Kota &lt;Contoh&gt; &amp; &quot;Mitra&quot;');
    expect(html).toContain('ppid@contoh.go.id &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('setelah 45 hari');
    expect(html).toContain('3 tahun setelah cutinya berakhir');
    expect(html).toContain('&quot;data saya&quot;');
    expect(html).toContain('href="/privacy?lang=en"');
  });

  it('is in English with ?lang=en or when the browser prefers English; a bad lang is refused', async () => {
    const chosen = await app.inject({ method: 'GET', url: '/privacy?lang=en' });
    expect(chosen.body).toContain('<html lang="en">');
    expect(chosen.body).toContain('SAPA Privacy Notice');
    const browser = await app.inject({ method: 'GET', url: '/privacy', headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(browser.body).toContain('after 45 days');
    const indonesianFirst = await app.inject({ method: 'GET', url: '/privacy', headers: { 'accept-language': 'id-ID,en;q=0.5' } });
    expect(indonesianFirst.body).toContain('<html lang="id">');
    const bad = await app.inject({ method: 'GET', url: '/privacy?lang=fr' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).not.toContain('<html');
  });

  it('is rate limited per address like /verify', async () => {
    expect(publicLimitFor('/privacy', defaultPublicRateLimits, 'GET')).toEqual(publicLimitFor('/verify/ABC', defaultPublicRateLimits, 'GET'));
    const statuses: number[] = [];
    for (let i = 0; i < 31; i += 1) statuses.push((await app.inject({ method: 'GET', url: '/privacy', remoteAddress: '198.51.100.7' })).statusCode);
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    expect(statuses[30]).toBe(429);
  });
});
