import type { Actor } from '../chat/actor';
import type { ChannelName } from '../chat/channel-name';
import type { SendRates } from '../chat/channel-sender';
import type { Clock } from '../clock';
import type { IsoDay } from '../domain/day';
import type { Decision, LeaveError, LeaveErrorCode, LeavePolicy } from '../domain/leave';
import { AppError, isAppError } from '../domain/app-error';
import type { Language } from '../domain/language';
import { findEmployees } from '../services/admin/find-employees';
import { createConsoleLink } from '../services/console/console-link';
import { buildDigest } from '../services/digest/build-digest';
import { createDelegation } from '../services/delegations/create-delegation';
import type { ActingPerson } from '../services/delegations/delegation-view';
import { endDelegation } from '../services/delegations/end-delegation';
import { findSubstitutes } from '../services/delegations/find-substitutes';
import { listDelegations } from '../services/delegations/list-delegations';
import { uncoveredOwnLeave } from '../services/delegations/uncovered-own-leave';
import { getProfileChange, listProfileChanges } from '../services/profile/profile-change-view';
import { reviewProfileChange } from '../services/profile/review-profile-change';
import { buildWorklist } from '../services/worklist/build-worklist';
import { decidesForOthers } from '../services/employees/is-approver';
import { findProxySubjects } from '../services/employees/find-proxy-subjects';
import { setEmployeeLanguage } from '../services/employees/set-employee-language';
import { listLinkedChats } from '../services/identity/list-linked-chats';
import { confirmPhoneVerification, type PhoneCodeChannels, startPhoneVerification } from '../services/identity/phone-verification';
import { unlinkChat } from '../services/identity/unlink-chat';
import { attachLeaveDocument } from '../services/leave/attach-leave-document';
import { cancelLeave } from '../services/leave/cancel-leave';
import { convertToSickLeave, type ConvertToSickLeaveResult } from '../services/leave/convert-to-sick-leave';
import { returnToWork, type ReturnToWorkResult } from '../services/leave/return-to-work';
import type { DecideLeaveInput, DecideLeaveResult, LeaveActor, LeaveDeps, LeaveRequestView, SubmitLeaveInput } from '../services/leave/contract';
import { isLeaveRefused } from '../services/leave/leave-refused';
import { decideLeave } from '../services/leave/decide-leave';
import { checkDecision } from '../services/leave/approval/decision-checks';
import { getBalance } from '../services/leave/get-balance';
import { getLeaveRequestView } from '../services/leave/get-leave-request-view';
import { getLeaveRequester } from '../services/leave/get-leave-requester';
import { findOwnLeaveRequest } from '../services/leave/find-own-leave-request';
import { getStatus } from '../services/leave/get-status';
import { submitLeave } from '../services/leave/submit-leave';
import { listHolidays } from '../services/leave/list-holidays';
import { listPendingForApprover } from '../services/leave/list-pending-for-approver';
import { loadApprovalCard } from '../services/leave/approval/send-approval-card';
import { storeLeaveDocument } from '../services/leave-documents/store-leave-document';
import { redeemLinkCode } from '../services/link-codes/redeem-link-code';
import { listEmployeePayslipKinds, listEmployeePayslipPeriods } from '../services/payslips/list-employee-payslip-periods';
import type { PayslipKind } from '../services/payslips/payroll-period';
import { deliverPayslip } from '../services/payslips/deliver-payslip';
import type { PayslipPasswordRule } from '../domain/payslip/payslip-password';
import { type ProfileField, requestProfileChange } from '../services/profile/request-profile-change';
import { loadLeavePolicyForEmployee, loadUnitPolicies, type UnitPolicies } from '../services/policy/load-leave-policy';
import type { Tx } from '../store/database';
import type { LetterNumbering } from '../domain/paperwork/letter-number';
import { listOwnLeaveLetters, listOwnLeaveRequests } from '../services/paperwork/list-own-leave-papers';
import { sendOwnLeaveForm, sendOwnLeaveLetter } from '../services/paperwork/send-own-leave-paper';
import { sendRequestPaper } from '../services/paperwork/send-request-paper';
import type { PaperKind } from '../services/paperwork/take-request-paper';
import { sendOwnPersonalData } from '../services/personal-data/send-own-personal-data';

