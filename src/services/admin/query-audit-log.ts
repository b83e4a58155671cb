import type { Tx } from '../../store/database';

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

/** The audit trail, newest first, a page at a time. */
export async function queryAuditLog(tx: Tx, query: AuditQuery) {
  const action = query.action?.endsWith('*') ? { startsWith: query.action.slice(0, -1) } : query.action;
  const where = {
    ...(query.entity ? { entity: query.entity } : {}),
    ...(query.entityId ? { entityId: query.entityId } : {}),
    ...(action ? { action } : {}),
    ...(query.actor ? { actorName: query.actor } : {}),
    ...(query.actorType ? { actorType: query.actorType } : {}),
    ...(query.actorId !== undefined ? { actorId: query.actorId } : {}),
    ...(query.from || query.to ? { at: { ...(query.from ? { gte: query.from } : {}), ...(query.to ? { lt: query.to } : {}) } } : {}),
  };
  const total = await tx.auditLog.count({ where });
  const items = await tx.auditLog.findMany({ where, orderBy: [{ at: 'desc' }, { id: 'desc' }], skip: (query.page - 1) * query.pageSize, take: query.pageSize });
  return { total, items };
}
