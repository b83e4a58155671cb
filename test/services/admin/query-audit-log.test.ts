import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_COUNT_LIMIT, queryAuditLog } from '../../../src/services/admin/query-audit-log';
import { browseAuditLog } from '../../../src/services/console/console-audit';
import { createTestDatabase, type TestDatabase, testProviders } from '../../support/test-database';
import { sqlitePlans } from '../../support/query-plans';

const NIP = '199001012020011001';

/** One employee who acted twice, HR who acted once, and many system rows. */
async function world(db: TestDatabase, systemRows: number) {
  const unit = await db.prisma.orgUnit.create({ data: { code: 'U', name: 'Unit' } });
  const employee = await db.prisma.employee.create({
    data: { nip: NIP, name: 'Ani', kind: 'PNS', rank: 'III/a', position: 'Staf', unitId: unit.id, serviceStart: '2010-01-01', birthDate: '1990-01-01', gender: 'F' },
    select: { id: true },
  });
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 27, 0, minute));
  await db.prisma.auditLog.createMany({
    data: [
      ...Array.from({ length: systemRows }, (_, i) => ({ at: at(i % 600), actorType: 'SYSTEM', actorName: 'retention', action: 'retention.applied', entity: 'System' })),
      { at: at(700), actorType: 'EMPLOYEE', actorId: employee.id, actorName: 'Ani', action: 'leave.submitted', entity: 'LeaveRequest', entityId: 'CS-1' },
      { at: at(701), actorType: 'HR_TOKEN', actorId: employee.id, actorName: 'token', action: 'leave.decided', entity: 'LeaveRequest', entityId: 'CS-1' },
      { at: at(702), actorType: 'EMPLOYEE', actorId: employee.id, actorName: 'Ani', action: 'leave.cancelled', entity: 'LeaveRequest', entityId: 'CS-1' },
    ],
  });
}

describe.each(testProviders)('the audit trail, counted up to a limit (%s)', (provider) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(provider);
    await world(db, AUDIT_COUNT_LIMIT + 5);
  });
  afterAll(async () => {
    await db.drop();
  });
  const query = (q: Parameters<typeof queryAuditLog>[1]) => db.prisma.$transaction((tx) => queryAuditLog(tx, q));

  it('counts at most the limit and says when there are more; a narrower filter counts exactly', async () => {
    expect(await query({ page: 1, pageSize: 2 })).toMatchObject({ total: AUDIT_COUNT_LIMIT, totalCapped: true, items: [{ action: 'leave.cancelled' }, { action: 'leave.decided' }] });
    expect(await query({ action: 'retention.*', page: 1, pageSize: 1 })).toMatchObject({ total: AUDIT_COUNT_LIMIT, totalCapped: true, items: [{ action: 'retention.applied' }] });
    expect((await query({ action: 'retention.*', page: 2, pageSize: 3 })).items.map((i) => i.action)).toEqual(['retention.applied', 'retention.applied', 'retention.applied']);
    const leave = await query({ action: 'leave.*', page: 1, pageSize: 50 });
    expect(leave).toMatchObject({ total: 3, totalCapped: false });
    expect(leave.items.map((i) => i.action)).toEqual(['leave.cancelled', 'leave.decided', 'leave.submitted']);
    expect((await query({ action: 'leave.*', page: 2, pageSize: 2 })).items.map((i) => i.action)).toEqual(['leave.submitted']);
    expect(await query({ action: 'leave.submitted', page: 1, pageSize: 50 })).toMatchObject({ total: 1, totalCapped: false });
    // A prefix is a prefix: not "leave" inside another action, not another case.
    expect((await query({ action: 'LEAVE.*', page: 1, pageSize: 50 })).total).toBe(0);
    expect((await query({ action: 'eave.*', page: 1, pageSize: 50 })).total).toBe(0);
  });

  it("finds what the employee of a NIP did, by the employee's id; a NIP of nobody finds nothing", async () => {
    const found = await db.prisma.$transaction((tx) => browseAuditLog(tx, { nip: NIP }, { page: 1, pageSize: 50 }));
    expect(found).toMatchObject({ total: 2, totalCapped: false });
    expect(found.items.map((i) => i.action)).toEqual(['leave.cancelled', 'leave.submitted']);
    expect(await db.prisma.$transaction((tx) => browseAuditLog(tx, { nip: '199001012020011999' }, { page: 1, pageSize: 50 }))).toEqual({ total: 0, totalCapped: false, items: [] });
  });
});

describe('the audit trail on SQLite (plan)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    await world(db, 10);
  });
  afterAll(async () => {
    await db.drop();
  });

  const plans = async (filters: Parameters<typeof browseAuditLog>[1]) => {
    const queries = await sqlitePlans(db, (tx) => browseAuditLog(tx, filters, { page: 1, pageSize: 50 }));
    const count = queries.find((q) => q.sql.includes('COUNT(*)'))!;
    const page = queries.find((q) => q.sql.includes('FROM `main`.`AuditLog`') && !q.sql.includes('COUNT(*)'))!;
    return { count: count.plan.filter((d) => d.includes('AuditLog')), page: page.plan.filter((d) => d.includes('AuditLog') || d.includes('B-TREE')) };
  };

  it('counts on an index in its own order, stopping at the limit: no filter, an action prefix, a NIP', async () => {
    expect((await plans({})).count).toEqual(['SCAN AuditLog USING COVERING INDEX AuditLog_at_idx']);
    expect((await plans({ action: 'leave' })).count).toEqual(['SEARCH AuditLog USING COVERING INDEX AuditLog_action_idx (action>? AND action<?)']);
    expect(await plans({ nip: NIP })).toEqual({
      count: ['SEARCH AuditLog USING INDEX AuditLog_actorId_at_idx (actorId=?)'],
      page: ['SEARCH AuditLog USING INDEX AuditLog_actorId_at_idx (actorId=?)'],
    });
  });

  it('reads a page newest first on the time index; a prefix of few rows (counted within the limit) on the action index', async () => {
    expect((await plans({})).page).toEqual(['SCAN AuditLog USING INDEX AuditLog_at_idx']);
    expect((await plans({ action: 'leave' })).page).toEqual(['SEARCH AuditLog USING INDEX AuditLog_action_idx (action>? AND action<?)', 'USE TEMP B-TREE FOR ORDER BY']);
  });
});
