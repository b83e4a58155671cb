import type { Tx } from '../../store/database';
import type { AuditEntry } from '../audit';

/** Who acts, as the audit row records them (an employee in chat, HR through the admin API). */
export type ActingPerson = Pick<AuditEntry, 'actorType' | 'actorId' | 'actorName' | 'channel'>;

/** A delegation as the admin API and the chat show it. */
export interface DelegationView {
  id: number;
  from: { nip: string; name: string };
  to: { nip: string; name: string };
  startDate: string;
  endDate: string;
  createdBy: string;
  createdAt: Date;
  endedBy: string | null;
  reason: string | null;
}

export const delegationSelect = {
  id: true, startDate: true, endDate: true, createdBy: true, createdAt: true, endedBy: true, reason: true,
  from: { select: { nip: true, name: true } },
  to: { select: { nip: true, name: true } },
} as const;

export async function getDelegationView(tx: Tx, id: number): Promise<DelegationView> {
  return tx.delegation.findUniqueOrThrow({ where: { id }, select: delegationSelect });
}
