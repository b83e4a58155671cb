import { availableDays, isLeaveTypeCode, type LeavePolicy } from '../../../domain/leave';
import type { Tx } from '../../../store/database';
import { notifyEmployees } from '../../notify/notify-employees';
import { loadLeavePolicyForEmployee } from '../../policy/load-leave-policy';
import { readStepAuthority } from '../../policy/step-authority';
import type { CardFacts, CardStepFacts } from './approval-card';
import { approvalCard, cardDocuments } from './approval-card';
import { mayDefer } from './decision-checks';
import type { LeaveRequestView } from '../contract';
import { loadCtBalances } from '../ledger/ct-balances';
import { getLeaveRequestView } from '../get-leave-request-view';
import { readStoredDetail } from '../internal/stored-detail';
import { loadUnitAway } from './unit-away';

/** The card's facts: the request, how its days count, the CT left in the years it touches, and who of the unit is away then. */
export async function loadCardFacts(tx: Tx, view: LeaveRequestView, policy?: LeavePolicy): Promise<CardFacts> {
  const rules = policy ?? (await loadLeavePolicyForEmployee(tx, view.employeeId));
  const unit = isLeaveTypeCode(view.typeCode) ? rules.types[view.typeCode].unit : 'CALENDAR_DAYS';
  const unitAway = await loadUnitAway(tx, view);
  if (view.typeCode !== 'CT') return { view, unit, balances: [], unitAway };
  const detail = await tx.leaveRequest.findUniqueOrThrow({ where: { id: view.id }, select: { detail: true } });
  const years = readStoredDetail(detail.detail).charged.map((c) => c.year);
  const rows = await loadCtBalances(tx, view.employeeId, years);
  const balances = [...rows.values()].sort((a, b) => a.year - b.year).map((r) => ({ year: r.year, available: availableDays(r) }));
  return { view, unit, balances, unitAway };
}

/** What the card of the request's step `order` shows, and who decides it (the delegate when there is one). */
export async function loadApprovalCard(
  tx: Tx,
  requestId: number,
  order: number,
  policy?: LeavePolicy,
): Promise<{ facts: CardFacts; step: CardStepFacts; deciderId: number }> {
  const step = await tx.approvalStep.findUniqueOrThrow({
    where: { requestId_order: { requestId, order } },
    select: { token: true, order: true, role: true, approverId: true, delegateId: true, authority: true },
  });
  const facts = await loadCardFacts(tx, await getLeaveRequestView(tx, requestId), policy);
  const request = { id: requestId, employeeId: facts.view.employeeId, typeCode: facts.view.typeCode };
  const canDefer = await mayDefer(tx, { ...step, request });
  const card = { token: step.token, order: step.order, role: step.role, authority: readStepAuthority(step.authority), canDefer };
  return { facts, step: card, deciderId: step.delegateId ?? step.approverId };
}

/**
 * Sends the card of the request's step `order` to whoever decides it (the
 * delegate when there is one), on Telegram first, in their language, followed
 * by the letters sent with the request (all of them, or `documentIds`), each
 * as a document read from the store at send time for that decider. Enqueued
 * once per step token, or once per `dedupeKey` (a reminder passes its own).
 */
export async function sendApprovalCard(
  tx: Tx,
  requestId: number,
  order: number,
  options: { policy?: LeavePolicy; dedupeKey?: string; documentIds?: readonly number[] } = {},
): Promise<void> {
  const { facts, step, deciderId } = await loadApprovalCard(tx, requestId, order, options.policy);
  const documents = await tx.leaveDocument.findMany({
    where: { requestId, purgedAt: null, ...(options.documentIds ? { id: { in: [...options.documentIds] } } : {}) },
    select: { id: true, kind: true, fileName: true, mimeType: true },
    orderBy: { id: 'asc' },
  });
  await notifyEmployees(tx, [
    {
      employeeId: deciderId,
      prefer: 'TELEGRAM', purpose: 'card',
      dedupeKey: options.dedupeKey ?? `leave.card:${step.token}`,
      build: (lang) => [approvalCard(facts, step, lang), ...cardDocuments(facts.view, documents, deciderId, lang)],
    },
  ]);
}
