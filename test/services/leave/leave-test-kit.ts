import { fixedClock } from '../../../src/clock';
import type { OutboundMessage } from '../../../src/chat/outbound-message';
import type { LeaveActor, LeaveDeps, SubmitLeaveInput } from '../../../src/services/leave/contract';
import { submitLeave } from '../../../src/services/leave/submit-leave';
import type { Tx } from '../../../src/store/database';
import { seedDemo } from '../../../src/store/seed/seed-demo';
import { demoPeople, linkIdentity } from '../../support/factories';
import type { TestDatabase } from '../../support/test-database';

/** "Today" in every leave service test: Friday 27 Nov 2026, 10:00 in Jakarta. */
export const NOW = '2026-11-27T03:00:00Z';

export type Person = Awaited<ReturnType<typeof demoPeople>>['employee'];

/** The demo organisation, with chats for the people notifications go to. */
export async function leaveWorld(db: TestDatabase) {
  const clock = fixedClock(NOW);
  await seedDemo(db, clock);
  const people = await demoPeople(db);
  for (const p of [people.employee, people.supervisor, people.chief, people.hr, people.pppk]) {
    await linkIdentity(db, 'TELEGRAM', `tg-${p.id}`, p.nip);
  }
  const deps: LeaveDeps = { clock };
  return { clock, deps, ...people };
}

export function actorOf(p: Pick<Person, 'id' | 'name'>): LeaveActor {
  return { type: 'EMPLOYEE', employeeId: p.id, name: p.name, channel: 'TELEGRAM' };
}

export function inTx<T>(db: TestDatabase, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.prisma.$transaction((tx) => fn(tx as Tx), { timeout: 30_000, maxWait: 30_000 });
}

/** Sets the employee's CT balance of `year` outright (entitled, nothing used or held). */
export async function setBalance(db: TestDatabase, employeeId: number, entitled: number, year = 2026): Promise<void> {
  await db.prisma.leaveBalance.upsert({
    where: { employeeId_year_typeCode: { employeeId, year, typeCode: 'CT' } },
    create: { employeeId, year, typeCode: 'CT', entitled },
    update: { entitled, carriedOver: 0, deferred: 0, added: 0, used: 0, reserved: 0 },
  });
}

export async function balanceOf(db: TestDatabase, employeeId: number, year = 2026) {
  return db.prisma.leaveBalance.findUniqueOrThrow({
    where: { employeeId_year_typeCode: { employeeId, year, typeCode: 'CT' } },
    select: { entitled: true, carriedOver: true, deferred: true, added: true, used: true, reserved: true },
  });
}

export function ctRequest(employee: Pick<Person, 'id' | 'name'>, overrides: Partial<SubmitLeaveInput> = {}): SubmitLeaveInput {
  return {
    employeeId: employee.id,
    actor: actorOf(employee),
    typeCode: 'CT',
    start: '2026-12-07',
    end: '2026-12-09',
    reason: 'Urusan keluarga',
    address: 'Jl. Ahmad Yani 12, Serang',
    ...overrides,
  };
}

export function submit(db: TestDatabase, deps: LeaveDeps, input: SubmitLeaveInput) {
  return inTx(db, (tx) => submitLeave(tx, deps, input));
}

/** Messages queued for the Telegram chat of `employeeId`, oldest first. */
export async function outboxFor(db: TestDatabase, employeeId: number): Promise<OutboundMessage[]> {
  const rows = await db.prisma.outboxMessage.findMany({ where: { chatId: `tg-${employeeId}` }, orderBy: { id: 'asc' }, select: { payload: true } });
  return rows.map((r) => r.payload as unknown as OutboundMessage);
}

export async function stepsOf(db: TestDatabase, requestId: number) {
  return db.prisma.approvalStep.findMany({ where: { requestId }, orderBy: { order: 'asc' } });
}

/** The AppError code a promise rejects with. */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
  return 'resolved';
}
