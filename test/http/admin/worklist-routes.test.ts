import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople } from '../../support/factories';
import { adminTestApp, type AdminTestApp } from './admin-test-app';

describe('HR worklist through the admin API', () => {
  let t: AdminTestApp;
  let people: Awaited<ReturnType<typeof demoPeople>>;

  beforeAll(async () => {
    t = await adminTestApp();
    people = await demoPeople(t.db);
  });
  afterAll(() => t.close());

  it('lists stranded escalations, missing documents, profile changes, failed deliveries and unlinked employees', async () => {
    const sick = await t.call('POST', '/admin/leave-requests', {
      body: { nip: people.employee.nip, type: 'CS', start: '2026-11-30', end: '2026-12-04', reason: 'Demam berdarah', address: 'Serang' },
    });
    expect(sick.statusCode).toBe(201);
    // The chief's own request, escalated with nobody above the approver.
    const top = await t.call('POST', '/admin/leave-requests', {
      body: { nip: people.supervisor.nip, type: 'CT', start: '2026-12-14', end: '2026-12-14', reason: 'Keluarga', address: 'Serang' },
    });
    const step = await t.db.prisma.approvalStep.findFirstOrThrow({ where: { request: { ref: top.json().ref } }, select: { id: true, approverId: true } });
    expect(step.approverId).toBe(people.chief.id);
    await t.db.prisma.approvalStep.update({ where: { id: step.id }, data: { escalatedAt: t.clock.now() } });
    await t.db.prisma.profileChangeRequest.create({ data: { employeeId: people.employee.id, field: 'email', newValue: 'a@serangkota.go.id' } });
    await t.db.prisma.outboxMessage.create({ data: { channel: 'TELEGRAM', chatId: '999', payload: { kind: 'document', fileName: 'slip.pdf' }, status: 'DEAD', lastError: '403 Forbidden: bot was blocked' } });

    const response = await t.call('GET', '/admin/worklist?limit=10');
    expect(response.statusCode).toBe(200);
    const list = response.json();
    expect(list.escalations.items).toEqual([expect.objectContaining({ ref: top.json().ref, approver: people.chief.name })]);
    expect(list.missingDocuments.items).toEqual([expect.objectContaining({ ref: sick.json().ref, nip: people.employee.nip })]);
    expect(list.profileChanges).toMatchObject({ total: 1, items: [expect.objectContaining({ field: 'email' })] });
    expect(list.failedDeliveries).toMatchObject({ total: 1, items: [{ what: 'payslip', error: '403 Forbidden: bot was blocked' }] });
    expect(list.unlinked.total).toBe(await t.db.prisma.employee.count({ where: { active: true, identities: { none: { verifiedAt: { not: null } } } } }));
    expect(list.unlinked.byAgency[0]).toMatchObject({ unlinked: expect.any(Number), employees: expect.any(Number) });
  });

  it('refuses no token and bad input', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/admin/worklist' })).statusCode).toBe(401);
    expect((await t.call('GET', '/admin/worklist?limit=0')).statusCode).toBe(400);
    expect((await t.call('GET', '/admin/worklist?limit=many')).statusCode).toBe(400);
  });
});
