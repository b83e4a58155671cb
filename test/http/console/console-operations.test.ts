import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/http/build-app';
import { adminApi } from '../../../src/http/admin/admin-module';
import { loadConfig } from '../../../src/config';
import type { ChannelState } from '../../../src/module';
import { demoPeople, makeAdminToken } from '../../support/factories';
import { testProviders } from '../../support/test-database';
import { consoleTestApp, type ConsoleTestApp } from './console-test-app';

describe.each(testProviders)('HR console: operations, and the admin API retrying the same way (%s)', (provider) => {
  let t: ConsoleTestApp;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  let hr: { cookie: string; csrf: string };
  let dead: number[];
  const QR = '2@pairing-qr-from-baileys,abc,def';
  let channels: ChannelState[] = [];

  const deadMessage = async (chatId: string, error: string) =>
    (await t.db.prisma.outboxMessage.create({
      data: { channel: 'TELEGRAM', chatId, payload: { kind: 'text', text: 'Pengajuan cuti Anda disetujui.' }, status: 'DEAD', attempts: 8, lastError: error, lane: 'INTERACTIVE' },
      select: { id: true },
    })).id;

  beforeAll(async () => {
    t = await consoleTestApp({
      provider,
      channels: () => channels,
      jobs: [
        { id: 'hr-digest', schedule: '0 7 * * 1-5', slotKind: 'day', catchUp: 'same-slot', description: 'Ringkasan harian SDM', run: async () => ({ reached: 1 }) },
        { id: 'reminders', schedule: '0 8 * * 1-5', slotKind: 'day', catchUp: 'same-slot', description: 'Pengingat atasan', run: async () => { throw new Error('Bot API unreachable'); } },
      ],
    });
    people = await demoPeople(t.db);
    dead = [await deadMessage('900001', '403: Forbidden: bot was blocked by the user <b>'), await deadMessage('900002', 'chat not found'), await deadMessage('900003', 'chat not found')];
    await t.db.prisma.outboxMessage.create({ data: { channel: 'TELEGRAM', chatId: '900004', payload: { kind: 'text', text: 'x' }, lane: 'BULK' } });
    hr = await t.signIn(people.hr.id);
  }, 120_000);
  afterAll(() => t?.close());

  it('shows HR the queue per channel and lane, the counts and the dead letters with their errors (escaped)', async () => {
    const page = await t.get('/hr/operations', hr.cookie);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Pesan: 1 menunggu · 0 terkirim dalam 24 jam terakhir · 3 gagal');
    expect(page.body).toContain('massal (slip, pengingat, pemberitahuan)');
    for (const id of dead) expect(page.body).toContain(`name="retry-${id}"`);
    expect(page.body).toContain('bot was blocked by the user &lt;b&gt;');
  });

  it("shows HR each channel's connection and, while WhatsApp waits to be paired, its QR code and pairing code", async () => {
    channels = [
      { channel: 'telegram', state: 'webhook' },
      { channel: 'whatsapp', state: 'pairing', pairing: { qr: QR, qrAt: new Date('2026-11-27T02:59:00Z'), code: 'ABCD-EFGH' } },
    ];
    const pairing = await t.get('/hr/operations', hr.cookie);
    expect(pairing.statusCode).toBe(200);
    expect(pairing.body).toContain('Koneksi kanal');
    expect(pairing.body).toContain('<td>Telegram</td><td><span>webhook terpasang</span>');
    expect(pairing.body).toContain('<td>WhatsApp</td><td><span class="bad">perlu dipasangkan</span>');
    expect(pairing.body).toMatch(/<img src="data:image\/png;base64,[A-Za-z0-9+/=]+" width="320" height="320" alt="Kode QR pemasangan WhatsApp">/);
    expect(pairing.body).toContain('Atau masukkan kode pemasangan di ponsel: ABCD-EFGH');
    expect(pairing.body).not.toContain(QR);
    expect((await t.get('/hr/operations?lang=en', hr.cookie)).body).toContain('needs pairing');

    channels = [{ channel: 'telegram', state: 'polling' }, { channel: 'whatsapp', state: 'open' }];
    const open = await t.get('/hr/operations', hr.cookie);
    expect(open.body).toContain('<span>polling (tanpa webhook)</span>');
    expect(open.body).toContain('<span>terhubung</span>');
    expect(open.body).not.toContain('data:image/png');

    channels = [{ channel: 'telegram', state: 'connecting' }, { channel: 'whatsapp', state: 'stopped' }];
    const down = await t.get('/hr/operations', hr.cookie);
    expect(down.body).toContain('<span class="bad">menghubungkan…</span>');
    expect(down.body).toContain('<span class="bad">terputus</span>');
    channels = [{ channel: 'telegram', state: 'off' }, { channel: 'whatsapp', state: 'off' }];
    expect((await t.get('/hr/operations', hr.cookie)).body).toContain('tidak aktif (WHATSAPP_ENABLED=false)');
  });

  it('keeps the pairing QR current: the page asks for the channels panel alone every few seconds (never cached) until WhatsApp is connected', async () => {
    const qrOf = (body: string) => /<img src="(data:image\/png;base64,[A-Za-z0-9+/=]+)"/.exec(body)?.[1];
    const polling = '<div id="channels" hx-get="/hr/operations/channels" hx-trigger="every 5s" hx-swap="outerHTML">';
    channels = [
      { channel: 'telegram', state: 'webhook' },
      { channel: 'whatsapp', state: 'pairing', pairing: { qr: QR, qrAt: new Date('2026-11-27T02:59:00Z') } },
    ];
    const page = await t.get('/hr/operations', hr.cookie);
    expect(page.body).toContain(polling);

    const first = await t.get('/hr/operations/channels', hr.cookie);
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(first.headers['cache-control']).toBe('no-store');
    expect(page.headers['x-ratelimit-limit']).toBeDefined();
    expect(first.headers['x-ratelimit-limit'], 'the page\'s rate limit').toBe(page.headers['x-ratelimit-limit']);
    expect(first.body.startsWith(polling)).toBe(true);
    expect(first.body).not.toContain('<html');
    expect(first.body).toContain('<span class="bad">perlu dipasangkan</span>');
    expect(qrOf(first.body)).toBe(qrOf(page.body));

    const NEXT_QR = '2@next-pairing-qr,ghi,jkl';
    channels = [
      { channel: 'telegram', state: 'webhook' },
      { channel: 'whatsapp', state: 'pairing', pairing: { qr: NEXT_QR, qrAt: new Date('2026-11-27T02:59:20Z') } },
    ];
    const next = await t.get('/hr/operations/channels', hr.cookie);
    expect(next.body.startsWith(polling)).toBe(true);
    expect(qrOf(next.body)).toBeDefined();
    expect(qrOf(next.body)).not.toBe(qrOf(first.body));
    expect(next.body).not.toContain(NEXT_QR);
    expect((await t.get('/hr/operations/channels?lang=en', hr.cookie)).body).toContain('needs pairing');

    channels = [{ channel: 'telegram', state: 'webhook' }, { channel: 'whatsapp', state: 'open' }];
    const open = await t.get('/hr/operations/channels', hr.cookie);
    expect(open.statusCode).toBe(200);
    expect(open.body.startsWith('<div id="channels"><div class="scroll">'), 'no trigger: the asking stops').toBe(true);
    expect(open.body).not.toContain('hx-');
    expect(open.body).toContain('<span>terhubung</span>');
    expect(open.body).not.toContain('data:image/png');
    expect((await t.get('/hr/operations', hr.cookie)).body).toContain('<div id="channels"><div class="scroll">');
  });

  it('sends the ticked dead letters again (only those), audited with the officer; a second retry of them does nothing', async () => {
    const [first, second, third] = dead as [number, number, number];
    expect((await t.post('/hr/operations/retry', { csrf: hr.csrf }, hr.cookie)).statusCode).toBe(400);
    const done = await t.post('/hr/operations/retry', { csrf: hr.csrf, [`retry-${first}`]: '1', [`retry-${third}`]: '1' }, hr.cookie);
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/hr/operations?retried=2');
    const rows = await t.db.prisma.outboxMessage.findMany({ where: { id: { in: dead } }, orderBy: { id: 'asc' }, select: { id: true, status: true, attempts: true } });
    expect(rows).toEqual([{ id: first, status: 'PENDING', attempts: 0 }, { id: second, status: 'DEAD', attempts: 8 }, { id: third, status: 'PENDING', attempts: 0 }]);
    const audits = await t.db.prisma.auditLog.findMany({ where: { action: 'outbox.retried' }, orderBy: { id: 'asc' } });
    expect(audits.map((a) => [a.entityId, a.actorId, a.channel])).toEqual([[String(first), people.hr.id, 'CONSOLE'], [String(third), people.hr.id, 'CONSOLE']]);
    expect((await t.get('/hr/operations?retried=2', hr.cookie)).body).toContain('2 pesan dikembalikan ke antrean');
    const again = await t.post('/hr/operations/retry', { csrf: hr.csrf, [`retry-${first}`]: '1' }, hr.cookie);
    expect(again.headers.location).toBe('/hr/operations?retried=0');
  });

  it('lists the scheduled jobs and runs one now through the scheduler, saying how it went; who asked is audited', async () => {
    const before = await t.get('/hr/operations', hr.cookie);
    expect(before.body).toContain('Ringkasan harian SDM');
    expect(before.body).toContain('belum pernah');
    const ran = await t.post('/hr/operations/jobs/hr-digest/run', { csrf: hr.csrf }, hr.cookie);
    expect(ran.statusCode).toBe(303);
    expect(ran.headers.location).toBe('/hr/operations?ran=hr-digest&slot=2026-11-27&status=DONE');
    expect(await t.db.prisma.jobRun.findMany({ select: { jobId: true, slot: true, status: true } })).toEqual([{ jobId: 'hr-digest', slot: '2026-11-27', status: 'DONE' }]);
    expect((await t.get(ran.headers.location as string, hr.cookie)).body).toContain('Tugas hr-digest untuk 2026-11-27: selesai.');
    const again = await t.post('/hr/operations/jobs/hr-digest/run', { csrf: hr.csrf }, hr.cookie);
    expect(again.headers.location).toBe('/hr/operations?ran=hr-digest&slot=2026-11-27&status=SKIPPED');
    const failed = await t.post('/hr/operations/jobs/reminders/run', { csrf: hr.csrf }, hr.cookie);
    expect(failed.headers.location).toBe('/hr/operations?ran=reminders&slot=2026-11-27&status=FAILED');
    const page = await t.get('/hr/operations', hr.cookie);
    expect(page.body).toContain('Bot API unreachable');
    expect(page.body).toMatch(/class="bad">gagal/);
    expect(await t.db.prisma.auditLog.count({ where: { action: 'job.run_requested', actorId: people.hr.id, channel: 'CONSOLE' } })).toBe(3);
    expect((await t.post('/hr/operations/jobs/no-such-job/run', { csrf: hr.csrf }, hr.cookie)).statusCode).toBe(404);
    expect((await t.post('/hr/operations/jobs/hr-digest/run', { csrf: hr.csrf, slot: '2026-01-01' }, hr.cookie)).statusCode).toBe(400);
  });

  it('refuses a supervisor (403, in its own words) and anyone without a session or CSRF token, and a made-up form', async () => {
    const supervisor = await t.signIn(people.supervisor.id);
    const [, second] = dead as [number, number];
    channels = [{ channel: 'whatsapp', state: 'pairing', pairing: { qr: QR } }];
    const refused = await t.get('/hr/operations', supervisor.cookie);
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain('Halaman operasional hanya untuk petugas SDM.');
    expect(refused.body).not.toContain('data:image/png');
    expect(refused.body).not.toContain('perlu dipasangkan');
    expect((await t.get('/hr', supervisor.cookie)).body).not.toContain('data:image/png');
    const panel = await t.get('/hr/operations/channels', supervisor.cookie);
    expect(panel.statusCode).toBe(403);
    expect(panel.body).toContain('Halaman operasional hanya untuk petugas SDM.');
    expect(panel.body).not.toContain('data:image/png');
    expect(panel.body).not.toContain('perlu dipasangkan');
    const signedOut = await t.get('/hr/operations/channels');
    expect(signedOut.statusCode).toBe(401);
    expect(signedOut.headers['hx-refresh'], 'a page asked for in the browser is not told to reload').toBeUndefined();
    expect((await t.get('/hr/operations/channels', 'sapa_hr=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).statusCode).toBe(401);
    // The panel polling after the session ended: htmx is told to reload the page, which then shows the sign-in page.
    const polled = await t.app.inject({ method: 'GET', url: '/hr/operations/channels', headers: { 'hx-request': 'true', cookie: 'sapa_hr=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' } });
    expect(polled.statusCode).toBe(401);
    expect(polled.headers['hx-refresh']).toBe('true');
    expect(polled.body).not.toContain('data:image/png');
    for (const bad of ['lang=fr', `lang=${encodeURIComponent('<script>')}`, 'lang=id&lang=en']) {
      const refused = await t.get(`/hr/operations/channels?${bad}`, hr.cookie);
      expect(refused.statusCode, bad).toBe(400);
      expect(refused.body, bad).not.toContain('data:image/png');
    }
    expect((await t.post('/hr/operations/retry', { csrf: supervisor.csrf, [`retry-${second}`]: '1' }, supervisor.cookie)).statusCode).toBe(403);
    expect((await t.get('/hr/operations')).statusCode).toBe(401);
    expect((await t.post('/hr/operations/retry', { csrf: 'x', [`retry-${second}`]: '1' }, hr.cookie)).statusCode).toBe(403);
    expect((await t.post('/hr/operations/retry', { csrf: hr.csrf, [`retry-${second}`]: '1', status: 'SENT' }, hr.cookie)).statusCode).toBe(400);
    expect((await t.get('/hr/operations?retried=-1', hr.cookie)).statusCode).toBe(400);
    expect((await t.post('/hr/operations/jobs/hr-digest/run', { csrf: supervisor.csrf }, supervisor.cookie)).statusCode).toBe(403);
    expect(await t.db.prisma.jobRun.count({ where: { status: 'DONE' } })).toBe(1);
    expect((await t.db.prisma.outboxMessage.findUniqueOrThrow({ where: { id: second } })).status).toBe('DEAD');
  });

  it('POST /admin/outbox/retry calls the same service: needs the ops scope, checks its body, audits the token owner', async () => {
    const [, second] = dead as [number, number];
    const app = await buildApp({ db: t.db, routes: adminApi({ db: t.db, clock: t.clock, paperwork: { ...loadConfig({}) }, refusalDelayMs: 0, tokenListMaxAgeMs: 0 }) });
    try {
      const ops = await makeAdminToken(t.db, { now: t.clock.now(), nip: people.hr.nip, scopes: ['ops'] });
      const readOnly = await makeAdminToken(t.db, { now: t.clock.now(), nip: people.hr.nip, scopes: ['read'], name: 'read only' });
      const call = (token: string | null, payload: unknown) =>
        app.inject({ method: 'POST', url: '/admin/outbox/retry', payload: payload as object, headers: token ? { authorization: `Bearer ${token}` } : {} });
      expect((await call(null, { ids: [second] })).statusCode).toBe(401);
      expect((await call(readOnly.token, { ids: [second] })).statusCode).toBe(403);
      for (const bad of [{}, { ids: [] }, { ids: ['1'] }, { ids: [0] }, { ids: [second], status: 'PENDING' }]) {
        expect((await call(ops.token, bad)).statusCode, JSON.stringify(bad)).toBe(400);
      }
      const retried = await call(ops.token, { ids: [second, 999_999] });
      expect(retried.statusCode).toBe(200);
      expect(retried.json()).toEqual({ retried: [second] });
      expect(await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'outbox.retried', entityId: String(second) } })).toMatchObject({ actorType: 'HR_TOKEN', actorId: people.hr.id, channel: 'ADMIN_API' });
    } finally {
      await app.close();
    }
  });
});
