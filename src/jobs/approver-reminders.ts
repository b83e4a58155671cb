import { remindApprovers } from '../services/leave/approval/remind-approvers';
import { type JobDefinition, scheduledRun } from './job-definition';

/**
 * Approver reminders (working days, 09:00): a step still waiting is reminded
 * after 1 working day and again after 3, and escalated to the next level up after 5 (policy.reminders). Weekends and holidays do not count.
 */
export const approverRemindersJob: JobDefinition = {
  id: 'approver-reminders',
  schedule: '0 9 * * 1-5',
  slotKind: 'day',
  // The next working day's run counts the waiting days again and reminds or escalates what is due then.
  catchUp: 'next-slot',
  description: 'Remind approvers of waiting leave requests; escalate to their supervisor',
  run: (ctx, slot) => remindApprovers(ctx.db, slot, scheduledRun(ctx)),
};
