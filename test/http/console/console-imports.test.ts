import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople } from '../../support/factories';
import { testProviders } from '../../support/test-database';
import { consoleTestApp, type ConsoleTestApp } from './console-test-app';
import { postUpload } from './console-upload';

const HEADER = 'nip;nama;jenis;pangkat;jabatan;unitCode;serviceStart;birthDate;gender';
const nip = (n: number) => `19950505202201${String(1000 + n)}`;
const row = (n: number, unit = 'SEKRET', gender = 'P') => `${nip(n)};Pegawai Impor ${n};PNS;III/a;Analis SDM;${unit};2022-01-01;1995-05-05;${gender}`;
const csv = (...rows: string[]) => ({ name: 'pegawai.csv', content: [HEADER, ...rows].join('\r\n') });

describe.each(testProviders)('HR console: imports with a preview (%s)', (provider) => {
  let t: ConsoleTestApp;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  let hr: { cookie: string; csrf: string };

  const uploadToken = (body: string) => /name="upload" value="([^"]+)"/.exec(body)?.[1];
  const imported = () => t.db.prisma.employee.count({ where: { nip: { in: [nip(1), nip(2), nip(3)] } } });

  beforeAll(async () => {
    t = await consoleTestApp({ provider });
    people = await demoPeople(t.db);
    hr = await t.signIn(people.hr.id);
  }, 120_000);
  afterAll(() => t?.close());

  it('shows HR the upload form: the kinds, a file input, the year, and the known columns', async () => {
    const page = await t.get('/hr/imports', hr.cookie);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('enctype="multipart/form-data"');
    expect(page.body).toContain('<input id="file" name="file" type="file"');
    for (const kind of ['employees', 'org-units', 'leave-balances', 'holidays', 'cuti-bersama-credits']) expect(page.body).toContain(`<option value="${kind}"`);
    expect(page.body).toContain('Pegawai: wajib nip, name, kind');
    expect((await t.get('/hr', hr.cookie)).body).toContain('href="/hr/imports"');
  });

  it('refuses an employee CSV with one bad row as a whole (which line and why), then previews a good one and imports it on confirmation, audited with the officer', async () => {
    const bad = await postUpload(t, '/hr/imports/preview', { csrf: hr.csrf, kind: 'employees' }, csv(row(1), row(2, 'NOPE'), row(3)), hr.cookie);
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('Berkas ditolak seluruhnya: 1 masalah. Tidak ada yang diubah.');
    expect(bad.body).toContain('<tr><td>3</td><td>Kode unit NOPE tidak dikenal.</td></tr>');
    expect(uploadToken(bad.body)).toBeUndefined();
    expect(await imported()).toBe(0);

    const good = await postUpload(t, '/hr/imports/preview', { csrf: hr.csrf, kind: 'employees' }, csv(row(1), row(2), row(3)), hr.cookie);
    expect(good.statusCode).toBe(200);
    expect(good.body).toContain('Pratinjau: Pegawai, berkas pegawai.csv');
    expect(good.body).toContain('3 ditambah · 0 diubah · 0 dinonaktifkan · 0 dihapus · 0 tetap');
    expect(good.body).toContain(`<td>2</td><td>${nip(1)}</td><td>ditambah</td>`);
    const token = uploadToken(good.body)!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(await imported()).toBe(0);
    expect(await t.db.prisma.consoleImportUpload.count()).toBe(1);

    const done = await t.post('/hr/imports/confirm', { csrf: hr.csrf, upload: token }, hr.cookie);
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/hr/imports?done=employees&created=3&updated=0&deactivated=0&removed=0');
    expect(await imported()).toBe(3);
    expect(await t.db.prisma.consoleImportUpload.count()).toBe(0);
    const audit = await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'import.employees' } });
    expect(audit).toMatchObject({ actorType: 'EMPLOYEE', actorId: people.hr.id, actorName: people.hr.name, channel: 'CONSOLE' });
    expect((await t.get(done.headers.location as string, hr.cookie)).body).toContain('Impor Pegawai selesai: 3 ditambah, 0 diubah, 0 dinonaktifkan, 0 dihapus.');

    const again = await t.post('/hr/imports/confirm', { csrf: hr.csrf, upload: token }, hr.cookie);
    expect(again.statusCode).toBe(410);
    expect(again.body).toContain('Pratinjau ini sudah tidak berlaku');
    expect(await t.db.prisma.auditLog.count({ where: { action: 'import.employees' } })).toBe(1);
  });

  it('confirms only what was stored at preview: a token of someone else, expired or made up is refused', async () => {
    const preview = await postUpload(t, '/hr/imports/preview', { csrf: hr.csrf, kind: 'org-units' }, { name: 'unit.csv', content: 'code,name,parentCode\nUJI,Unit Uji,BKPSDM' }, hr.cookie);
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toContain('1 ditambah');
    const token = uploadToken(preview.body)!;
    await t.db.prisma.consoleImportUpload.update({ where: { token }, data: { uploadedById: people.chief.id } });
    expect((await t.post('/hr/imports/confirm', { csrf: hr.csrf, upload: token }, hr.cookie)).statusCode).toBe(410);
    await t.db.prisma.consoleImportUpload.update({ where: { token }, data: { uploadedById: people.hr.id, expiresAt: new Date(t.clock.now().getTime() - 1) } });
    expect((await t.post('/hr/imports/confirm', { csrf: hr.csrf, upload: token }, hr.cookie)).statusCode).toBe(410);
    expect((await t.post('/hr/imports/confirm', { csrf: hr.csrf, upload: 'A'.repeat(32) }, hr.cookie)).statusCode).toBe(410);
    expect(await t.db.prisma.orgUnit.count({ where: { code: 'UJI' } })).toBe(0);
  });

  it('imports a year of holidays with the year from the form, through the same service as the admin API', async () => {
    const file = { name: 'libur-2030.csv', content: 'tanggal,nama,jenis\n2030-01-01,Tahun Baru 2030 Masehi,NATIONAL\n2030-12-24,Cuti Bersama Natal,CUTI_BERSAMA' };
    const preview = await postUpload(t, '/hr/imports/preview', { csrf: hr.csrf, kind: 'holidays', year: '2030' }, file, hr.cookie);
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toContain('2 ditambah');
    const done = await t.post('/hr/imports/confirm', { csrf: hr.csrf, upload: uploadToken(preview.body)! }, hr.cookie);
    expect(done.headers.location).toBe('/hr/imports?done=holidays&created=2&updated=0&deactivated=0&removed=0');
    expect(await t.db.prisma.holiday.count({ where: { date: { startsWith: '2030-' } } })).toBe(2);
    expect(await t.db.prisma.auditLog.count({ where: { action: 'import.holidays', channel: 'CONSOLE', actorId: people.hr.id } })).toBe(1);
  });

  it('answers bad files in words: not a CSV, not UTF-8, no file, a broken CSV, a missing year, too large', async () => {
    const send = (fields: Record<string, string>, file: Parameters<typeof postUpload>[3]) => postUpload(t, '/hr/imports/preview', { csrf: hr.csrf, ...fields }, file, hr.cookie);
    const xlsx = await send({ kind: 'employees' }, { name: 'pegawai.xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', content: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) });
    expect(xlsx.statusCode).toBe(400);
    expect(xlsx.body).toContain('Berkas ini bukan CSV. Dari Excel, simpan sebagai &quot;CSV UTF-8&quot;');
    const renamed = await send({ kind: 'employees' }, { name: 'pegawai.csv', content: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) });
    expect(renamed.statusCode).toBe(400);
    const latin1 = await send({ kind: 'employees' }, { name: 'pegawai.csv', content: new Uint8Array([0x6e, 0x69, 0x70, 0x0a, 0xe9, 0x0a]) });
    expect(latin1.statusCode).toBe(400);
    expect(latin1.body).toContain('Berkas bukan teks UTF-8.');
    const none = await send({ kind: 'employees' }, null);
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('Pilih berkas CSV terlebih dahulu.');
    const broken = await send({ kind: 'employees' }, csv(`${row(1)};"unterminated`));
    expect(broken.statusCode).toBe(422);
    expect(broken.body).toContain('Tanda kutip tidak ditutup.');
    const noYear = await send({ kind: 'holidays' }, { name: 'libur.csv', content: 'date,name\n2031-01-01,Tahun Baru' });
    expect(noYear.statusCode).toBe(400);
    expect(noYear.body).toContain('Isi tahun hari libur (2000 sampai 2100).');
    const unknownKind = await send({ kind: 'payroll' }, csv(row(1)));
    expect(unknownKind.statusCode).toBe(400);
    expect(unknownKind.body).toContain('Formulir unggahan tidak dapat dibaca.');
    const big = await send({ kind: 'employees' }, { name: 'besar.csv', content: `${HEADER}\n${'x'.repeat(20 * 1_048_576 + 70_000)}` });
    expect(big.statusCode).toBe(413);
    expect(big.body).toContain('Berkas terlalu besar: paling besar 20 MB.');
    const twoFiles = new FormData();
    twoFiles.append('csrf', hr.csrf);
    twoFiles.append('file', new Blob(['a']), 'a.csv');
    twoFiles.append('other', new Blob(['b']), 'b.csv');
    const request = new Request('http://localhost/', { method: 'POST', body: twoFiles });
    const extra = await t.app.inject({ method: 'POST', url: '/hr/imports/preview', payload: Buffer.from(await request.arrayBuffer()), headers: { 'content-type': request.headers.get('content-type')!, cookie: hr.cookie } });
    expect(extra.statusCode).toBe(400);
    expect(await t.db.prisma.consoleImportUpload.count()).toBe(0);
  });

  it('is refused to a supervisor (403) and without the CSRF token (403); nothing is read or kept', async () => {
    const supervisor = await t.signIn(people.supervisor.id);
    const page = await t.get('/hr/imports', supervisor.cookie);
    expect(page.statusCode).toBe(403);
    expect(page.body).toContain('Hanya petugas SDM yang dapat mengimpor data');
    expect((await t.get('/hr', supervisor.cookie)).body).not.toContain('href="/hr/imports"');
    expect((await postUpload(t, '/hr/imports/preview', { csrf: supervisor.csrf, kind: 'employees' }, csv(row(1)), supervisor.cookie)).statusCode).toBe(403);
    expect((await t.post('/hr/imports/confirm', { csrf: supervisor.csrf, upload: 'A'.repeat(32) }, supervisor.cookie)).statusCode).toBe(403);
    expect((await postUpload(t, '/hr/imports/preview', { kind: 'employees' }, csv(row(1)), hr.cookie)).statusCode).toBe(403);
    expect((await postUpload(t, '/hr/imports/preview', { csrf: 'forged', kind: 'employees' }, csv(row(1)), hr.cookie)).statusCode).toBe(403);
    expect((await t.post('/hr/imports/confirm', { upload: 'A'.repeat(32) }, hr.cookie)).statusCode).toBe(403);
    expect((await postUpload(t, '/hr/imports/preview', { csrf: hr.csrf, kind: 'employees' }, csv(row(1)))).statusCode).toBe(401);
    // Without a live session even a body over the limit is refused as unsigned (401), before it is read (not 413).
    const huge = { name: 'besar.csv', content: 'x'.repeat(21 * 1_048_576) };
    expect((await postUpload(t, '/hr/imports/preview', { csrf: hr.csrf, kind: 'employees' }, huge, 'sapa_hr=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).statusCode).toBe(401);
    expect(await t.db.prisma.consoleImportUpload.count()).toBe(0);
  });

  it('speaks English on request, the refused lines included', async () => {
    expect((await t.get('/hr/imports?lang=en', hr.cookie)).body).toContain('Import data from CSV');
    const refused = await postUpload(t, '/hr/imports/preview', { csrf: hr.csrf, kind: 'employees' }, csv(row(1, 'NOPE')), `${hr.cookie}; sapa_hr_lang=en`);
    expect(refused.body).toContain('The whole file was refused: 1 problems.');
    expect(refused.body).toContain('Unknown unit code NOPE.');
  });
});
