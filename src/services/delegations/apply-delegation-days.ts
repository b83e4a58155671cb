import { addDays, compareDays, jakartaDay } from '../../domain/day';
import type { Database, Tx } from '../../store/database';
import { writeAudit } from '../audit';
import type { ScheduledRun, SystemActor } from '../scheduled-run';
import { rerouteOpenSteps } from './reroute-open-steps';

/** How far back a delegation that ran out is still looked at (a job down for days still hands its cards back). */
const OVER_LOOKBACK_DAYS = 31;

export interface DelegationDaysResult {
  /** Delegations running today whose approver still had cards of their own waiting. */
  started: number;
  stepsMoved: number;
  /** Delegations over by today whose substitute still held cards. */
  ended: number;
  stepsReturned: number;
}

/**
 * Keeps waiting cards with whoever stands in today: a delegation that has
 * begun (named ahead of time, or begun while SAPA was down) takes its
 * approver's waiting cards to the substitute; one whose range is over gives
 * the cards its substitute still holds back to the approver (or to the
 * approver's next substitute, if one is running). Safe to run again: a
 * moved card is not moved twice, and each card goes out once per delegation.
 */
export async function applyDelegationDays(tx: Tx, now: Date, actor: SystemActor): Promise<DelegationDaysResult> {
  const today = jakartaDay(now);
  const select = { id: true, fromId: true, toId: true, startDate: true, endDate: true } as const;
  const running = await tx.delegation.findMany({ where: { startDate: { lte: today }, endDate: { gte: today } }, select, orderBy: [{ startDate: 'desc' }, { id: 'desc' }] });
  const over = await tx.delegation.findMany({
    where: { endDate: { lt: today, gte: addDays(today, -OVER_LOOKBACK_DAYS) } },
    select, orderBy: { id: 'asc' },
  });
  const standIn = new Map<number, number>();
  for (const d of running) if (!standIn.has(d.fromId) && d.toId !== d.fromId) standIn.set(d.fromId, d.toId);
  const result: DelegationDaysResult = { started: 0, stepsMoved: 0, ended: 0, stepsReturned: 0 };
  const audit = (id: number, action: string, data: Record<string, unknown>) =>
    writeAudit(tx, { actorType: 'SYSTEM', actorName: actor.name, action, entity: 'Delegation', entityId: id, data });

  // Over first: a card handed back may go straight on to the approver's next substitute.
  for (const d of over.filter((o) => compareDays(o.endDate, o.startDate) >= 0)) {
    const to = standIn.get(d.fromId) ?? null;
    if (to === d.toId) continue;
    const moved = await rerouteOpenSteps(tx, { approverId: d.fromId, from: d.toId, to, key: `delegation-over:${d.id}` });
    if (moved.length === 0) continue;
    result.ended += 1;
    result.stepsReturned += moved.length;
    await audit(d.id, 'delegation.steps_returned', { endDate: d.endDate, to, steps: moved });
  }
  for (const [fromId, toId] of standIn) {
    const d = running.find((r) => r.fromId === fromId && r.toId === toId)!;
    const moved = await rerouteOpenSteps(tx, { approverId: fromId, to: toId, key: `delegation:${d.id}` });
    if (moved.length === 0) continue;
    result.started += 1;
    result.stepsMoved += moved.length;
    await audit(d.id, 'delegation.steps_moved', { startDate: d.startDate, steps: moved });
  }
  return result;
}

/** The daily run of applyDelegationDays: one transaction at the run's time; the outbox is woken when cards moved. */
export async function runDelegationDays(db: Database, run: ScheduledRun): Promise<DelegationDaysResult> {
  const result = await db.prisma.$transaction((tx) => applyDelegationDays(tx, run.clock.now(), run.actor), { timeout: 60_000 });
  if (result.stepsMoved + result.stepsReturned > 0) run.wakeOutbox();
  return result;
}
