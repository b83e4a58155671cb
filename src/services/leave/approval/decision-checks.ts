import { AppError } from '../../../domain/app-error';
import { formatInstant } from '../../../domain/format';
import type { Language } from '../../../domain/language';
import { type Decision, deciderError, resolveDelegate } from '../../../domain/leave';
import { translate } from '../../../i18n/translate';
import type { Tx } from '../../../store/database';
import type { DecisionStepRowData } from '../../../store/dialect/decision-reads';
import { findAuthorizedOfficial } from '../../policy/load-leave-policy';
import { loadDelegations } from '../internal/load-leave-facts';
import { isStepToken } from './step-token';

/** The step behind a button, who decided it and where its request stands. */
export type DecisionStep = DecisionStepRowData;

export interface Decider {
  id: number;
  name: string;
  lang: Language;
}

/** The step behind a button with its decider's name and its request (one fixed read), or null for an unknown token. */
export async function findDecisionStep(tx: Tx, token: string): Promise<DecisionStep | null> {
  if (!isStepToken(token)) return null;
  return tx.$dialect.reads.decisionStep(tx, token);
}

/** The employee pressing a button, or null when unknown or inactive. */
export async function loadDecider(tx: Tx, employeeId: number): Promise<Decider | null> {
  const e = await tx.$dialect.reads.employeeBrief(tx, employeeId);
  return e?.active ? { id: e.id, name: e.name, lang: e.language === 'en' ? 'en' : 'id' } : null;
}

/**
 * Who may decide the step: its approver, the delegate named on it, or whoever
 * stands in for the approver today; never the requester. Then whether the step
 * is still the one waiting. Each refusal is an AppError with its code:
 * leave.own_request, leave.not_your_step, leave.already_decided {by, at},
 * leave.step_not_current {status}.
 */
export async function assertMayDecide(tx: Tx, step: DecisionStep, decider: Decider, today: string): Promise<void> {
  const requesterId = step.request.employeeId;
  const plan = { order: step.order, role: step.role, approverId: step.approverId, ...(step.delegateId === null ? {} : { delegateId: step.delegateId }) };
  const refusal = deciderError(plan, decider.id, requesterId);
  if (refusal?.code === 'leave.own_request') throw new AppError('leave.own_request');
  if (refusal) {
    const standIn = resolveDelegate(step.approverId, await loadDelegations(tx, today), today, requesterId);
    if (standIn !== decider.id) throw new AppError('leave.not_your_step');
  }
  assertStillPending(step, decider.lang);
}

export function assertStillPending(step: DecisionStep, lang: Language): void {
  if (step.status === 'DECIDED') {
    throw new AppError('leave.already_decided', {
      by: step.decidedBy?.name ?? '-',
      at: step.decidedAt ? formatInstant(step.decidedAt, lang) : '-',
    });
  }
  const { request } = step;
  if (step.status !== 'PENDING' || request.status !== 'PENDING' || request.currentStep !== step.order) {
    throw new AppError('leave.step_not_current', { status: translate(lang, `leave.status.${request.status}`), ref: request.ref });
  }
}

/**
 * The step behind a button, checked for this presser without changing
 * anything: what the approvals flow asks before it asks for a note. With a
 * DEFER, also whether this step may defer (applyDecision's rule, checked early
 * so nobody types a note for a refusal): the official's step decides it, a
 * supervisor's step followed by the official's recommends it, a supervisor
 * whose decision is final cannot (leave.defer_official_only).
 */
export async function checkDecision(tx: Tx, token: string, actorEmployeeId: number, today: string, decision?: Decision): Promise<DecisionStep> {
  const step = await findDecisionStep(tx, token);
  if (!step) throw new AppError('leave.step_unknown');
  const decider = await loadDecider(tx, actorEmployeeId);
  if (!decider) throw new AppError('leave.not_your_step');
  await assertMayDecide(tx, step, decider, today);
  if (decision === 'DEFER' && !(await mayDefer(tx, step))) throw new AppError('leave.defer_official_only');
  return step;
}

/**
 * Whether a step may defer: the official's step decides it, a supervisor's
 * step followed by the official's recommends it, a supervisor who is also the
 * authorized official decides it. A supervisor whose decision is final cannot.
 */
export async function mayDefer(
  tx: Tx,
  step: Pick<DecisionStep, 'role' | 'order' | 'approverId'> & { request: Pick<DecisionStep['request'], 'id' | 'employeeId' | 'typeCode'> },
): Promise<boolean> {
  if (step.role === 'OFFICIAL') return true;
  const later = await tx.approvalStep.count({ where: { requestId: step.request.id, order: { gt: step.order }, status: 'WAITING' } });
  return later > 0 || step.approverId === (await findAuthorizedOfficial(tx, { employeeId: step.request.employeeId, typeCode: step.request.typeCode }));
}
