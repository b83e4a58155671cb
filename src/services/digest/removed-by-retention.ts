import type { Tx } from '../../store/database';

/** The kinds housekeeping reports (src/services/retention/retention-sweeps.ts), in the order the digest lists them. */
export const RETENTION_KINDS = [
  'leaveDocuments', 'outboxMessages', 'sessions', 'processedEvents', 'codesWiped', 'linkCodes', 'linkFailures', 'auditRowsStripped',
] as const;

export type RemovedByRetention = Partial<Record<(typeof RETENTION_KINDS)[number], number>>;

/** What the housekeeping runs finished since `since` removed, summed by kind (kinds with nothing removed left out). */
export async function removedByRetention(tx: Tx, since: Date): Promise<RemovedByRetention> {
  const runs = await tx.jobRun.findMany({ where: { jobId: 'housekeeping', status: 'DONE', startedAt: { gte: since } }, select: { result: true } });
  const removed: RemovedByRetention = {};
  for (const run of runs) {
    const result = (run.result ?? {}) as Record<string, unknown>;
    for (const kind of RETENTION_KINDS) {
      const count = result[kind];
      if (typeof count === 'number' && count > 0) removed[kind] = (removed[kind] ?? 0) + count;
    }
  }
  return removed;
}
