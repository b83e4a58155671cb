import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../../../src/domain/app-error';
import { attachLeaveDocument } from '../../../src/services/leave/attach-leave-document';
import { readLeaveDocument } from '../../../src/services/leave-documents/read-leave-document';
import { adminTestApp, type AdminTestApp } from '../../http/admin/admin-test-app';
import { demoPeople } from '../../support/factories';

const LETTER = Buffer.from('%PDF-1.4\nsurat keterangan sakit\n%%EOF\n');

describe('health documents: who may read a leave request\'s letter', () => {
  let t: AdminTestApp;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  let ref: string;
  let requestId: number;
  let documentId: number;

  beforeAll(async () => {
    t = await adminTestApp();
    people = await demoPeople(t.db);
    const response = await t.call('POST', '/admin/leave-requests', {
      body: { nip: people.employee.nip, type: 'CS', start: '2026-11-30', end: '2026-12-14', reason: 'Demam berdarah', address: 'RSUD Serang' },
    });
    expect(response.statusCode).toBe(201);
    ({ ref, id: requestId } = response.json());
    const sent = await t.db.prisma.$transaction((tx) =>
      attachLeaveDocument(tx, { clock: t.clock }, {
        requestId, actor: { type: 'EMPLOYEE', employeeId: people.employee.id, name: people.employee.name, channel: 'WHATSAPP' },
        fileName: 'surat.pdf', mimeType: 'application/pdf', content: LETTER, channel: 'WHATSAPP',
      }),
    );
    documentId = sent.documentId;
  });
  afterAll(() => t.close());

  const read = (readerId: number) =>
    t.db.prisma.$transaction((tx) =>
      readLeaveDocument(tx, { requestId, documentId, readerId, auditAs: { actorType: 'EMPLOYEE', actorId: readerId, actorName: 'x', channel: 'TELEGRAM' } }),
    );
  const audits = (action: string) => t.db.prisma.auditLog.findMany({ where: { action, entityId: String(requestId) }, orderBy: { id: 'asc' }, select: { actorId: true, data: true } });

  it('gives the file to the request\'s approvers and to HR, auditing every read', async () => {
    const steps = await t.db.prisma.approvalStep.findMany({ where: { requestId }, orderBy: { order: 'asc' }, select: { approverId: true } });
    expect(steps.length).toBe(2);
    for (const step of steps) {
      const file = await read(step.approverId);
      expect(isAppError(file)).toBe(false);
      expect(!isAppError(file) && file.content.equals(LETTER)).toBe(true);
    }
    expect(isAppError(await read(people.hr.id))).toBe(false);
    expect(await audits('leave.document_read')).toEqual([
      { actorId: steps[0]!.approverId, data: expect.objectContaining({ documentId, as: 'approver' }) },
      { actorId: steps[1]!.approverId, data: expect.objectContaining({ documentId, as: 'approver' }) },
      { actorId: people.hr.id, data: expect.objectContaining({ documentId, as: 'hr' }) },
    ]);
  });

  it('refuses anyone else (a colleague, the employee, an HR officer no longer active) and audits the refusal', async () => {
    const steps = await t.db.prisma.approvalStep.findMany({ where: { requestId }, select: { approverId: true } });
    const chain = new Set([people.employee.id, ...steps.map((s) => s.approverId)]);
    const colleague = people.all.find((e) => !chain.has(e.id) && e.role === 'EMPLOYEE')!;
    const otherHr = await t.db.prisma.employee.create({
      data: { nip: '199101012020012099', name: 'Mantan HR', kind: 'PNS', rank: 'III/a', position: 'Analis', unitId: people.hr.unitId, role: 'HR', active: false, serviceStart: '2020-01-01', birthDate: '1991-01-01', gender: 'F' },
    });
    const before = (await audits('leave.document_read')).length;
    for (const readerId of [colleague.id, people.employee.id, otherHr.id]) {
      const refused = await read(readerId);
      expect(isAppError(refused) && refused.code).toBe('forbidden.leave_document');
    }
    expect((await audits('leave.document_refused')).map((a) => a.actorId)).toEqual([colleague.id, people.employee.id, otherHr.id]);
    expect((await audits('leave.document_read')).length).toBe(before);
  });

  it('answers 410 through the admin API once the retention policy has purged the file', async () => {
    await t.db.prisma.leaveDocument.update({ where: { id: documentId }, data: { content: new Uint8Array(0), purgedAt: t.clock.now() } });
    const response = await t.call('GET', `/admin/leave-requests/${ref}/documents/${documentId}`);
    expect(response.statusCode).toBe(410);
    expect(response.json().message).toContain('2026-11-27');
  });
});
