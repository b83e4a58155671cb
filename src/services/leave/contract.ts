import type { Clock } from '../../clock';
import type { ChannelName } from '../../chat/channel-name';
import type { IsoDay } from '../../domain/day';
import type { Decision, DocumentRequirement, HalfDay, LeaveDetail, LeaveStatus } from '../../domain/leave';
import type { LetterNumbering } from '../../domain/paperwork/letter-number';
import type { SystemActor } from '../scheduled-run';

/**
 * The leave use cases as flows, the admin API and jobs call them. Every
 * function takes the caller's transaction (`tx`): a flow step passes the
 * turn's transaction, an HTTP route opens one. Each writes its audit rows and
 * enqueues its notifications in that transaction. Failures are thrown as
 * AppError (src/domain/app-error.ts) with a catalogue code; a refused request
 * throws LeaveRefused carrying every rule that failed.
 */

/**
 * Who is acting: the employee themself, an approver, HR through the admin API, or the system (a job).
 * Anyone but the employee acting on their own request is a proxy: an EMPLOYEE proxy must be HR
 * (role HR), the employee's supervisor or their first approver. HR_TOKEN is an HR officer through
 * the admin API: the owner of the bearer token. LeaveRequest.submittedById names an EMPLOYEE or
 * HR_TOKEN actor; for SYSTEM it is the employee, and the audit row names the job.
 */
export type LeaveActor =
  | { type: 'EMPLOYEE'; employeeId: number; name: string; channel: ChannelName | null }
  | { type: 'HR_TOKEN'; employeeId: number; name: string }
  | SystemActor;

export interface LeaveDeps {
  clock: Clock;
  /** How the agency numbers its Surat Izin Cuti (LETTER_NUMBER_FORMAT, LETTER_AGENCY_LEVEL); defaults when absent. */
  letterNumbering?: LetterNumbering;
}

export interface SubmitLeaveInput {
  /** Whose leave it is. When the actor is someone else (HR, a supervisor) it is a proxy submission. */
  employeeId: number;
  actor: LeaveActor;
  typeCode: string;
  start: IsoDay;
  end: IsoDay;
  halfDay?: HalfDay | null;
  reason: string;
  address: string;
  phoneDuring?: string | null;
  detail?: LeaveDetail;
  /** LeaveDocument rows uploaded earlier in the conversation (requestId still null). */
  documentIds?: number[];
}

export interface StepSummary {
  order: number;
  role: 'SUPERVISOR' | 'OFFICIAL';
  approverId: number;
  approverName: string;
  delegateId: number | null;
  delegateName: string | null;
  status: 'WAITING' | 'PENDING' | 'DECIDED' | 'SKIPPED';
  decision: Decision | null;
  note: string | null;
  decidedByName: string | null;
  decidedAt: Date | null;
  /** CHANGE: the dates the approver set (or recommended to the next step). */
  changedStart: IsoDay | null;
  changedEnd: IsoDay | null;
  /** When the step started waiting for its approver. */
  activatedAt: Date | null;
}

export interface LeaveRequestView {
  id: number;
  ref: string;
  employeeId: number;
  employeeName: string;
  employeeNip: string;
  unitName: string;
  typeCode: string;
  start: IsoDay;
  end: IsoDay;
  halfDay: HalfDay | null;
  days: number;
  reason: string;
  address: string;
  phoneDuring: string | null;
  detail: LeaveDetail;
  status: LeaveStatus;
  /** Order of the step deciding now (meaningful while PENDING). */
  currentStep: number;
  proxy: boolean;
  /** Who submitted: the employee, or the HR officer / supervisor acting for them. */
  submittedByName: string;
  /** The dates first asked for, when an approver changed them (CHANGED); else null. */
  requested: { start: IsoDay; end: IsoDay } | null;
  cancelReason: string | null;
  decidedAt: Date | null;
  createdAt: Date;
  /** The document the rules require, and whether one is attached. */
  requiredDocument: DocumentRequirement;
  documentCount: number;
  /** The required document not sent yet: the request is incomplete and cannot be approved. */
  missingDocument: DocumentRequirement | null;
  steps: StepSummary[];
}

export interface BalanceView {
  year: number;
  entitled: number;
  carriedOver: number;
  deferred: number;
  added: number;
  used: number;
  reserved: number;
  /** What can still be requested: total minus used minus reserved. */
  available: number;
  /** The day this year's days become usable, while that is still ahead (a newcomer before the anniversary that gives the right). */
  usableFrom: IsoDay | null;
}

/** A decision taken on the step identified by its opaque token (what buttons carry). */
export interface DecideLeaveInput {
  stepToken: string;
  /** The presser: must be the step's approver or its delegate, never the requester. Checked against the database. */
  actorEmployeeId: number;
  decision: Decision;
  note?: string | null;
  /** CHANGE only. */
  changedStart?: IsoDay;
  changedEnd?: IsoDay;
  channel: ChannelName | null;
  /** The chat the decision came from: its card is resolved by the caller's reply, so no notice goes there. */
  chatId?: string | null;
}

export interface DecideLeaveResult {
  request: LeaveRequestView;
  /** The step decided (its order and role) and, when the request moved on, who decides next. */
  step: { order: number; role: 'SUPERVISOR' | 'OFFICIAL'; token: string };
  next: { approverName: string; role: 'SUPERVISOR' | 'OFFICIAL' } | null;
  /** The outcome line shown in place of the card's buttons, e.g. "Disetujui oleh Budi Santoso, 27 Nov 10:02". */
  outcome: { key: string; params: Record<string, string | number> };
  final: boolean;
}

export interface CancelLeaveInput {
  requestId: number;
  actor: LeaveActor;
  reason?: string | null;
}

export type PendingForApprover = LeaveRequestView & { stepToken: string; activatedAt: Date };
