import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../../../src/domain/app-error';
import { addDays, daysBetween } from '../../../src/domain/day';
import type { Decision } from '../../../src/domain/leave';
import { cancelLeave } from '../../../src/services/leave/cancel-leave';
import { decideLeave } from '../../../src/services/leave/decide-leave';
import { creditWorkedCutiBersama } from '../../../src/services/leave/credit-worked-cuti-bersama';
import { recountForHolidays } from '../../../src/services/leave/recount-for-holidays';
import { returnToWork } from '../../../src/services/leave/return-to-work';
import { convertToSickLeave } from '../../../src/services/leave/convert-to-sick-leave';
import { readStoredDetail } from '../../../src/services/leave/internal/stored-detail';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { actorOf, ctRequest, inTx, leaveWorld, NOW, setBalance, submit } from './leave-test-kit';

type Op =
  | { kind: 'submit'; offset: number; length: number }
  | { kind: 'decide'; pick: number; decision: Decision; shift: number }
  | { kind: 'cancel'; pick: number }
  | { kind: 'holiday'; offset: number }
  | { kind: 'credit'; offset: number }
  | { kind: 'return'; pick: number; after: number }
  | { kind: 'sick'; pick: number; from: number; length: number };

const submitOp = fc.record({ kind: fc.constant('submit' as const), offset: fc.integer({ min: 0, max: 40 }), length: fc.integer({ min: 0, max: 6 }) });
const op: fc.Arbitrary<Op> = fc.oneof(
  submitOp,
  { arbitrary: fc.record({
    kind: fc.constant('decide' as const),
    pick: fc.nat(),
    decision: fc.constantFrom<Decision>('APPROVE', 'APPROVE', 'CHANGE', 'DEFER', 'REJECT'),
    shift: fc.integer({ min: -3, max: 10 }),
  }), weight: 3 },
  fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('holiday' as const), offset: fc.integer({ min: 0, max: 46 }) }),
  fc.record({ kind: fc.constant('credit' as const), offset: fc.integer({ min: 0, max: 46 }) }),
  { arbitrary: fc.record({ kind: fc.constant('return' as const), pick: fc.nat(), after: fc.integer({ min: 1, max: 6 }) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('sick' as const), pick: fc.nat(), from: fc.integer({ min: 0, max: 5 }), length: fc.integer({ min: 0, max: 3 }) }), weight: 2 },
);

/** After the first submissions, the oldest pending request is approved, so returns and sick days have granted leave to work on. */
const GRANT_FIRST: Op = { kind: 'decide', pick: 0, decision: 'APPROVE', shift: 0 };

const DECLARED = 'Cuti bersama (ditetapkan kemudian)';

/** SQLite only: the guarantee is the services' bookkeeping; the concurrency tests cover PostgreSQL. */
describe('balance conservation under random submit / decide / cancel / holidays declared later / cuti bersama credits / early returns / sick days during annual leave', () => {
  let db: TestDatabase;
  let world: Awaited<ReturnType<typeof leaveWorld>>;
  /** Conversions and early returns that went through: the property must exercise them, not only their refusals. */
  const applied = { sick: 0, returns: 0 };
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
          await inTx(db, (tx) => returnToWork(tx, deps, { requestId: r.id, returnDay: addDays(r.startDate, 1 + (o.after % Math.max(1, daysBetween(r.startDate, r.endDate)))), actor: actorOf(employee) }));
          applied.returns += 1;
        } finally {
          world.clock.set(NOW);
        }
      } else if (o.kind === 'sick') {
        const granted = requests.filter((r) => r.status === 'APPROVED' || r.status === 'CHANGED');
        if (granted.length === 0) return null;
        const r = granted[o.pick % granted.length]!;
        const span = daysBetween(r.startDate, r.endDate);
        const start = addDays(r.startDate, o.from % (span + 1));
        const end = addDays(start, Math.min(o.length, daysBetween(start, r.endDate)));
        world.clock.set(`${start}T03:00:00Z`);
        try {
          const letter = await db.prisma.leaveDocument.create({
            data: { employeeId: employee.id, kind: 'DOCTOR', fileName: 'dokter.pdf', mimeType: 'application/pdf', size: 1, sha256: 'x', content: Buffer.from('x') },
            select: { id: true },
          });
          await inTx(db, async (tx) => {
            await convertToSickLeave(tx, deps, { requestId: r.id, start, end, documentIds: [letter.id], reason: 'sakit', actor: actorOf(employee) });
            applied.sick += 1;
          });
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
        for (const o of [...first, GRANT_FIRST, ...then]) {
          const credited = await run(o);
          if (credited && credits.has(credited.year)) credits.set(credited.year, credits.get(credited.year)! + credited.days);
          await checkBalances(credits);
        }
      }),
      { numRuns: 15 },
    );
    expect(applied.sick).toBeGreaterThan(0);
    expect(applied.returns).toBeGreaterThan(0);
  }, 180_000);
});
