import { runDelegationDays } from '../services/delegations/apply-delegation-days';
import { type JobDefinition, scheduledRun } from './job-definition';

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
  run: async (ctx) => ({ ...(await runDelegationDays(ctx.db, scheduledRun(ctx))) }),
};
