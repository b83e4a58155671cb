import type { Tx } from '../../store/database';

export interface KnownTokenHashes {
  /**
   * False when no token with this hash existed at the last look and that look
   * is recent: the caller refuses without touching the database. Otherwise
   * (known, or the list is older than `maxAgeMs`, reloaded first) true, and
   * the caller reads the token's row.
   */
  mayExist(tokenHash: string): Promise<boolean>;
}

/**
 * The hashes of the admin tokens not revoked, kept in memory so a request
 * with an unknown token costs no database read: the list is reloaded (one
 * query) on a miss at most every `maxAgeMs`. A token created by the CLI is
 * therefore known within that time; revocation and expiry are checked on the
 * token's own row, so they take effect at once.
 */
export function createKnownTokenHashes(db: Tx, options: { maxAgeMs: number; nowMs?: () => number }): KnownTokenHashes {
  const nowMs = options.nowMs ?? (() => performance.now());
  let hashes = new Set<string>();
  let loadedAt = Number.NEGATIVE_INFINITY;
  let loading: Promise<void> | null = null;
  const reload = () =>
    (loading ??= (async () => {
      const startedAt = nowMs();
      try {
        const rows = await db.adminToken.findMany({ where: { revokedAt: null }, select: { tokenHash: true } });
        hashes = new Set(rows.map((r) => r.tokenHash));
        loadedAt = startedAt;
      } finally {
        loading = null;
      }
    })());
  return {
    async mayExist(tokenHash) {
      if (hashes.has(tokenHash)) return true;
      if (nowMs() - loadedAt < options.maxAgeMs) return false;
      await reload();
      return hashes.has(tokenHash);
    },
  };
}
