import { systemClock } from '../../clock';
import { annualDaysLeft } from '../../domain/leave';
import type { Tx } from '../../store/database';
import { type AuditEntry, writeAudit } from '../audit';
import { notifyEmployees } from '../notify/notify-employees';
import { refreshLeaveLetter } from '../paperwork/refresh-leave-letter';
import { loadUnitPolicies } from '../policy/load-leave-policy';
import { moveCharged } from './ledger/charge-days';
import { getLeaveRequestView } from './get-leave-request-view';
import { convertedSpans } from './internal/converted-spans';
import { chargeAfter, givenBack, totalDays } from './internal/days-given-back';
import { loadHolidays, yearsOf } from './internal/load-leave-facts';
import { lockEmployee } from './lock-employee';
import { recounted } from './internal/requester-notices';
import { readStoredDetail, storedDetail } from './internal/stored-detail';

export interface RecountOutcome {
  /** Requests whose days went down. */
  requests: number;
  /** Working days given back, in all. */
  daysBack: number;
}

/**
 * Holidays or cuti bersama declared after requests were booked (a holiday
 * import adding `dates`): every pending or granted CT request covering one of
 * them is counted again with the holiday table as it is now; the days it no
 * longer needs come back (held days of a pending request, used days of a
 * granted one), the request keeps its new count, the change is audited with
 * the person who imported, the employee is told, and a Surat Izin Cuti
 * already issued is replaced by a new version stating the new count. Days never go up here:
 * a removed holiday does not charge a granted request more.
 */
export async function recountForHolidays(
  tx: Tx,
  input: { dates: readonly string[]; actor: Pick<AuditEntry, 'actorType' | 'actorId' | 'actorName' | 'channel'>; now?: Date },
): Promise<RecountOutcome> {
  const now = input.now ?? systemClock.now();
  const dates = [...new Set(input.dates)].sort();
  if (dates.length === 0) return { requests: 0, daysBack: 0 };
  const candidates = await tx.leaveRequest.findMany({
    where: { typeCode: 'CT', status: { in: ['PENDING', 'APPROVED', 'CHANGED'] }, startDate: { lte: dates.at(-1)! }, endDate: { gte: dates[0]! } },
    select: { id: true, employeeId: true, employee: { select: { unitId: true } } },
    orderBy: { id: 'asc' },
  });
  const policies = await loadUnitPolicies(tx);
  const outcome: RecountOutcome = { requests: 0, daysBack: 0 };
  for (const candidate of candidates) {
    await lockEmployee(tx, candidate.employeeId);
    const request = await tx.leaveRequest.findUniqueOrThrow({
      where: { id: candidate.id },
      select: { id: true, ref: true, employeeId: true, status: true, startDate: true, endDate: true, halfDay: true, days: true, detail: true, version: true },
    });
    const hit = dates.filter((d) => d >= request.startDate && d <= request.endDate);
    if (hit.length === 0 || (request.status !== 'PENDING' && request.status !== 'APPROVED' && request.status !== 'CHANGED')) continue;
    const stored = readStoredDetail(request.detail);
    const holidays = await loadHolidays(tx, yearsOf(request.startDate, request.endDate));
    const after = annualDaysLeft({ typeCode: 'CT', start: request.startDate, end: request.endDate, halfDay: request.halfDay, holidays, policy: policies.of(candidate.employee.unitId) }, await convertedSpans(tx, stored));
    const back = givenBack(stored.charged, after);
    if (back.length === 0) continue;
    await moveCharged(tx, request.employeeId, back, request.status === 'PENDING' ? 'release' : 'returnUsed', { reason: 'recount', requestId: request.id });
    const charged = chargeAfter(stored.charged, back);
    const returned = totalDays(back);
    const days = request.days - returned;
    await tx.leaveRequest.update({
      where: { id: request.id },
      data: { days, version: { increment: 1 }, detail: storedDetail({ ...stored, charged }) },
      select: { id: true },
    });
    await writeAudit(tx, {
      ...input.actor,
      action: 'leave.recounted',
      entity: 'LeaveRequest',
      entityId: request.id,
      data: { ref: request.ref, status: request.status, holidays: hit, before: request.days, after: days, givenBack: back },
    });
    const view = await getLeaveRequestView(tx, request.id);
    await notifyEmployees(tx, [{
      employeeId: request.employeeId,
      prefer: 'WHATSAPP', purpose: 'notice',
      dedupeKey: `leave.recounted:${request.id}:${hit.join(',')}`,
      build: recounted(view, hit, returned),
    }]);
    await refreshLeaveLetter(tx, { requestId: request.id, now, actor: input.actor });
    outcome.requests += 1;
    outcome.daysBack += returned;
  }
  return outcome;
}
