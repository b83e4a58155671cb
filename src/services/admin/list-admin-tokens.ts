import type { Tx } from '../../store/database';

export interface AdminTokenInfo {
  id: number;
  name: string;
  createdAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

/** Every token ever issued, newest first (never the hashes). */
export async function listAdminTokens(tx: Tx): Promise<AdminTokenInfo[]> {
  return tx.adminToken.findMany({
    select: { id: true, name: true, createdAt: true, revokedAt: true, lastUsedAt: true },
    orderBy: { id: 'desc' },
  });
}
