import { compareDays, type IsoDay } from '../day';

export interface Delegation {
  readonly fromId: number;
  readonly toId: number;
  readonly startDate: IsoDay;
  readonly endDate: IsoDay;
}

/**
 * Who stands in for `approverId` on `day`: the delegation covering that day
 * (the most recently started one if several do), never the requester
 * themselves. Null when the approver is not away.
 */
export function resolveDelegate(
  approverId: number,
  delegations: readonly Delegation[],
  day: IsoDay,
  requesterId: number,
): number | null {
  const covering = delegations
    .filter((d) => d.fromId === approverId && d.toId !== requesterId && d.toId !== approverId)
    .filter((d) => compareDays(d.startDate, day) <= 0 && compareDays(day, d.endDate) <= 0)
    .sort((a, b) => compareDays(b.startDate, a.startDate) || a.toId - b.toId);
  return covering[0]?.toId ?? null;
}
