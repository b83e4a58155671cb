import type { Tx } from '../../store/database';
import type { AdminActor } from './admin-actor';
import { hashSecret } from './hash-secret';

/**
 * The actor of a bearer token, or null when the token is unknown or revoked.
 * Records the time of use.
 */
export async function authenticateAdminToken(tx: Tx, input: { token: string; now: Date }): Promise<AdminActor | null> {
  const row = await tx.adminToken.findUnique({
    where: { tokenHash: hashSecret(input.token) },
    select: { id: true, name: true, revokedAt: true },
  });
  if (!row || row.revokedAt) return null;
  await tx.adminToken.update({ where: { id: row.id }, data: { lastUsedAt: input.now }, select: { id: true } });
  return { tokenId: row.id, name: row.name };
}
