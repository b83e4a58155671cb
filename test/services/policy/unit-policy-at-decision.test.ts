import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock';
import { isLeaveRefused } from '../../../src/services/leave/leave-refused';
import { approverRemindersJob } from '../../../src/jobs/approver-reminders';
import { decideLeave } from '../../../src/services/leave/decide-leave';
import { submitLeave } from '../../../src/services/leave/submit-leave';
import { saveLeavePolicy } from '../../../src/services/settings/leave-policy-settings';
import type { Tx } from '../../../src/store/database';
import { CITY_ROOT, CITY_SETDA, type City, generateCity } from '../../../src/store/seed/generate-city';
import { insertCity } from '../../../src/store/seed/insert-city';
import { createTestDatabase, type TestDatabase, testProviders } from '../../support/test-database';

const NOW = '2026-11-27T03:00:00Z';

/**
 * An agency's override of the leave rules applies where its employees'
 * requests are decided, not only where they are submitted: a change of dates
 * checked at approval, and the reminder job's escalation threshold.
 */
describe.each(testProviders)('an agency’s leave rules at decision time (%s)', (provider) => {
  let db: TestDatabase;
  let city: City;
  let ids: Awaited<ReturnType<typeof insertCity>>;
  const clock = fixedClock(NOW);
  /** Two staff of each of two agencies: [agency A, agency B]. */
  let staff: Array<{ agency: string; people: Array<{ id: number; nip: string }> }>;

  beforeAll(async () => {
    db = await createTestDatabase(provider);
    city = generateCity(800);
    ids = await insertCity(db, city, 2026);
    const heads = new Set(Object.values(city.agencyHeads));
    const agencies = Object.keys(city.agencyHeads).filter((a) => a !== CITY_SETDA && a !== CITY_ROOT).slice(0, 2);
    staff = agencies.map((agency) => ({
      agency,
      people: city.employees
        .filter((e) => e.agencyCode === agency && !heads.has(e.nip) && e.kind === 'PNS' && e.serviceStart < '2020-01-01')
        .slice(0, 2)
        .map((e) => ({ id: ids.employees.get(e.nip)!, nip: e.nip })),
    }));
    expect(staff.map((s) => s.people.length)).toEqual([2, 2]);
    await db.prisma.delegation.deleteMany();
    await db.prisma.$transaction((tx) =>
      saveLeavePolicy(tx as Tx, {
        unitCode: staff[0]!.agency, dryRun: false, by: { actorType: 'SYSTEM', actorId: null, actorName: 'test', channel: null },
        overrides: { types: { CT: { maxLength: { PNS: { months: 0, days: 5 } } } }, reminders: { remindAfterWorkingDays: [1], escalateAfterWorkingDays: 3 } },
      }),
    );
  }, 120_000);
  afterAll(() => db?.drop());

  async function submit(employeeId: number, start: string, end: string) {
    return db.prisma.$transaction((tx) =>
      submitLeave(tx as Tx, { clock }, {
        employeeId, actor: { type: 'SYSTEM', name: 'test' }, typeCode: 'CT', start, end, reason: 'Urusan keluarga', address: 'Serang',
      }),
    );
  }

  const firstStep = (requestId: number) =>
    db.prisma.approvalStep.findFirstOrThrow({ where: { requestId, order: 1 }, select: { id: true, token: true, approverId: true, delegateId: true, escalatedAt: true, remindedCount: true } });

  it('checks other dates proposed at approval against the agency’s longest cuti tahunan (5 days in A, none in B)', async () => {
    const outcomes: string[] = [];
    for (const { people } of staff) {
      const view = await submit(people[0]!.id, '2026-12-28', '2026-12-29');
      const step = await firstStep(view.id);
      try {
        await db.prisma.$transaction((tx) =>
          decideLeave(tx as Tx, { clock }, {
            stepToken: step.token, actorEmployeeId: step.delegateId ?? step.approverId, decision: 'CHANGE',
            changedStart: '2026-12-14', changedEnd: '2026-12-22', note: 'Tanggal lain', channel: null,
          }),
        );
        outcomes.push((await db.prisma.leaveRequest.findUniqueOrThrow({ where: { id: view.id }, select: { status: true } })).status);
      } catch (error) {
        if (!isLeaveRefused(error)) throw error;
        outcomes.push(error.errors.map((e) => `${e.code} ${JSON.stringify(e.params ?? {})}`).join('; '));
      }
    }
    expect(outcomes[0]).toBe('leave.too_long {"lastDay":"2026-12-18"}');
    expect(['CHANGED', 'PENDING']).toContain(outcomes[1]);
  });

  it('escalates a request of agency A after its 3 working days, while B’s waits for the city’s 5', async () => {
    const steps: number[] = [];
    for (const { people } of staff) {
      const view = await submit(people[1]!.id, '2027-01-11', '2027-01-12');
      const step = await firstStep(view.id);
      // Activated Tuesday 24 Nov: Wednesday to Friday are 3 working days by 27 Nov.
      await db.prisma.approvalStep.update({ where: { id: step.id }, data: { activatedAt: new Date('2026-11-24T02:00:00Z') } });
      steps.push(step.id);
    }
    await approverRemindersJob.run({ db, clock, wakeOutbox: () => {} }, '2026-11-27');
    const [a, b] = await Promise.all(steps.map((id) => db.prisma.approvalStep.findUniqueOrThrow({ where: { id }, select: { escalatedAt: true, remindedCount: true } })));
    expect(a!.escalatedAt).not.toBeNull();
    expect(b!.escalatedAt).toBeNull();
    expect(b!.remindedCount).toBe(2);
  });
});
