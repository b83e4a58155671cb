import type { OutboundMessage } from '../../../chat/outbound-message';
import { compareDays } from '../../../domain/day';
import { formatDayRange } from '../../../domain/format';
import type { Language } from '../../../domain/language';
import { availableDays, type YearDays } from '../../../domain/leave';
import { translate } from '../../../i18n/translate';
import { decidesForOthers } from '../../employees/is-approver';
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
  args: { view: LeaveRequestView; deciderName: string; note: string | null; final: boolean; next: string; charged: readonly YearDays[]; today: string },
): Promise<void> {
  const { view, deciderName, note } = args;
  const status = view.status;
  if (args.final && (status === 'APPROVED' || status === 'CHANGED' || status === 'DEFERRED' || status === 'REJECTED')) {
    const rows = await loadCtBalances(tx, view.employeeId, args.charged.map((c) => c.year));
    const balances = [...rows.values()].sort((a, b) => a.year - b.year).map((r) => ({ year: r.year, available: availableDays(r) }));
    const offer = await substituteOffer(tx, view, args.today);
    await notifyEmployees(tx, [{
      employeeId: view.employeeId, prefer: 'WHATSAPP', purpose: 'notice', dedupeKey: `leave.outcome:${view.id}`,
      build: (lang) => [...outcome(view, status, deciderName, note, balances)(lang), ...offer(lang)],
    }]);
    return;
  }
  await notifyEmployees(tx, [{
    employeeId: view.employeeId, prefer: 'WHATSAPP', purpose: 'notice', dedupeKey: `leave.forwarded:${view.id}:${view.currentStep}`,
    build: forwarded(view, deciderName, args.next, note),
  }]);
}

/**
 * An approver's own leave granted: a button that opens "wakilkan" with the
 * leave's dates (flows/delegation.ts reads `wakilkan:<start>:<end>`), so their
 * team's requests do not wait for them. Nothing for others or for leave
 * already over.
 */
async function substituteOffer(tx: Tx, view: LeaveRequestView, today: string): Promise<(lang: Language) => OutboundMessage[]> {
  if ((view.status !== 'APPROVED' && view.status !== 'CHANGED') || compareDays(view.end, today) < 0) return () => [];
  if (!(await decidesForOthers(tx, view.employeeId))) return () => [];
  const start = compareDays(view.start, today) < 0 ? today : view.start;
  const named = await tx.delegation.findFirst({ where: { fromId: view.employeeId, startDate: { lte: view.end }, endDate: { gte: start } }, select: { startDate: true, endDate: true } });
  if (named && compareDays(named.endDate, named.startDate) >= 0) return () => [];
  return (lang) => [{
    kind: 'choices',
    text: translate(lang, 'delegation.offer', { dates: formatDayRange(start, view.end, lang) }),
    choices: [{ value: `wakilkan:${start}:${view.end}`, label: translate(lang, 'delegation.offer_button') }],
  }];
}
