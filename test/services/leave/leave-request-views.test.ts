import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getStatus } from '../../../src/services/leave/get-status';
import { createTestDatabase, type TestDatabase, testProviders } from '../../support/test-database';
import { ctRequest, inTx, leaveWorld, setBalance, submit } from './leave-test-kit';

describe.each(testProviders)('leave request views on %s', (provider) => {
  let db: TestDatabase;
  let world: Awaited<ReturnType<typeof leaveWorld>>;
  beforeEach(async () => {
    db = await createTestDatabase(provider);
    world = await leaveWorld(db);
    await setBalance(db, world.employee.id, 12);
  });
  afterEach(async () => {
    await db.drop();
  });

  it('names everyone on each request and counts its own documents only', async () => {
    const first = await submit(db, world.deps, ctRequest(world.employee, { start: '2026-12-07', end: '2026-12-07' }));
    const second = await submit(db, world.deps, ctRequest(world.employee, { start: '2026-12-14', end: '2026-12-14' }));
    const file = { employeeId: world.employee.id, kind: 'OTHER', fileName: 'a.pdf', mimeType: 'application/pdf', size: 3, sha256: 'x', content: Buffer.from('pdf') };
    await db.prisma.leaveDocument.createMany({ data: [{ ...file, requestId: second.id }, { ...file, requestId: second.id }, { ...file, requestId: null }] });

    const views = await inTx(db, (tx) => getStatus(tx, world.employee.id));
    expect(views.map((v) => [v.id, v.documentCount])).toEqual([
      [second.id, 2],
      [first.id, 0],
    ]);
    for (const view of views) {
      expect(view).toMatchObject({ employeeName: world.employee.name, employeeNip: world.employee.nip, submittedByName: world.employee.name });
      expect(view.unitName.length).toBeGreaterThan(0);
      expect(view.steps[0]).toMatchObject({ approverId: world.supervisor.id, approverName: world.supervisor.name, delegateName: null, decidedByName: null });
    }
  });
});