/** What the services need to know about the turn they serve. */
export interface TurnServiceScope {
  tx: Tx;
  clock: Clock;
  now: Date;
  channel: ChannelName;
  chatId: string;
  identityId: number;
  actor: Actor | null;
  /** How the agency numbers its letters (a grant issues one). */
  letterNumbering?: LetterNumbering;
  /** Each channel's send rate (a queued payslip's wait); none: no estimate. */
  sendRates?: SendRates | undefined;
}

/**
 * Read once per transaction however many steps ask: keyed by the turn's
 * transaction (on SQLite several turns share one), so nothing outlives it and
 * a change made by another transaction is seen by the next one. A turn never
 * writes the rules, so they cannot change under it.
 */
const policiesOfTransaction = new WeakMap<Tx, Promise<UnitPolicies>>();

const policyOfEmployee = new WeakMap<Tx, Map<number, Promise<LeavePolicy>>>();

/**
 * The city's rules, or those of the employee's unit (its agency's overrides):
 * the chat's own employee's unit came with the turn; another's (acting for
 * someone) is read once per transaction.
 */
async function leavePolicyOf(tx: Tx, employeeId: number | undefined, chat: Actor | null): Promise<LeavePolicy> {
  if (employeeId !== undefined && chat?.employeeId !== employeeId) {
    const known = policyOfEmployee.get(tx) ?? policyOfEmployee.set(tx, new Map()).get(tx)!;
    const loading = known.get(employeeId) ?? loadLeavePolicyForEmployee(tx, employeeId);
    known.set(employeeId, loading);
    return loading;
  }
  let loading = policiesOfTransaction.get(tx);
  if (!loading) {
    loading = loadUnitPolicies(tx);
    policiesOfTransaction.set(tx, loading);
  }
  const policies = await loading;
  return chat && employeeId !== undefined ? policies.of(chat.unitId) : policies.city;
}

type Document = { fileName: string; mimeType: string; content: Buffer };
type AsyncServices = Record<string, (...args: never[]) => Promise<unknown>>;

/** The same use cases, each awaiting `check` first (an AppError from it refuses the call). */
function checkedFirst<T extends AsyncServices>(services: T, check: () => Promise<void>): T {
  const entries = Object.entries(services).map(([name, run]) => [name, async (...args: never[]) => (await check(), run(...args))]);
  return Object.fromEntries(entries) as T;
}

type OwnLeave = Omit<SubmitLeaveInput, 'employeeId' | 'actor'>;

/** A use case's result, or the rules (any AppError) that refused it. */
async function refusalsOf<T>(run: () => Promise<T>): Promise<T | { refused: readonly LeaveError[] }> {
  try {
    return await run();
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { refused: isLeaveRefused(error) ? error.errors : [{ code: error.code as LeaveErrorCode, params: error.params }] };
  }
}

/** What the leave use cases need of the turn: its transaction and dependencies, and who acts (the chat's employee). */
interface LeaveScope {
  tx: Tx;
  deps: LeaveDeps;
  channel: ChannelName;
  actor: () => LeaveActor & { type: 'EMPLOYEE' };
  /** The chat's employee as the turn read them (their unit among it), or null in an unlinked chat. */
  chat: Actor | null;
}

