import { asJson, type Tx } from '../store/database';

export type ActorType = 'EMPLOYEE' | 'HR_TOKEN' | 'SYSTEM';

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

export function auditRow(entry: AuditEntry) {
  return {
    actorType: entry.actorType,
    actorId: entry.actorId ?? null,
    actorName: entry.actorName ?? null,
    channel: entry.channel ?? null,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId == null ? null : String(entry.entityId),
    data: entry.data == null ? undefined : asJson(entry.data),
  };
}

/** Writes audit rows in the caller's transaction, so a change and its record commit together. */
export async function writeAudit(tx: Tx, ...entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.auditLog.createMany({ data: entries.map(auditRow) });
}
