import type { Tx } from '../../store/database';
import { writeAudit } from '../audit';

/** Revokes a token: it answers 401 from now on. False when there is no such token or it was revoked already. */
export async function revokeAdminToken(tx: Tx, input: { id: number; now: Date; revokedBy?: string }): Promise<boolean> {
  const { count } = await tx.adminToken.updateMany({
    where: { id: input.id, revokedAt: null },
    data: { revokedAt: input.now },
  });
  if (count === 0) return false;
  await writeAudit(tx, {
    actorType: 'SYSTEM',
    actorName: input.revokedBy ? `admin-token-cli:${input.revokedBy}` : 'admin-token-cli',
    channel: 'CLI',
    action: 'admin_token.revoked',
    entity: 'AdminToken',
    entityId: input.id,
  });
  return true;
}
