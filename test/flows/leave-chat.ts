import { createFlowRegistry } from '../../flows';
import { fixedClock } from '../../src/clock';
import type { HalfDay, LeaveDetail } from '../../src/domain/leave';
import { decideLeave } from '../../src/services/leave/decide-leave';
import { submitLeave } from '../../src/services/leave/submit-leave';
import type { Tx } from '../../src/store/database';
import { seedDemo } from '../../src/store/seed/seed-demo';
import { createChatHarness } from '../support/chat-harness';
import { demoPeople, linkIdentity } from '../support/factories';
import type { TestDatabase } from '../support/test-database';

/** Friday 27 Nov 2026, 10:00 in Jakarta. */
export const NOW = '2026-11-27T03:00:00Z';
export const clock = () => fixedClock(NOW);

export async function seedLeaveWorld(db: TestDatabase) {
  await seedDemo(db, clock());
  return demoPeople(db);
}

/** A linked employee's chat, already past the introduction. */
export async function employeeChat(db: TestDatabase, nip: string, chatId = 'ana') {
  await linkIdentity(db, 'LOCAL', chatId, nip);
  const chat = createChatHarness(db, createFlowRegistry(), { now: NOW });
  const person = chat.person(chatId);
  await person.say('halo');
  return { chat, person };
}

export interface LeaveFixture {
  typeCode?: string;
  start: string;
  end: string;
  halfDay?: HalfDay | null;
  detail?: LeaveDetail;
  reason?: string;
}

/** A request submitted by the employee through the service, as if done in chat earlier. */
export async function submitFor(db: TestDatabase, employee: { id: number; name: string }, leave: LeaveFixture) {
  return db.prisma.$transaction((tx) =>
    submitLeave(tx as Tx, { clock: clock() }, {
      employeeId: employee.id,
      actor: { type: 'EMPLOYEE', employeeId: employee.id, name: employee.name, channel: 'LOCAL' },
      typeCode: leave.typeCode ?? 'CT',
      start: leave.start,
      end: leave.end,
      halfDay: leave.halfDay ?? null,
      reason: leave.reason ?? 'keperluan keluarga',
      address: 'Serang',
      detail: leave.detail ?? {},
    }),
  );
}

/** The approver of the request's open step decides it. */
export async function decide(db: TestDatabase, requestId: number, decision: 'APPROVE' | 'REJECT', note?: string) {
  const step = await db.prisma.approvalStep.findFirstOrThrow({ where: { requestId, status: 'PENDING' }, select: { token: true, approverId: true } });
  return db.prisma.$transaction((tx) =>
    decideLeave(tx as Tx, { clock: clock() }, { stepToken: step.token, actorEmployeeId: step.approverId, decision, note: note ?? null, channel: 'LOCAL' }),
  );
}
