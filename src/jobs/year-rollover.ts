import { rollOverLeaveYear } from '../services/leave/roll-over-leave-year';
import { type JobDefinition, scheduledRun } from './job-definition';

/**
 * Year-end rollover (1 January, 00:05): next year's cuti tahunan for every
 * active employee from this year's, with carry-over capped at 18 usable days
 * (24 after 2+ unused years), postponed days added, PPPK by contract length
 * (rollOverLeaveYear). Idempotent: LeaveBalance.rolledOverAt.
 */
export const yearRolloverJob: JobDefinition = {
  id: 'year-rollover',
  schedule: '5 0 1 1 *',
  slotKind: 'year',
  // The slot is the year: a rollover missed on 1 January runs at the next start that year.
  catchUp: 'same-slot',
  description: 'Open next year’s CT balances with carry-over (1 January)',
  run: (ctx, slot) => rollOverLeaveYear(ctx.db, Number(slot), scheduledRun(ctx)),
};
