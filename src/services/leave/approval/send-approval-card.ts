import { availableDays, isLeaveTypeCode, type LeavePolicy } from '../../../domain/leave';
import type { Tx } from '../../../store/database';
import { notifyEmployees } from '../../notify/notify-employees';
import { loadLeavePolicyForEmployee } from '../../policy/load-leave-policy';
import { readStepAuthority } from '../../policy/step-authority';
import type { CardFacts } from './approval-card';
import { approvalCard } from './approval-card';
import type { LeaveRequestView } from '../contract';
import { loadCtBalances } from '../ledger/ct-balances';
import { getLeaveRequestView } from '../get-leave-request-view';
import { readStoredDetail } from '../internal/stored-detail';

/** The card's facts: the request, how its days count, and the CT left in the years it touches. */
export async function loadCardFacts(tx: Tx, view: LeaveRequestView, policy?: LeavePolicy): Promise<CardFacts> {
  const rules = policy ?? (await loadLeavePolicyForEmployee(tx, view.employeeId));
  const unit = isLeaveTypeCode(view.typeCode) ? rules.types[view.typeCode].unit : 'CALENDAR_DAYS';
  if (view.typeCode !== 'CT') return { view, unit, balances: [] };
  const detail = await tx.leaveRequest.findUniqueOrThrow({ where: { id: view.id }, select: { detail: true } });
  const years = readStoredDetail(detail.detail).charged.map((c) => c.year);
  const rows = await loadCtBalances(tx, view.employeeId, years);
  const balances = [...rows.values()].sort((a, b) => a.year - b.year).map((r) => ({ year: r.year, available: availableDays(r) }));
  return { view, unit, balances };
}

/**
 * Sends the card of the request's step `order` to whoever decides it (the
 * delegate when there is one), on Telegram first, in their language. Enqueued
 * once per step token, or once per `dedupeKey` (a reminder passes its own).
 */
export async function sendApprovalCard(
  tx: Tx,
  requestId: number,
  order: number,
  options: { policy?: LeavePolicy; dedupeKey?: string } = {},
): Promise<void> {
  const step = await tx.approvalStep.findUniqueOrThrow({
    where: { requestId_order: { requestId, order } },
    select: { token: true, order: true, role: true, approverId: true, delegateId: true, authority: true },
  });
  const facts = await loadCardFacts(tx, await getLeaveRequestView(tx, requestId), options.policy);
  await notifyEmployees(tx, [
    {
      employeeId: step.delegateId ?? step.approverId,
      prefer: 'TELEGRAM', purpose: 'card',
      dedupeKey: options.dedupeKey ?? `leave.card:${step.token}`,
      build: (lang) => [approvalCard(facts, { ...step, authority: readStepAuthority(step.authority) }, lang)],
    },
  ]);
}
