import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople, linkIdentity } from '../../support/factories';
import { adminTestApp, type AdminTestApp } from './admin-test-app';
import { enqueue } from '../../../src/outbox/enqueue';

const DAY = 86_400_000;

describe('admin leave routes', () => {
  let t: AdminTestApp;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  let ref: string;

  const submit = (body: Record<string, unknown>) => t.call('POST', '/admin/leave-requests', { body });
  const ctRequest = (nip: string, start: string, end: string) => ({ nip, type: 'ct', start, end, reason: 'Urusan keluarga', address: 'Jl. Ahmad Yani 1, Serang' });
  const outboxFor = async (employeeId: number) => {
    const chats = await t.db.prisma.chatIdentity.findMany({ where: { employeeId }, select: { externalId: true } });
    return t.db.prisma.outboxMessage.findMany({ where: { chatId: { in: chats.map((c) => c.externalId) } }, orderBy: { id: 'asc' } });
  };

  beforeAll(async () => {
    t = await adminTestApp();
    people = await demoPeople(t.db);
    await linkIdentity(t.db, 'WHATSAPP', '6281100000001@s.whatsapp.net', people.employee.nip);
    await linkIdentity(t.db, 'TELEGRAM', '900001', people.supervisor.nip);
    await linkIdentity(t.db, 'TELEGRAM', '900002', people.chief.nip);
  });
  afterAll(() => t.close());

  it('POST /admin/leave-requests submits for an employee as a proxy, recorded as submitted by the token owner; the approver gets the card', async () => {
    const response = await submit(ctRequest(people.employee.nip, '2026-12-14', '2026-12-16'));
    expect(response.statusCode).toBe(201);
    const view = response.json();
    expect(view).toMatchObject({ employeeNip: people.employee.nip, typeCode: 'CT', days: 3, status: 'PENDING', proxy: true, submittedByName: t.owner.name });
    expect(t.owner.id).not.toBe(people.employee.id);
    ref = view.ref;
    const request = await t.db.prisma.leaveRequest.findUniqueOrThrow({ where: { id: view.id }, select: { submittedById: true, proxy: true } });
    expect(request).toEqual({ submittedById: t.owner.id, proxy: true });
    const audit = await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'leave.submitted' } });
    expect(audit).toMatchObject({ actorType: 'HR_TOKEN', actorId: t.owner.id, actorName: t.owner.name, channel: 'ADMIN_API', entityId: String(view.id) });
    expect((await outboxFor(people.supervisor.id)).length).toBe(1);
    expect((await outboxFor(people.employee.id)).length).toBe(1);
  });

  it('POST /admin/leave-requests answers 422 with every failed rule, 400 for a malformed body, 404 for an unknown NIP', async () => {
    const refused = await submit(ctRequest(people.employee.nip, '2026-11-20', '2026-11-19'));
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'leave.refused', errors: expect.arrayContaining([expect.objectContaining({ code: expect.stringMatching(/^leave\./) })]) });
    const malformed = await submit({ ...ctRequest(people.employee.nip, '2026-12-14', '2026-12-16'), start: '14-12-2026' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().message).toContain('body.start');
    expect((await submit(ctRequest('199001012020011999', '2026-12-14', '2026-12-16'))).statusCode).toBe(404);
  });

  it('GET /admin/leave-requests filters by unit, status, type and dates, and shows the waiting step', async () => {
    const unit = (await t.db.prisma.employee.findUniqueOrThrow({ where: { id: people.employee.id }, include: { unit: true } })).unit.code;
    const response = await t.call('GET', `/admin/leave-requests?unit=${unit}&status=PENDING&type=CT&from=2026-12-16&to=2026-12-31`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      total: 1,
      items: [{ ref, start: '2026-12-14', waitingOn: { order: 1, approver: { nip: people.supervisor.nip }, waitedWorkingDays: 0 } }],
    });
    expect((await t.call('GET', '/admin/leave-requests?from=2026-12-17')).json().total).toBe(0);
    expect((await t.call('GET', '/admin/leave-requests?unit=BKPSDM')).json().total).toBe(1);
    expect((await t.call('GET', '/admin/leave-requests?status=WAITING')).statusCode).toBe(400);
  });

  it('GET /admin/leave-requests?overdue=true finds steps waiting more than N working days', async () => {
    expect((await t.call('GET', '/admin/leave-requests?overdue=true')).json().total).toBe(0);
    t.clock.advance(10 * DAY);
    try {
      const overdue = (await t.call('GET', '/admin/leave-requests?overdue=true')).json();
      expect(overdue).toMatchObject({ overdueDays: 5, total: 1, items: [{ ref, waitingOn: { waitedWorkingDays: 6 } }] });
      expect((await t.call('GET', '/admin/leave-requests?overdue=true&overdueDays=6')).json().total).toBe(0);
    } finally {
      t.clock.advance(-10 * DAY);
    }
  });

  it('GET /admin/leave-requests/:ref shows the steps, documents and audit trail; unknown refs 404', async () => {
    const history = (await t.call('GET', `/admin/leave-requests/${ref}`)).json();
    expect(history).toMatchObject({
      ref,
      proxy: true,
      steps: [{ order: 1, status: 'PENDING', approver: { nip: people.supervisor.nip } }, ...history.steps.slice(1)],
      documents: [],
      audit: [expect.objectContaining({ action: 'leave.submitted', actorType: 'HR_TOKEN' })],
    });
    expect((await t.call('GET', '/admin/leave-requests/CT-1999-999999')).statusCode).toBe(404);
  });

  it('POST /admin/leave-requests/:ref/reassign moves the step, closes the old card and sends a new one', async () => {
    const before = await t.db.prisma.approvalStep.findFirstOrThrow({ where: { request: { ref }, order: 1 } });
    const self = await t.call('POST', `/admin/leave-requests/${ref}/reassign`, { body: { approverNip: people.employee.nip, reason: 'atasan cuti panjang' } });
    expect(self.statusCode).toBe(400);
    expect(self.json().code).toBe('admin.leave.own_request');
    expect((await t.call('POST', `/admin/leave-requests/${ref}/reassign`, { body: { approverNip: people.chief.nip } })).statusCode).toBe(400);

    const response = await t.call('POST', `/admin/leave-requests/${ref}/reassign`, { body: { approverNip: people.chief.nip, reason: 'atasan cuti panjang' } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ref, order: 1, approver: { nip: people.chief.nip, name: people.chief.name } });
    const after = await t.db.prisma.approvalStep.findFirstOrThrow({ where: { request: { ref }, order: 1 } });
    expect(after).toMatchObject({ approverId: people.chief.id, status: 'PENDING', remindedCount: 0 });
    expect(after.token).not.toBe(before.token);
    const oldCard = await outboxFor(people.supervisor.id);
    expect(oldCard.map((m) => (m.payload as { kind: string }).kind)).toEqual(['choices', 'resolve']);
    expect((await outboxFor(people.chief.id)).length).toBe(1);
    expect((await outboxFor(people.employee.id)).length).toBe(2);
    const audit = await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'leave.step_reassigned' } });
    expect(audit).toMatchObject({ actorType: 'HR_TOKEN', actorName: t.owner.name, data: expect.objectContaining({ reason: 'atasan cuti panjang' }) });
  });

  it('POST /admin/leave-requests/:ref/cancel cancels with a reason, gives the days back, tells the employee', async () => {
    const balance = () => t.db.prisma.leaveBalance.findFirstOrThrow({ where: { employeeId: people.employee.id, year: 2026, typeCode: 'CT' } });
    expect((await balance()).reserved).toBe(3);
    expect((await t.call('POST', `/admin/leave-requests/${ref}/cancel`, { body: {} })).statusCode).toBe(400);
    const response = await t.call('POST', `/admin/leave-requests/${ref}/cancel`, { body: { reason: 'Pegawai dinas luar' } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ ref, status: 'CANCELLED' });
    expect((await balance()).reserved).toBe(0);
    expect((await outboxFor(people.employee.id)).length).toBe(3);
    expect(await t.db.prisma.auditLog.count({ where: { action: 'leave.cancelled', actorType: 'HR_TOKEN' } })).toBe(1);
    const again = await t.call('POST', `/admin/leave-requests/${ref}/cancel`, { body: { reason: 'Pegawai dinas luar' } });
    expect(again.statusCode).toBe(400);
    expect((await t.call('POST', `/admin/leave-requests/${ref}/reassign`, { body: { approverNip: people.chief.nip, reason: 'x y z' } })).json().code).toBe('admin.leave.not_pending');
  });

  it('GET /admin/on-leave lists granted leave covering a date', async () => {
    const created = (await submit(ctRequest(people.pppk.nip, '2026-12-21', '2026-12-22'))).json();
    await t.db.prisma.leaveRequest.update({ where: { id: created.id }, data: { status: 'APPROVED' } });
    const onLeave = (await t.call('GET', '/admin/on-leave?date=2026-12-22')).json();
    expect(onLeave).toMatchObject({ date: '2026-12-22', count: 1, items: [{ ref: created.ref, employee: { nip: people.pppk.nip } }] });
    expect((await t.call('GET', '/admin/on-leave?date=2026-12-23')).json().count).toBe(0);
    expect((await t.call('GET', '/admin/on-leave?date=2026-12-22&unit=NOPE')).json().count).toBe(0);
    expect((await t.call('GET', '/admin/on-leave')).json().date).toBe('2026-11-27');
    expect((await t.call('GET', '/admin/on-leave?date=2026-02-30')).statusCode).toBe(400);
  });

  it('GET /admin/exports/leave.csv gives the month as CSV with Indonesian headers', async () => {
    const response = await t.call('GET', '/admin/exports/leave.csv?month=2026-12');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toContain('cuti-2026-12.csv');
    const lines = response.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Nomor,NIP,Nama,Unit,Jenis cuti,Mulai,Selesai,Setengah hari,Jumlah hari,Status,Diajukan petugas,Diajukan,Diputuskan');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`${ref},${people.employee.nip},`);
    expect(lines[1]).toContain(',CANCELLED,Y,');
    expect((await t.call('GET', '/admin/exports/leave.csv?month=2026-13')).statusCode).toBe(400);
    const english = (await t.call('GET', '/admin/exports/leave.csv?month=2027-01&lang=en')).body;
    expect(english.startsWith('\uFEFF')).toBe(true);
    expect(english.trim()).toBe('Reference,NIP,Name,Unit,Leave type,Start,End,Half day,Days,Status,Submitted by proxy,Submitted at,Decided at');
  });

  it('GET /admin/audit-log filters by entity, action prefix, actor and time', async () => {
    const all = (await t.call('GET', `/admin/audit-log?entity=LeaveRequest&action=leave.*&actor=${encodeURIComponent(t.owner.name)}`)).json();
    expect(all.items.map((i: { action: string }) => i.action).sort()).toEqual(['leave.cancelled', 'leave.step_reassigned', 'leave.submitted', 'leave.submitted']);
    const paged = (await t.call('GET', '/admin/audit-log?action=admin.request&pageSize=2')).json();
    expect(paged).toMatchObject({ page: 1, pageSize: 2, items: [expect.objectContaining({ action: 'admin.request' }), expect.anything()] });
    expect(paged.total).toBeGreaterThan(10);
    expect((await t.call('GET', '/admin/audit-log?action=admin.request&to=2026-11-27')).json().total).toBe(0);
    expect((await t.call('GET', '/admin/audit-log?from=yesterday')).statusCode).toBe(400);
  });

  it('GET /admin/outbox counts messages by status and lists the dead ones', async () => {
    const dead = await t.db.prisma.outboxMessage.findFirstOrThrow();
    await t.db.prisma.outboxMessage.update({ where: { id: dead.id }, data: { status: 'DEAD', lastError: 'chat not found' } });
    const state = (await t.call('GET', '/admin/outbox')).json();
    expect(state.counts.DEAD).toBe(1);
    expect(state.counts.PENDING).toBe((await t.db.prisma.outboxMessage.count()) - 1);
    expect(state.counts.SENT).toBe(0);
    expect(Date.parse(state.sentSince)).toBe(t.clock.now().getTime() - 24 * 3_600_000);
    expect(state.dead).toEqual([expect.objectContaining({ id: dead.id, lastError: 'chat not found', kind: 'choices' })]);
    expect((await t.call('GET', '/admin/outbox?deadLimit=-1')).statusCode).toBe(400);
  });

  it('GET /admin/outbox/queue gives each channel and lane its size, oldest message and drain time; refuses bad input and no token', async () => {
    await t.db.prisma.outboxMessage.deleteMany();
    await enqueue(
      t.db.prisma,
      Array.from({ length: 600 }, (_, i) => ({
        channel: 'WHATSAPP' as const,
        chatId: `62812${i}`,
        purpose: 'payslip' as const,
        message: { kind: 'text' as const, text: 'Slip gaji Oktober 2026 sudah tersedia.' },
      })),
    );
    await enqueue(t.db.prisma, [{ channel: 'WHATSAPP', chatId: '62899', purpose: 'reply', message: { kind: 'text', text: 'Saldo cuti Anda 12 hari' } }]);
    const res = await t.call('GET', '/admin/outbox/queue?channel=WHATSAPP');
    expect(res.statusCode).toBe(200);
    expect(res.json().lanes).toEqual([
      expect.objectContaining({ channel: 'WHATSAPP', lane: 'INTERACTIVE', pending: 1, drainSeconds: 1 }),
      expect.objectContaining({ channel: 'WHATSAPP', lane: 'BULK', pending: 600, drainSeconds: 601 }),
    ]);
    expect((await t.call('GET', '/admin/outbox/queue')).json().lanes.map((l: { channel: string; lane: string }) => `${l.channel}:${l.lane}`)).toEqual([
      'TELEGRAM:INTERACTIVE',
      'TELEGRAM:BULK',
      'WHATSAPP:INTERACTIVE',
      'WHATSAPP:BULK',
    ]);
    expect((await t.call('GET', '/admin/outbox/queue?channel=SMS')).statusCode).toBe(400);
    expect((await t.call('GET', '/admin/outbox/queue?lane=BULK')).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/admin/outbox/queue' })).statusCode).toBe(401);
  });
});
