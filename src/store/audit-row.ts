import type { JsonInput } from './database';

export type ActorType = 'EMPLOYEE' | 'HR_TOKEN' | 'SYSTEM';

/** One audit record: who did what to which entity, with optional detail. */
export interface AuditEntry {
  actorType: ActorType;
  actorId?: number | null;
  actorName?: string | null;
  channel?: string | null;
  action: string;
  entity: string;
  entityId?: string | number | null;
  data?: Record<string, unknown> | null;
}

/** An entry as an AuditLog row: the one shape services and the turn journal write. */
export function auditRow(entry: AuditEntry) {
  return {
    actorType: entry.actorType,
    actorId: entry.actorId ?? null,
    actorName: entry.actorName ?? null,
    channel: entry.channel ?? null,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId == null ? null : String(entry.entityId),
    data: entry.data == null ? undefined : (entry.data as JsonInput),
  };
}