/** The leave use cases for `subject` (the chat's employee, or someone they act for), acting as the chat's employee. */
function leaveServicesFor({ tx, deps, channel, actor, chat }: LeaveScope, subject: () => number) {
  /** The chat's employee as the turn read them, when the subject is them (their facts need no query). */
  const own = (): Actor | null => (chat && chat.employeeId === subject() ? chat : null);
  return {
    policy: () => leavePolicyOf(tx, subject(), chat),
    holidays: (start: IsoDay, end: IsoDay) => listHolidays(tx, start, end),
    balance: async (year: number) => {
      const employee = own();
      return getBalance(tx, deps, subject(), year, { policy: await leavePolicyOf(tx, subject(), chat), ...(employee ? { employee } : {}) });
    },
    /** The employee's phone on record, hard-to-reach flag and requests holding days (the questions a request asks). */
    requester: () => getLeaveRequester(tx, subject(), own() ?? undefined),
    /** The request submitted by the chat's employee (a proxy when it is someone else's), or every rule that refused it (other failures throw). */
    submit: async (input: OwnLeave): Promise<{ view: LeaveRequestView } | { refused: readonly LeaveError[] }> => {
      try {
        return { view: await submitLeave(tx, deps, { ...input, employeeId: subject(), actor: actor() }) };
      } catch (error) {
        if (isLeaveRefused(error)) return { refused: error.errors };
        throw error;
      }
    },
    requests: (options: { limit?: number; activeOnly?: boolean }) => getStatus(tx, subject(), options),
    /** The request cancelled by the chat's employee, or why it cannot be (any AppError of cancelLeave). */
    cancel: (requestId: number, reason: string | null): Promise<{ view: LeaveRequestView } | { refused: readonly LeaveError[] }> =>
      refusalsOf(async () => ({ view: await cancelLeave(tx, deps, { requestId, actor: actor(), reason }) })),
    storeDocument: async (kind: string, file: Document) =>
      storeLeaveDocument(tx, { employeeId: subject(), actorName: actor().name, kind, ...file, channel }),
  };
}

/** The leave use cases a request conversation uses, for the chat's employee or someone they act for. */
export type LeaveServices = ReturnType<typeof leaveServicesFor>;

/**
 * The services a flow may call, bound to the turn: each runs in the turn's
 * transaction (so it commits with the reply) and acts as the chat's employee
 * where it needs one. Flows never see the transaction itself.
 */
