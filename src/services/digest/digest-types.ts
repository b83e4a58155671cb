import type { ChannelName } from '../../chat/channel-name';
import type { IsoDay } from '../../domain/day';
import type { ProblemRun } from '../jobs/job-run-health';
import type { ChannelQueue } from '../outbox-queue/channel-queues';
import type { RemovedByRetention } from './removed-by-retention';

/** One person away: who, from which unit, which leave, when. */
export interface Absence {
  name: string;
  nip: string;
  unit: string;
  typeCode: string;
  start: IsoDay;
  end: IsoDay;
}

export interface RequestLine extends Absence {
  ref: string;
  status: string;
  days: number;
}

export interface OverdueApproval {
  ref: string;
  name: string;
  nip: string;
  unit: string;
  typeCode: string;
  start: IsoDay;
  end: IsoDay;
  /** Whoever decides now (the delegate when there is one). */
  approver: string;
  waitingSince: IsoDay;
  workingDays: number;
  escalated: boolean;
}

export interface UnreachablePerson {
  name: string;
  nip: string;
  unit: string;
  channel: ChannelName;
  since: Date;
}

export interface DeadLetterLine {
  id: number;
  channel: ChannelName;
  chatId: string;
  /** The employee behind the chat, when it is a linked identity. */
  name: string | null;
  error: string;
  createdAt: Date;
}

/**
 * The HR daily digest as plain data (buildDigest), shown as a short chat text
 * (renderDigest) with the details in a CSV (digestCsv). Lists are complete;
 * the renderer decides how much fits on a phone.
 */
export interface Digest {
  day: IsoDay;
  /** Monday and Sunday of the day's week. */
  week: { start: IsoDay; end: IsoDay };
  /** "Since yesterday": from the start of the previous working day. */
  since: IsoDay;
  onLeaveToday: Absence[];
  onLeaveThisWeek: Absence[];
  newRequests: RequestLine[];
  decisions: RequestLine[];
  openRequests: number;
  /** Waiting at least the first reminder threshold (working days), longest first. */
  overdue: OverdueApproval[];
  unreachable: UnreachablePerson[];
  deadLetters: { total: number; since: number; recent: DeadLetterLine[] };
  payslips: { deliveredSince: number; period: { period: string; delivered: number; total: number } | null };
  /** Scheduled job runs since `since` that failed, were interrupted or went stale, oldest first. */
  jobProblems: ProblemRun[];
  /** What housekeeping removed under the retention policy since `since`, by kind. */
  removed: RemovedByRetention;
  /** The outbox's waiting messages per channel (channels with none left out) and when they will have gone out. */
  sendQueue: ChannelQueue[];
}
