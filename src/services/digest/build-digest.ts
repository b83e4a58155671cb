import { addDays, type IsoDay, JAKARTA_OFFSET_MS, jakartaDay, toUtcMs, weekday } from '../../domain/day';
import type { WorkCalendar } from '../../domain/leave';
import { isWorkingDay, workCalendar, workingDaysWaited } from '../../domain/leave';
import type { Tx } from '../../store/database';
import type { SendRates } from '../../chat/channel-sender';
import { findProblemRuns } from '../jobs/job-run-health';
import { channelQueues } from '../outbox-queue/channel-queues';
import { loadLeavePolicy } from '../policy/load-leave-policy';
import { removedByRetention } from './removed-by-retention';
import type { Absence, DeadLetterLine, Digest, OverdueApproval, RequestLine } from './digest-types';

export type { Digest } from './digest-types';

/** The instant a Jakarta day starts (00:00 WIB = 17:00 UTC the day before). */
function startOf(day: IsoDay): Date {
  return new Date(toUtcMs(day) - JAKARTA_OFFSET_MS);
}

/** The working day before `day` (at most a month back). */
function previousWorkingDay(day: IsoDay, calendar: WorkCalendar): IsoDay {
  let current = addDays(day, -1);
  for (let i = 0; i < 31 && !isWorkingDay(current, calendar); i += 1) current = addDays(current, -1);
  return current;
}

const personSelect = { name: true, nip: true, unit: { select: { name: true } } } as const;
const requestSelect = {
  ref: true, status: true, typeCode: true, startDate: true, endDate: true, days: true, employee: { select: personSelect },
} as const;

type RequestRow = { ref: string; status: string; typeCode: string; startDate: string; endDate: string; days: number; employee: { name: string; nip: string; unit: { name: string } } };

function absence(r: Omit<RequestRow, 'ref' | 'status' | 'days'>): Absence {
  return { name: r.employee.name, nip: r.employee.nip, unit: r.employee.unit.name, typeCode: r.typeCode, start: r.startDate, end: r.endDate };
}

function requestLine(r: RequestRow): RequestLine {
  return { ...absence(r), ref: r.ref, status: r.status, days: r.days };
}

/** Waiting steps past `threshold` working days, longest first; days counted once per activation day (many steps share one). */
async function overdueApprovals(tx: Tx, day: IsoDay, calendar: WorkCalendar, threshold: number): Promise<OverdueApproval[]> {
  const waited = new Map<IsoDay, number>();
  const lines: OverdueApproval[] = [];
  for (const step of await tx.$dialect.waitingApprovalSteps(tx)) {
    const since = jakartaDay(new Date(step.activatedAt ?? step.createdAt));
    let days = waited.get(since);
    if (days === undefined) {
      days = workingDaysWaited(since, day, calendar);
      waited.set(since, days);
    }
    if (days < threshold) continue;
    const { ref, name, nip, unit, typeCode, startDate, endDate, approver } = step;
    lines.push({ ref, name, nip, unit, typeCode, start: startDate, end: endDate, approver, waitingSince: since, workingDays: days, escalated: step.escalatedAt !== null });
  }
  return lines.sort((a, b) => b.workingDays - a.workingDays || a.ref.localeCompare(b.ref));
}

async function deadLetters(tx: Tx, since: Date): Promise<Digest['deadLetters']> {
  const [total, recentCount, recent] = await Promise.all([
    tx.outboxMessage.count({ where: { status: 'DEAD' } }),
    tx.outboxMessage.count({ where: { status: 'DEAD', createdAt: { gte: since } } }),
    tx.outboxMessage.findMany({
      where: { status: 'DEAD' }, orderBy: { id: 'desc' }, take: 50,
      select: { id: true, channel: true, chatId: true, lastError: true, createdAt: true },
    }),
  ]);
  const identities = await tx.chatIdentity.findMany({
    where: { OR: recent.map((m) => ({ channel: m.channel, externalId: m.chatId })) },
    select: { channel: true, externalId: true, employee: { select: { name: true } } },
  });
  const names = new Map(identities.map((i) => [`${i.channel}:${i.externalId}`, i.employee?.name ?? null]));
  const lines: DeadLetterLine[] = recent.map((m) => ({
    id: m.id, channel: m.channel, chatId: m.chatId, name: names.get(`${m.channel}:${m.chatId}`) ?? null, error: m.lastError ?? '', createdAt: m.createdAt,
  }));
  return { total, since: recentCount, recent: lines };
}

