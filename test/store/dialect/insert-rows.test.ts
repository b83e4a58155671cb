import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/test-database';

describe.each(testProviders)('insertRows on %s', (provider) => {
  let db: TestDatabase;
  const insertRows: TestDatabase['dialect']['insertRows'] = (...args) => db.dialect.insertRows(...args);
  let payslipId: number;
  beforeAll(async () => {
    db = await createTestDatabase(provider);
    const unit = await db.prisma.orgUnit.create({ data: { code: 'U', name: 'Unit' } });
    const employee = await db.prisma.employee.create({
      data: { nip: '199001012015011001', name: 'Ana', kind: 'PNS', rank: 'III/a', position: 'Staf', unitId: unit.id, serviceStart: '2015-01-01', birthDate: '1990-01-01', gender: 'F' },
    });
    const period = await db.prisma.payrollPeriod.create({ data: { period: '2026-11', importedBy: 'test' } });
    const at = new Date('2026-11-27T03:00:00.123Z');
    await insertRows(db.prisma, 'Payslip', ['periodId', 'employeeId', 'earnings', 'deductions', 'net', 'verificationCode', 'createdAt'], [
      [period.id, employee.id, 10, 4, 6, 'ABCD-EFGH-JK', at],
    ]);
    ({ id: payslipId } = await db.prisma.payslip.findFirstOrThrow({ where: { createdAt: at } }));
  });
  afterAll(async () => {
    await db.drop();
  });

  it('writes rows in several statements, binding every value (quotes, enums) as Prisma reads them back', async () => {
    const rows = Array.from({ length: 10_003 }, (_, i) => [payslipId, i % 2 ? 'DEDUCTION' : 'EARNING', `C${i}`, `Tunjangan "x" 'y'; DROP TABLE x; ${i}`, i * 1_000, i + 1]);
    await db.prisma.$transaction((tx) => insertRows(tx, 'PayslipLine', ['payslipId', 'kind', 'code', 'label', 'amount', 'position'], rows));

    expect(await db.prisma.payslipLine.count({ where: { payslipId } })).toBe(10_003);
    const last = await db.prisma.payslipLine.findFirstOrThrow({ where: { code: 'C10002' } });
    expect(last).toMatchObject({ kind: 'EARNING', label: `Tunjangan "x" 'y'; DROP TABLE x; 10002`, amount: 10_002_000, position: 10_003 });
  });

  it('refuses a row of the wrong width before writing it', async () => {
    await expect(insertRows(db.prisma, 'PayslipLine', ['payslipId', 'kind'], [[payslipId]])).rejects.toThrow(/expected 2/);
  });
});
