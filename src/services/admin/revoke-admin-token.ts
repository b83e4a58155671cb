import type { Tx } from '../../store/database';
import { writeAudit } from '../audit';
import type { ActingPerson } from '../delegations/delegation-view';

/** Revokes a token: it answers 401 from now on. False when there is no such token or it was revoked already. Audited with `by` (the console's person) or the command's operator. */
export async function revokeAdminToken(tx: Tx, input: { id: number; now: Date; revokedBy?: string; by?: ActingPerson }): Promise<boolean> {
  const { count } = await tx.adminToken.updateMany({
    where: { id: input.id, revokedAt: null },
    data: { revokedAt: input.now },
  });
  if (count === 0) return false;
  await writeAudit(tx, {
    ...(input.by ?? { actorType: 'SYSTEM', actorName: input.revokedBy ? `admin-token-cli:${input.revokedBy}` : 'admin-token-cli', channel: 'CLI' }),
    action: 'admin_token.revoked',
    entity: 'AdminToken',
    entityId: input.id,
  });
  return true;
}
