import { approverRemindersJob } from './approver-reminders';
import { balanceSummaryJob } from './balance-summary';
import { delegationDaysJob } from './delegation-days';
import type { RetentionPolicy } from '../domain/retention/retention-policy';
import { housekeepingJob } from './housekeeping';
import { hrDigestJob } from './hr-digest';
import type { JobDefinition } from './job-definition';
import { leaveStartRemindersJob } from './leave-start-reminders';
import { yearRolloverJob } from './year-rollover';

/** Every scheduled job of SAPA. */
export function allJobs(options: { retention?: RetentionPolicy } = {}): JobDefinition[] {
  return [
    hrDigestJob,
    approverRemindersJob,
    delegationDaysJob,
    leaveStartRemindersJob,
    balanceSummaryJob,
    yearRolloverJob,
    housekeepingJob(options.retention),
  ];
}
