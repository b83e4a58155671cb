import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../src/store/audit-row';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/test-database';

const entry = (action: string, data: AuditEntry['data'] = null): AuditEntry => ({
  actorType: 'EMPLOYEE',
  actorId: 7,
  actorName: 'Siti',
  channel: 'TELEGRAM',
  action,
  entity: 'LeaveRequest',
  entityId: 12,
  data,
});

/**
 * The dialect's audit insert and savepoint (on SQLite both run synchronously
 * on the transaction's connection): rows as auditRow shapes them, committed
 * and rolled back with the caller's transaction, and a savepoint that undoes
 * only what its own work wrote.
 */
describe.each(testProviders)('audit rows and savepoints on %s', (provider) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await db.drop();
  });
  const rowsOf = (action: string) =>
    db.prisma.auditLog.findMany({
      where: { action },
      orderBy: { id: 'asc' },
      select: { actorType: true, actorId: true, actorName: true, channel: true, action: true, entity: true, entityId: true, data: true, at: true },
    });

  it('writes audit rows in the caller’s transaction, and outside one', async () => {
    const before = Date.now();
    await db.prisma.$transaction((tx) => tx.$dialect.insertAudit(tx, [entry('test.one', { days: 2, note: 'ok' }), entry('test.one')]));
    await db.dialect.insertAudit(db.prisma, [entry('test.one')]);
    const rows = await rowsOf('test.one');
    expect(rows.map(({ at: _at, ...row }) => row)).toEqual([
      { actorType: 'EMPLOYEE', actorId: 7, actorName: 'Siti', channel: 'TELEGRAM', action: 'test.one', entity: 'LeaveRequest', entityId: '12', data: { days: 2, note: 'ok' } },
      { actorType: 'EMPLOYEE', actorId: 7, actorName: 'Siti', channel: 'TELEGRAM', action: 'test.one', entity: 'LeaveRequest', entityId: '12', data: null },
      { actorType: 'EMPLOYEE', actorId: 7, actorName: 'Siti', channel: 'TELEGRAM', action: 'test.one', entity: 'LeaveRequest', entityId: '12', data: null },
    ]);
    for (const row of rows) expect(Math.abs(row.at.getTime() - before)).toBeLessThan(60_000);
  });

  it('rolls audit rows back with the transaction', async () => {
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.$dialect.insertAudit(tx, [entry('test.rolled')]);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await rowsOf('test.rolled')).toEqual([]);
  });

  it('undoes what the savepoint’s work wrote when it throws, and keeps the rest of the transaction', async () => {
    await db.prisma.$transaction(async (tx) => {
      await tx.$dialect.insertAudit(tx, [entry('test.kept')]);
      await expect(
        tx.$dialect.withSavepoint(tx, async () => {
          await tx.$dialect.insertAudit(tx, [entry('test.undone')]);
          await tx.auditLog.create({ data: { actorType: 'SYSTEM', action: 'test.undone', entity: 'X' } });
          throw new Error('half done');
        }),
      ).rejects.toThrow('half done');
      expect(await tx.$dialect.withSavepoint(tx, async () => (await tx.$dialect.insertAudit(tx, [entry('test.saved')]), 'done'))).toBe('done');
    });
    expect(await rowsOf('test.kept')).toHaveLength(1);
    expect(await rowsOf('test.undone')).toEqual([]);
    expect(await rowsOf('test.saved')).toHaveLength(1);
  });
});
