import type { Actor } from '../../src/chat/actor';
import type { TurnContext } from '../../src/conversation/flow';
import type { IsoDay } from '../../src/domain/day';
import { type Holiday, isLeaveTypeCode, type LeavePolicy, type LeaveTypeRule } from '../../src/domain/leave';
import type { LeaveActor, LeaveDeps } from '../../src/services/leave/contract';
import { loadLeavePolicy } from '../../src/services/policy/load-leave-policy';
import type { LeaveDraft } from './leave-draft';

/**
 * Read once per transaction however many steps ask: keyed by the turn's
 * transaction (on SQLite several turns share one), so nothing outlives it and
 * a change made by another transaction is seen by the next one.
 */
const policyOfTransaction = new WeakMap<TurnContext['tx'], Promise<LeavePolicy>>();

/** The agency's leave policy, as submitLeave applies it. */
export function leavePolicy(ctx: TurnContext): Promise<LeavePolicy> {
  const known = policyOfTransaction.get(ctx.tx);
  if (known) return known;
  const loading = loadLeavePolicy(ctx.tx);
  policyOfTransaction.set(ctx.tx, loading);
  return loading;
}

/** How a type counts its days (working or calendar), or null for a code the policy does not know. */
export function unitOf(policy: LeavePolicy, typeCode: string): LeaveTypeRule['unit'] | null {
  return isLeaveTypeCode(typeCode) ? policy.types[typeCode].unit : null;
}

/** The verified employee of the chat; the leave flows require a linked chat, so this holds. */
export function requireActor(ctx: TurnContext): Actor {
  if (!ctx.actor) throw new Error('leave flows need a linked employee');
  return ctx.actor;
}

/** The facts of the employee in the chat that decide which questions the leave flow asks. */
export function employeeFacts(ctx: TurnContext): NonNullable<LeaveDraft['who']> {
  const { kind, gender, serviceStart } = requireActor(ctx);
  return { kind, gender, serviceStart };
}

/** Holidays between two days, for counting working days before submitLeave counts them again. */
export async function holidaysBetween(ctx: TurnContext, start: IsoDay, end: IsoDay): Promise<Holiday[]> {
  return ctx.tx.holiday.findMany({ where: { date: { gte: start, lte: end } }, select: { date: true, kind: true } });
}

/** The employee in the chat as the leave services see them. */
export function employeeActor(ctx: TurnContext): LeaveActor {
  const actor = requireActor(ctx);
  return { type: 'EMPLOYEE', employeeId: actor.employeeId, name: actor.name, channel: ctx.channel };
}

export function leaveDeps(ctx: TurnContext): LeaveDeps {
  return { clock: ctx.clock };
}
