import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatRupiah } from '../../../src/domain/format';
import { publishedNoticeKey } from '../../../src/services/payslips/publish-payroll-month';
import { demoPeople, linkIdentity } from '../../support/factories';
import { testProviders } from '../../support/test-database';
import { longCsv, makeSlip, type FixtureSlip } from '../../services/payslips/payroll-fixtures';
import { consoleTestApp, type ConsoleTestApp } from './console-test-app';

/** A browser's multipart form: the fields, then the file under "file". */
function multipart(fields: Record<string, string>, file?: { name: string; content: string | Buffer; type?: string }) {
  const boundary = 'sapaTestBoundary7MA4YWxkTrZu0gW';
  const parts: Buffer[] = Object.entries(fields).map(([k, v]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (file) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'text/csv'}\r\n\r\n`), Buffer.from(file.content), Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe.each(testProviders)('HR console: payroll (%s)', (provider) => {
  let t: ConsoleTestApp;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  let hr: { cookie: string; csrf: string };
  let hr2: { cookie: string; csrf: string };
  let hr2Id: number;
  let supervisor: { cookie: string; csrf: string };
  let slips: FixtureSlip[];

  const upload = (url: string, session: { cookie: string }, fields: Record<string, string>, file?: Parameters<typeof multipart>[1]) => {
    const body = multipart(fields, file);
    return t.app.inject({ method: 'POST', url, payload: body.payload, headers: { ...body.headers, cookie: session.cookie } });
  };
  const november = () => t.db.prisma.payrollPeriod.findUnique({ where: { period_kind: { period: '2026-11', kind: 'GAJI' } } });
  const uploadToken = (body: string) => /name="upload" value="([^"]+)"/.exec(body)?.[1];
  const confirm = (session: { cookie: string; csrf: string }, token: string) => t.post('/hr/payroll/import', { csrf: session.csrf, upload: token }, session.cookie);

  beforeAll(async () => {
    t = await consoleTestApp({ provider });
    people = await demoPeople(t.db);
    const other = people.all.find((e) => e.role === 'EMPLOYEE' && e.id !== people.supervisor.id && e.id !== people.chief.id)!;
    await t.db.prisma.employee.update({ where: { id: other.id }, data: { role: 'HR' } });
    hr2Id = other.id;
    hr = await t.signIn(people.hr.id);
    hr2 = await t.signIn(other.id);
    supervisor = await t.signIn(people.supervisor.id);
    slips = people.all.filter((e) => e.id !== other.id).slice(0, 4).map((e, i) => makeSlip(e.nip, i));
    await linkIdentity(t.db, 'TELEGRAM', 'tg-pay-1', slips[0]!.nip);
    await linkIdentity(t.db, 'TELEGRAM', 'tg-pay-2', slips[1]!.nip);
    await linkIdentity(t.db, 'TELEGRAM', 'tg-pay-3', slips[2]!.nip);
  }, 120_000);
  afterAll(() => t?.close());

  it('lists the runs in Indonesian (month, kind, status, revision, slips) with the upload form, and in English on request', async () => {
    const page = await t.get('/hr/payroll', hr.cookie);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('href="/hr/payroll" aria-current="page"');
    expect(page.body).toMatch(/<td>Oktober 2026<\/td><td>Gaji<\/td><td>Terbit<\/td><td>1<\/td><td>40<\/td>/);
    for (const field of ['name="month"', 'name="kind"', 'name="file"', 'name="republish"', 'enctype="multipart/form-data"', 'action="/hr/payroll/check"', 'name="secondOfficer"']) expect(page.body).toContain(field);
    expect(page.body).toContain('href="/hr/payroll/2026-10/GAJI"');
    const english = await t.get('/hr/payroll?lang=en', hr.cookie);
    expect(english.body).toContain('Payroll and TPP');
    expect(english.body).toMatch(/<td>October 2026<\/td><td>Salary<\/td><td>Published<\/td>/);
  });

  it('refuses a supervisor (403) on every page and action, and a POST without the CSRF token', async () => {
    expect((await t.get('/hr/payroll', supervisor.cookie)).statusCode).toBe(403);
    expect((await t.get('/hr/payroll/2026-10/GAJI', supervisor.cookie)).statusCode).toBe(403);
    expect((await upload('/hr/payroll/check', supervisor, { csrf: supervisor.csrf, month: '2026-11', kind: 'GAJI' }, { name: 'gaji.csv', content: longCsv(slips) })).statusCode).toBe(403);
    expect((await t.post('/hr/payroll/2026-10/GAJI/resend', { csrf: supervisor.csrf }, supervisor.cookie)).statusCode).toBe(403);
    expect((await t.post('/hr/payroll/publish-rule', { csrf: supervisor.csrf, secondOfficer: '1' }, supervisor.cookie)).statusCode).toBe(403);
    expect((await t.get('/hr', supervisor.cookie)).body).not.toContain('href="/hr/payroll"');

    expect((await upload('/hr/payroll/check', hr, { month: '2026-11', kind: 'GAJI' }, { name: 'gaji.csv', content: longCsv(slips) })).statusCode).toBe(403);
    // Without a live session an upload is refused before its body is read.
    expect((await upload('/hr/payroll/check', { cookie: '' }, { csrf: hr.csrf, month: '2026-11', kind: 'GAJI' }, { name: 'gaji.csv', content: longCsv(slips) })).statusCode).toBe(401);
    expect((await upload('/hr/payroll/import', { cookie: 'sapa_hr=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }, { csrf: hr.csrf, month: '2026-11', kind: 'GAJI', text: longCsv(slips) })).statusCode).toBe(401);
    expect((await t.post('/hr/payroll/import', { csrf: 'wrong', upload: 'A'.repeat(32) }, hr.cookie)).statusCode).toBe(403);
    expect((await t.post('/hr/payroll/import', { csrf: supervisor.csrf, upload: 'A'.repeat(32) }, supervisor.cookie)).statusCode).toBe(403);
    expect((await t.post('/hr/payroll/2026-10/GAJI/publish', {}, hr.cookie)).statusCode).toBe(403);
    expect((await t.post('/hr/payroll/publish-rule', { secondOfficer: '1' }, hr.cookie)).statusCode).toBe(403);
    expect(await november()).toBeNull();
    expect(await t.db.prisma.consoleImportUpload.count()).toBe(0);
    expect(await t.db.prisma.auditLog.count({ where: { action: { startsWith: 'settings.payroll' } } })).toBe(0);
  });

  it('refuses a bad month, a wrong kind and a bad file, each saying why; a file whose rows do not add up lists them and saves nothing', async () => {
    const csv = longCsv(slips);
    const badMonth = await upload('/hr/payroll/check', hr, { csrf: hr.csrf, month: '2026-13', kind: 'GAJI' }, { name: 'gaji.csv', content: csv });
    expect(badMonth.statusCode).toBe(400);
    expect(badMonth.body).toContain('bulan (TTTT-BB) dan jenis (Gaji atau TPP) wajib diisi');
    const badKind = await upload('/hr/payroll/check', hr, { csrf: hr.csrf, month: '2026-11', kind: 'THR' }, { name: 'gaji.csv', content: csv });
    expect(badKind.statusCode).toBe(400);
    expect(badKind.body).toContain('value="2026-11"');
    const noFile = await upload('/hr/payroll/check', hr, { csrf: hr.csrf, month: '2026-11', kind: 'GAJI' }, { name: '', content: '' });
    expect(noFile.statusCode).toBe(400);
    expect(noFile.body).toContain('Pilih berkas CSV atau JSON');
    const spreadsheet = await upload('/hr/payroll/check', hr, { csrf: hr.csrf, month: '2026-11', kind: 'GAJI' }, { name: 'gaji.xlsx', content: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    expect(spreadsheet.statusCode).toBe(400);
    // Over the 24 MB limit: refused whether the body is (413 before it is read to the end) or only the file is.
    const header = csv.split('\n')[0]!;
    for (const size of [24 * 1_048_576 + 70_000, 24 * 1_048_576 + 10]) {
      const big = await upload('/hr/payroll/check', hr, { csrf: hr.csrf, month: '2026-11', kind: 'GAJI' }, { name: 'besar.csv', content: `${header}\n${'x'.repeat(size - header.length - 1)}` });
      expect(big.statusCode, String(size)).toBe(413);
    }

    const wrong = csv.split('\n').map((line, i) => (i === 2 ? line.replace(/,(\d+)$/, ',1') : line)).join('\n');
    const rejected = await upload('/hr/payroll/check', hr, { csrf: hr.csrf, month: '2026-11', kind: 'GAJI' }, { name: 'gaji.csv', content: wrong });
    expect(rejected.statusCode).toBe(422);
    expect(rejected.body).toContain('masalah ditemukan; tidak ada yang disimpan');
    expect(rejected.body).toMatch(/<td>3<\/td><td>Baris 3:/);
    expect(uploadToken(rejected.body)).toBeUndefined();
    expect(await november()).toBeNull();
    expect(await t.db.prisma.consoleImportUpload.count()).toBe(0);
  });

  it('checks an upload first (totals per agency, nothing saved), then imports it as a draft, audited with the officer', async () => {
    const csv = longCsv(slips);
    const checked = await upload('/hr/payroll/check', hr, { csrf: hr.csrf, month: '2026-11', kind: 'GAJI' }, { name: 'gaji.csv', content: csv });
    expect(checked.statusCode).toBe(200);
    expect(checked.body).toContain('Pemeriksaan Gaji November 2026');
    expect(checked.body).toContain('Berkas lolos pemeriksaan: 4 slip, 12 baris, revisi 1');
    const net = slips.reduce((sum, s) => sum + s.net, 0);
    expect(checked.body).toContain(`<th scope="row">Jumlah</th><td>4</td>`);
    expect(checked.body).toContain(formatRupiah(net));
    expect(checked.body).toMatch(/Rp \d{1,3}(\.\d{3})+/);
    const token = uploadToken(checked.body)!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(checked.body).not.toContain('name="text"');
    expect(await november()).toBeNull();
    // The checked bytes stay on the server, with the month and kind they were checked for.
    expect(await t.db.prisma.consoleImportUpload.findUniqueOrThrow({ where: { token }, select: { kind: true, options: true, content: true, uploadedById: true } }))
      .toEqual({ kind: 'payroll', options: { month: '2026-11', kind: 'GAJI', republish: false }, content: csv, uploadedById: people.hr.id });

    const imported = await confirm(hr, token);
    expect(imported.statusCode).toBe(303);
    expect(imported.headers.location).toBe('/hr/payroll/2026-11/GAJI?done=imported');
    expect(await november()).toMatchObject({ status: 'DRAFT', revision: 1, importedBy: people.hr.name });
    expect(await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'payroll.imported', entityId: '2026-11' } })).toMatchObject({ actorType: 'EMPLOYEE', actorId: people.hr.id, channel: 'CONSOLE' });
    const run = await t.get(imported.headers.location as string, hr.cookie);
    expect(run.body).toContain('Gaji November 2026 diimpor sebagai draf');
    expect(run.body).toContain('action="/hr/payroll/2026-11/GAJI/publish"');

    const again = await confirm(hr, token);
    expect(again.statusCode).toBe(410);
    expect(again.body).toContain('Pemeriksaan ini sudah tidak berlaku (sudah diimpor atau lewat satu jam). Unggah berkasnya lagi.');
    expect(await t.db.prisma.auditLog.count({ where: { action: 'payroll.imported', entityId: '2026-11' } })).toBe(1);
    expect(await t.db.prisma.consoleImportUpload.count()).toBe(0);
  });

  it('imports only the checked file, by the officer who checked it: a made-up, altered, foreign or changed upload is refused and imports nothing', async () => {
    const csv = longCsv(slips);
    const checked = await upload('/hr/payroll/check', hr, { csrf: hr.csrf, month: '2026-12', kind: 'TPP', republish: '1' }, { name: 'tpp.csv', content: csv });
    expect(checked.statusCode).toBe(200);
    const token = uploadToken(checked.body)!;
    const december = () => t.db.prisma.payrollPeriod.findUnique({ where: { period_kind: { period: '2026-12', kind: 'TPP' } } });

    const altered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    for (const made of ['A'.repeat(32), altered]) {
      const refused = await confirm(hr, made);
      expect(refused.statusCode, made).toBe(410);
      expect(refused.body).toContain('Pemeriksaan ini sudah tidak berlaku');
    }
    const malformed = await confirm(hr, 'not a token');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.body).toContain('Pemeriksaan ini sudah tidak berlaku');
    // The browser cannot send the text (or the month) along any more.
    expect((await t.post('/hr/payroll/import', { csrf: hr.csrf, upload: token, text: 'nip,x' }, hr.cookie)).statusCode).toBe(400);
    expect((await t.post('/hr/payroll/import', { csrf: hr.csrf, upload: token, month: '2026-10' }, hr.cookie)).statusCode).toBe(400);
    // Another HR officer cannot confirm it, and trying leaves it for its uploader.
    expect((await confirm(hr2, token)).statusCode).toBe(410);
    // Changed where it is kept, or of another kind (an import of /hr/imports): refused.
    await t.db.prisma.consoleImportUpload.update({ where: { token }, data: { content: `${csv.slice(0, -1)}${csv.endsWith('9') ? '8' : '9'}` } });
    expect((await confirm(hr, token)).statusCode).toBe(410);
    await t.db.prisma.consoleImportUpload.update({ where: { token }, data: { content: csv, kind: 'employees' } });
    expect((await confirm(hr, token)).statusCode).toBe(410);
    await t.db.prisma.consoleImportUpload.update({ where: { token }, data: { kind: 'payroll' } });
    expect(await december()).toBeNull();
    expect(await t.db.prisma.consoleImportUpload.count()).toBe(1);

    // Twice at once: one import.
    const both = await Promise.all([confirm(hr, token), confirm(hr, token)]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([303, 410]);
    expect(await december()).toMatchObject({ status: 'DRAFT', revision: 1 });
    expect(await t.db.prisma.auditLog.count({ where: { action: { in: ['payroll.imported', 'payroll.republished'] }, entityId: { startsWith: '2026-12' } } })).toBe(1);
    expect(await t.db.prisma.consoleImportUpload.count()).toBe(0);
  });

  it('refuses an expired check', async () => {
    const checked = await upload('/hr/payroll/check', hr, { csrf: hr.csrf, month: '2026-09', kind: 'TPP' }, { name: 'tpp.csv', content: longCsv(slips) });
    const token = uploadToken(checked.body)!;
    await t.db.prisma.consoleImportUpload.update({ where: { token }, data: { expiresAt: new Date(t.clock.now().getTime() - 1) } });
    const refused = await t.post('/hr/payroll/import', { csrf: hr.csrf, upload: token }, `${hr.cookie}; sapa_hr_lang=en`);
    expect(refused.statusCode).toBe(410);
    expect(refused.body).toContain('This check is no longer valid (already imported or over an hour old). Upload the file again.');
    expect(await t.db.prisma.payrollPeriod.count({ where: { period: '2026-09', kind: 'TPP' } })).toBe(0);
  });

  it('under the two-officer rule: the first officer asks, the same one confirming is refused, a second one publishes', async () => {
    const rule = await t.post('/hr/payroll/publish-rule', { csrf: hr.csrf, secondOfficer: '1' }, hr.cookie);
    expect(rule.statusCode).toBe(303);
    expect(await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'settings.payroll_publish_saved' } })).toMatchObject({ actorId: people.hr.id, channel: 'CONSOLE' });
    expect((await t.get('/hr/payroll/2026-11/GAJI', hr.cookie)).body).toContain('Minta terbit');

    const asked = await t.post('/hr/payroll/2026-11/GAJI/publish', { csrf: hr.csrf }, hr.cookie);
    expect(asked.headers.location).toBe('/hr/payroll/2026-11/GAJI?done=requested');
    expect(await november()).toMatchObject({ status: 'DRAFT', publishRequestedById: people.hr.id });
    expect((await t.get('/hr/payroll', hr.cookie)).body).toMatch(/<td>November 2026<\/td><td>Gaji<\/td><td>Menunggu konfirmasi<\/td>/);
    const same = await t.post('/hr/payroll/2026-11/GAJI/publish', { csrf: hr.csrf }, hr.cookie);
    expect(same.statusCode).toBe(409);
    expect(same.body).toContain('petugas BKPSDM lain');
    expect((await november())!.status).toBe('DRAFT');

    const second = await t.get('/hr/payroll/2026-11/GAJI', hr2.cookie);
    expect(second.body).toContain('Konfirmasi terbit');
    const confirmed = await t.post('/hr/payroll/2026-11/GAJI/publish', { csrf: hr2.csrf }, hr2.cookie);
    expect(confirmed.statusCode).toBe(303);
    expect(confirmed.headers.location).toBe('/hr/payroll/2026-11/GAJI?done=published&count=3');
    expect(await november()).toMatchObject({ status: 'PUBLISHED', publishedBy: people.all.find((e) => e.id === hr2Id)!.name });
    const audits = await t.db.prisma.auditLog.findMany({ where: { action: { in: ['payroll.publish_requested', 'payroll.published'] }, entityId: '2026-11' }, orderBy: { id: 'asc' }, select: { action: true, actorId: true, channel: true } });
    expect(audits).toEqual([{ action: 'payroll.publish_requested', actorId: people.hr.id, channel: 'CONSOLE' }, { action: 'payroll.published', actorId: hr2Id, channel: 'CONSOLE' }]);
    await t.post('/hr/payroll/publish-rule', { csrf: hr.csrf }, hr.cookie);
  });

  it('shows the delivery (sent, failed, waiting, not linked) and puts only this run\'s failed notices back in the queue, audited', async () => {
    const keys = slips.slice(0, 3).map((s) => publishedNoticeKey('2026-11', 1, people.all.find((e) => e.nip === s.nip)!.id));
    await t.db.prisma.outboxMessage.update({ where: { dedupeKey: keys[0]! }, data: { status: 'SENT' } });
    await t.db.prisma.outboxMessage.update({ where: { dedupeKey: keys[1]! }, data: { status: 'DEAD', attempts: 8, lastError: 'bot was blocked' } });
    const elsewhere = await t.db.prisma.outboxMessage.create({ data: { channel: 'TELEGRAM', chatId: '900009', payload: { kind: 'text', text: 'x' }, status: 'DEAD', attempts: 8, lane: 'BULK', dedupeKey: 'payslip.published:2026-10:r1:e1' }, select: { id: true } });

    const run = await t.get('/hr/payroll/2026-11/GAJI', hr.cookie);
    const figure = (label: string) => new RegExp(`${label}</p><p class="big[^"]*">(\\d+)</p>`).exec(run.body)?.[1];
    expect([figure('Terkirim'), figure('Gagal'), figure('Menunggu'), figure('Belum tertaut')]).toEqual(['1', '1', '1', '1']);
    expect(run.body).toContain('action="/hr/payroll/2026-11/GAJI/resend"');

    const resent = await t.post('/hr/payroll/2026-11/GAJI/resend', { csrf: hr.csrf }, hr.cookie);
    expect(resent.headers.location).toBe('/hr/payroll/2026-11/GAJI?done=resent&count=1');
    expect((await t.db.prisma.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: keys[1]! } })).status).toBe('PENDING');
    expect((await t.db.prisma.outboxMessage.findUniqueOrThrow({ where: { id: elsewhere.id } })).status).toBe('DEAD');
    expect(await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'payroll.notices_resent' } })).toMatchObject({ actorId: people.hr.id, channel: 'CONSOLE', entityId: '2026-11' });
    expect(await t.db.prisma.auditLog.count({ where: { action: 'outbox.retried', actorId: people.hr.id } })).toBe(1);
    expect((await t.get('/hr/payroll/2026-11/GAJI?done=resent&count=1', hr.cookie)).body).toContain('1 pemberitahuan gagal dikembalikan ke antrean');
    expect((await t.get('/hr/payroll/2026-12/GAJI', hr.cookie)).statusCode).toBe(404);
    expect((await t.get('/hr/payroll/2026-11/THR', hr.cookie)).statusCode).toBe(400);
  });
});
