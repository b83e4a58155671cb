import { applyDelegationDays } from '../services/delegations/apply-delegation-days';
import type { JobContext, JobDefinition, JobResult } from './job-definition';

async function run(ctx: JobContext): Promise<JobResult> {
  const result = await ctx.db.prisma.$transaction((tx) => applyDelegationDays(tx, ctx.clock.now()), { timeout: 60_000 });
  if (result.stepsMoved + result.stepsReturned > 0) ctx.wakeOutbox();
  return { ...result };
}

/**
 * Delegations by the day (00:05): cards waiting for an approver whose
 * substitute's range begins today go to the substitute; cards a substitute
 * holds when the range is over go back.
 */
export const delegationDaysJob: JobDefinition = {
  id: 'delegation-days',
  schedule: '5 0 * * *',
  slotKind: 'day',
  // A day missed is caught up the same day: until then cards wait at the old address (both may still decide them).
  catchUp: 'same-slot',
  description: 'Move waiting approval cards to a substitute when their range begins, and back when it is over',
  run,
};