/** Slips delivered since `from`, and how far the latest published run (the salary run when its month also has a TPP run) has gone out. */
async function payslipDeliveries(tx: Tx, from: Date, until: Date): Promise<Digest['payslips']> {
  const [deliveredSince, latest] = await Promise.all([
    tx.payslipDelivery.count({ where: { deliveredAt: { gte: from, lt: until } } }),
    tx.payrollPeriod.findFirst({ where: { status: 'PUBLISHED' }, orderBy: [{ period: 'desc' }, { kind: 'asc' }], select: { id: true, period: true } }),
  ]);
  if (!latest) return { deliveredSince, period: null };
  const [total, delivered] = await Promise.all([
    tx.payslip.count({ where: { periodId: latest.id } }),
    tx.payslip.count({ where: { periodId: latest.id, deliveries: { some: {} } } }),
  ]);
  return { deliveredSince, period: { period: latest.period, delivered, total } };
}

/**
 * The HR digest of `day` (a Jakarta day): who is away today and this week,
 * requests and decisions since the previous working day, approvals waiting
 * past the first reminder, unreachable people, dead-lettered messages and
 * payslip deliveries, scheduled job runs that failed, were interrupted or went
 * stale, what housekeeping removed under the retention policy, and the send
 * queue with its drain time at the channels' send `rates` (the ones the admin
 * API's queue uses; without them the drain time is unknown). A handful of
 * queries (no per-row lookups), so it stays fast for 10,000 employees; usable
 * by the digest job and on demand. `now` tells a stale run (still RUNNING
 * past its lease) from one going on.
 */
export async function buildDigest(tx: Tx, day: IsoDay, now: Date, rates: SendRates = new Map()): Promise<Digest> {
  const policy = await loadLeavePolicy(tx);
  const holidays = await tx.holiday.findMany({ select: { date: true, kind: true } });
  const calendar = workCalendar(holidays, policy);
  const monday = addDays(day, -((weekday(day) + 6) % 7));
  const week = { start: monday, end: addDays(monday, 6) };
  const since = previousWorkingDay(day, calendar);
  const [from, until] = [startOf(since), startOf(addDays(day, 1))];
  const { remindAfterWorkingDays, escalateAfterWorkingDays } = policy.reminders;
  const firstAlarm = Math.min(...remindAfterWorkingDays, escalateAfterWorkingDays || Infinity);
  const threshold = Number.isFinite(firstAlarm) ? Math.max(1, firstAlarm) : 1;

  const [away, created, decided, openRequests, overdue, unreachable, dead, payslips, jobProblems, removed, sendQueue] = await Promise.all([
    tx.leaveRequest.findMany({
      where: { status: { in: ['APPROVED', 'CHANGED'] }, startDate: { lte: week.end }, endDate: { gte: week.start } },
      select: requestSelect, orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
    }),
    tx.leaveRequest.findMany({ where: { createdAt: { gte: from, lt: until }, status: { not: 'DRAFT' } }, select: requestSelect, orderBy: { id: 'asc' } }),
    tx.leaveRequest.findMany({ where: { decidedAt: { gte: from, lt: until } }, select: requestSelect, orderBy: { id: 'asc' } }),
    tx.leaveRequest.count({ where: { status: 'PENDING' } }),
    overdueApprovals(tx, day, calendar, threshold),
    tx.chatIdentity.findMany({
      where: { unreachableAt: { not: null }, employee: { is: { active: true } } },
      select: { channel: true, unreachableAt: true, employee: { select: personSelect } },
      orderBy: { unreachableAt: 'desc' },
    }),
    deadLetters(tx, from),
    payslipDeliveries(tx, from, until),
    findProblemRuns(tx, from, now),
    removedByRetention(tx, from),
    channelQueues(tx, rates, now),
  ]);

  const thisWeek = away.map(absence).sort((a, b) => a.unit.localeCompare(b.unit) || a.name.localeCompare(b.name));
  return {
    day,
    week,
    since,
    onLeaveToday: thisWeek.filter((a) => a.start <= day && day <= a.end),
    onLeaveThisWeek: thisWeek,
    newRequests: created.map(requestLine),
    decisions: decided.map(requestLine),
    openRequests,
    overdue,
    unreachable: unreachable.flatMap((i) =>
      i.employee && i.unreachableAt
        ? [{ name: i.employee.name, nip: i.employee.nip, unit: i.employee.unit.name, channel: i.channel, since: i.unreachableAt }]
        : [],
    ),
    deadLetters: dead,
    payslips,
    jobProblems,
    removed,
    sendQueue,
  };
}
