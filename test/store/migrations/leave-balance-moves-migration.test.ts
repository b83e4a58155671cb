import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Provider } from '../../../src/store/database';
import { applyMigrations } from '../../../src/store/migrations/apply-migrations';
import { listMigrationNames, migrationsDirectory } from '../../../src/store/migrations/migrations-directory';
import { testPostgresUrl, testProviders } from '../../support/test-database';
import { tempFolder, tempPostgresDatabase, tempSqliteUrl } from './temp-database';

const MIGRATION = '20261206173919_leave_balance_moves';

async function tempDatabase(provider: Provider): Promise<{ url: string; drop(): Promise<void> }> {
  if (provider === 'postgresql') return tempPostgresDatabase(testPostgresUrl!);
  const temp = tempSqliteUrl();
  return { url: temp.url, drop: async () => temp.remove() };
}

describe.each(testProviders)('migration %s: cuti bersama credits made before the ledger', (provider) => {
  it('become ledger moves, one per employee and day, so a day stays credited once', async () => {
    const directory = migrationsDirectory(provider);
    const before = tempFolder();
    for (const name of (await listMigrationNames(directory)).filter((n) => n < MIGRATION)) cpSync(join(directory, name), join(before.path, name), { recursive: true });
    const database = await tempDatabase(provider);
    try {
      await applyMigrations(database.url, { directory: before.path });
      let db = await openDatabase(database.url);
      for (const key of ['7:2026-12-24', '7:2027-01-02', '9:2026-12-24']) {
        await db.prisma.auditLog.create({ data: { actorType: 'HR_TOKEN', action: 'leave.cuti_bersama_credited', entity: 'CutiBersamaCredit', entityId: key } });
      }
      await db.prisma.auditLog.create({ data: { actorType: 'HR_TOKEN', action: 'leave.submitted', entity: 'LeaveRequest', entityId: '7' } });
      await db.close();

      expect((await applyMigrations(database.url)).applied).toContain(MIGRATION);
      db = await openDatabase(database.url);
      const moves = await db.prisma.leaveBalanceMove.findMany({
        orderBy: [{ employeeId: 'asc' }, { workedDate: 'asc' }],
        select: { employeeId: true, year: true, kind: true, days: true, reason: true, workedDate: true },
      });
      expect(moves).toEqual([
        { employeeId: 7, year: 2026, kind: 'creditWorked', days: 1, reason: 'cuti_bersama_worked', workedDate: '2026-12-24' },
        { employeeId: 7, year: 2027, kind: 'creditWorked', days: 1, reason: 'cuti_bersama_worked', workedDate: '2027-01-02' },
        { employeeId: 9, year: 2026, kind: 'creditWorked', days: 1, reason: 'cuti_bersama_worked', workedDate: '2026-12-24' },
      ]);
      await expect(
        db.prisma.leaveBalanceMove.create({ data: { employeeId: 7, year: 2026, typeCode: 'CT', kind: 'creditWorked', days: 1, reason: 'cuti_bersama_worked', workedDate: '2026-12-24' } }),
      ).rejects.toMatchObject({ code: 'P2002' });
      await db.close();
    } finally {
      await database.drop();
      before.remove();
    }
  });
});
