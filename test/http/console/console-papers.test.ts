import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { supervisedUnitIds } from '../../../src/services/console/console-access';
import { decideLeave } from '../../../src/services/leave/decide-leave';
import { submitLeave } from '../../../src/services/leave/submit-leave';
import { pdfTexts } from '../../payslip/read-pdf';
import { demoPeople } from '../../support/factories';
import { testProviders } from '../../support/test-database';
import { consoleTestApp, type ConsoleTestApp } from './console-test-app';

const textOf = async (pdf: Uint8Array) => (await pdfTexts(pdf, '')).items.map((i) => i.text).join(' ');

describe.each(testProviders)('HR console: a request\'s leave form and letter (%s)', (provider) => {
  let t: ConsoleTestApp;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  let own: { id: number; ref: string };
  let other: { id: number; ref: string };

  const submit = async (employeeId: number, start: string, end: string) => {
    const { ref } = await t.db.prisma.$transaction((tx) =>
      submitLeave(tx, { clock: t.clock }, {
        employeeId, actor: { type: 'EMPLOYEE', employeeId, name: 'x', channel: 'TELEGRAM' },
        typeCode: 'CT', start, end, reason: 'urusan keluarga', address: 'Jl. Veteran 5, Serang',
      }));
    return t.db.prisma.leaveRequest.findUniqueOrThrow({ where: { ref }, select: { id: true, ref: true } });
  };

  /** Every step approved, in order, by whoever it waits on. */
  async function grant(requestId: number): Promise<void> {
    for (;;) {
      const step = await t.db.prisma.approvalStep.findFirst({ where: { requestId, status: 'PENDING' }, select: { token: true, approverId: true } });
      if (!step) break;
      await t.db.prisma.$transaction((tx) =>
        decideLeave(tx, { clock: t.clock }, { stepToken: step.token, actorEmployeeId: step.approverId, decision: 'APPROVE', channel: 'TELEGRAM' }));
    }
  }

  beforeAll(async () => {
    t = await consoleTestApp({ provider });
    people = await demoPeople(t.db);
    own = await submit(people.employee.id, '2026-12-07', '2026-12-08');
    const units = await t.db.prisma.$transaction((tx) => supervisedUnitIds(tx, people.supervisor.id));
    const stranger = people.all.find((e) => !units.includes(e.unitId) && e.supervisorId !== null && e.supervisorId !== people.supervisor.id && e.id !== people.supervisor.id && e.role === 'EMPLOYEE')!;
    other = await submit(stranger.id, '2026-12-09', '2026-12-10');
  }, 120_000);
  afterAll(() => t?.close());

  it('links the form of a pending request and shows it inline (or as a download), audited with the person; the letter once granted', async () => {
    const hr = await t.signIn(people.hr.id);
    const before = await t.get(`/hr/requests/${own.ref}`, hr.cookie);
    expect(before.body).toContain(`href="/hr/requests/${own.ref}/form.pdf"`);
    expect(before.body).not.toContain('letter.pdf');
    expect(before.body).toContain('Surat izin cuti terbit setelah cuti disetujui.');

    const form = await t.get(`/hr/requests/${own.ref}/form.pdf`, hr.cookie);
    expect(form.statusCode).toBe(200);
    expect(form.headers['content-type']).toBe('application/pdf');
    expect(form.headers['content-disposition']).toMatch(new RegExp(`^inline; filename="formulir-cuti-${own.ref}\\.pdf"`));
    expect(await textOf(form.rawPayload)).toContain('FORMULIR PERMINTAAN DAN PEMBERIAN CUTI');
    const download = await t.get(`/hr/requests/${own.ref}/form.pdf?download=1`, hr.cookie);
    expect(download.headers['content-disposition']).toMatch(/^attachment; /);
    const read = await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'leave.paper_read', entityId: String(own.id) }, orderBy: { id: 'asc' } });
    expect(read).toMatchObject({ actorType: 'EMPLOYEE', actorId: people.hr.id, actorName: people.hr.name, channel: 'CONSOLE' });

    expect((await t.get(`/hr/requests/${own.ref}/letter.pdf`, hr.cookie)).statusCode).toBe(404);

    await grant(own.id);
    const after = await t.get(`/hr/requests/${own.ref}`, hr.cookie);
    expect(after.body).toContain(`href="/hr/requests/${own.ref}/letter.pdf"`);
    const letter = await t.get(`/hr/requests/${own.ref}/letter.pdf?lang=en`, hr.cookie);
    expect(letter.statusCode).toBe(200);
    expect(letter.headers['content-disposition']).toContain(`surat-izin-cuti-${own.ref}.pdf`);
    expect(letter.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('gives a supervisor the papers of their units\' requests only, and nothing without a session', async () => {
    const boss = await t.signIn(people.supervisor.id);
    const page = await t.get(`/hr/requests/${own.ref}`, boss.cookie);
    expect(page.body).toContain(`/hr/requests/${own.ref}/letter.pdf`);
    expect((await t.get(`/hr/requests/${own.ref}/form.pdf`, boss.cookie)).statusCode).toBe(200);
    expect((await t.get(`/hr/requests/${own.ref}/letter.pdf`, boss.cookie)).statusCode).toBe(200);

    const readsBefore = await t.db.prisma.auditLog.count({ where: { action: 'leave.paper_read', entityId: String(other.id) } });
    for (const paper of ['form.pdf', 'letter.pdf']) {
      const response = await t.get(`/hr/requests/${other.ref}/${paper}`, boss.cookie);
      expect(response.statusCode, paper).toBe(404);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect((await t.get(`/hr/requests/${own.ref}/${paper}`)).statusCode, paper).toBe(401);
    }
    expect(await t.db.prisma.auditLog.count({ where: { action: 'leave.paper_read', entityId: String(other.id) } })).toBe(readsBefore);
    expect((await t.get(`/hr/requests/${own.ref}/other.pdf`, boss.cookie)).statusCode).toBe(400);
  });
});
