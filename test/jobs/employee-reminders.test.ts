import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { balanceSummaryJob } from '../../src/jobs/balance-summary';
import { leaveStartRemindersJob } from '../../src/jobs/leave-start-reminders';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { jobsWorld, makeRequest, resetActivity, textsTo } from '../support/jobs-world';

describe('employee reminders', () => {
  let db: TestDatabase;
  let world: Awaited<ReturnType<typeof jobsWorld>>;
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    world = await jobsWorld(db);
  });
  afterAll(async () => {
    await db.drop();
  });
  beforeEach(async () => {
    await resetActivity(db);
  });

  it('reminds the day before approved leave starts; on Friday that includes Monday', async () => {
    const { employee, pppk, hr, ctx } = world;
    await makeRequest(db, { employee, status: 'APPROVED', start: '2026-11-30', end: '2026-12-02', days: 3 });
    await makeRequest(db, { employee: pppk, status: 'CHANGED', start: '2026-11-28', end: '2026-11-28' });
    await makeRequest(db, { employee: hr, status: 'PENDING', start: '2026-11-30', end: '2026-11-30' });
    await makeRequest(db, { employee: hr, status: 'APPROVED', start: '2026-12-01', end: '2026-12-01' });

    expect(await leaveStartRemindersJob.run(ctx, '2026-11-27')).toEqual({ starting: 2, reached: 2, until: '2026-11-30' });
    await leaveStartRemindersJob.run(ctx, '2026-11-27');

    expect(await textsTo(db, `tg-${employee.id}`)).toEqual([
      'Pengingat: Cuti Tahunan Anda dimulai Senin, 30 Nov 2026 (30 Nov 2026 - 2 Des 2026, 3 hari). Selamat beristirahat!',
    ]);
    expect(await textsTo(db, `tg-${pppk.id}`)).toHaveLength(1);
    expect(await textsTo(db, `tg-${hr.id}`)).toEqual([]);
  });

  it('tells everyone with cuti tahunan left, on the first working day of December, what the year end would forfeit', async () => {
    const { employee, pppk, ctx } = world;
    await db.prisma.leaveBalance.update({
      where: { employeeId_year_typeCode: { employeeId: employee.id, year: 2026, typeCode: 'CT' } },
      data: { entitled: 12, carriedOver: 6, used: 2, reserved: 0 },
    });
    await db.prisma.leaveBalance.update({
      where: { employeeId_year_typeCode: { employeeId: pppk.id, year: 2026, typeCode: 'CT' } },
      data: { entitled: 12, carriedOver: 0, used: 9, reserved: 0 },
    });

    expect(await balanceSummaryJob.run(ctx, '2026-11-30')).toEqual({ skipped: 'runs on 2026-12-01' });
    const result = await balanceSummaryJob.run(ctx, '2026-12-01');
    await balanceSummaryJob.run(ctx, '2026-12-01');

    expect(result).toMatchObject({ balances: 40, reached: 5 });
    expect(await textsTo(db, `tg-${employee.id}`)).toEqual([
      'Sisa cuti tahunan Anda 16 hari. Cuti yang tidak diambil sampai 31 Desember 2026 hanya dapat dibawa ke tahun 2027 sebanyak 6 hari; 10 hari sisanya hangus. Ajukan cuti sekarang agar tidak hilang.',
    ]);
    const pppkText = (await textsTo(db, `tg-${pppk.id}`))[0];
    expect(pppkText).toMatch(/^Sisa cuti tahunan Anda 3 hari\. /);
  });
});
