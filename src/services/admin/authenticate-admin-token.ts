import type { Tx } from '../../store/database';
import type { AdminActor } from './admin-actor';
import { storedScopes } from './admin-scopes';
import { hashSecret } from './hash-secret';
import type { KnownTokenHashes } from './known-token-hashes';

/** The outcome of a bearer token: its actor, or why it is refused. */
export type TokenCheck = { ok: true; actor: AdminActor } | { ok: false; reason: 'unknown' | 'expired'; expiredAt?: Date };

/**
 * Checks a bearer token. Refused as `unknown` when no token has its hash, or
 * the token is revoked, or its owner is missing, inactive or no longer HR;
 * as `expired` past its expiry. An unknown token is refused from the
 * in-memory list of known hashes; a known one costs one indexed read by its
 * hash (with its owner). Nothing is written and no transaction is opened, so
 * unauthenticated traffic never holds SQLite's one writer.
 */
export async function authenticateAdminToken(db: Tx, input: { token: string; known: KnownTokenHashes; now: Date }): Promise<TokenCheck> {
  const tokenHash = hashSecret(input.token);
  if (!(await input.known.mayExist(tokenHash))) return { ok: false, reason: 'unknown' };
  const row = await db.adminToken.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      scopes: true,
      expiresAt: true,
      revokedAt: true,
      owner: { select: { id: true, name: true, nip: true, active: true, role: true } },
    },
  });
  if (!row || row.revokedAt || !row.expiresAt || !row.owner?.active || row.owner.role !== 'HR') return { ok: false, reason: 'unknown' };
  if (row.expiresAt <= input.now) return { ok: false, reason: 'expired', expiredAt: row.expiresAt };
  const { owner } = row;
  return {
    ok: true,
    actor: { tokenId: row.id, employeeId: owner.id, name: owner.name, nip: owner.nip, scopes: storedScopes(row.scopes), expiresAt: row.expiresAt },
  };
}
