import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/test-database';
import { employeeChat, seedLeaveWorld, submitFor } from './leave-chat';

const APPROVALS = 'Persetujuan cuti';

describe.each(testProviders)('the menu on %s', (provider) => {
  let db: TestDatabase;
  let people: Awaited<ReturnType<typeof seedLeaveWorld>>;

  beforeEach(async () => {
    db = await createTestDatabase(provider);
    people = await seedLeaveWorld(db);
  });
  afterEach(async () => {
    await db.drop();
  });

  const menuOf = async (nip: string, chatId: string) => (await (await employeeChat(db, nip, chatId)).person.say('menu')).join('\n');

  it('offers approvals to a supervisor of active staff, not to the staff', async () => {
    expect(await menuOf(people.supervisor.nip, 'boss')).toContain(APPROVALS);
    expect(await menuOf(people.employee.nip, 'staff')).not.toContain(APPROVALS);
  });

  it('offers approvals to a delegate while a step waits for them, and not once it is gone', async () => {
    const other = people.all.find((e) => e.id !== people.employee.id && e.supervisorId === people.employee.supervisorId && e.role === 'EMPLOYEE')!;
    // `other` supervises nobody: only the delegation makes them an approver.
    expect(await db.prisma.employee.count({ where: { supervisorId: other.id } })).toBe(0);
    const request = await submitFor(db, people.employee, { start: '2026-12-14', end: '2026-12-14' });
    const step = await db.prisma.approvalStep.findFirstOrThrow({ where: { requestId: request.id, status: 'PENDING' } });
    await db.prisma.approvalStep.update({ where: { id: step.id }, data: { delegateId: other.id } });
    expect(await menuOf(other.nip, 'delegate')).toContain(APPROVALS);
    await db.prisma.approvalStep.update({ where: { id: step.id }, data: { status: 'SKIPPED' } });
    expect(await menuOf(other.nip, 'delegate-later')).not.toContain(APPROVALS);
  });

  it('does not offer approvals to a supervisor whose staff have all left', async () => {
    await db.prisma.employee.updateMany({ where: { supervisorId: people.supervisor.id }, data: { active: false } });
    await db.prisma.approvalStep.updateMany({ where: { approverId: people.supervisor.id }, data: { status: 'SKIPPED' } });
    expect(await menuOf(people.supervisor.nip, 'boss')).not.toContain(APPROVALS);
  });
});
