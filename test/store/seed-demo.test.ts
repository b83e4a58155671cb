import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { seedDemo } from '../../src/store/seed/seed-demo';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/test-database';

describe.each(testProviders)('demo organisation on %s', (provider) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await db.drop();
  });

  it('loads a consistent organisation once', async () => {
    const clock = fixedClock('2026-11-27T03:00:00Z');
    expect(await seedDemo(db, clock)).toEqual({ employees: 40 });
    expect(await seedDemo(db, clock)).toBeNull();

    const units = await db.prisma.orgUnit.findMany({ include: { head: true } });
    expect(units).toHaveLength(4);
    expect(units.every((u) => u.head !== null)).toBe(true);
    const employees = await db.prisma.employee.findMany();
    expect(employees).toHaveLength(40);
    expect(employees.filter((e) => e.supervisorId === null)).toHaveLength(1);
    expect(employees.some((e) => e.role === 'HR')).toBe(true);
    expect(new Set(employees.map((e) => e.kind))).toEqual(new Set(['PNS', 'PPPK']));
    expect(employees.every((e) => /^\d{18}$/.test(e.nip))).toBe(true);

    const holidays = await db.prisma.holiday.findMany();
    expect(holidays.some((h) => h.kind === 'CUTI_BERSAMA' && h.date.startsWith('2026'))).toBe(true);
    expect(holidays.some((h) => h.date.startsWith('2027'))).toBe(true);

    const period = await db.prisma.payrollPeriod.findUniqueOrThrow({ where: { period: '2026-10' }, include: { payslips: { include: { lines: true } } } });
    expect(period.status).toBe('PUBLISHED');
    expect(period.payslips).toHaveLength(40);
    for (const slip of period.payslips) {
      const earnings = slip.lines.filter((l) => l.kind === 'EARNING').reduce((s, l) => s + l.amount, 0);
      const deductions = slip.lines.filter((l) => l.kind === 'DEDUCTION').reduce((s, l) => s + l.amount, 0);
      expect(slip.net).toBe(earnings - deductions);
    }
    expect(await db.prisma.leaveBalance.count({ where: { year: 2026, typeCode: 'CT' } })).toBe(40);
  });
});
