import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople, linkIdentity, makeAdminToken } from '../../support/factories';
import { adminTestApp, type AdminTestApp } from './admin-test-app';

describe('delegations through the admin API', () => {
  let t: AdminTestApp;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  let substitute: { nip: string; id: number };

  beforeAll(async () => {
    t = await adminTestApp();
    people = await demoPeople(t.db);
    substitute = people.all.find((e) => e.supervisorId === people.supervisor.id && e.id !== people.employee.id)!;
    await linkIdentity(t.db, 'TELEGRAM', '7101', people.supervisor.nip);
    await linkIdentity(t.db, 'TELEGRAM', '7102', substitute.nip);
  });
  afterAll(() => t.close());

  it('creates a delegation that takes the waiting card to the substitute, tells both, and ends it giving the card back', async () => {
    const submitted = await t.call('POST', '/admin/leave-requests', {
      body: { nip: people.employee.nip, type: 'CT', start: '2026-12-14', end: '2026-12-14', reason: 'Keperluan keluarga', address: 'Serang' },
    });
    expect(submitted.statusCode).toBe(201);
    const ref = submitted.json().ref as string;

    const created = await t.call('POST', '/admin/delegations', { body: { fromNip: people.supervisor.nip, toNip: substitute.nip, start: '2026-11-27', end: '2026-12-05', reason: 'Cuti tahunan' } });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ from: { nip: people.supervisor.nip }, to: { nip: substitute.nip }, startDate: '2026-11-27', endDate: '2026-12-05' });
    const step = () => t.db.prisma.approvalStep.findFirstOrThrow({ where: { request: { ref }, order: 1 }, select: { delegateId: true } });
    expect((await step()).delegateId).toBe(substitute.id);
    const toSubstitute = await t.db.prisma.outboxMessage.findMany({ where: { chatId: '7102' }, select: { payload: true, ref: true } });
    expect(toSubstitute.some((m) => m.ref !== null)).toBe(true);
    expect(toSubstitute.some((m) => JSON.stringify(m.payload).includes('pengganti'))).toBe(true);
    const toSupervisor = await t.db.prisma.outboxMessage.findMany({ where: { chatId: '7101' }, select: { payload: true } });
    expect(toSupervisor.some((m) => JSON.stringify(m.payload).includes('Pengganti Anda tercatat'))).toBe(true);
    expect(await t.db.prisma.auditLog.count({ where: { action: 'delegation.created', actorId: t.owner.id } })).toBe(1);

    const overlap = await t.call('POST', '/admin/delegations', { body: { fromNip: people.supervisor.nip, toNip: people.hr.nip, start: '2026-12-01', end: '2026-12-02' } });
    expect(overlap.statusCode).toBe(409);

    const listed = await t.call('GET', '/admin/delegations?current=true');
    expect(listed.json().items).toHaveLength(1);

    const id = created.json().id as number;
    const ended = await t.call('POST', `/admin/delegations/${id}/end`, { body: { reason: 'Pulang lebih awal' } });
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toMatchObject({ endDate: '2026-11-26', endedBy: t.owner.name });
    expect((await step()).delegateId).toBeNull();
    expect((await t.call('GET', '/admin/delegations?current=true')).json().items).toHaveLength(0);
    expect((await t.call('POST', `/admin/delegations/${id}/end`, { body: { reason: 'Lagi' } })).statusCode).toBe(409);
    expect(await t.db.prisma.auditLog.count({ where: { action: 'delegation.ended' } })).toBe(1);
  });

  it('refuses no token, a token without the scope, bad input, oneself and past dates', async () => {
    const body = { fromNip: people.supervisor.nip, toNip: substitute.nip, start: '2027-01-04', end: '2027-01-08' };
    expect((await t.app.inject({ method: 'POST', url: '/admin/delegations', payload: body })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/admin/delegations' })).statusCode).toBe(401);
    const { token } = await makeAdminToken(t.db, { now: t.clock.now(), nip: t.owner.nip, scopes: ['read'] });
    const forbidden = await t.app.inject({ method: 'POST', url: '/admin/delegations', payload: body, headers: { authorization: `Bearer ${token}` } });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().code).toBe('forbidden.missing_scope');
    expect((await t.call('POST', '/admin/delegations', { body: { ...body, start: '04-01-2027' } })).statusCode).toBe(400);
    expect((await t.call('POST', '/admin/delegations', { body: { ...body, toNip: people.supervisor.nip } })).json().code).toBe('delegation.same_person');
    expect((await t.call('POST', '/admin/delegations', { body: { ...body, start: '2026-11-01', end: '2026-11-02' } })).json().code).toBe('delegation.invalid_range');
    expect((await t.call('POST', '/admin/delegations/abc/end', { body: { reason: 'x' } })).statusCode).toBe(400);
    expect((await t.call('POST', '/admin/delegations/999999/end', { body: { reason: 'Tidak ada' } })).statusCode).toBe(404);
  });
});
