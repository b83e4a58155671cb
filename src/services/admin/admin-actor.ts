import type { AuditEntry } from '../audit';

/** The HR staff member behind an admin API call: the bearer token's row. */
export interface AdminActor {
  readonly tokenId: number;
  readonly name: string;
}

/** The actor part of an audit row written for an admin call. */
export function auditActor(actor: AdminActor): Pick<AuditEntry, 'actorType' | 'actorId' | 'actorName' | 'channel'> {
  return { actorType: 'HR_TOKEN', actorId: actor.tokenId, actorName: actor.name, channel: 'ADMIN_API' };
}
