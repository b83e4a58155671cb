import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/database';
import { applyMigrations } from '../../../src/store/migrations/apply-migrations';
import { testProviders } from '../../support/test-database';
import { migratedUpTo } from './migrated-up-to';

const MIGRATION = '20261207012930_payroll_slip_kind';

describe.each(testProviders)('migration %s: payroll months before slip kinds', (provider) => {
  it('become the salary (GAJI) run of their month, and a TPP run of the same month can be added', async () => {
    const database = await migratedUpTo(provider, MIGRATION);
    try {
      let db = await openDatabase(database.url);
      await db.prisma.$executeRawUnsafe(`INSERT INTO "PayrollPeriod" ("period", "status", "revision", "importedBy") VALUES ('2026-10', 'PUBLISHED', 2, 'seed')`);
      await db.close();

      expect((await applyMigrations(database.url)).applied).toContain(MIGRATION);
      db = await openDatabase(database.url);
      expect(await db.prisma.payrollPeriod.findMany({ select: { id: true, period: true, kind: true, status: true, revision: true } })).toEqual([
        { id: 1, period: '2026-10', kind: 'GAJI', status: 'PUBLISHED', revision: 2 },
      ]);
      await db.prisma.payrollPeriod.create({ data: { period: '2026-10', kind: 'TPP', importedBy: 'hr' } });
      await expect(db.prisma.payrollPeriod.create({ data: { period: '2026-10', kind: 'GAJI', importedBy: 'hr' } })).rejects.toThrow();
      expect(await db.prisma.payrollPeriod.count({ where: { period: '2026-10' } })).toBe(2);
      await db.close();
    } finally {
      await database.drop();
    }
  });
});
