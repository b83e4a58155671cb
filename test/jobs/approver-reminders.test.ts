import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { approverRemindersJob } from '../../src/jobs/approver-reminders';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/test-database';
import { jobsWorld, makeRequest, resetActivity, textsTo } from '../support/jobs-world';

describe.each(testProviders)('approver reminders (%s)', (provider) => {
  let db: TestDatabase;
  let world: Awaited<ReturnType<typeof jobsWorld>>;
  beforeAll(async () => {
    db = await createTestDatabase(provider);
    world = await jobsWorld(db);
  });
  afterAll(async () => {
    await db.drop();
  });
  beforeEach(async () => {
    await resetActivity(db);
    await db.prisma.holiday.deleteMany({ where: { kind: 'LOCAL' } });
  });

  it('reminds after 1 working day and again after 3, counting only working days', async () => {
    const { employee, supervisor, ctx } = world;
    const oneDay = await makeRequest(db, { employee, approver: supervisor, start: '2026-12-14', end: '2026-12-15', days: 2, activatedAt: '2026-11-26T02:00:00Z' });
    // Activated Friday 20 Nov: Mon 23 to Fri 27 would be 5 working days, but 24 Nov is a local holiday: 4.
    await db.prisma.holiday.create({ data: { date: '2026-11-24', name: 'Hari jadi kota', kind: 'LOCAL' } });
    const fourDays = await makeRequest(db, { employee, approver: supervisor, start: '2026-12-21', end: '2026-12-21', activatedAt: '2026-11-20T02:00:00Z', remindedCount: 1 });
    await makeRequest(db, { employee, approver: supervisor, start: '2026-12-22', end: '2026-12-22', activatedAt: '2026-11-27T01:00:00Z' });

    expect(await approverRemindersJob.run(ctx, '2026-11-27')).toMatchObject({ waiting: 3, reminded: 2, escalated: 0 });

    const texts = await textsTo(db, `tg-${supervisor.id}`);
    expect(texts).toEqual([
      `Pengingat: pengajuan cuti ${employee.name} (Cuti Tahunan, 14-15 Des 2026) menunggu keputusan Anda sejak 1 hari kerja. Nomor pengajuan: ${oneDay.ref}.`,
      `Pengingat: pengajuan cuti ${employee.name} (Cuti Tahunan, 21 Des 2026) menunggu keputusan Anda sejak 4 hari kerja. Nomor pengajuan: ${fourDays.ref}.`,
    ]);
    const steps = await db.prisma.approvalStep.findMany({ orderBy: { id: 'asc' }, select: { remindedCount: true, lastRemindedAt: true, escalatedAt: true } });
    expect(steps.map((s) => s.remindedCount)).toEqual([1, 2, 0]);
    expect(steps.every((s) => s.escalatedAt === null)).toBe(true);
    expect(world.woken()).toBeGreaterThan(0);
  });

  it('escalates on the 5th working day to the approver’s own supervisor, who may then decide', async () => {
    const { employee, supervisor, chief, ctx } = world;
    const request = await makeRequest(db, { employee, approver: supervisor, start: '2026-12-14', end: '2026-12-14', activatedAt: '2026-11-20T02:00:00Z', remindedCount: 2 });

    expect(await approverRemindersJob.run(ctx, '2026-11-27')).toMatchObject({ reminded: 0, escalated: 1 });

    const step = await db.prisma.approvalStep.findFirstOrThrow({ where: { requestId: request.id } });
    expect(step.delegateId).toBe(chief.id);
    expect(step.escalatedAt).not.toBeNull();
    expect(await textsTo(db, `tg-${chief.id}`)).toEqual([
      `Eskalasi: pengajuan cuti ${employee.name} (Cuti Tahunan, 14 Des 2026) belum diputuskan oleh ${supervisor.name} selama 5 hari kerja. Sebagai atasan ${supervisor.name}, Anda sekarang dapat memutuskannya. Nomor pengajuan: ${request.ref}.`,
    ]);
    expect((await textsTo(db, `tg-${supervisor.id}`))[0]).toContain(`diteruskan kepada ${chief.name}`);
    const audit = await db.prisma.auditLog.findFirst({ where: { action: 'approval.escalated', entityId: String(step.id) } });
    expect(audit?.data).toMatchObject({ to: chief.id, workingDaysWaited: 5 });
  });

  it('sends nothing twice when run again the same day, and nothing on a weekend', async () => {
    const { employee, supervisor, ctx } = world;
    await makeRequest(db, { employee, approver: supervisor, start: '2026-12-14', end: '2026-12-14', activatedAt: '2026-11-26T02:00:00Z' });

    await approverRemindersJob.run(ctx, '2026-11-27');
    expect(await approverRemindersJob.run(ctx, '2026-11-27')).toMatchObject({ reminded: 0 });
    expect(await approverRemindersJob.run(ctx, '2026-11-28')).toEqual({ skipped: 'not a working day' });

    expect(await textsTo(db, `tg-${supervisor.id}`)).toHaveLength(1);
  });

  it('leaves decided requests alone', async () => {
    const { employee, supervisor, ctx } = world;
    await makeRequest(db, { employee, approver: supervisor, start: '2026-12-14', end: '2026-12-14', status: 'APPROVED', activatedAt: '2026-11-16T02:00:00Z' });

    expect(await approverRemindersJob.run(ctx, '2026-11-27')).toMatchObject({ waiting: 0, reminded: 0, escalated: 0 });
    expect(await db.prisma.outboxMessage.count()).toBe(0);
  });
});
