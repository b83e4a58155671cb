import { availableDays, type YearDays } from '../../../domain/leave';
import type { Tx } from '../../../store/database';
import { notifyEmployees } from '../../notify/notify-employees';
import type { LeaveRequestView } from '../contract';
import { loadCtBalances } from '../ledger/ct-balances';
import { forwarded, outcome } from './requester-notices';

/**
 * Tells the employee what a decision means for them: the final outcome (with
 * the note and the CT left), or that the request moved on to `next`.
 */
export async function tellRequester(
  tx: Tx,
  args: { view: LeaveRequestView; deciderName: string; note: string | null; final: boolean; next: string; charged: readonly YearDays[] },
): Promise<void> {
  const { view, deciderName, note } = args;
  const status = view.status;
  if (args.final && (status === 'APPROVED' || status === 'CHANGED' || status === 'DEFERRED' || status === 'REJECTED')) {
    const rows = await loadCtBalances(tx, view.employeeId, args.charged.map((c) => c.year));
    const balances = [...rows.values()].sort((a, b) => a.year - b.year).map((r) => ({ year: r.year, available: availableDays(r) }));
    await notifyEmployees(tx, [{
      employeeId: view.employeeId, prefer: 'WHATSAPP', purpose: 'notice', dedupeKey: `leave.outcome:${view.id}`,
      build: outcome(view, status, deciderName, note, balances),
    }]);
    return;
  }
  await notifyEmployees(tx, [{
    employeeId: view.employeeId, prefer: 'WHATSAPP', purpose: 'notice', dedupeKey: `leave.forwarded:${view.id}:${view.currentStep}`,
    build: forwarded(view, deciderName, args.next, note),
  }]);
}
