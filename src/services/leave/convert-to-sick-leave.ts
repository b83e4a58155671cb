import { AppError } from '../../domain/app-error';
import { compareDays, jakartaDay, yearOf, type IsoDay } from '../../domain/day';
import { annualDaysLeft, planSickConversion, toAppError, validateLeaveRequest } from '../../domain/leave';
import type { Tx } from '../../store/database';
import { writeAudit } from '../audit';
import { notifyEmployees } from '../notify/notify-employees';
import { refreshLeaveLetter } from '../paperwork/refresh-leave-letter';
import { isAcceptableDocument, LEAVE_DOCUMENT_MAX_BYTES, storeLeaveDocument } from '../leave-documents/store-leave-document';
import { loadLeavePolicyForUnit } from '../policy/load-leave-policy';
import { loadRequestForDecision } from './approval/approval-state';
import type { LeaveActor, LeaveDeps, LeaveRequestView } from './contract';
import { getLeaveRequestView } from './get-leave-request-view';
import { attachDocuments } from './internal/attach-documents';
import { convertedSpans } from './internal/converted-spans';
import { chargeAfter, givenBack, totalDays } from './internal/days-given-back';
import { grantCancelledNotices } from './internal/grant-cancelled-notices';
import { actorDisplayName, auditActor, isProxy } from './internal/leave-actor';
import { loadExistingRequests, loadHolidays, yearsOf } from './internal/load-leave-facts';
import { provisionalRef, requestRef } from './internal/request-ref';
import { convertedToSick } from './internal/requester-notices';
import { readStoredDetail, storedDetail } from './internal/stored-detail';
import { moveCharged } from './ledger/charge-days';
import { LeaveRefused } from './leave-refused';
import { withSavepoint } from './with-savepoint';
import { lockRequestOwner } from './internal/lock-request-owner';

export interface ConvertToSickLeaveInput {
  /** The granted cuti tahunan the employee fell ill during. */
  requestId: number;
  start: IsoDay;
  end: IsoDay;
  /** The doctor's letter: LeaveDocument rows the employee uploaded in chat (not yet attached), or `files` HR sends; at least one. */
  documentIds: number[];
  files?: ReadonlyArray<{ fileName: string; mimeType: string; content: Buffer }>;
  reason: string;
  actor: LeaveActor;
}

export interface ConvertToSickLeaveResult {
  sick: LeaveRequestView;
  annual: LeaveRequestView;
  /** CT working days given back, in all. */
  daysBack: number;
}

/**
 * The employee fell ill during granted cuti tahunan (reported in chat, or by
 * HR): the sick days become a sick leave of their own, granted as the annual
 * leave was (the approvers already granted the absence; the doctor's letter
 * is attached and the sick-leave rules and limits apply), and the annual
 * leave's working days on them go back to the balance through the ledger.
 * One transaction, audited on both requests; those who granted the annual
 * leave and HR are told, the employee too when someone else reported it; the
 * annual leave's Surat Izin Cuti is replaced with its new count.
 * AppError: leave.convert_* codes, leave.proxy_not_allowed; LeaveRefused when
 * the sick leave breaks a rule (its length over time, say).
 */
export async function convertToSickLeave(tx: Tx, deps: LeaveDeps, input: ConvertToSickLeaveInput): Promise<ConvertToSickLeaveResult> {
  return withSavepoint(tx, () => convert(tx, deps, input));
}

