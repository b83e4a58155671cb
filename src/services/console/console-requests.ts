import { AppError } from '../../domain/app-error';
import type { Decision } from '../../domain/leave';
import type { Tx } from '../../store/database';
import { writeAudit } from '../audit';
import { findLeaveRequestId } from '../leave/find-leave-request-id';
import { getLeaveRequestHistory } from '../leave/get-leave-request-history';
import { requestsWithin } from '../leave/list-leave-requests';
import type { DecideLeaveResult, LeaveDeps } from '../leave/contract';
import { decideLeave } from '../leave/decide-leave';
import { getBalance } from '../leave/get-balance';
import { readLeaveDocument } from '../leave-documents/read-leave-document';
import { type PaperKind, takeRequestPaper, type TakenPaper } from '../paperwork/take-request-paper';
import { consoleActor, type ConsoleScope } from './console-access';
import { consolePapersOf } from './console-papers';

/**
 * The request behind `ref` if the scope may see it (HR: any; a supervisor:
 * their units' requests and those with a step given to them); otherwise
 * AppError('error.not_found'), the same answer as for no such request.
 */
export async function findRequestInScope(tx: Tx, scope: ConsoleScope, ref: string): Promise<number> {
  const id = await findLeaveRequestId(tx, ref);
  if (scope.unitIds === null) return id;
  const visible = await tx.leaveRequest.findFirst({ where: { id, ...requestsWithin({ unitIds: scope.unitIds, approverId: scope.person.id }) }, select: { id: true } });
  if (!visible) throw new AppError('error.not_found');
  return id;
}

/** A request's page: its history, and the step the signed-in person may decide now (null when none). */
export async function consoleRequestDetail(tx: Tx, deps: LeaveDeps, scope: ConsoleScope, ref: string) {
  const id = await findRequestInScope(tx, scope, ref);
  const history = await getLeaveRequestHistory(tx, id);
  const me = scope.person.id;
  const step = await tx.approvalStep.findFirst({
    where: { requestId: id, status: 'PENDING', request: { status: 'PENDING' }, OR: [{ approverId: me }, { delegateId: me }] },
    select: { order: true, role: true },
  });
  const { employeeId } = await tx.leaveRequest.findUniqueOrThrow({ where: { id }, select: { employeeId: true } });
  const balance = await getBalance(tx, deps, employeeId, Number(history.startDate.slice(0, 4)));
  const papers = await consolePapersOf(tx, scope, id);
  return { ...history, decidable: step && history.employee.nip !== scope.person.nip ? step : null, balance, papers };
}

/**
 * A decision from the console, through the same use case as the chat's
 * buttons (decideLeave: only the step's approver, delegate or stand-in; the
 * employee told; the card closed in chat), plus a console audit row naming
 * the person.
 */
export async function decideFromConsole(
  tx: Tx, deps: LeaveDeps, input: { scope: ConsoleScope; ref: string; decision: Extract<Decision, 'APPROVE' | 'REJECT' | 'DEFER'>; note: string | null },
): Promise<DecideLeaveResult> {
  const id = await findRequestInScope(tx, input.scope, input.ref);
  const request = await tx.leaveRequest.findUniqueOrThrow({ where: { id }, select: { currentStep: true, status: true } });
  const step = await tx.approvalStep.findFirst({ where: { requestId: id, order: request.currentStep, status: 'PENDING' }, select: { token: true } });
  if (!step || request.status !== 'PENDING') throw new AppError('leave.step_unknown');
  const result = await decideLeave(tx, deps, { stepToken: step.token, actorEmployeeId: input.scope.person.id, decision: input.decision, note: input.note, channel: null });
  await writeAudit(tx, {
    ...consoleActor(input.scope.person), action: 'console.leave_decided', entity: 'LeaveRequest', entityId: id,
    data: { ref: result.request.ref, decision: input.decision, status: result.request.status },
  });
  return result;
}

/** A document of a visible request, under the rules for health documents (HR and the request's approvers; every read audited). */
export async function readDocumentFromConsole(tx: Tx, input: { scope: ConsoleScope; ref: string; documentId: number }) {
  const requestId = await findRequestInScope(tx, input.scope, input.ref);
  return readLeaveDocument(tx, { requestId, documentId: input.documentId, readerId: input.scope.person.id, auditAs: consoleActor(input.scope.person) });
}

/**
 * A request's leave form or standing letter: the request must be in the
 * person's scope (else 'error.not_found'), then the rule of the admin API and
 * the chat (HR, one of the request's approvers, or the employee it is for),
 * every read and refusal audited with the person.
 */
export async function takePaperFromConsole(tx: Tx, input: { scope: ConsoleScope; ref: string; kind: PaperKind; now: Date }): Promise<TakenPaper | AppError> {
  const requestId = await findRequestInScope(tx, input.scope, input.ref);
  return takeRequestPaper(tx, { requestId, kind: input.kind, readerId: input.scope.person.id, auditAs: consoleActor(input.scope.person), now: input.now });
}

/** The units a filter may name: all (HR) or the scope's, by code. */
export async function unitsInScope(tx: Tx, scope: ConsoleScope) {
  return tx.orgUnit.findMany({
    where: scope.unitIds === null ? {} : { id: { in: scope.unitIds } },
    select: { id: true, code: true, name: true },
    orderBy: { code: 'asc' },
  });
}
