import { randomBytes } from 'node:crypto';
import type { Clock } from '../../clock';
import { jakartaDay } from '../../domain/day';
import { verificationCode } from '../../domain/payslip/verification-code';
import type { Database } from '../database';
import { demoHolidays } from './demo-holidays';
import { buildDemoOrganisation } from './demo-organisation';
import { flagEarlierDemo } from './flag-earlier-demo';
import { demoPayslipLines } from './demo-payslip';
import { ensureReferenceData } from './reference-data';

function previousPeriod(today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/**
 * Loads the demo organisation into an empty database; returns what it added,
 * or null when employees exist already (a real or earlier demo database,
 * whose demo people are flagged if an earlier release seeded them).
 */
export async function seedDemo(db: Database, clock: Clock, size = 40): Promise<{ employees: number } | null> {
  await ensureReferenceData(db);
  if ((await db.prisma.employee.count()) > 0) {
    await flagEarlierDemo(db);
    return null;
  }
  const { units, employees } = buildDemoOrganisation(size);
  const today = jakartaDay(clock.now());
  const year = Number(today.slice(0, 4));
  const period = previousPeriod(today);

  await db.prisma.$transaction(async (tx) => {
    for (const unit of units) {
      const parent = unit.parentCode ? await tx.orgUnit.findUniqueOrThrow({ where: { code: unit.parentCode }, select: { id: true } }) : null;
      await tx.orgUnit.create({ data: { code: unit.code, name: unit.name, parentId: parent?.id ?? null } });
    }
    const unitIds = new Map((await tx.orgUnit.findMany({ select: { id: true, code: true } })).map((u) => [u.code, u.id]));
    await tx.employee.createMany({
      data: employees.map(({ unitCode, supervisorNip: _s, ...e }) => ({ ...e, demo: true, unitId: unitIds.get(unitCode)! })),
    });
    const ids = new Map((await tx.employee.findMany({ select: { id: true, nip: true } })).map((e) => [e.nip, e.id]));
    const teams = new Map<string, string[]>();
    for (const e of employees) if (e.supervisorNip) teams.set(e.supervisorNip, [...(teams.get(e.supervisorNip) ?? []), e.nip]);
    for (const [supervisorNip, team] of teams) {
      await tx.employee.updateMany({ where: { nip: { in: team } }, data: { supervisorId: ids.get(supervisorNip)! } });
    }
    for (const unit of units) await tx.orgUnit.update({ where: { code: unit.code }, data: { headId: ids.get(unit.headNip)! } });

    await tx.holiday.createMany({ data: demoHolidays.map((h) => ({ ...h })) });
    await tx.leaveBalance.createMany({
      data: employees.map((e, i) => ({
        employeeId: ids.get(e.nip)!,
        year,
        typeCode: 'CT',
        entitled: 12,
        carriedOver: i % 3 === 0 ? 6 : 0,
        used: i % 5,
      })),
    });

    const payroll = await tx.payrollPeriod.create({
      data: { period, status: 'PUBLISHED', importedBy: 'seed', publishedAt: clock.now(), publishedBy: 'seed' },
    });
    const slips = employees.map((e, i) => {
      const structural = e.position.startsWith('Kepala') || e.position === 'Sekretaris';
      const lines = demoPayslipLines(e.rank, i % 3 !== 0, i % 4, structural);
      const earnings = lines.filter((l) => l.kind === 'EARNING').reduce((sum, l) => sum + l.amount, 0);
      const deductions = lines.filter((l) => l.kind === 'DEDUCTION').reduce((sum, l) => sum + l.amount, 0);
      return { employeeId: ids.get(e.nip)!, earnings, deductions, lines };
    });
    await tx.payslip.createMany({
      data: slips.map(({ lines: _lines, ...slip }) => ({
        ...slip,
        periodId: payroll.id,
        net: slip.earnings - slip.deductions,
        verificationCode: verificationCode(randomBytes(8)),
      })),
    });
    const payslipIds = new Map(
      (await tx.payslip.findMany({ where: { periodId: payroll.id }, select: { id: true, employeeId: true } })).map((p) => [p.employeeId, p.id]),
    );
    await tx.payslipLine.createMany({
      data: slips.flatMap((slip) => slip.lines.map((l, position) => ({ ...l, position, payslipId: payslipIds.get(slip.employeeId)! }))),
    });
    await tx.auditLog.create({
      data: { actorType: 'SYSTEM', actorName: 'seed', action: 'demo.seeded', entity: 'Organisation', data: { employees: employees.length } },
    });
  }, { timeout: Math.max(60_000, size * 120), maxWait: 60_000 });
  return { employees: employees.length };
}
