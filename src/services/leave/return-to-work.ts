import { AppError } from '../../domain/app-error';
import { addDays, compareDays, jakartaDay, type IsoDay } from '../../domain/day';
import { annualDaysLeft, isLeaveTypeCode, planEarlyReturn, splitDaysByYear, toAppError } from '../../domain/leave';
import type { Tx } from '../../store/database';
import { writeAudit } from '../audit';
import { notifyEmployees } from '../notify/notify-employees';
import { refreshLeaveLetter } from '../paperwork/refresh-leave-letter';
import { loadLeavePolicyForUnit } from '../policy/load-leave-policy';
import { loadRequestForDecision } from './approval/approval-state';
import type { LeaveActor, LeaveDeps, LeaveRequestView } from './contract';
import { getLeaveRequestView } from './get-leave-request-view';
import { convertedSpans } from './internal/converted-spans';
import { chargeAfter, givenBack, totalDays } from './internal/days-given-back';
import { actorDisplayName, auditActor, isProxy } from './internal/leave-actor';
import { loadHolidays, yearsOf } from './internal/load-leave-facts';
import { returnedEarly, returnedEarlyForApprovers } from './internal/requester-notices';
import { grantCancelledNotices } from './internal/grant-cancelled-notices';
import { readStoredDetail, storedDetail } from './internal/stored-detail';
import { moveCharged } from './ledger/charge-days';
import { withSavepoint } from './with-savepoint';
import { lockRequestOwner } from './internal/lock-request-owner';

export interface ReturnToWorkInput {
  requestId: number;
  /** The first day back at work: the leave now ends the day before. */
  returnDay: IsoDay;
  actor: LeaveActor;
}

export interface ReturnToWorkResult {
  request: LeaveRequestView;
  /** CT working days given back to the balance, in all. */
  daysBack: number;
}

/**
 * The employee is back at work while granted leave is under way (reported in
 * chat, or by HR or their supervisor): the leave ends the day before
 * `returnDay`, its days are counted again, and the cuti tahunan days it no
 * longer needs go back to the balance (through the ledger). Audited; the
 * employee is told when someone else reported it, those who granted the
 * leave and HR always; the Surat Izin Cuti is
 * replaced by a new version with the shorter leave.
 * AppError: leave.request_not_found, leave.return_not_granted,
 * leave.return_before_start, leave.return_day_outside.
 */
export async function returnToWork(tx: Tx, deps: LeaveDeps, input: ReturnToWorkInput): Promise<ReturnToWorkResult> {
  return withSavepoint(tx, () => endEarly(tx, deps, input));
}

async function endEarly(tx: Tx, deps: LeaveDeps, input: ReturnToWorkInput): Promise<ReturnToWorkResult> {
  const today = jakartaDay(deps.clock.now());
  const employee = await lockRequestOwner(tx, input.requestId, input.actor);

  const request = await loadRequestForDecision(tx, input.requestId);
  const plan = planEarlyReturn({ status: request.status, start: request.startDate, end: request.endDate }, input.returnDay, today);
  if (!plan.ok) throw toAppError(plan.error);
  if (!isLeaveTypeCode(request.typeCode)) throw new AppError('leave.request_not_found');
  const stored = readStoredDetail(request.detail);
  const policy = await loadLeavePolicyForUnit(tx, employee.unitId);
  const holidays = await loadHolidays(tx, yearsOf(request.startDate, plan.end));
  const converted = await convertedSpans(tx, stored);
  const lastSick = converted.at(-1)?.end;
  if (lastSick && compareDays(input.returnDay, lastSick) <= 0) {
    throw new AppError('leave.return_day_outside', { start: addDays(lastSick, 1), end: request.endDate });
  }
  const period = { typeCode: request.typeCode, start: request.startDate, end: plan.end, halfDay: null, holidays, policy };
  const after = request.typeCode === 'CT' ? annualDaysLeft(period, converted) : splitDaysByYear(period);
  const back = request.typeCode === 'CT' ? givenBack(stored.charged, after) : [];
  const days = request.typeCode === 'CT' ? totalDays(chargeAfter(stored.charged, back)) : totalDays(after);

  const { count } = await tx.leaveRequest.updateMany({
    where: { id: request.id, version: request.version, status: request.status },
    data: {
      endDate: plan.end,
      days,
      version: { increment: 1 },
      detail: storedDetail({ ...stored, charged: chargeAfter(stored.charged, back), returnedEarly: { on: input.returnDay, previousEnd: request.endDate } }),
    },
  });
  if (count !== 1) throw new AppError('leave.balance_changed');
  await moveCharged(tx, employee.id, back, 'returnUsed', { reason: 'return_to_work', requestId: request.id });
  const daysBack = totalDays(back);
  await writeAudit(tx, {
    ...auditActor(input.actor),
    action: 'leave.returned_early',
    entity: 'LeaveRequest',
    entityId: request.id,
    data: { ref: request.ref, returnDay: input.returnDay, previousEnd: request.endDate, end: plan.end, before: request.days, after: days, givenBack: back },
  });
  const view = await getLeaveRequestView(tx, request.id);
  const by = (lang: 'id' | 'en') => actorDisplayName(input.actor, lang);
  const actorId = input.actor.type === 'SYSTEM' ? null : input.actor.employeeId;
  await notifyEmployees(tx, await grantCancelledNotices(tx, view, returnedEarlyForApprovers(view, input.returnDay, by), actorId, 'leave.returned_early'));
  if (isProxy(input.actor, employee.id)) {
    await notifyEmployees(tx, [{
      employeeId: employee.id,
      prefer: 'WHATSAPP', purpose: 'notice',
      dedupeKey: `leave.returned_early:${request.id}`,
      build: returnedEarly(view, input.returnDay, daysBack),
    }]);
  }
  await refreshLeaveLetter(tx, { requestId: request.id, now: deps.clock.now(), actor: auditActor(input.actor) });
  return { request: view, daysBack };
}
