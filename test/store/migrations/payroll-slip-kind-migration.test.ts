import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Provider } from '../../../src/store/database';
import { applyMigrations } from '../../../src/store/migrations/apply-migrations';
import { listMigrationNames, migrationsDirectory } from '../../../src/store/migrations/migrations-directory';
import { testPostgresUrl, testProviders } from '../../support/test-database';
import { tempFolder, tempPostgresDatabase, tempSqliteUrl } from './temp-database';

const MIGRATION = '20261207012930_payroll_slip_kind';

async function tempDatabase(provider: Provider): Promise<{ url: string; drop(): Promise<void> }> {
  if (provider === 'postgresql') return tempPostgresDatabase(testPostgresUrl!);
  const temp = tempSqliteUrl();
  return { url: temp.url, drop: async () => temp.remove() };
}

describe.each(testProviders)('migration %s: payroll months before slip kinds', (provider) => {
  it('become the salary (GAJI) run of their month, and a TPP run of the same month can be added', async () => {
    const directory = migrationsDirectory(provider);
    const before = tempFolder();
    for (const name of (await listMigrationNames(directory)).filter((n) => n < MIGRATION)) cpSync(join(directory, name), join(before.path, name), { recursive: true });
    const database = await tempDatabase(provider);
    try {
      await applyMigrations(database.url, { directory: before.path });
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
      before.remove();
    }
  });
});
