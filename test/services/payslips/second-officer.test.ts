import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { payrollActorOfCli, type PayrollActor } from '../../../src/services/payslips/payroll-actor';
import { savePayrollPublishRule } from '../../../src/services/payslips/payroll-publish-rule';
import { publishPayrollMonth } from '../../../src/services/payslips/publish-payroll-month';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/test-database';
import { NOW, PERIOD, demoNips, hrActor, importMonth, longCsv, makeSlip, seedDemoAt } from './payroll-fixtures';

const otherOfficer: PayrollActor = { actorType: 'EMPLOYEE', actorId: 8, actorName: 'Sari (BKPSDM)', channel: 'CONSOLE' };

describe.each(testProviders)('publishPayrollMonth under the two-officer rule on %s', (provider) => {
  let db: TestDatabase;
  let nips: string[];
  const publish = (actor: PayrollActor) => db.prisma.$transaction((tx) => publishPayrollMonth(tx, { period: PERIOD, actor, now: new Date(NOW) }));
  const run = () => db.prisma.payrollPeriod.findUniqueOrThrow({ where: { period_kind: { period: PERIOD, kind: 'GAJI' } } });
  beforeEach(async () => {
    db = await createTestDatabase(provider);
    await seedDemoAt(db);
    nips = await demoNips(db);
    await importMonth(db, { text: longCsv(nips.slice(0, 3).map((nip, i) => makeSlip(nip, i))) });
    await db.prisma.$transaction((tx) => savePayrollPublishRule(tx, { rule: { secondOfficer: true }, by: hrActor }));
  });
  afterEach(async () => {
    await db.drop();
  });

  it('publishes alone while the rule is off', async () => {
    await db.prisma.$transaction((tx) => savePayrollPublishRule(tx, { rule: { secondOfficer: false }, by: hrActor }));
    expect(await publish(hrActor)).toMatchObject({ awaitingSecondOfficer: false, requestedBy: null });
    expect((await run()).status).toBe('PUBLISHED');
  });

  it('takes a request, refuses its author confirming, publishes on a different officer\'s call', async () => {
    expect(await publish(hrActor)).toMatchObject({ awaitingSecondOfficer: true, notified: 0 });
    expect(await run()).toMatchObject({ status: 'DRAFT', publishRequestedById: hrActor.actorId, publishRequestedAt: new Date(NOW) });
    await expect(publish({ ...hrActor, channel: 'CONSOLE', actorType: 'EMPLOYEE' })).rejects.toMatchObject({ code: 'conflict.payroll_same_officer', params: { name: hrActor.actorName } });
    expect(await publish(otherOfficer)).toMatchObject({ awaitingSecondOfficer: false, requestedBy: hrActor.actorName });
    expect(await run()).toMatchObject({ status: 'PUBLISHED', publishedBy: otherOfficer.actorName });
    expect(await db.prisma.auditLog.findMany({ where: { action: { startsWith: 'payroll.publish' } }, orderBy: { id: 'asc' }, select: { action: true, actorId: true } })).toEqual([
      { action: 'payroll.publish_requested', actorId: hrActor.actorId },
      { action: 'payroll.published', actorId: otherOfficer.actorId },
    ]);
  });

  it('refuses the command line, which is no officer, and forgets a request when the month is imported again', async () => {
    await expect(publish(payrollActorOfCli('ops'))).rejects.toMatchObject({ code: 'payslip.publish.person_required' });
    await publish(hrActor);
    await importMonth(db, { text: longCsv(nips.slice(0, 2).map((nip, i) => makeSlip(nip, i))) });
    expect(await run()).toMatchObject({ status: 'DRAFT', publishRequestedBy: null, publishRequestedById: null });
    expect(await publish(hrActor)).toMatchObject({ awaitingSecondOfficer: true });
  });
});
