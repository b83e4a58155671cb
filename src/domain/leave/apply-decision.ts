import { compareDays, type IsoDay, isIsoDay } from '../day';
import type { ApprovalStepPlan } from './approval-chain';
import { type LeaveError, leaveError } from './leave-error';
import type { DocumentRequirement } from './required-document';
import type { LeaveStatus } from './types';

export type Decision = 'APPROVE' | 'CHANGE' | 'DEFER' | 'REJECT';

export interface DateRange {
  readonly start: IsoDay;
  readonly end: IsoDay;
}

export interface ApprovalState {
  readonly status: LeaveStatus;
  /** Order of the step deciding now. */
  readonly currentStep: number;
  readonly steps: readonly ApprovalStepPlan[];
  /** The dates in force: the requested ones, or the changed ones once CHANGED. */
  readonly dates: DateRange;
  /** A supervisor's recommendation of other dates, for the official to decide on. */
  readonly proposal?: DateRange | null;
  /** The document the rules require and nobody has sent yet: the request is incomplete. */
  readonly missingDocument?: DocumentRequirement | null;
}

export interface DecisionInput {
  readonly decision: Decision;
  /** CHANGE only: the other dates. */
  readonly dates?: DateRange;
  /**
   * The deciding step belongs to the authorized official: its role is OFFICIAL,
   * or its approver is the official (a chain whose supervisor is the official).
   * Defaults to the current step's role.
   */
  readonly official?: boolean;
}

export type DecisionResult =
  | { readonly ok: true; readonly state: ApprovalState; readonly final: boolean }
  | { readonly ok: false; readonly error: LeaveError };

function checkDates(dates: DateRange | undefined): LeaveError | null {
  if (!dates || !isIsoDay(dates.start) || !isIsoDay(dates.end)) return leaveError('leave.change_dates_required');
  return compareDays(dates.end, dates.start) < 0 ? leaveError('leave.end_before_start') : null;
}

function done(state: ApprovalState, status: LeaveStatus, dates = state.dates): DecisionResult {
  return { ok: true, state: { ...state, status, dates, proposal: null }, final: true };
}

/**
 * One step's decision. REJECT ends the request (REJECTED) at any step. DEFER
 * (ditangguhkan) belongs to the authorized official: at the official's step it
 * ends the request (DEFERRED); at a supervisor's step followed by the
 * official's it is a recommendation carried to the official; a supervisor
 * whose decision is final cannot defer (leave.defer_official_only). APPROVE
 * passes to the next step, or at the last step grants the request: APPROVED,
 * or CHANGED to the dates a supervisor recommended, since approving a
 * recommendation accepts it. CHANGE before the last step is a recommendation
 * carried to the next step; at the last step it grants the request on the new
 * dates (CHANGED). An incomplete request (its required document missing) can
 * be rejected or deferred but not approved nor changed at any step.
 */
export function applyDecision(state: ApprovalState, input: DecisionInput): DecisionResult {
  if (state.status !== 'PENDING') return { ok: false, error: leaveError('leave.not_pending', { status: state.status }) };
  const isLast = state.currentStep >= Math.max(0, ...state.steps.map((s) => s.order));
  const granting = input.decision === 'APPROVE' || input.decision === 'CHANGE';
  if (granting && state.missingDocument && state.missingDocument !== 'NONE') {
    return { ok: false, error: leaveError('leave.document_missing', { document: state.missingDocument }) };
  }
  switch (input.decision) {
    case 'REJECT':
      return done(state, 'REJECTED');
    case 'DEFER': {
      const official = input.official ?? state.steps.find((s) => s.order === state.currentStep)?.role === 'OFFICIAL';
      if (official) return done(state, 'DEFERRED');
      if (isLast) return { ok: false, error: leaveError('leave.defer_official_only') };
      return { ok: true, state: { ...state, currentStep: state.currentStep + 1 }, final: false };
    }
    case 'CHANGE': {
      const error = checkDates(input.dates);
      if (error || !input.dates) return { ok: false, error: error ?? leaveError('leave.change_dates_required') };
      if (isLast) return done(state, 'CHANGED', input.dates);
      return { ok: true, state: { ...state, currentStep: state.currentStep + 1, proposal: input.dates }, final: false };
    }
    case 'APPROVE':
      if (!isLast) return { ok: true, state: { ...state, currentStep: state.currentStep + 1 }, final: false };
      return state.proposal ? done(state, 'CHANGED', state.proposal) : done(state, 'APPROVED');
  }
}

/** Why `actorId` may not decide `step` of `requesterId`'s request, or null if they may. */
export function deciderError(step: ApprovalStepPlan, actorId: number, requesterId: number): LeaveError | null {
  if (actorId === requesterId) return leaveError('leave.own_request');
  if (actorId === step.approverId || actorId === step.delegateId) return null;
  return leaveError('leave.not_approver');
}

/** Only the step's approver or their delegate decides, and never on their own request. */
export function canDecide(step: ApprovalStepPlan, actorId: number, requesterId: number): boolean {
  return deciderError(step, actorId, requesterId) === null;
}
