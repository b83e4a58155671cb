import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachLeaveDocument } from '../../../src/services/leave/attach-leave-document';
import { decideLeave } from '../../../src/services/leave/decide-leave';
import { demoPeople, linkIdentity } from '../../support/factories';
import { adminTestApp, type AdminTestApp } from './admin-test-app';

const LETTER = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from([0, 1, 2, 255, 254]), Buffer.from('\n%%EOF\n')]);

describe('admin leave documents', () => {
  let t: AdminTestApp;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  let ref: string;
  let requestId: number;
  let documentId: number;

  beforeAll(async () => {
    t = await adminTestApp();
    people = await demoPeople(t.db);
    await linkIdentity(t.db, 'TELEGRAM', '900001', people.supervisor.nip);
    await linkIdentity(t.db, 'TELEGRAM', '900002', people.chief.nip);
  });
  afterAll(() => t.close());

  const decide = (actorEmployeeId: number, order: number, decision: 'APPROVE' | 'REJECT') =>
    t.db.prisma.$transaction(async (tx) => {
      const step = await tx.approvalStep.findFirstOrThrow({ where: { requestId, order }, select: { token: true } });
      return decideLeave(tx, { clock: t.clock }, { stepToken: step.token, actorEmployeeId, decision, channel: 'TELEGRAM' });
    });

  it('a 15-day sick leave submitted through the API without a letter is incomplete and cannot be approved', async () => {
    const response = await t.call('POST', '/admin/leave-requests', {
      body: { nip: people.employee.nip, type: 'CS', start: '2026-11-30', end: '2026-12-14', reason: 'Demam berdarah', address: 'RSUD Serang' },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ status: 'PENDING', missingDocument: 'GOVERNMENT_DOCTOR', documentCount: 0 });
    ref = response.json().ref;
    requestId = response.json().id;
    const refused = await decide(people.supervisor.id, 1, 'APPROVE').catch((e) => e);
    expect(refused.code).toBe('leave.document_missing');
    expect((await t.db.prisma.leaveRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe('PENDING');
  });

  it('GET /admin/leave-requests/:ref/documents/:id gives HR the letter the employee sent later, audited', async () => {
    const sent = await t.db.prisma.$transaction((tx) =>
      attachLeaveDocument(tx, { clock: t.clock }, {
        requestId, actor: { type: 'EMPLOYEE', employeeId: people.employee.id, name: people.employee.name, channel: 'WHATSAPP' },
        fileName: 'surat dokter "RSUD".pdf', mimeType: 'application/pdf', content: LETTER, channel: 'WHATSAPP',
      }),
    );
    documentId = sent.documentId;
    const history = (await t.call('GET', `/admin/leave-requests/${ref}`)).json();
    expect(history.documents).toEqual([expect.objectContaining({ id: documentId, mimeType: 'application/pdf', size: LETTER.length })]);

    const download = await t.call('GET', `/admin/leave-requests/${ref}/documents/${documentId}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="surat dokter _RSUD_.pdf"; filename*=UTF-8''${encodeURIComponent('surat dokter "RSUD".pdf')}`,
    );
    expect(download.rawPayload.equals(LETTER)).toBe(true);
    expect(await t.db.prisma.auditLog.count({ where: { action: 'leave.document_read', entityId: String(requestId), actorType: 'HR_TOKEN' } })).toBe(1);

    await decide(people.supervisor.id, 1, 'APPROVE');
    expect((await decide(people.chief.id, 2, 'APPROVE')).request.status).toBe('APPROVED');
  });

  it('answers 401 without a token, 400 for a malformed id, 404 for a document of another request or none', async () => {
    const url = `/admin/leave-requests/${ref}/documents/${documentId}`;
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    const malformed = await t.call('GET', `/admin/leave-requests/${ref}/documents/abc`);
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().message).toContain('params.documentId');
    expect((await t.call('GET', `/admin/leave-requests/${ref}/documents/-1`)).statusCode).toBe(400);
    expect((await t.call('GET', `/admin/leave-requests/${ref}/documents/99999999999`)).statusCode).toBe(400);
    expect((await t.call('GET', `/admin/leave-requests/${ref}/documents/${documentId + 1}`)).statusCode).toBe(404);
    const other = await t.call('POST', '/admin/leave-requests', {
      body: { nip: people.employee.nip, type: 'CT', start: '2026-12-21', end: '2026-12-22', reason: 'Urusan keluarga', address: 'Serang' },
    });
    expect(other.statusCode).toBe(201);
    expect((await t.call('GET', `/admin/leave-requests/${other.json().ref}/documents/${documentId}`)).statusCode).toBe(404);
    expect((await t.call('GET', `/admin/leave-requests/CT-2026-999999/documents/${documentId}`)).statusCode).toBe(404);
  });
});
