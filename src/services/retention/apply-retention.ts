import type { RetentionPolicy } from '../../domain/retention/retention-policy';
import type { Database } from '../../store/database';
import { writeAudit } from '../audit';
import { retentionSweeps } from './retention-sweeps';

/** Rows each kind changed in one run, by sweep kind (sessions, outboxMessages, leaveDocuments, …). */
export type RetentionResult = Record<string, number>;

/** At most this many batches of one kind per run: a first run over years of data finishes over several nights. */
const MAX_BATCHES = 200;

/**
 * Applies the retention policy: each kind of data in batches of
 * `policy.batchSize`, each batch in its own transaction with an audit row
 * (`retention.applied`, the kind and the count). Between batches it stops
 * when `signal` is aborted (what was committed stays). Safe to run twice.
 */
export async function applyRetention(
  db: Database,
  policy: RetentionPolicy,
  now: Date,
  signal?: AbortSignal,
): Promise<RetentionResult> {
  const result: RetentionResult = {};
  for (const sweep of retentionSweeps(policy)) {
    result[sweep.kind] = 0;
    for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
      signal?.throwIfAborted();
      const outcome = await db.prisma.$transaction(async (tx) => {
        const done = await sweep.run(tx, now, policy.batchSize);
        if (done.changed > 0) {
          await writeAudit(tx, { actorType: 'SYSTEM', actorName: 'retention', action: 'retention.applied', entity: 'System', data: { kind: sweep.kind, count: done.changed } });
        }
        return done;
      }, { timeout: 120_000 });
      result[sweep.kind]! += outcome.changed;
      if (!outcome.more) break;
    }
  }
  return result;
}
