import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { isDemoPhone } from '../../src/domain/demo-phone';
import { buildDemoOrganisation } from '../../src/store/seed/demo-organisation';
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

    const period = await db.prisma.payrollPeriod.findUniqueOrThrow({ where: { period_kind: { period: '2026-10', kind: 'GAJI' } }, include: { payslips: { include: { lines: true } } } });
    expect(period.status).toBe('PUBLISHED');
    expect(period.payslips).toHaveLength(40);
    for (const slip of period.payslips) {
      const earnings = slip.lines.filter((l) => l.kind === 'EARNING').reduce((s, l) => s + l.amount, 0);
      const deductions = slip.lines.filter((l) => l.kind === 'DEDUCTION').reduce((s, l) => s + l.amount, 0);
      expect(slip.net).toBe(earnings - deductions);
    }
    expect(await db.prisma.leaveBalance.count({ where: { year: 2026, typeCode: 'CT' } })).toBe(40);
  });

  it('flags every demo person and gives them numbers from the reserved drama range (+44 7700 900xxx), none a real subscriber', async () => {
    const employees = await db.prisma.employee.findMany({ select: { demo: true, phone: true } });
    expect(employees.length).toBe(40);
    expect(employees.every((e) => e.demo)).toBe(true);
    expect(employees.every((e) => e.phone !== null && /^447700900\d{3}$/.test(e.phone) && isDemoPhone(e.phone))).toBe(true);
    expect(new Set(employees.map((e) => e.phone)).size).toBe(40);
  });

  it('flags the demo people of a database an earlier release seeded, and only them', async () => {
    const { employees } = buildDemoOrganisation(40);
    const earlier = (i: number) => `62812${String(10_000_000 + i).padStart(8, '0')}`;
    // As an earlier release left it: unflagged, real-format numbers; one demo person's number since changed by HR.
    for (const [i, e] of employees.entries()) {
      await db.prisma.employee.update({ where: { nip: e.nip }, data: { demo: false, phone: i === 5 ? '6281399998888' : earlier(i) } });
    }
    expect(await seedDemo(db, fixedClock('2026-11-27T03:00:00Z'))).toBeNull();

    const after = await db.prisma.employee.findMany({ select: { nip: true, demo: true, phone: true } });
    const byNip = new Map(after.map((e) => [e.nip, e]));
    for (const [i, e] of employees.entries()) {
      if (i === 5) expect(byNip.get(e.nip)).toMatchObject({ demo: false, phone: '6281399998888' });
      else expect(byNip.get(e.nip)).toMatchObject({ demo: true, phone: e.phone });
    }
  });
});
