import { addDays, type IsoDay, JAKARTA_OFFSET_MS, weekday } from '../../domain/day';
import type { Tx } from '../../store/database';
import { waitedWorkingDays } from '../../domain/leave/waited-working-days';
import { loadWorkCalendar } from '../calendar/load-work-calendar';
import { loadLeavePolicy } from '../policy/load-leave-policy';
import { buildWorklist } from '../worklist/build-worklist';
import { type ConsoleScope, employeeInScope } from './console-access';

/** Waiting-time groups of the dashboard, in working days (the last one open-ended). */
export const WAIT_BUCKETS = [{ from: 0, to: 1 }, { from: 2, to: 3 }, { from: 4, to: 5 }, { from: 6, to: null }] as const;

export interface AwayLine {
  ref: string;
  name: string;
  nip: string;
  unit: string;
  typeCode: string;
  start: IsoDay;
  end: IsoDay;
  halfDay: string | null;
}

/**
 * The console's first page: requests waiting (by working days waited, the
 * overdue ones past the policy's escalation threshold), who is away today
 * and this week, and for HR the worklist (the same lists as GET /admin/worklist).
 * A supervisor's numbers cover their units only.
 */
export async function buildConsoleDashboard(tx: Tx, scope: ConsoleScope, today: IsoDay) {
  const policy = await loadLeavePolicy(tx);
  const calendar = await loadWorkCalendar(tx, policy);
  const inScope = employeeInScope(scope);
  const steps = await tx.approvalStep.findMany({
    where: { status: 'PENDING', request: { status: 'PENDING', ...(inScope ? { employee: inScope } : {}) } },
    select: { activatedAt: true, createdAt: true },
  });
  const overdueAfter = policy.reminders.escalateAfterWorkingDays;
  const waited = new Map<number, number>();
  const buckets = WAIT_BUCKETS.map((b) => ({ ...b, count: 0 }));
  let overdue = 0;
  for (const step of steps) {
    const at = step.activatedAt ?? step.createdAt;
    const dayKey = Math.floor((at.getTime() + JAKARTA_OFFSET_MS) / 86_400_000);
    let days = waited.get(dayKey);
    if (days === undefined) waited.set(dayKey, (days = waitedWorkingDays(at, today, calendar)));
    buckets.find((b) => days >= b.from && (b.to === null || days <= b.to))!.count += 1;
    if (days > overdueAfter) overdue += 1;
  }
  const weekStart = addDays(today, -((weekday(today) + 6) % 7));
  const weekEnd = addDays(weekStart, 6);
  const rows = await tx.leaveRequest.findMany({
    where: { status: { in: ['APPROVED', 'CHANGED'] }, startDate: { lte: weekEnd }, endDate: { gte: weekStart }, ...(inScope ? { employee: inScope } : {}) },
    select: { ref: true, typeCode: true, startDate: true, endDate: true, halfDay: true, employee: { select: { name: true, nip: true, unit: { select: { name: true } } } } },
    orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
  });
  const away: AwayLine[] = rows.map((r) => ({
    ref: r.ref, name: r.employee.name, nip: r.employee.nip, unit: r.employee.unit.name, typeCode: r.typeCode, start: r.startDate, end: r.endDate, halfDay: r.halfDay,
  }));
  const worklist = scope.unitIds === null ? await buildWorklist(tx, { limit: 5 }) : null;
  return {
    today,
    week: { start: weekStart, end: weekEnd },
    pending: { total: steps.length, buckets, overdue, overdueAfter },
    awayToday: away.filter((a) => a.start <= today && a.end >= today),
    awayThisWeek: away,
    worklist,
  };
}

export type ConsoleDashboard = Awaited<ReturnType<typeof buildConsoleDashboard>>;
