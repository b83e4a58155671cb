import { sendHrDigest } from '../services/digest/send-hr-digest';
import { type JobDefinition, scheduledRun } from './job-definition';

/** HR daily digest (working days, 07:00) to every HR officer, on Telegram when they have it. */
export const hrDigestJob: JobDefinition = {
  id: 'hr-digest',
  schedule: '0 7 * * 1-5',
  slotKind: 'day',
  catchUp: 'same-slot',
  description: 'Daily digest for HR officers: absences, requests, overdue approvals, delivery problems, the send queue',
  run: (ctx, slot) => sendHrDigest(ctx.db, slot, scheduledRun(ctx), ctx.sendRates),
};
