import type { Tx } from '../../store/database';
import type { AdminActor } from './admin-actor';
import { hashSecret } from './hash-secret';
import type { KnownTokenHashes } from './known-token-hashes';

/**
 * The actor of a bearer token, or null when the token is unknown or revoked.
 * An unknown token is refused from the in-memory list of known hashes; a
 * known one costs one indexed read by its hash. Nothing is written and no
 * transaction is opened, so unauthenticated traffic never holds SQLite's one
 * writer.
 */
export async function authenticateAdminToken(db: Tx, input: { token: string; known: KnownTokenHashes }): Promise<AdminActor | null> {
  const tokenHash = hashSecret(input.token);
  if (!(await input.known.mayExist(tokenHash))) return null;
  const row = await db.adminToken.findUnique({ where: { tokenHash }, select: { id: true, name: true, revokedAt: true } });
  if (!row || row.revokedAt) return null;
  return { tokenId: row.id, name: row.name };
}
