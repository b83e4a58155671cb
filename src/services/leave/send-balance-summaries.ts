import { formatDays } from '../../domain/format';
import type { Language } from '../../domain/language';
import { availableDays, type LeaveBalanceSnapshot, type LeavePolicy, rolloverYear } from '../../domain/leave';
import { translate } from '../../i18n/translate';
import type { Database } from '../../store/database';
import { firstWorkingDayOfMonth, loadWorkCalendar } from '../calendar/load-work-calendar';
import { type Notice, notifyEmployees } from '../notify/notify-employees';
import { loadLeavePolicy } from '../policy/load-leave-policy';
import type { ScheduledRun } from '../scheduled-run';

const CHUNK = 1_000;

type Facts = { kind: 'PNS' | 'PPPK'; serviceStart: string; contractEnd: string | null; contractStart: string | null; hardToReach: boolean };

/** The summary text: days left, and how many of them next year keeps (rolloverYear's projection). */
function balanceSummaryText(balance: LeaveBalanceSnapshot, employee: Facts, policy: LeavePolicy, year: number, lang: Language): string {
  const left = availableDays(balance);
  const carry = rolloverYear(balance, employee, policy, year + 1).carriedOver;
  const params = { days: formatDays(left, lang), year, next: year + 1, carry: formatDays(carry, lang), lost: formatDays(left - carry, lang) };
  if (carry >= left) return translate(lang, 'jobs.balance_summary.keep', params);
  return translate(lang, carry > 0 ? 'jobs.balance_summary.lose' : 'jobs.balance_summary.lose_all', params);
}

export type BalanceSummaryResult = { skipped: string } | { balances: number; withDaysLeft: number; reached: number };

/**
 * On the first working day of December (`day`; any other day is skipped),
 * each employee with cuti tahunan left hears how much, and how much of it
 * would be lost at the year end. Once per employee and year (dedupe key).
 */
export async function sendBalanceSummaries(db: Database, day: string, run: ScheduledRun): Promise<BalanceSummaryResult> {
  const policy = await loadLeavePolicy(db.prisma);
  const calendar = await loadWorkCalendar(db.prisma, policy);
  const first = firstWorkingDayOfMonth(`${day.slice(0, 4)}-12-01`, calendar);
  if (day !== first) return { skipped: `runs on ${first}` };
  const year = Number(day.slice(0, 4));
  const balances = await db.prisma.leaveBalance.findMany({
    where: { year, typeCode: 'CT', employee: { active: true } },
    select: {
      employeeId: true, entitled: true, carriedOver: true, deferred: true, added: true, used: true, reserved: true, unusedYears: true,
      employee: { select: { kind: true, serviceStart: true, contractEnd: true, contractStart: true, hardToReach: true } },
    },
  });
  const withDaysLeft = balances.filter((b) => availableDays(b) > 0);
  const notices: Notice[] = withDaysLeft.map((b) => ({
    employeeId: b.employeeId,
    prefer: 'WHATSAPP', purpose: 'digest',
    dedupeKey: `jobs.balance-summary:${year}`,
    build: (lang) => [{ kind: 'text', text: balanceSummaryText(b, b.employee, policy, year, lang) }],
  }));
  let reached = 0;
  for (let i = 0; i < notices.length; i += CHUNK) {
    run.signal?.throwIfAborted();
    reached += (await db.prisma.$transaction((tx) => notifyEmployees(tx, notices.slice(i, i + CHUNK)), { timeout: 60_000 })).length;
  }
  if (reached > 0) run.wakeOutbox();
  return { balances: balances.length, withDaysLeft: withDaysLeft.length, reached };
}
