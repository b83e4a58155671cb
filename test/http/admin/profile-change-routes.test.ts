import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/chat/actor';
import { requestProfileChange } from '../../../src/services/profile/request-profile-change';
import type { Tx } from '../../../src/store/database';
import { actorOf, demoPeople, linkIdentity, makeAdminToken } from '../../support/factories';
import { adminTestApp, type AdminTestApp } from './admin-test-app';

describe('profile-change review through the admin API', () => {
  let t: AdminTestApp;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  let actor: Actor;
  const request = (field: 'phone' | 'address' | 'email', value: string) =>
    t.db.prisma.$transaction((tx) => requestProfileChange(tx as Tx, { actor, field, value, channel: 'TELEGRAM' }));

  beforeAll(async () => {
    t = await adminTestApp();
    people = await demoPeople(t.db);
    const identity = await linkIdentity(t.db, 'TELEGRAM', '7201', people.employee.nip);
    actor = await actorOf(t.db, people.employee.id, identity);
  });
  afterAll(() => t.close());

  it('lists open requests; approving writes the value, keeps the old one, audits and tells the employee', async () => {
    const before = await t.db.prisma.employee.findUniqueOrThrow({ where: { id: people.employee.id }, select: { address: true } });
    const { id } = await request('address', 'Jl. Ahmad Yani No. 10, Cipocok Jaya, Serang');
    await expect(request('address', 'Jl. Lain No. 1, Serang Kota')).rejects.toMatchObject({ code: 'conflict.profile_change_open' });
    const listed = await t.call('GET', '/admin/profile-changes');
    expect(listed.json().items).toEqual([expect.objectContaining({ id, field: 'address', status: 'PENDING', employee: expect.objectContaining({ nip: people.employee.nip }) })]);

    const approved = await t.call('POST', `/admin/profile-changes/${id}/approve`, { body: {} });
    expect(approved.statusCode).toBe(200);
    expect(approved.json().request).toMatchObject({ status: 'APPROVED', oldValue: before.address, reviewedBy: t.owner.name });
    const after = await t.db.prisma.employee.findUniqueOrThrow({ where: { id: people.employee.id }, select: { address: true } });
    expect(after.address).toBe('Jl. Ahmad Yani No. 10, Cipocok Jaya, Serang');
    const audit = await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'profile.change_approved' }, select: { actorId: true, data: true } });
    expect(audit).toMatchObject({ actorId: t.owner.id, data: { oldValue: before.address, newValue: 'Jl. Ahmad Yani No. 10, Cipocok Jaya, Serang' } });
    const told = await t.db.prisma.outboxMessage.findMany({ where: { chatId: '7201' }, select: { payload: true } });
    expect(told.some((m) => JSON.stringify(m.payload).includes(`no. ${id} disetujui`))).toBe(true);
    expect((await t.call('POST', `/admin/profile-changes/${id}/approve`, { body: {} })).statusCode).toBe(409);
  });

  it('rejects with a note the employee reads, and nothing changes', async () => {
    const { id } = await request('email', 'pegawai.baru@serangkota.go.id');
    expect((await t.call('POST', `/admin/profile-changes/${id}/reject`, { body: {} })).statusCode).toBe(400);
    const rejected = await t.call('POST', `/admin/profile-changes/${id}/reject`, { body: { note: 'Gunakan email dinas yang terdaftar' } });
    expect(rejected.json().request).toMatchObject({ status: 'REJECTED', note: 'Gunakan email dinas yang terdaftar' });
    const employee = await t.db.prisma.employee.findUniqueOrThrow({ where: { id: people.employee.id }, select: { email: true } });
    expect(employee.email).not.toBe('pegawai.baru@serangkota.go.id');
    const told = await t.db.prisma.outboxMessage.findMany({ where: { chatId: '7201' }, select: { payload: true } });
    expect(told.some((m) => JSON.stringify(m.payload).includes('Gunakan email dinas yang terdaftar'))).toBe(true);
  });

  it('re-links WhatsApp on an approved phone change: the old number’s chat unlinked, the new number’s chat linked', async () => {
    await t.db.prisma.employee.update({ where: { id: people.employee.id }, data: { phone: '6281200000001' } });
    const old = await t.db.prisma.chatIdentity.create({ data: { channel: 'WHATSAPP', externalId: '6281200000001@s.whatsapp.net', phone: '6281200000001', employeeId: people.employee.id, verifiedAt: t.clock.now() } });
    const fresh = await t.db.prisma.chatIdentity.create({ data: { channel: 'WHATSAPP', externalId: '6281300000002@s.whatsapp.net', phone: '6281300000002' } });
    const { id } = await request('phone', '6281300000002');
    const approved = await t.call('POST', `/admin/profile-changes/${id}/approve`, { body: {} });
    expect(approved.json().whatsapp).toEqual({ unlinked: [old.id], linked: fresh.id });
    const chats = await t.db.prisma.chatIdentity.findMany({ where: { id: { in: [old.id, fresh.id] } }, orderBy: { id: 'asc' }, select: { employeeId: true, verifiedAt: true } });
    expect(chats[0]).toEqual({ employeeId: null, verifiedAt: null });
    expect(chats[1]!.employeeId).toBe(people.employee.id);
    const told = await t.db.prisma.outboxMessage.findMany({ where: { chatId: '6281300000002@s.whatsapp.net' }, select: { payload: true } });
    expect(told.some((m) => JSON.stringify(m.payload).includes('6281300000002'))).toBe(true);
  });

  it('refuses no token, a token without the scope, and bad input', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/admin/profile-changes' })).statusCode).toBe(401);
    const { token } = await makeAdminToken(t.db, { now: t.clock.now(), nip: t.owner.nip, scopes: ['read'] });
    const forbidden = await t.app.inject({ method: 'POST', url: '/admin/profile-changes/1/approve', payload: {}, headers: { authorization: `Bearer ${token}` } });
    expect(forbidden.statusCode).toBe(403);
    expect((await t.call('GET', '/admin/profile-changes?status=MAYBE')).statusCode).toBe(400);
    expect((await t.call('POST', '/admin/profile-changes/x/approve', { body: {} })).statusCode).toBe(400);
    expect((await t.call('POST', '/admin/profile-changes/999999/approve', { body: {} })).statusCode).toBe(404);
  });
});
