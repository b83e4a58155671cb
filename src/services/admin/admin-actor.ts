import type { AuditEntry } from '../audit';
import type { AdminScope } from './admin-scopes';

/**
 * The HR staff member behind an admin API call: the owner of the bearer
 * token (an active HR employee), with the token's scopes. What the call does
 * is recorded as done by the owner.
 */
export interface AdminActor {
  readonly tokenId: number;
  /** The owner's Employee id. */
  readonly employeeId: number;
  /** The owner's name, as audit rows and "submitted by" show it. */
  readonly name: string;
  readonly nip: string;
  readonly scopes: readonly AdminScope[];
  readonly expiresAt: Date;
}

/**
 * The actor part of an audit row written for an admin call: actorType
 * HR_TOKEN (an HR officer through the admin API), actorId the owner's
 * Employee id, actorName the owner's name.
 */
export function auditActor(actor: AdminActor): Pick<AuditEntry, 'actorType' | 'actorId' | 'actorName' | 'channel'> {
  return { actorType: 'HR_TOKEN', actorId: actor.employeeId, actorName: actor.name, channel: 'ADMIN_API' };
}
