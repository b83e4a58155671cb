import { AppError } from '../../domain/app-error';
import { addDays, compareDays, jakartaDay } from '../../domain/day';
import { translate } from '../../i18n/translate';
import type { Tx } from '../../store/database';
import { writeAudit } from '../audit';
import { notifyEmployees } from '../notify/notify-employees';
import { type ActingPerson, type DelegationView, getDelegationView } from './delegation-view';
import { rerouteOpenSteps } from './reroute-open-steps';

/**
 * Ends a delegation today (its last day becomes yesterday; one not yet begun
 * never runs): steps it handed to the substitute go back to the approver with
 * a fresh card; both are told; audited with the reason.
 */
export async function endDelegation(tx: Tx, now: Date, input: { id: number; reason: string; by: ActingPerson; mustBeFromId?: number }): Promise<DelegationView> {
  const today = jakartaDay(now);
  const found = await tx.delegation.findUnique({ where: { id: input.id }, select: { id: true, fromId: true, toId: true, startDate: true, endDate: true } });
  if (!found || (input.mustBeFromId !== undefined && found.fromId !== input.mustBeFromId)) throw new AppError('delegation.not_found');
  if (compareDays(found.endDate, today) < 0 || compareDays(found.endDate, found.startDate) < 0) throw new AppError('delegation.already_over');
  const endDate = compareDays(found.startDate, today) >= 0 ? addDays(found.startDate, -1) : addDays(today, -1);
  const { count } = await tx.delegation.updateMany({
    where: { id: found.id, endDate: found.endDate },
    data: { endDate, endedBy: input.by.actorName ?? 'system', reason: input.reason },
  });
  if (count !== 1) throw new AppError('delegation.already_over');
  const moved = await rerouteOpenSteps(tx, { approverId: found.fromId, from: found.toId, to: null, key: `delegation-end:${found.id}` });
  await writeAudit(tx, {
    ...input.by, action: 'delegation.ended', entity: 'Delegation', entityId: found.id,
    data: { previousEndDate: found.endDate, endDate, reason: input.reason, stepsReturned: moved },
  });
  const view = await getDelegationView(tx, found.id);
  await notifyEmployees(tx, [
    { employeeId: found.fromId, prefer: 'TELEGRAM', purpose: 'notice', dedupeKey: `delegation.ended:${found.id}`, build: (lang) => [{ kind: 'text', text: translate(lang, 'delegation.ended_from', { to: view.to.name }) }] },
    { employeeId: found.toId, prefer: 'TELEGRAM', purpose: 'notice', dedupeKey: `delegation.ended:${found.id}`, build: (lang) => [{ kind: 'text', text: translate(lang, 'delegation.ended_to', { from: view.from.name }) }] },
  ]);
  return view;
}
