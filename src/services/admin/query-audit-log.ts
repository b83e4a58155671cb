import type { Tx } from '../../store/database';
import { startsWithIndexed } from '../../store/starts-with';

/** A page counts the matching rows up to this many: past it, the total reads "10.000+" (`totalCapped`), so no page counts millions. */
export const AUDIT_COUNT_LIMIT = 10_000;

export interface AuditQuery {
  entity?: string;
  entityId?: string;
  /** An exact action ("leave.cancelled") or a prefix ending in "*" ("leave.*"). */
  action?: string;
  /** The actor's name as recorded (token name, employee name, job). */
  actor?: string;
  actorType?: 'EMPLOYEE' | 'HR_TOKEN' | 'SYSTEM';
  /** The acting employee's id (with actorType EMPLOYEE: what they did in chat or the console). */
  actorId?: number;
  from?: Date;
  to?: Date;
  page: number;
  pageSize: number;
}

type Order = Array<Partial<Record<'entity' | 'entityId' | 'actorId' | 'action' | 'at', 'asc'>>>;

/**
 * The order the capped count walks in: the one of the index the filter
 * seeks, so the database stops at the cap instead of sorting every match.
 */
function countOrder(query: AuditQuery): Order {
  if (query.entity) return [{ entity: 'asc' }, { entityId: 'asc' }];
  if (query.actorId !== undefined) return [{ actorId: 'asc' }, { at: 'asc' }];
  if (query.action) return [{ action: 'asc' }];
  return [{ at: 'asc' }];
}

/**
 * The audit trail, newest first, a page at a time, with the number of
 * matching rows up to AUDIT_COUNT_LIMIT (`totalCapped` when there are more).
 * The count seeks an action prefix as a range on the action index. So does
 * the page when the count found at most the limit (sorting those few is
 * cheap, where walking the time index for a rare action reads all of it);
 * past the limit the matches are many, and the page walks the time index
 * newest first, filtering by the prefix, until it has its rows.
 */
export async function queryAuditLog(tx: Tx, query: AuditQuery) {
  const prefix = query.action?.endsWith('*') ? query.action.slice(0, -1) : undefined;
  const where = (action: string | { startsWith: string } | ReturnType<typeof startsWithIndexed> | undefined) => ({
    ...(query.entity ? { entity: query.entity } : {}),
    ...(query.entityId ? { entityId: query.entityId } : {}),
    ...(action ? { action } : {}),
    ...(query.actor ? { actorName: query.actor } : {}),
    ...(query.actorType ? { actorType: query.actorType } : {}),
    ...(query.actorId !== undefined ? { actorId: query.actorId } : {}),
    ...(query.from || query.to ? { at: { ...(query.from ? { gte: query.from } : {}), ...(query.to ? { lt: query.to } : {}) } } : {}),
  });
  const counted = await tx.auditLog.count({
    where: where(prefix !== undefined ? startsWithIndexed(prefix) : query.action), orderBy: countOrder(query), take: AUDIT_COUNT_LIMIT + 1,
  });
  const capped = counted > AUDIT_COUNT_LIMIT;
  const items = await tx.auditLog.findMany({
    where: where(prefix === undefined ? query.action : capped ? { startsWith: prefix } : startsWithIndexed(prefix)), orderBy: [{ at: 'desc' }, { id: 'desc' }], skip: (query.page - 1) * query.pageSize, take: query.pageSize,
  });
  return { total: Math.min(counted, AUDIT_COUNT_LIMIT), totalCapped: capped, items };
}
