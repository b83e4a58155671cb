import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../../../src/domain/app-error';
import { addDays } from '../../../src/domain/day';
import type { Decision } from '../../../src/domain/leave';
import { cancelLeave } from '../../../src/services/leave/cancel-leave';
import { decideLeave } from '../../../src/services/leave/decide-leave';
import { creditWorkedCutiBersama } from '../../../src/services/leave/credit-worked-cuti-bersama';
import { recountForHolidays } from '../../../src/services/leave/recount-for-holidays';
import { returnToWork } from '../../../src/services/leave/return-to-work';
import { readStoredDetail } from '../../../src/services/leave/internal/stored-detail';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { actorOf, ctRequest, inTx, leaveWorld, NOW, setBalance, submit } from './leave-test-kit';

type Op =
  | { kind: 'submit'; offset: number; length: number }
  | { kind: 'decide'; pick: number; decision: Decision; shift: number }
  | { kind: 'cancel'; pick: number }
  | { kind: 'holiday'; offset: number }
  | { kind: 'credit'; offset: number }
  | { kind: 'return'; pick: number; after: number };

const submitOp = fc.record({ kind: fc.constant('submit' as const), offset: fc.integer({ min: 0, max: 40 }), length: fc.integer({ min: 0, max: 6 }) });
const op: fc.Arbitrary<Op> = fc.oneof(
  submitOp,
  fc.record({
    kind: fc.constant('decide' as const),
    pick: fc.nat(),
    decision: fc.constantFrom<Decision>('APPROVE', 'APPROVE', 'CHANGE', 'DEFER', 'REJECT'),
    shift: fc.integer({ min: -3, max: 10 }),
  }),
  fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('holiday' as const), offset: fc.integer({ min: 0, max: 46 }) }),
  fc.record({ kind: fc.constant('credit' as const), offset: fc.integer({ min: 0, max: 46 }) }),
  fc.record({ kind: fc.constant('return' as const), pick: fc.nat(), after: fc.integer({ min: 1, max: 6 }) }),
);

const DECLARED = 'Cuti bersama (ditetapkan kemudian)';

