import type { Tx } from '../../store/database';
import { type AdminScope, storedScopes } from './admin-scopes';

export interface AdminTokenInfo {
  id: number;
  name: string;
  owner: { nip: string; name: string } | null;
  scopes: AdminScope[];
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

/** Every token ever issued, newest first (never the hashes). */
export async function listAdminTokens(tx: Tx): Promise<AdminTokenInfo[]> {
  const rows = await tx.adminToken.findMany({
    select: {
      id: true,
      name: true,
      scopes: true,
      createdAt: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      owner: { select: { nip: true, name: true } },
    },
    orderBy: { id: 'desc' },
  });
  return rows.map((row) => ({ ...row, scopes: storedScopes(row.scopes) }));
}