export function bindTurnServices(scope: TurnServiceScope) {
  const { tx, clock, now, channel, identityId } = scope;
  const deps = { clock, ...(scope.letterNumbering ? { letterNumbering: scope.letterNumbering } : {}) };
  /** The chat's verified employee; the flows that call these require a linked chat. */
  const me = (): Actor => {
    if (!scope.actor) throw new Error('this service needs a linked employee');
    return scope.actor;
  };
  const asEmployee = (): LeaveActor & { type: 'EMPLOYEE' } => ({ type: 'EMPLOYEE', employeeId: me().employeeId, name: me().name, channel });
  /** The chat's employee as an audit row records them. */
  const acting = (): ActingPerson => ({ actorType: 'EMPLOYEE', actorId: me().employeeId, actorName: me().name, channel });
  /** The chat's employee, who must be HR (the flows that call this require HR; checked again here). */
  const hrOfficer = (): ActingPerson => {
    if (me().role !== 'HR') throw new Error('this service is for HR officers');
    return acting();
  };
  const leaveScope: LeaveScope = { tx, deps, channel, actor: asEmployee, chat: scope.actor };
  /** Checked once a turn per employee: the chat's employee may act for them (findProxySubjects), else AppError. */
  const proxyChecks = new Map<number, Promise<void>>();
  const mayActFor = (employeeId: number): Promise<void> => {
    const known = proxyChecks.get(employeeId) ?? findProxySubjects(tx, { actorId: me().employeeId, id: employeeId, limit: 1 }).then((found) => {
      if (found.length === 0) throw new AppError('leave.proxy_not_allowed');
    });
    proxyChecks.set(employeeId, known);
    return known;
  };
  return {
    leave: {
      ...leaveServicesFor(leaveScope, () => me().employeeId),
      /** The rules of the chat's employee's agency, or the city's in an unlinked chat. */
      policy: () => leavePolicyOf(tx, scope.actor?.employeeId, scope.actor),
      ownRequest: (id: number) => findOwnLeaveRequest(tx, me().employeeId, id),
      /** Back at work early (returnToWork) as the chat's employee, or why not. */
      returnToWork: (requestId: number, returnDay: IsoDay): Promise<ReturnToWorkResult | { refused: readonly LeaveError[] }> =>
        refusalsOf(() => returnToWork(tx, deps, { requestId, returnDay, actor: asEmployee() })),
      /** Sick days during granted annual leave become sick leave (convertToSickLeave) with the letters uploaded in this chat, or why not. */
      sickDuringLeave: (input: { requestId: number; start: IsoDay; end: IsoDay; documentIds: number[]; reason: string }): Promise<ConvertToSickLeaveResult | { refused: readonly LeaveError[] }> =>
        refusalsOf(() => convertToSickLeave(tx, deps, { ...input, actor: asEmployee() })),
      attachDocument: (requestId: number, file: Document) => attachLeaveDocument(tx, deps, { requestId, actor: asEmployee(), ...file, channel }),
    },
    /**
     * HR and supervisors acting for an employee in chat: who they may act for
     * (checked against the database), and the leave use cases for one of
     * them, each checked first; submitLeave and cancelLeave check again and
     * audit the chat's employee as the proxy.
     */
    proxy: {
      /** As the turn began (actsForOthers, read with the chat's employee). */
      allowed: () => Promise.resolve(scope.actor?.proxy ?? false),
      find: (q: string) => findProxySubjects(tx, { actorId: me().employeeId, q }),
      leave: (employeeId: number): LeaveServices => checkedFirst(leaveServicesFor(leaveScope, () => employeeId), () => mayActFor(employeeId)),
    },
    approvals: {
      /** As the turn began (isApprover, read with the chat's employee). */
      isApprover: () => Promise.resolve(scope.actor?.approver ?? false),
      pending: () => listPendingForApprover(tx, deps, me().employeeId),
      check: (token: string, today: IsoDay, decision?: Decision) => checkDecision(tx, token, me().employeeId, today, decision),
      request: (id: number) => getLeaveRequestView(tx, id),
      /** The card of the step behind `token`, checked for the chat's employee first. */
      card: async (token: string, today: IsoDay) => {
        const step = await checkDecision(tx, token, me().employeeId, today);
        return loadApprovalCard(tx, step.request.id, step.order);
      },
      /** The decision recorded as the chat's employee, or every rule that refused changed dates (other failures throw). */
      decide: async (input: Omit<DecideLeaveInput, 'actorEmployeeId' | 'channel' | 'chatId'>): Promise<{ result: DecideLeaveResult } | { refused: readonly LeaveError[] }> => {
        try {
          return { result: await decideLeave(tx, deps, { ...input, actorEmployeeId: me().employeeId, channel, chatId: scope.chatId }) };
        } catch (error) {
          if (isLeaveRefused(error)) return { refused: error.errors };
          throw error;
        }
      },
    },
    identity: {
      redeemLinkCode: (code: string) => redeemLinkCode(tx, { identityId, code, now }),
      startPhoneVerification: (nip: string, birthDate: string, lang: Language, channels: PhoneCodeChannels) =>
        startPhoneVerification(tx, { identityId, nip, birthDate, now, lang, channels }),
      confirmPhoneVerification: (employeeId: number, code: string) => confirmPhoneVerification(tx, { identityId, employeeId, code, now }),
      linkedChats: () => listLinkedChats(tx, me().employeeId),
      unlinkChat: (chatIdentityId: number) => unlinkChat(tx, { employeeId: me().employeeId, identityId: chatIdentityId, fromIdentityId: identityId, now }),
    },
    employees: {
      setLanguage: (lang: Language) => (scope.actor ? setEmployeeLanguage(tx, scope.actor, lang, channel) : Promise.resolve()),
      find: (q: string) => findEmployees(tx, { q, page: 1, pageSize: 8 }),
      requestProfileChange: (field: ProfileField, value: string) => requestProfileChange(tx, { actor: me(), field, value, channel }),
    },
    payslips: {
      periods: () => (scope.actor ? listEmployeePayslipPeriods(tx, scope.actor.employeeId) : Promise.resolve([])),
      /** The slip of `period` for this chat, told how long it will wait in the queue when that is a minute or more (or already queued). */
      /** The kinds of slip (GAJI, TPP) the chat's employee has in the published runs of `period`. */
      kinds: (period: string) => (scope.actor ? listEmployeePayslipKinds(tx, scope.actor.employeeId, period) : Promise.resolve([])),
      request: (period: string, lang: Language, passwordRule: PayslipPasswordRule, kind: PayslipKind = 'GAJI') =>
        deliverPayslip(tx, { actor: me(), identityId, period, kind, lang, passwordRule, now, channel, chatId: scope.chatId, sendRates: scope.sendRates }),
    },
    paperwork: {
      letters: () => listOwnLeaveLetters(tx, me().employeeId),
      requests: () => listOwnLeaveRequests(tx, me().employeeId),
      sendLetter: (paperId: number, lang: Language) => sendOwnLeaveLetter(tx, { employee: { id: me().employeeId, name: me().name }, channel, lang, now, paperId }),
      sendForm: (requestId: number, lang: Language) => sendOwnLeaveForm(tx, { employee: { id: me().employeeId, name: me().name }, channel, lang, now, requestId }),
      /** Any request's paper the chat's employee may have (its approvers, HR, the employee it is for); checked against the database. */
      sendFor: (kind: PaperKind, request: { ref: string } | { id: number }, lang: Language) =>
        sendRequestPaper(tx, { reader: { id: me().employeeId, name: me().name }, channel, lang, now, kind, request }),
    },
    personalData: {
      /** The document of what SAPA holds about the chat's employee, for this chat (rendered when sent). */
      send: (lang: Language) => sendOwnPersonalData(tx, { actor: me(), identityId, lang, now }),
    },
    digest: {
      build: (day: IsoDay) => buildDigest(tx, day, now, scope.sendRates),
    },
    /** HR's worklist and profile-change review, as the admin API does them, acting as the chat's HR officer. */
    hr: {
      worklist: (limit: number) => (hrOfficer(), buildWorklist(tx, { limit })),
      profileChanges: (limit: number) => (hrOfficer(), listProfileChanges(tx, { limit })),
      profileChange: (id: number) => (hrOfficer(), getProfileChange(tx, id)),
      reviewProfileChange: (id: number, approve: boolean, note: string | null) => reviewProfileChange(tx, now, { id, approve, note, by: hrOfficer() }),
    },
    /** The chat's employee naming, listing and ending their own substitutes. */
    delegations: {
      mayName: () => decidesForOthers(tx, me().employeeId),
      substitutes: (query: string) => findSubstitutes(tx, { employeeId: me().employeeId, query }),
      mine: (today: IsoDay) => listDelegations(tx, { fromId: me().employeeId, notOverOn: today, limit: 10 }),
      uncoveredLeave: (today: IsoDay) => uncoveredOwnLeave(tx, me().employeeId, today),
      /** Names `toId` (checked again to be a colleague of the unit tree, and the chat's employee to decide for others) for the dates, audited as them. */
      create: async (input: { toId: number; start: IsoDay; end: IsoDay }) => {
        if (!(await decidesForOthers(tx, me().employeeId))) throw new AppError('delegation.chat.not_approver');
        const [substitute] = await findSubstitutes(tx, { employeeId: me().employeeId, id: input.toId, limit: 1 });
        if (!substitute) throw new AppError('delegation.inactive_employee');
        return createDelegation(tx, now, { fromId: me().employeeId, toId: substitute.id, startDate: input.start, endDate: input.end, by: acting() });
      },
      end: (id: number, reason: string) => endDelegation(tx, now, { id, reason, by: acting(), mustBeFromId: me().employeeId }),
    },
    console: {
      /** A one-time sign-in link token to the HR console for the chat's employee (HR or a supervisor; AppError otherwise). */
      link: () => createConsoleLink(tx, { employeeId: me().employeeId, now, via: channel }),
    },
  };
}

export type TurnServices = ReturnType<typeof bindTurnServices>;