/** SQLite only: the guarantee is the services' bookkeeping; the concurrency tests cover PostgreSQL. */
describe('balance conservation under random submit / decide / cancel / holidays declared later / cuti bersama credits / early returns', () => {
  let db: TestDatabase;
  let world: Awaited<ReturnType<typeof leaveWorld>>;
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    world = await leaveWorld(db);
  });
  afterAll(async () => {
    await db.drop();
  });

  async function reset(): Promise<void> {
    await db.prisma.leaveDocument.deleteMany({});
    await db.prisma.leavePaper.deleteMany({});
    await db.prisma.approvalStep.deleteMany({});
    await db.prisma.leaveRequest.deleteMany({});
    await db.prisma.holiday.deleteMany({ where: { name: DECLARED } });
    await db.prisma.leaveBalance.deleteMany({ where: { employeeId: world.employee.id } });
    await db.prisma.leaveBalanceMove.deleteMany({ where: { employeeId: world.employee.id } });
    await setBalance(db, world.employee.id, 12);
  }

  /** Declares `date` cuti bersama, as a holiday import would (with its recount). */
  async function declare(date: string): Promise<void> {
    if (!(await db.prisma.holiday.findFirst({ where: { date } }))) await db.prisma.holiday.create({ data: { date, name: DECLARED, kind: 'CUTI_BERSAMA' } });
    await inTx(db, (tx) => recountForHolidays(tx, { dates: [date], actor: { actorType: 'SYSTEM', actorName: 'test' } }));
  }

  /** Runs one operation; a credit (of a day declared cuti bersama, then worked) returns the day it added to a year's credits. */
  async function run(o: Op): Promise<{ year: number; days: number } | null> {
    const { employee, deps } = world;
    const requests = await db.prisma.leaveRequest.findMany({
      orderBy: { id: 'asc' },
      select: { id: true, status: true, startDate: true, endDate: true, currentStep: true, steps: { select: { order: true, token: true, approverId: true } } },
    });
    try {
      if (o.kind === 'submit') {
        const start = addDays('2026-12-04', o.offset);
        await submit(db, deps, ctRequest(employee, { start, end: addDays(start, o.length) }));
      } else if (o.kind === 'holiday') {
        await declare(addDays('2026-12-04', o.offset));
      } else if (o.kind === 'credit') {
        const date = addDays('2026-12-04', o.offset);
        await declare(date);
        await inTx(db, (tx) => creditWorkedCutiBersama(tx, deps, { employeeId: employee.id, dates: [date], reason: 'piket', actor: { actorType: 'SYSTEM', actorName: 'test' } }));
        return { year: Number(date.slice(0, 4)), days: 1 };
      } else if (o.kind === 'return') {
        const granted = requests.filter((r) => r.status === 'APPROVED' || r.status === 'CHANGED');
        if (granted.length === 0) return null;
        const r = granted[o.pick % granted.length]!;
        world.clock.set(`${r.startDate}T03:00:00Z`);
        try {
          await inTx(db, (tx) => returnToWork(tx, deps, { requestId: r.id, returnDay: addDays(r.startDate, o.after), actor: actorOf(employee) }));
        } finally {
          world.clock.set(NOW);
        }
      } else if (o.kind === 'cancel' && requests.length > 0) {
        const r = requests[o.pick % requests.length]!;
        await inTx(db, (tx) => cancelLeave(tx, deps, { requestId: r.id, actor: actorOf(employee) }));
      } else if (o.kind === 'decide') {
        const pending = requests.filter((r) => r.status === 'PENDING');
        if (pending.length === 0) return null;
        const r = pending[o.pick % pending.length]!;
        const step = r.steps.find((s) => s.order === r.currentStep)!;
        const changedStart = addDays(r.startDate, o.shift);
        await inTx(db, (tx) =>
          decideLeave(tx, deps, {
            stepToken: step.token, actorEmployeeId: step.approverId, decision: o.decision, note: 'catatan', channel: null,
            changedStart, changedEnd: addDays(changedStart, 2),
          }),
        );
      }
    } catch (error) {
      if (!isAppError(error)) throw error;
    }
    return null;
  }

  /**
   * Every row: nothing negative, nothing over its credits, credits untouched,
   * exactly the days requests hold, and the ledger's moves adding up to the
   * row's held and used days (every row starts with none).
   */
  async function checkBalances(credits: Map<number, number>): Promise<void> {
    const rows = await db.prisma.leaveBalance.findMany({ where: { employeeId: world.employee.id } });
    const requests = await db.prisma.leaveRequest.findMany({ select: { status: true, detail: true } });
    const moves = await db.prisma.leaveBalanceMove.findMany({ where: { employeeId: world.employee.id } });
    const moved = (year: number, kind: string) => moves.filter((m) => m.year === year && m.kind === kind).reduce((sum, m) => sum + m.days, 0);
    for (const row of rows) {
      const total = row.entitled + row.carriedOver + row.deferred + row.added;
      if (!credits.has(row.year)) credits.set(row.year, total);
      const held = (statuses: string[]) =>
        requests
          .filter((r) => statuses.includes(r.status))
          .flatMap((r) => readStoredDetail(r.detail).charged)
          .filter((c) => c.year === row.year)
          .reduce((sum, c) => sum + c.days, 0);
      expect(row.used).toBeGreaterThanOrEqual(0);
      expect(row.reserved).toBeGreaterThanOrEqual(0);
      expect(row.used + row.reserved).toBeLessThanOrEqual(total);
      expect(total).toBe(credits.get(row.year));
      expect(row.reserved).toBe(held(['PENDING']));
      expect(row.used).toBe(held(['APPROVED', 'CHANGED']));
      expect(row.reserved).toBe(moved(row.year, 'reserve') - moved(row.year, 'release') - moved(row.year, 'consume'));
      expect(row.used).toBe(moved(row.year, 'consume') - moved(row.year, 'returnUsed'));
      expect(row.added).toBe(moved(row.year, 'creditWorked'));
    }
  }

  it('never makes a balance negative nor creates or loses days', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(submitOp, { minLength: 1, maxLength: 3 }), fc.array(op, { minLength: 1, maxLength: 10 }), async (first, then) => {
        await reset();
        const credits = new Map<number, number>();
        for (const o of [...first, ...then]) {
          const credited = await run(o);
          if (credited && credits.has(credited.year)) credits.set(credited.year, credits.get(credited.year)! + credited.days);
          await checkBalances(credits);
        }
      }),
      { numRuns: 15 },
    );
  });
});
