import { yearOf } from '../../../domain/day';
import { type DateRange, type DocumentRequirement, type LeaveBalanceSnapshot, type LeavePolicy, validateLeaveRequest, type YearDays } from '../../../domain/leave';
import type { Tx } from '../../../store/database';
import type { RequestForDecision } from '../approval/approval-state';
import { openCtBalances } from '../ledger/ct-balances';
import { LeaveRefused } from '../leave-refused';
import { type EmployeeRecord, loadExistingRequests, loadHolidays, yearsOf } from './load-leave-facts';
import type { StoredDetail } from './stored-detail';

/** The employee's notice period binds the employee, not an approver who moves the dates. */
const IGNORED_FOR_APPROVERS = new Set(['leave.notice_too_short', 'leave.abroad_notice_too_short']);

export interface ChangedDates {
  dates: DateRange;
  halfDay: 'MORNING' | 'AFTERNOON' | null;
  days: number;
  charged: YearDays[];
  /** The document the new dates require (a longer sick leave may need another letter). */
  requiredDocument: DocumentRequirement;
}

/**
 * Other dates an approver sets for a pending request, checked by the same rules
 * as a new request (overlap with the employee's other leave, balance with this
 * request's own held days given back, service, length...), notice excepted.
 * Throws LeaveRefused with what fails.
 */
export async function checkChangedDates(
  tx: Tx,
  args: { request: RequestForDecision; stored: StoredDetail; employee: EmployeeRecord; policy: LeavePolicy; today: string; dates: DateRange },
): Promise<ChangedDates> {
  const { request, stored, employee, policy, today, dates } = args;
  const years = yearsOf(dates.start, dates.end);
  const halfDay = dates.start === dates.end ? request.halfDay : null;
  const balances: Record<number, LeaveBalanceSnapshot> = {};
  if (request.typeCode === 'CT') {
    const rows = await openCtBalances(tx, employee, policy, years, yearOf(today));
    for (const [year, row] of rows) {
      const held = stored.charged.find((c) => c.year === year)?.days ?? 0;
      balances[year] = { ...row, reserved: Math.max(0, row.reserved - held) };
    }
  }
  const check = validateLeaveRequest({
    employee,
    request: { typeCode: request.typeCode, start: dates.start, end: dates.end, halfDay, detail: stored.facts },
    today,
    existing: await loadExistingRequests(tx, employee.id, request.id),
    balances,
    holidays: await loadHolidays(tx, years),
    policy,
  });
  const errors = check.errors.filter((e) => !IGNORED_FOR_APPROVERS.has(e.code));
  if (errors.length > 0 || check.days === 0) throw new LeaveRefused(errors.length > 0 ? errors : check.errors);
  const charged = request.typeCode === 'CT' ? check.daysByYear.filter((p) => p.days > 0) : [];
  return { dates, halfDay, days: check.days, charged, requiredDocument: check.requiredDocument };
}
