import { AppError } from '../../domain/app-error';
import { jakartaDay } from '../../domain/day';
import { formatDayRange, formatInstant } from '../../domain/format';
import type { Language } from '../../domain/language';
import { applyDecision, type LeaveError, missingDocument, toAppError } from '../../domain/leave';
import { DEFAULT_LETTER_NUMBERING } from '../../domain/paperwork/letter-number';
import { translate } from '../../i18n/translate';
import type { Tx } from '../../store/database';
import { writeAudit } from '../audit';
import { issueLeaveLetter } from '../paperwork/issue-leave-letter';
import { findAuthorizedOfficial, loadLeavePolicyForUnit } from '../policy/load-leave-policy';
import { activateNextStep, closeRemainingSteps } from './approval/activate-next-step';
import { approvalStateOf, loadRequestForDecision } from './approval/approval-state';
import { checkChangedDates } from './internal/changed-dates';
import type { DecideLeaveInput, DecideLeaveResult, LeaveDeps } from './contract';
import { assertMayDecide, assertStillPending, findDecisionStep, loadDecider } from './approval/decision-checks';
import { tellRequester } from './internal/decision-notices';
import { getLeaveRequestView } from './get-leave-request-view';
import { loadEmployee } from './internal/load-leave-facts';
import { lockEmployee } from './lock-employee';
import { resolveCard } from './approval/resolve-card';
import { settleDays } from './internal/settle-days';
import { readStoredDetail, storedDetail } from './internal/stored-detail';
import { withSavepoint } from './with-savepoint';

/** A refusal of the rules in the decider's language: a missing document is named. */
function decisionError(error: LeaveError, lang: Language): AppError {
  if (error.code !== 'leave.document_missing') return toAppError(error);
  return new AppError(error.code, { document: translate(lang, `leave.document.${String(error.params.document)}`) });
}

/**
 * An approver's decision on the step behind `stepToken`. Only the step's
 * approver, its delegate or today's stand-in may decide, never the requester;
 * of two decisions racing on one step exactly one wins, the other gets
 * AppError('leave.already_decided', { by, at }). The request's CT days follow
 * the outcome (approved: used; rejected or deferred: given back; other dates:
 * held again for them), cuti besar forfeits the year's CT, the next step is
 * activated and sent its card, the employee is told (and, when granted,
 * sent the Surat Izin Cuti, numbered in this transaction), and the card is
 * closed wherever else it was shown.
 */
export async function decideLeave(tx: Tx, deps: LeaveDeps, input: DecideLeaveInput): Promise<DecideLeaveResult> {
  return withSavepoint(tx, () => decide(tx, deps, input));
}

