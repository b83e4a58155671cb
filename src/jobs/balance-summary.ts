import { sendBalanceSummaries } from '../services/leave/send-balance-summaries';
import { type JobDefinition, scheduledRun } from './job-definition';

/** Employee reminder (first working day of December, 08:00): use it or lose it. */
export const balanceSummaryJob: JobDefinition = {
  id: 'balance-summary',
  schedule: '0 8 1-10 12 *',
  slotKind: 'day',
  catchUp: 'same-slot',
  description: 'Tell each employee their CT balance and what the year end would forfeit (first working day of December)',
  run: (ctx, slot) => sendBalanceSummaries(ctx.db, slot, scheduledRun(ctx)),
};
