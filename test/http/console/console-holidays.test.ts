import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople } from '../../support/factories';
import { testProviders } from '../../support/test-database';
import { consoleTestApp, type ConsoleTestApp } from './console-test-app';

describe.each(testProviders)('HR console: holidays (%s)', (provider) => {
  let t: ConsoleTestApp;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  let hr: { cookie: string; csrf: string };

  beforeAll(async () => {
    t = await consoleTestApp({ provider });
    people = await demoPeople(t.db);
    hr = await t.signIn(people.hr.id);
  }, 120_000);
  afterAll(() => t?.close());

  it("shows the year's calendar: national days and cuti bersama as the table holds them, with the other years a click away", async () => {
    const page = await t.get('/hr/holidays?year=2026', hr.cookie);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Hari libur 2026');
    expect(page.body).toContain('<td>Kamis, 24 Des 2026</td><td>Cuti Bersama Hari Raya Natal</td><td>Cuti bersama</td>');
    expect(page.body).toContain('<td>Jumat, 25 Des 2026</td><td>Hari Raya Natal</td><td>Libur nasional</td>');
    expect(page.body).toContain('href="/hr/holidays?year=2027"');
    expect(page.body).toContain('<option value="2026-12-24">');
    expect((await t.get('/hr/holidays', hr.cookie)).body).toContain('Hari libur 2026');
  });

  it('adds a local day off and removes it, each audited with the officer; a day listed twice is refused', async () => {
    const form = { csrf: hr.csrf, date: '2026-12-28', name: 'HUT Kota', kind: 'LOCAL' };
    const added = await t.post('/hr/holidays', form, hr.cookie);
    expect(added.statusCode).toBe(303);
    expect(added.headers.location).toBe('/hr/holidays?year=2026&done=added&days=0&requests=0');
    expect(await t.db.prisma.holiday.findFirst({ where: { date: '2026-12-28' }, select: { name: true, kind: true } })).toEqual({ name: 'HUT Kota', kind: 'LOCAL' });
    const page = await t.get(added.headers.location as string, hr.cookie);
    expect(page.body).toContain('Hari libur ditambahkan');
    expect(page.body).toContain('<td>Senin, 28 Des 2026</td><td>HUT Kota</td><td>Libur daerah</td>');
    const twice = await t.post('/hr/holidays', form, hr.cookie);
    expect(twice.statusCode).toBe(409);
    expect(twice.body).toContain('Hari libur 2026-12-28 dengan jenis itu sudah ada.');

    const removed = await t.post('/hr/holidays/remove', { csrf: hr.csrf, date: '2026-12-28', kind: 'LOCAL' }, hr.cookie);
    expect(removed.statusCode).toBe(303);
    expect(await t.db.prisma.holiday.count({ where: { date: '2026-12-28' } })).toBe(0);
    expect((await t.post('/hr/holidays/remove', { csrf: hr.csrf, date: '2026-12-28', kind: 'LOCAL' }, hr.cookie)).statusCode).toBe(404);
    const audits = await t.db.prisma.auditLog.findMany({ where: { entity: 'Holiday', entityId: '2026-12-28:LOCAL' }, orderBy: { id: 'asc' } });
    expect(audits.map((a) => [a.action, a.actorType, a.actorId, a.channel])).toEqual([
      ['settings.holiday_added', 'EMPLOYEE', people.hr.id, 'CONSOLE'],
      ['settings.holiday_removed', 'EMPLOYEE', people.hr.id, 'CONSOLE'],
    ]);
  });

  it('answers bad dates, names and kinds in words, keeping what was typed', async () => {
    const badDate = await t.post('/hr/holidays', { csrf: hr.csrf, date: '2026-02-30', name: 'Hari Khusus', kind: 'LOCAL' }, hr.cookie);
    expect(badDate.statusCode).toBe(400);
    expect(badDate.body).toContain('Tanggal tidak valid');
    expect(badDate.body).toContain('value="Hari Khusus"');
    const badName = await t.post('/hr/holidays', { csrf: hr.csrf, date: '2026-10-02', name: 'x', kind: 'LOCAL' }, hr.cookie);
    expect(badName.statusCode).toBe(400);
    expect(badName.body).toContain('Nama hari libur 3 sampai 200 huruf.');
    expect((await t.post('/hr/holidays', { csrf: hr.csrf, date: '2026-10-02', name: 'Hari Khusus', kind: 'WEEKEND' }, hr.cookie)).statusCode).toBe(400);
    expect((await t.post('/hr/holidays/remove', { csrf: hr.csrf, date: 'kemarin', kind: 'LOCAL' }, hr.cookie)).statusCode).toBe(400);
    expect(await t.db.prisma.holiday.count({ where: { date: '2026-10-02' } })).toBe(0);
  });

  it('credits a cuti bersama day worked to the chosen employees (the import service), each once; an unknown NIP or a plain day refuses all', async () => {
    const credit = (fields: Record<string, string>) => t.post('/hr/holidays/credit', { csrf: hr.csrf, date: '2026-12-24', reason: 'Piket pelayanan', ...fields }, hr.cookie);
    const unknown = await credit({ nips: `${people.employee.nip}\n199001012020011999` });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.body).toContain('Tidak ada yang dikembalikan: 1 masalah.');
    expect(unknown.body).toContain('NIP 199001012020011999: Tidak ada pegawai dengan NIP 199001012020011999.');
    const plainDay = await credit({ date: '2026-12-25', nips: people.employee.nip });
    expect(plainDay.statusCode).toBe(422);
    expect(plainDay.body).toContain('bukan cuti bersama');
    expect(await t.db.prisma.leaveBalanceMove.count({ where: { workedDate: { not: null } } })).toBe(0);

    const done = await credit({ nips: `${people.employee.nip}, ${people.pppk.nip}` });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/hr/holidays?year=2026&done=credited&count=2');
    expect((await t.get(done.headers.location as string, hr.cookie)).body).toContain('Satu hari cuti tahunan dikembalikan kepada 2 pegawai.');
    const moves = await t.db.prisma.leaveBalanceMove.findMany({ where: { workedDate: '2026-12-24' }, select: { employeeId: true } });
    expect(moves.map((m) => m.employeeId).sort()).toEqual([people.employee.id, people.pppk.id].sort());
    const audit = await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'import.cuti_bersama_credits' } });
    expect(audit).toMatchObject({ actorType: 'EMPLOYEE', actorId: people.hr.id, channel: 'CONSOLE' });
    expect((await credit({ nips: people.employee.nip })).headers.location).toBe('/hr/holidays?year=2026&done=credited&count=0');
    expect(await t.db.prisma.leaveBalanceMove.count({ where: { workedDate: '2026-12-24' } })).toBe(2);

    const badNips = await credit({ nips: '12345' });
    expect(badNips.statusCode).toBe(400);
    expect(badNips.body).toContain('Tulis NIP 18 angka');
    expect((await credit({ nips: people.employee.nip, reason: '' })).statusCode).toBe(400);
    expect((await credit({ nips: people.employee.nip, date: '24-12-2026' })).statusCode).toBe(400);
  });

  it('is refused to a supervisor (403) and without the CSRF token (403); nothing changes', async () => {
    const supervisor = await t.signIn(people.supervisor.id);
    expect((await t.get('/hr/holidays', supervisor.cookie)).statusCode).toBe(403);
    expect((await t.get('/hr', supervisor.cookie)).body).not.toContain('href="/hr/holidays"');
    expect((await t.post('/hr/holidays', { csrf: supervisor.csrf, date: '2026-10-05', name: 'Libur Uji', kind: 'LOCAL' }, supervisor.cookie)).statusCode).toBe(403);
    expect((await t.post('/hr/holidays/remove', { csrf: supervisor.csrf, date: '2026-12-25', kind: 'NATIONAL' }, supervisor.cookie)).statusCode).toBe(403);
    expect((await t.post('/hr/holidays/credit', { csrf: supervisor.csrf, date: '2026-12-24', nips: people.supervisor.nip, reason: 'Piket' }, supervisor.cookie)).statusCode).toBe(403);
    expect((await t.post('/hr/holidays', { date: '2026-10-05', name: 'Libur Uji', kind: 'LOCAL' }, hr.cookie)).statusCode).toBe(403);
    expect((await t.post('/hr/holidays/remove', { csrf: 'forged', date: '2026-12-25', kind: 'NATIONAL' }, hr.cookie)).statusCode).toBe(403);
    expect(await t.db.prisma.holiday.count({ where: { date: { in: ['2026-10-05', '2026-12-25'] } } })).toBe(1);
  });

  it('speaks English on request', async () => {
    const page = await t.get('/hr/holidays?year=2026&lang=en', hr.cookie);
    expect(page.body).toContain('Holidays 2026');
    expect(page.body).toContain('Thursday, 24 Dec 2026');
  });
});
