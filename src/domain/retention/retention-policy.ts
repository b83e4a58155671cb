/**
 * How long SAPA keeps each kind of personal data it no longer needs, applied
 * by the daily housekeeping (src/services/retention/). The defaults and their
 * reasons are in README "Personal data"; each is a RETENTION_* variable.
 */
export interface RetentionPolicy {
  /** Outbox rows (the text and files of messages) this many days after they were sent or given up. */
  outboxDays: number;
  /** Inbound dedupe records (channel message ids) after this many days. */
  processedEventDays: number;
  /** Conversation state this many minutes after its idle expiry (0: at expiry). */
  sessionGraceMinutes: number;
  /** Rows of used, replaced or expired one-time codes (their hashes are wiped at once) after this many days. */
  linkCodeDays: number;
  /** Wrong linking answers after this many days, unless they still count against an employee's budget. */
  linkFailureDays: number;
  /** Files attached to leave requests (doctors' letters, supporting letters) this many years after the leave ends. */
  leaveDocumentYears: number;
  /** Audit rows keep who, what, when and which record; their free text goes after this many years. */
  auditTextYears: number;
  /** Rows changed per statement and transaction. */
  batchSize: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = {
  outboxDays: 30,
  processedEventDays: 14,
  sessionGraceMinutes: 0,
  linkCodeDays: 7,
  linkFailureDays: 30,
  leaveDocumentYears: 2,
  auditTextYears: 5,
  batchSize: 500,
};
