import type { AuditEntry } from '../store/audit-row';
import type { Tx } from '../store/database';

export type { ActorType, AuditEntry } from '../store/audit-row';

/** Writes audit rows in the caller's transaction, so a change and its record commit together. */
export async function writeAudit(tx: Tx, ...entries: AuditEntry[]): Promise<void> {
  await tx.$dialect.insertAudit(tx, entries);
}