async function convert(tx: Tx, deps: LeaveDeps, input: ConvertToSickLeaveInput): Promise<ConvertToSickLeaveResult> {
  const now = deps.clock.now();
  const today = jakartaDay(now);
  const employee = await lockRequestOwner(tx, input.requestId, input.actor);

  const annual = await loadRequestForDecision(tx, input.requestId);
  const detail = readStoredDetail(annual.detail);
  const policy = await loadLeavePolicyForUnit(tx, employee.unitId);
  const converted = await convertedSpans(tx, detail);
  const sick = { start: input.start, end: input.end };
  const plan = planSickConversion({ typeCode: annual.typeCode, status: annual.status, start: annual.startDate, end: annual.endDate, converted }, sick, today, policy.sick.backdateDays);
  if (!plan.ok) throw toAppError(plan.error);
  const files = input.files ?? [];
  if (input.documentIds.length + files.length === 0) throw new AppError('leave.convert_letter_required');
  if (!files.every(isAcceptableDocument)) throw new AppError('leave.document_file_invalid', { maxMb: LEAVE_DOCUMENT_MAX_BYTES / 1024 / 1024 });

  // The sick leave is checked as if asked for on its first day (the backdating rule is the plan's):
  // every other rule applies, the annual leave it takes days from left out of the overlap check.
  const asOf = compareDays(input.start, today) < 0 ? input.start : today;
  const holidays = await loadHolidays(tx, yearsOf(annual.startDate, annual.endDate));
  const request = { typeCode: 'CS', start: input.start, end: input.end, halfDay: null, detail: { sickKind: 'ILLNESS' as const } };
  const existing = await loadExistingRequests(tx, employee.id, annual.id);
  const check = validateLeaveRequest({ employee, request, today: asOf, existing, balances: {}, holidays, policy });
  if (!check.ok) throw new LeaveRefused(check.errors);

  const after = annualDaysLeft(
    { typeCode: 'CT', start: annual.startDate, end: annual.endDate, halfDay: annual.halfDay, holidays, policy },
    [...converted, sick],
  );
  const back = givenBack(detail.charged, after);
  const charged = chargeAfter(detail.charged, back);
  const daysBack = totalDays(back);

  const created = await tx.leaveRequest.create({
    data: {
      ref: provisionalRef(), employeeId: employee.id, typeCode: 'CS', startDate: input.start, endDate: input.end, days: check.days,
      reason: input.reason, address: await addressOf(tx, annual.id), phoneDuring: null,
      detail: storedDetail({ facts: request.detail, requiredDocument: check.requiredDocument, convertsRequestId: annual.id }),
      status: 'APPROVED', currentStep: 1, decidedAt: now,
      submittedById: input.actor.type === 'SYSTEM' ? employee.id : input.actor.employeeId,
      submittedVia: input.actor.type === 'EMPLOYEE' ? input.actor.channel : null,
      proxy: isProxy(input.actor, employee.id),
    },
    select: { id: true },
  });
  const ref = requestRef('CS', yearOf(today), created.id);
  await tx.leaveRequest.update({ where: { id: created.id }, data: { ref }, select: { id: true } });
  await attachDocuments(tx, created.id, employee.id, input.documentIds);
  const uploaded: number[] = [];
  for (const file of files) {
    uploaded.push((await storeLeaveDocument(tx, {
      ...file, employeeId: employee.id, actorName: actorDisplayName(input.actor, 'id'), kind: check.requiredDocument === 'NONE' ? 'DOCTOR' : check.requiredDocument,
      channel: null, requestId: created.id, auditAs: auditActor(input.actor),
    })).id);
  }

  const { count } = await tx.leaveRequest.updateMany({
    where: { id: annual.id, version: annual.version, status: annual.status },
    data: {
      days: annual.days - daysBack,
      version: { increment: 1 },
      detail: storedDetail({ ...detail, charged, convertedToSick: [...detail.convertedToSick, { requestId: created.id, ref, days: check.days, charged: back }] }),
    },
  });
  if (count !== 1) throw new AppError('leave.balance_changed');
  await moveCharged(tx, employee.id, back, 'returnUsed', { reason: 'sick_conversion', requestId: annual.id });

  const audit = { ...auditActor(input.actor), entity: 'LeaveRequest' };
  const facts = { annualRef: annual.ref, sickRef: ref, start: input.start, end: input.end, sickDays: check.days, givenBack: back, documents: [...input.documentIds, ...uploaded] };
  await writeAudit(tx, { ...audit, action: 'leave.converted_to_sick', entityId: annual.id, data: { ...facts, before: annual.days, after: annual.days - daysBack } });
  await writeAudit(tx, { ...audit, action: 'leave.sick_from_annual', entityId: created.id, data: facts });

  const sickView = await getLeaveRequestView(tx, created.id);
  const annualView = await getLeaveRequestView(tx, annual.id);
  const build = convertedToSick(sickView, annualView, daysBack);
  const actorId = input.actor.type === 'SYSTEM' ? null : input.actor.employeeId;
  await notifyEmployees(tx, await grantCancelledNotices(tx, annualView, build.forApprovers((lang) => actorDisplayName(input.actor, lang)), actorId, 'leave.converted_to_sick'));
  if (isProxy(input.actor, employee.id)) {
    await notifyEmployees(tx, [{ employeeId: employee.id, prefer: 'WHATSAPP', purpose: 'notice', dedupeKey: `leave.converted_to_sick:${created.id}`, build: build.forEmployee }]);
  }
  await refreshLeaveLetter(tx, { requestId: annual.id, now, actor: auditActor(input.actor) });
  return { sick: sickView, annual: annualView, daysBack };
}

async function addressOf(tx: Tx, requestId: number): Promise<string> {
  const row = await tx.leaveRequest.findUniqueOrThrow({ where: { id: requestId }, select: { address: true } });
  return row.address;
}
