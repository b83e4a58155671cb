import { DEFAULT_RETENTION, type RetentionPolicy } from '../domain/retention/retention-policy';
import { applyRetention } from '../services/retention/apply-retention';
import type { JobContext, JobDefinition, JobResult } from './job-definition';

/**
 * Housekeeping (daily, 02:30): applies the retention policy (RETENTION_*,
 * README "Personal data"): conversation state, dedupe records, one-time
 * codes, linking failures, old outbox messages, leave documents and the free
 * text of old audit rows, in audited batches. Its result (counts by kind) is
 * what HR's digest reports as removed.
 */
export function housekeepingJob(policy: RetentionPolicy = DEFAULT_RETENTION): JobDefinition {
  return {
    id: 'housekeeping',
    schedule: '30 2 * * *',
    slotKind: 'day',
    catchUp: 'next-slot',
    description: 'Apply the retention policy: remove personal data SAPA no longer needs',
    run: (ctx: JobContext): Promise<JobResult> => applyRetention(ctx.db, policy, ctx.clock.now(), ctx.signal),
  };
}
