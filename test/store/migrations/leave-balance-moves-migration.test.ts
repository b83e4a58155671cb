import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/database';
import { applyMigrations } from '../../../src/store/migrations/apply-migrations';
import { testProviders } from '../../support/test-database';
import { migratedUpTo } from './migrated-up-to';

const MIGRATION = '20261206173919_leave_balance_moves';

describe.each(testProviders)('migration %s: cuti bersama credits made before the ledger', (provider) => {
  it('become ledger moves, one per employee and day, so a day stays credited once', async () => {
    const database = await migratedUpTo(provider, MIGRATION);
    try {
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
    }
  });
});
