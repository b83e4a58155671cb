import type { Tx } from '../../store/database';
import { writeAudit } from '../audit';

/** Revokes a token: it answers 401 from now on. False when there is no such token or it was revoked already. */
export async function revokeAdminToken(tx: Tx, input: { id: number; now: Date }): Promise<boolean> {
  const { count } = await tx.adminToken.updateMany({
    where: { id: input.id, revokedAt: null },
    data: { revokedAt: input.now },
  });
  if (count === 0) return false;
  await writeAudit(tx, {
    actorType: 'SYSTEM',
    actorName: 'admin-token-cli',
    action: 'admin_token.revoked',
    entity: 'AdminToken',
    entityId: input.id,
  });
  return true;
}
