import { remindLeaveStarts } from '../services/leave/remind-leave-starts';
import { type JobDefinition, scheduledRun } from './job-definition';

/** Employee reminders (daily, 15:00): approved leave starting on the next working day. */
export const leaveStartRemindersJob: JobDefinition = {
  id: 'leave-start-reminders',
  schedule: '0 15 * * *',
  slotKind: 'day',
  // Tomorrow's run covers only leave after tomorrow: a missed slot is caught up the same day.
  catchUp: 'same-slot',
  description: 'Remind employees the day before their approved leave starts',
  run: (ctx, slot) => remindLeaveStarts(ctx.db, slot, scheduledRun(ctx)),
};
