import { AppError } from '../../domain/app-error';
import { addDays, compareDays, type IsoDay, jakartaDay } from '../../domain/day';
import { formatDayRange } from '../../domain/format';
import { translate } from '../../i18n/translate';
import type { Tx } from '../../store/database';
import { writeAudit } from '../audit';
import { notifyEmployees } from '../notify/notify-employees';
import { type ActingPerson, type DelegationView, getDelegationView } from './delegation-view';
import { rerouteOpenSteps } from './reroute-open-steps';

export interface CreateDelegationInput {
  fromId: number;
  toId: number;
  startDate: IsoDay;
  endDate: IsoDay;
  reason?: string | null;
  by: ActingPerson;
}

const MAX_DAYS = 366;

/**
 * Names a substitute (delegate) for an approver over a date range
 * (RULES.md, Who decides, 5): refused for oneself, an inactive person, dates
 * in the past or longer than a year, or an overlap with the approver's own
 * delegations. Steps already waiting for the approver go to the substitute at
 * once when the range has begun; both are told; audited.
 */
export async function createDelegation(tx: Tx, now: Date, input: CreateDelegationInput): Promise<DelegationView> {
  const today = jakartaDay(now);
  if (input.fromId === input.toId) throw new AppError('delegation.same_person');
  if (compareDays(input.endDate, input.startDate) < 0 || compareDays(input.endDate, today) < 0 || compareDays(input.endDate, addDays(input.startDate, MAX_DAYS)) > 0) {
    throw new AppError('delegation.invalid_range');
  }
  const people = await tx.employee.findMany({ where: { id: { in: [input.fromId, input.toId] }, active: true }, select: { id: true } });
  if (people.length !== 2) throw new AppError('delegation.inactive_employee');
  // Serialises two delegations of one approver made at once (the overlap check below reads, then writes).
  await tx.employee.update({ where: { id: input.fromId }, data: { updatedAt: now }, select: { id: true } });
  const overlap = await tx.delegation.findFirst({
    where: { fromId: input.fromId, startDate: { lte: input.endDate }, endDate: { gte: input.startDate } },
    select: { startDate: true, endDate: true },
  });
  // The days as ISO: the chat writes them in the reader's language, the API as they are.
  if (overlap) throw new AppError('conflict.delegation_overlaps', { start: overlap.startDate, end: overlap.endDate });

  const created = await tx.delegation.create({
    data: {
      fromId: input.fromId, toId: input.toId, startDate: input.startDate, endDate: input.endDate,
      createdBy: input.by.actorName ?? 'system', reason: input.reason ?? null,
    },
    select: { id: true },
  });
  const view = await getDelegationView(tx, created.id);
  const moved = compareDays(input.startDate, today) <= 0 ? await rerouteOpenSteps(tx, { approverId: input.fromId, to: input.toId, key: `delegation:${created.id}` }) : [];
  await writeAudit(tx, {
    ...input.by, action: 'delegation.created', entity: 'Delegation', entityId: created.id,
    data: { fromId: input.fromId, toId: input.toId, startDate: input.startDate, endDate: input.endDate, reason: input.reason ?? null, stepsMoved: moved },
  });
  await notifyEmployees(tx, [
    { employeeId: input.fromId, prefer: 'TELEGRAM', purpose: 'notice', dedupeKey: `delegation.created:${created.id}`, build: (lang) => [{ kind: 'text', text: translate(lang, 'delegation.told_from', { to: view.to.name, dates: formatDayRange(view.startDate, view.endDate, lang) }) }] },
    { employeeId: input.toId, prefer: 'TELEGRAM', purpose: 'notice', dedupeKey: `delegation.created:${created.id}`, build: (lang) => [{ kind: 'text', text: translate(lang, 'delegation.told_to', { from: view.from.name, dates: formatDayRange(view.startDate, view.endDate, lang) }) }] },
  ]);
  return view;
}
