import { describe, expect, it } from 'vitest';
import {
  type ApprovalState,
  type ApprovalStepPlan,
  applyDecision,
  canDecide,
  type DecisionInput,
  type DecisionResult,
  deciderError,
} from '../../../src/domain/leave';

const supervisor: ApprovalStepPlan = { order: 1, role: 'SUPERVISOR', approverId: 300, delegateId: 302 };
const official: ApprovalStepPlan = { order: 2, role: 'OFFICIAL', approverId: 100 };
const requested = { start: '2026-07-01', end: '2026-07-03' };
const twoSteps: ApprovalState = { status: 'PENDING', currentStep: 1, steps: [supervisor, official], dates: requested };
const oneStep: ApprovalState = { ...twoSteps, steps: [supervisor] };
const other = { start: '2026-07-08', end: '2026-07-10' };

function next(state: ApprovalState, input: DecisionInput): Extract<DecisionResult, { ok: true }> {
  const result = applyDecision(state, input);
  if (!result.ok) throw new Error(result.error.code);
  return result;
}

describe('applyDecision', () => {
  it('passes an approval to the next step, then grants at the last', () => {
    const first = next(twoSteps, { decision: 'APPROVE' });
    expect(first).toMatchObject({ final: false, state: { status: 'PENDING', currentStep: 2 } });
    const second = next(first.state, { decision: 'APPROVE' });
    expect(second).toMatchObject({ final: true, state: { status: 'APPROVED', dates: requested } });
  });

  it('grants with a single step', () => {
    expect(next(oneStep, { decision: 'APPROVE' })).toMatchObject({ final: true, state: { status: 'APPROVED' } });
  });

  it('ends the request on a rejection at any step', () => {
    expect(next(twoSteps, { decision: 'REJECT' })).toMatchObject({ final: true, state: { status: 'REJECTED', currentStep: 1 } });
    const atOfficial = next(next(twoSteps, { decision: 'APPROVE' }).state, { decision: 'REJECT' });
    expect(atOfficial).toMatchObject({ final: true, state: { status: 'REJECTED' } });
  });

  it('lets only the authorized official defer; a supervisor recommends it and the request goes on', () => {
    const recommended = next(twoSteps, { decision: 'DEFER' });
    expect(recommended).toMatchObject({ final: false, state: { status: 'PENDING', currentStep: 2 } });
    expect(next(recommended.state, { decision: 'DEFER' })).toMatchObject({ final: true, state: { status: 'DEFERRED' } });
    expect(next(recommended.state, { decision: 'APPROVE' })).toMatchObject({ final: true, state: { status: 'APPROVED' } });
  });

  it('refuses a deferral from a supervisor whose decision is final, unless the supervisor is the official', () => {
    expect(applyDecision(oneStep, { decision: 'DEFER' })).toEqual({ ok: false, error: { code: 'leave.defer_official_only', params: {} } });
    expect(next(oneStep, { decision: 'DEFER', official: true })).toMatchObject({ final: true, state: { status: 'DEFERRED' } });
    const officialAlone: ApprovalState = { ...twoSteps, steps: [{ ...official, order: 1 }] };
    expect(next(officialAlone, { decision: 'DEFER' })).toMatchObject({ final: true, state: { status: 'DEFERRED' } });
  });

  it('refuses to approve or change an incomplete request at any step, but lets it be rejected or deferred', () => {
    const incomplete: ApprovalState = { ...twoSteps, missingDocument: 'GOVERNMENT_DOCTOR' };
    const missing = { ok: false, error: { code: 'leave.document_missing', params: { document: 'GOVERNMENT_DOCTOR' } } };
    expect(applyDecision(incomplete, { decision: 'APPROVE' })).toEqual(missing);
    expect(applyDecision(incomplete, { decision: 'CHANGE', dates: other })).toEqual(missing);
    expect(applyDecision({ ...incomplete, currentStep: 2 }, { decision: 'APPROVE' })).toEqual(missing);
    expect(next(incomplete, { decision: 'REJECT' })).toMatchObject({ state: { status: 'REJECTED' } });
    expect(next({ ...incomplete, currentStep: 2 }, { decision: 'DEFER' })).toMatchObject({ state: { status: 'DEFERRED' } });
    expect(next({ ...twoSteps, missingDocument: null }, { decision: 'APPROVE' })).toMatchObject({ state: { currentStep: 2 } });
  });

  it('carries a supervisor’s change to the official as a recommendation', () => {
    const first = next(twoSteps, { decision: 'CHANGE', dates: other });
    expect(first).toMatchObject({ final: false, state: { status: 'PENDING', currentStep: 2, dates: requested, proposal: other } });
    expect(next(first.state, { decision: 'APPROVE' })).toMatchObject({
      final: true,
      state: { status: 'CHANGED', dates: other, proposal: null },
    });
  });

  it('lets the official set other dates than recommended', () => {
    const first = next(twoSteps, { decision: 'CHANGE', dates: other });
    const own = { start: '2026-07-15', end: '2026-07-16' };
    expect(next(first.state, { decision: 'CHANGE', dates: own })).toMatchObject({ state: { status: 'CHANGED', dates: own } });
  });

  it('lets the official reject a recommendation of change', () => {
    const first = next(twoSteps, { decision: 'CHANGE', dates: other });
    expect(next(first.state, { decision: 'REJECT' }).state.status).toBe('REJECTED');
  });

  it('makes a change final when no official follows', () => {
    expect(next(oneStep, { decision: 'CHANGE', dates: other })).toMatchObject({ final: true, state: { status: 'CHANGED', dates: other } });
  });

  it('needs valid new dates for a change', () => {
    expect(applyDecision(oneStep, { decision: 'CHANGE' })).toEqual({ ok: false, error: { code: 'leave.change_dates_required', params: {} } });
    expect(applyDecision(oneStep, { decision: 'CHANGE', dates: { start: '2026-07-40', end: '2026-07-41' } })).toMatchObject({
      ok: false,
      error: { code: 'leave.change_dates_required' },
    });
    expect(applyDecision(oneStep, { decision: 'CHANGE', dates: { start: '2026-07-10', end: '2026-07-08' } })).toMatchObject({
      ok: false,
      error: { code: 'leave.end_before_start' },
    });
  });

  it('refuses a decision on a request that is no longer pending', () => {
    const approved = next(oneStep, { decision: 'APPROVE' }).state;
    expect(applyDecision(approved, { decision: 'REJECT' })).toEqual({
      ok: false,
      error: { code: 'leave.not_pending', params: { status: 'APPROVED' } },
    });
  });
});

describe('canDecide', () => {
  it('allows the approver and the delegate', () => {
    expect(canDecide(supervisor, 300, 301)).toBe(true);
    expect(canDecide(supervisor, 302, 301)).toBe(true);
    expect(canDecide(official, 100, 301)).toBe(true);
  });

  it('refuses anyone else, including the approver of another step', () => {
    expect(canDecide(supervisor, 100, 301)).toBe(false);
    expect(deciderError(official, 302, 301)).toEqual({ code: 'leave.not_approver', params: {} });
  });

  it('never lets the requester decide, even when named on the step', () => {
    expect(canDecide(supervisor, 302, 302)).toBe(false);
    expect(deciderError(supervisor, 300, 300)).toEqual({ code: 'leave.own_request', params: {} });
  });
});
