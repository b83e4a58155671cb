import { type LeaveBalanceSnapshot, type LeavePolicy, openingBalance, rolloverYear } from '../../domain/leave';
import type { Database, Tx } from '../../store/database';
import { writeAudit } from '../audit';
import { loadLeavePolicy } from '../policy/load-leave-policy';
import type { ScheduledRun, SystemActor } from '../scheduled-run';
import { auditActor } from './internal/leave-actor';
import { readStoredDetail } from './internal/stored-detail';

const CHUNK = 500;

type Employee = { id: number; kind: 'PNS' | 'PPPK'; serviceStart: string; contractEnd: string | null; contractStart: string | null; hardToReach: boolean };
type PreviousBalance = LeaveBalanceSnapshot & { id: number; employeeId: number; rolledOverAt: Date | null };

/**
 * What the closing year leaves behind beyond its balance row: the CT days the
 * official postponed, counted by the year of each day (a deferred request of
 * 29 Dec - 5 Jan postpones its December days into the next year, its January
 * days a year later), and cuti besar, which forfeits the CT of the year it
 * starts in, as validation and the decision that grants it count it.
 */
async function closingYearFacts(db: Database, previous: number, policy: LeavePolicy) {
  const [from, to] = [`${previous}-01-01`, `${previous}-12-31`];
  const [deferred, longLeave] = await Promise.all([
    db.prisma.leaveRequest.findMany({
      where: { typeCode: 'CT', status: 'DEFERRED', startDate: { lte: to }, endDate: { gte: from } },
      select: { employeeId: true, startDate: true, days: true, detail: true },
    }),
    policy.longLeave.forfeitsAnnualLeave
      ? db.prisma.leaveRequest.findMany({
          where: { typeCode: 'CB', status: { in: ['APPROVED', 'CHANGED'] }, startDate: { gte: from, lte: to } },
          select: { employeeId: true },
        })
      : Promise.resolve([]),
  ]);
  const deferredDays = new Map<number, number>();
  for (const request of deferred) {
    const { charged } = readStoredDetail(request.detail);
    const days = charged.length > 0
      ? charged.filter((part) => part.year === previous).reduce((sum, part) => sum + part.days, 0)
      : (request.startDate <= to && request.startDate >= from ? request.days : 0);
    deferredDays.set(request.employeeId, (deferredDays.get(request.employeeId) ?? 0) + days);
  }
  return { deferredDays, forfeited: new Set(longLeave.map((r) => r.employeeId)) };
}

const credits = (s: LeaveBalanceSnapshot) => ({ entitled: s.entitled, carriedOver: s.carriedOver, deferred: s.deferred, unusedYears: s.unusedYears });

/**
 * One chunk in one transaction: next year's CT row for each employee (created,
 * or its credits set when a request for next year made it earlier) and the
 * closing year's row marked rolled over, so a second run skips it.
 */
async function rollChunk(
  tx: Tx,
  year: number,
  rows: Array<{ employee: Employee; previous?: PreviousBalance; next: LeaveBalanceSnapshot }>,
  existing: Set<number>,
  now: Date,
  actor: SystemActor,
) {
  const create = rows.filter((r) => !existing.has(r.employee.id));
  if (create.length > 0) {
    await tx.leaveBalance.createMany({ data: create.map((r) => ({ employeeId: r.employee.id, year, typeCode: 'CT', ...credits(r.next) })) });
  }
  for (const r of rows.filter((row) => existing.has(row.employee.id))) {
    await tx.leaveBalance.update({ where: { employeeId_year_typeCode: { employeeId: r.employee.id, year, typeCode: 'CT' } }, data: credits(r.next) });
  }
  const rolled = rows.flatMap((r) => (r.previous ? [r.previous.id] : []));
  if (rolled.length > 0) await tx.leaveBalance.updateMany({ where: { id: { in: rolled }, rolledOverAt: null }, data: { rolledOverAt: now } });
  await writeAudit(tx, {
    ...auditActor(actor), action: 'leave.balance_rolled_over', entity: 'LeaveBalance',
    data: { year, employees: rows.length, carriedOver: rows.reduce((s, r) => s + r.next.carriedOver, 0) },
  });
}

export type YearRolloverResult = { year: number; rolledOver: number; opened: number; alreadyDone: number };

/**
 * Year-end rollover: next year's cuti tahunan (CT) for every active employee
 * from the closing year's, with carry-over capped at 18 usable days (24
 * after 2+ unused years), postponed days added, PPPK by contract length
 * (rolloverYear in src/domain/leave); an opening balance for whoever has no
 * row for the closing year. In chunks, each in its transaction with its
 * audit row. Idempotent: LeaveBalance.rolledOverAt.
 */
export async function rollOverLeaveYear(db: Database, year: number, run: ScheduledRun): Promise<YearRolloverResult> {
  const previous = year - 1;
  const policy = await loadLeavePolicy(db.prisma);
  const [employees, previousRows, nextRows, facts] = await Promise.all([
    db.prisma.employee.findMany({ where: { active: true }, select: { id: true, kind: true, serviceStart: true, contractEnd: true, contractStart: true, hardToReach: true }, orderBy: { id: 'asc' } }),
    db.prisma.leaveBalance.findMany({
      where: { year: previous, typeCode: 'CT' },
      select: { id: true, employeeId: true, entitled: true, carriedOver: true, deferred: true, added: true, used: true, reserved: true, unusedYears: true, rolledOverAt: true },
    }),
    db.prisma.leaveBalance.findMany({ where: { year, typeCode: 'CT' }, select: { employeeId: true } }),
    closingYearFacts(db, previous, policy),
  ]);
  const previousBy = new Map(previousRows.map((b) => [b.employeeId, b]));
  const existing = new Set(nextRows.map((b) => b.employeeId));
  const rows = employees.flatMap((employee) => {
    const prev = previousBy.get(employee.id);
    if (prev?.rolledOverAt) return [];
    if (!prev && existing.has(employee.id)) return [];
    const next = prev
      ? rolloverYear(prev, employee, policy, year, { deferredDays: facts.deferredDays.get(employee.id) ?? 0, annualForfeited: facts.forfeited.has(employee.id) })
      : { ...openingBalance(employee, year, policy), unusedYears: 0 };
    return [{ employee, ...(prev ? { previous: prev } : {}), next }];
  });
  for (let i = 0; i < rows.length; i += CHUNK) {
    run.signal?.throwIfAborted();
    await db.prisma.$transaction((tx) => rollChunk(tx, year, rows.slice(i, i + CHUNK), existing, run.clock.now(), run.actor), { timeout: 120_000 });
  }
  return {
    year,
    rolledOver: rows.filter((r) => r.previous).length,
    opened: rows.filter((r) => !r.previous).length,
    alreadyDone: previousRows.filter((b) => b.rolledOverAt).length,
  };
}
