import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAudit } from '../../../src/services/audit';
import { submitLeave } from '../../../src/services/leave/submit-leave';
import { demoPeople } from '../../support/factories';
import { testProviders } from '../../support/test-database';
import { consoleTestApp, type ConsoleTestApp } from './console-test-app';

describe.each(testProviders)('HR console: the audit trail (%s)', (provider) => {
  let t: ConsoleTestApp;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  let hr: { cookie: string; csrf: string };
  let ref: string;

  beforeAll(async () => {
    t = await consoleTestApp({ provider });
    people = await demoPeople(t.db);
    const employee = people.employee;
    ref = (await t.db.prisma.$transaction((tx) =>
      submitLeave(tx, { clock: t.clock }, {
        employeeId: employee.id, actor: { type: 'EMPLOYEE', employeeId: employee.id, name: employee.name, channel: 'TELEGRAM' },
        typeCode: 'CT', start: '2026-12-07', end: '2026-12-08', reason: 'acara keluarga', address: 'Jl. Veteran 5, Serang',
      }))).ref;
    // A note as someone could type it, recorded as typed.
    await t.db.prisma.$transaction((tx) => writeAudit(tx, { actorType: 'EMPLOYEE', actorId: employee.id, actorName: employee.name, channel: 'TELEGRAM', action: 'profile.requested', entity: 'Employee', entityId: employee.id, data: { note: '=HYPERLINK("http://x") <b>rumah</b>' } }));
    hr = await t.signIn(people.hr.id);
  }, 120_000);
  afterAll(() => t?.close());

  it('shows HR the newest rows first, with who, when (Jakarta, with the year) and the action, escaped', async () => {
    const response = await t.get('/hr/audit', hr.cookie);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Jejak audit');
    expect(response.body).toContain('leave.submitted');
    expect(response.body).toContain(people.employee.name);
    // Audit rows carry the database's own time; shown in Asia/Jakarta with the year.
    const row = await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'leave.submitted' } });
    const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Jakarta', day: 'numeric', month: 'numeric', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(row.at).map((p) => [p.type, p.value]));
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
    expect(response.body).toContain(`${Number(parts.day)} ${months[Number(parts.month) - 1]} ${parts.year} ${parts.hour}:${parts.minute}`);
    expect(response.body).not.toContain('<b>rumah</b>');
    expect(response.body).toContain('&lt;b&gt;rumah&lt;/b&gt;');
    const submittedAt = response.body.indexOf('leave.submitted');
    const signedInAt = response.body.indexOf('console.');
    expect(signedInAt).toBeGreaterThan(-1);
    // The sign-in came after the submission, so it is listed first.
    expect(signedInAt).toBeLessThan(submittedAt);
  });

  it('filters by the start of an action, by the NIP of the actor and by dates', async () => {
    const leave = await t.get('/hr/audit?action=leave', hr.cookie);
    expect(leave.body).toContain('leave.submitted');
    expect(leave.body).not.toMatch(/<code>console\./);

    const byEmployee = await t.get(`/hr/audit?nip=${people.employee.nip}`, hr.cookie);
    expect(byEmployee.body).toContain('leave.submitted');
    expect(byEmployee.body).not.toMatch(/<code>console\./);
    const byHr = await t.get(`/hr/audit?nip=${people.hr.nip}`, hr.cookie);
    expect(byHr.body).not.toContain('leave.submitted');
    expect(byHr.body).toMatch(/<code>console\./);

    const nobody = await t.get('/hr/audit?nip=199001012020011999', hr.cookie);
    expect(nobody.body).toContain('Tidak ada catatan yang cocok');

    const row = await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'leave.submitted' } });
    const day = new Date(row.at.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
    const next = new Date(Date.parse(day) + 86_400_000).toISOString().slice(0, 10);
    const before = new Date(Date.parse(day) - 86_400_000).toISOString().slice(0, 10);
    expect((await t.get(`/hr/audit?from=${next}`, hr.cookie)).body).toContain('Tidak ada catatan yang cocok');
    expect((await t.get(`/hr/audit?to=${before}`, hr.cookie)).body).toContain('Tidak ada catatan yang cocok');
    expect((await t.get(`/hr/audit?from=${day}&to=${day}`, hr.cookie)).body).toContain('leave.submitted');
    expect((await t.get(`/hr/audit?entity=LeaveRequest&action=leave.submitted`, hr.cookie)).body).toContain('leave.submitted');
  });

  it('exports the filtered rows as CSV, every field quoted as typed, and records the export', async () => {
    const typed = await t.get(`/hr/audit.csv?nip=${people.employee.nip}&action=profile`, hr.cookie);
    expect(typed.body).toContain(`"{""note"":""=HYPERLINK(\\""http://x\\"") <b>rumah</b>""}"`);
    expect((await t.get(`/hr/audit.csv?entityId=${ref}`, hr.cookie)).statusCode).toBe(200);
    const csv = await t.get('/hr/audit.csv?action=leave', hr.cookie);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="audit-2026-11-27.csv"');
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('id,at,actor_type,actor_name,channel,action,entity,entity_id,detail');
    expect(lines.slice(1).every((line) => line.includes(',leave.'))).toBe(true);
    expect(lines.length).toBeGreaterThan(1);
    const exported = await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'audit.exported' }, orderBy: { id: 'desc' } });
    expect(exported).toMatchObject({ actorType: 'EMPLOYEE', actorId: people.hr.id, channel: 'CONSOLE' });
    expect(exported.data).toMatchObject({ filters: { action: 'leave' }, rows: lines.length - 1 });
  });

  it('refuses a supervisor (403, in its own words) and anyone without a session, and refuses bad filters', async () => {
    const supervisor = await t.signIn(people.supervisor.id);
    const refused = await t.get('/hr/audit', supervisor.cookie);
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain('Jejak audit hanya dapat dibuka petugas SDM.');
    expect((await t.get('/hr/audit.csv', supervisor.cookie)).statusCode).toBe(403);
    expect((await t.get('/hr', supervisor.cookie)).body).not.toContain('/hr/audit');
    expect((await t.get('/hr/audit')).statusCode).toBe(401);
    expect((await t.get('/hr/audit.csv')).statusCode).toBe(401);
    for (const bad of ['nip=12ab', 'from=2026-13-01', 'page=0', 'action=%3Cscript%3E', `entityId=${'x'.repeat(51)}`]) {
      expect((await t.get(`/hr/audit?${bad}`, hr.cookie)).statusCode, bad).toBe(400);
    }
    expect(await t.db.prisma.auditLog.count({ where: { action: 'audit.exported', actorId: people.supervisor.id } })).toBe(0);
  });

  it('counts up to 10,000 rows and then says "10.000+", with a next page while pages are full', async () => {
    await t.db.prisma.auditLog.createMany({ data: Array.from({ length: 10_051 }, (_, i) => ({ actorType: 'SYSTEM', actorName: 'job', action: 'bulk.checked', entity: 'System', entityId: String(i) })) });
    try {
      const many = await t.get('/hr/audit?action=bulk', hr.cookie);
      expect(many.body).toContain('10.000+ catatan · halaman 1');
      expect(many.body).toContain('rel="next"');
      expect(many.body).toContain('Ekspor memuat paling banyak 50.000 baris terbaru');
      expect((await t.get('/hr/audit?action=bulk&lang=en', hr.cookie)).body).toContain('10,000+ records · page 1');
      const last = await t.get('/hr/audit?action=bulk&page=202', hr.cookie);
      expect(last.body).toContain('10.000+ catatan · halaman 202');
      expect(last.body).not.toContain('rel="next"');
      const few = await t.get('/hr/audit?action=bulk&entity=System&entityId=7', hr.cookie);
      expect(few.body).toContain('1 catatan · halaman 1 dari 1');
    } finally {
      await t.db.prisma.auditLog.deleteMany({ where: { action: 'bulk.checked' } });
    }
  });
});
