import type { Tx } from '../../store/database';
import { type DelegationView, delegationSelect } from './delegation-view';

export interface DelegationFilter {
  /** Only delegations not over by this day (running or to come). */
  notOverOn?: string;
  /** Only this approver's, by employee id. */
  fromId?: number;
  /** Only those naming this substitute. */
  toId?: number;
  limit?: number;
}

/** Delegations, the latest starting first. */
export async function listDelegations(tx: Tx, filter: DelegationFilter = {}): Promise<DelegationView[]> {
  const rows = await tx.delegation.findMany({
    where: {
      ...(filter.notOverOn ? { endDate: { gte: filter.notOverOn } } : {}),
      ...(filter.fromId !== undefined ? { fromId: filter.fromId } : {}),
      ...(filter.toId !== undefined ? { toId: filter.toId } : {}),
    },
    select: delegationSelect,
    orderBy: [{ startDate: 'desc' }, { id: 'desc' }],
    take: filter.limit ?? 200,
  });
  // A delegation ended before it began (end before start) never ran: not listed as running.
  return filter.notOverOn ? rows.filter((d) => d.endDate >= d.startDate) : rows;
}