async function decide(tx: Tx, deps: LeaveDeps, input: DecideLeaveInput): Promise<DecideLeaveResult> {
  const now = deps.clock.now();
  const today = jakartaDay(now);
  const found = await findDecisionStep(tx, input.stepToken);
  if (!found) throw new AppError('leave.step_unknown');
  const decider = await loadDecider(tx, input.actorEmployeeId);
  if (!decider) throw new AppError('leave.not_your_step');
  await lockEmployee(tx, found.request.employeeId);
  const step = (await findDecisionStep(tx, input.stepToken)) ?? found;
  await assertMayDecide(tx, step, decider, today);
  const note = input.note?.trim() || null;
  if ((input.decision === 'DEFER' || input.decision === 'REJECT') && !note) throw new AppError('leave.note_required');

  const request = await loadRequestForDecision(tx, step.request.id);
  const stored = readStoredDetail(request.detail);
  const attached = (await tx.$dialect.reads.documentCounts(tx, [request.id])).get(request.id) ?? 0;
  const official = step.role === 'OFFICIAL' || step.approverId === (await findAuthorizedOfficial(tx, { employeeId: request.employeeId, typeCode: request.typeCode }));
  const rawDates = input.changedStart && input.changedEnd ? { start: input.changedStart, end: input.changedEnd } : undefined;
  const state = { ...approvalStateOf(request), missingDocument: missingDocument(stored.requiredDocument, attached) };
  const result = applyDecision(state, { decision: input.decision, official, ...(rawDates ? { dates: rawDates } : {}) });
  if (!result.ok) throw decisionError(result.error, decider.lang);
  const employee = await loadEmployee(tx, request.employeeId, true);
  if (!employee) throw new AppError('leave.employee_not_found');
  // The rules of the requester's unit, as at submission (an agency's overrides apply to its decisions too).
  const policy = await loadLeavePolicyForUnit(tx, employee.unitId);
  const changed =
    input.decision === 'CHANGE' && rawDates ? await checkChangedDates(tx, { request, stored, employee, policy, today, dates: rawDates }) : null;
  const stillMissing = changed ? missingDocument(changed.requiredDocument, attached) : null;
  if (stillMissing) throw decisionError({ code: 'leave.document_missing', params: { document: stillMissing } }, decider.lang);

  const decided = await tx.$dialect.writes.stepDecided(tx, {
    id: step.id, decision: input.decision, note, decidedById: decider.id, decidedAt: now, decidedVia: input.channel,
    changedStart: changed?.dates.start ?? null, changedEnd: changed?.dates.end ?? null,
  });
  if (!decided) {
    assertStillPending((await findDecisionStep(tx, input.stepToken)) ?? step, decider.lang);
    throw new AppError('leave.already_decided', { by: '-', at: '-' });
  }

  const status = result.state.status;
  const { charged, forfeited, newlyForfeited } = await settleDays(tx, {
    employee, policy, requestId: request.id, typeCode: request.typeCode, stored, changed, outcome: result, today,
  });

  const dates = result.state.dates;
  const otherDates = result.final && status === 'CHANGED';
  const days = otherDates ? (changed?.days ?? charged.reduce((sum, part) => sum + part.days, 0)) : request.days;
  const updated = await tx.$dialect.writes.requestDecided(tx, {
    id: request.id,
    status,
    currentStep: result.state.currentStep,
    decidedAt: result.final ? now : null,
    dates: otherDates ? { startDate: dates.start, endDate: dates.end, days, halfDay: changed?.halfDay ?? null } : null,
    detail: storedDetail({
      ...stored,
      charged,
      forfeited,
      requested: otherDates ? (stored.requested ?? { start: request.startDate, end: request.endDate }) : stored.requested,
      requiredDocument: changed?.requiredDocument ?? stored.requiredDocument,
    }),
    at: now,
  }, request.version);
  if (!updated) throw new AppError('leave.step_not_current', { status, ref: request.ref });

  const next = result.final
    ? (await closeRemainingSteps(tx, request.id), null)
    : await activateNextStep(tx, request, result.state.currentStep, { now, today, policy });

  await writeAudit(tx, {
    actorType: 'EMPLOYEE', actorId: decider.id, actorName: decider.name, channel: input.channel,
    action: 'leave.decided', entity: 'LeaveRequest', entityId: request.id,
    data: {
      ref: request.ref, step: step.order, role: step.role, decision: input.decision, note, final: result.final, status,
      dates: changed ? changed.dates : null, charged, forfeited: newlyForfeited,
    },
  });

  const view = await getLeaveRequestView(tx, request.id);
  await tellRequester(tx, { view, deciderName: decider.name, note, charged, final: result.final, next: next?.approverName ?? '', today });
  if (result.final && (status === 'APPROVED' || status === 'CHANGED')) {
    await issueLeaveLetter(tx, {
      requestId: request.id, now, numbering: deps.letterNumbering ?? DEFAULT_LETTER_NUMBERING,
      actor: { id: decider.id, name: decider.name, channel: input.channel },
    });
  }
  const outcomeParams = (lang: Language) => ({
    name: decider.name,
    at: formatInstant(now, lang),
    dates: changed ? formatDayRange(changed.dates.start, changed.dates.end, lang) : formatDayRange(view.start, view.end, lang),
  });
  const outcomeKey = input.decision === 'DEFER' && !result.final ? 'approvals.outcome.DEFER_RECOMMENDED' : `approvals.outcome.${input.decision}`;
  const except = input.chatId && input.channel ? { channel: input.channel, chatId: input.chatId } : null;
  await resolveCard(tx, step, (lang) => translate(lang, outcomeKey, outcomeParams(lang)), except);
  return {
    request: view,
    outcome: { key: outcomeKey, params: outcomeParams(decider.lang) },
    final: result.final,
    step: { order: step.order, role: step.role, token: step.token },
    next,
  };
}
