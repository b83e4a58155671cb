import { AppError } from '../../domain/app-error';
import { jakartaDay, yearOf } from '../../domain/day';
import {
  type ApprovalStepPlan,
  buildApprovalChain,
  isLeaveTypeCode,
  validateLeaveRequest,
} from '../../domain/leave';
import { asJson, type Tx } from '../../store/database';
import { writeAudit } from '../audit';
import { notifyEmployees } from '../notify/notify-employees';
import { loadAgencyLeavePolicy, type StepAuthority } from '../policy/load-leave-policy';
import type { LeaveDeps, LeaveRequestView, SubmitLeaveInput } from './contract';
import { openCtBalances } from './ledger/ct-balances';
import { getLeaveRequestView } from './get-leave-request-view';
import { actorDisplayName, assertMayActFor, auditActor, isProxy } from './internal/leave-actor';
import { LeaveRefused } from './leave-refused';
import { loadDelegations, loadEmployee, loadExistingRequests, loadHolidays, loadUnits, yearsOf } from './internal/load-leave-facts';
import { lockEmployee } from './lock-employee';
import { reserveCharged } from './ledger/charge-days';
import { provisionalRef, requestRef } from './internal/request-ref';
import { documentNeeded, submittedForYou } from './internal/requester-notices';
import { sendApprovalCard } from './approval/send-approval-card';
import { newStepToken } from './approval/step-token';
import { storedDetail } from './internal/stored-detail';
import { attachDocuments } from './internal/attach-documents';
import { withSavepoint } from './with-savepoint';

/**
 * A new leave request, by the employee or by a proxy (HR, their supervisor):
 * checked against every rule, given its approval chain, its CT days held
 * (reserved) per year, its documents attached; the first approver gets the
 * card, the employee is told when someone else submitted. Refusals throw
 * LeaveRefused with every failed rule; nothing is written then.
 */
export async function submitLeave(tx: Tx, deps: LeaveDeps, input: SubmitLeaveInput): Promise<LeaveRequestView> {
  return withSavepoint(tx, () => submit(tx, deps, input));
}

async function submit(tx: Tx, deps: LeaveDeps, input: SubmitLeaveInput): Promise<LeaveRequestView> {
  const now = deps.clock.now();
  const today = jakartaDay(now);
  const employee = await loadEmployee(tx, input.employeeId);
  if (!employee) throw new AppError('leave.employee_not_found');
  await assertMayActFor(tx, input.actor, employee);
  await lockEmployee(tx, employee.id);

  const { policy, officialId, authority } = await loadAgencyLeavePolicy(tx, { employeeId: employee.id, unitId: employee.unitId, typeCode: input.typeCode });
  const years = yearsOf(input.start, input.end);
  const isAnnual = input.typeCode === 'CT';
  const existing = await loadExistingRequests(tx, employee.id);
  const holidays = await loadHolidays(tx, years);
  const balances = isAnnual ? await openCtBalances(tx, employee, policy, years, yearOf(today)) : new Map();
  const request = { typeCode: input.typeCode, start: input.start, end: input.end, halfDay: input.halfDay ?? null, detail: input.detail ?? {} };
  const check = validateLeaveRequest({ employee, request, today, existing, balances: Object.fromEntries(balances), holidays, policy });
  if (!check.ok || !isLeaveTypeCode(input.typeCode)) throw new LeaveRefused(check.errors);

  const chain = buildApprovalChain({
    employee, units: await loadUnits(tx), typeCode: input.typeCode, days: check.days, policy, officialId,
    delegations: await loadDelegations(tx, today), today,
  });
  if (!chain.ok) throw new LeaveRefused([chain.error]);

  const charged = isAnnual ? check.daysByYear.filter((p) => p.days > 0) : [];

  const proxy = isProxy(input.actor, employee.id);
  const created = await tx.leaveRequest.create({
    data: {
      ref: provisionalRef(),
      employeeId: employee.id,
      typeCode: input.typeCode,
      startDate: input.start,
      endDate: input.end,
      halfDay: input.halfDay ?? null,
      days: check.days,
      reason: input.reason,
      address: input.address,
      phoneDuring: input.phoneDuring ?? null,
      detail: storedDetail({ facts: request.detail, charged, requiredDocument: check.requiredDocument }),
      status: 'PENDING',
      currentStep: 1,
      submittedById: input.actor.type === 'SYSTEM' ? employee.id : input.actor.employeeId,
      submittedVia: input.actor.type === 'EMPLOYEE' ? input.actor.channel : null,
      proxy,
    },
    select: { id: true },
  });
  const ref = requestRef(input.typeCode, yearOf(today), created.id);
  await tx.leaveRequest.update({ where: { id: created.id }, data: { ref } });
  await reserveCharged(tx, employee.id, charged, { reason: 'submit', requestId: created.id });
  await createSteps(tx, created.id, chain.steps, now, officialId === null ? null : { officialId, authority });
  await attachDocuments(tx, created.id, employee.id, input.documentIds ?? []);

  await writeAudit(tx, {
    ...auditActor(input.actor),
    action: 'leave.submitted',
    entity: 'LeaveRequest',
    entityId: created.id,
    data: {
      ref, employeeId: employee.id, typeCode: input.typeCode, start: input.start, end: input.end, halfDay: input.halfDay ?? null,
      days: check.days, charged, proxy, documents: input.documentIds ?? [], steps: chain.steps,
    },
  });
  await sendApprovalCard(tx, created.id, 1, { policy });
  const view = await getLeaveRequestView(tx, created.id);
  if (proxy) {
    const first = view.steps[0]!;
    await notifyEmployees(tx, [{
      employeeId: employee.id,
      prefer: 'WHATSAPP', purpose: 'notice',
      dedupeKey: `leave.proxy:${created.id}`,
      build: submittedForYou(view, (lang) => actorDisplayName(input.actor, lang), first.delegateName ?? first.approverName),
    }]);
  }
  if (view.missingDocument) {
    await notifyEmployees(tx, [{ employeeId: employee.id, prefer: 'WHATSAPP', purpose: 'notice', dedupeKey: `leave.document_needed:${created.id}`, build: documentNeeded(view) }]);
  }
  return view;
}

/** The official's step (or the supervisor's, when the supervisor is the official) records on whose authority they decide. */
async function createSteps(
  tx: Tx, requestId: number, steps: readonly ApprovalStepPlan[], now: Date, official: { officialId: number; authority: StepAuthority | null } | null,
): Promise<void> {
  await tx.approvalStep.createMany({
    data: steps.map((s, i) => ({
      requestId,
      order: s.order,
      role: s.role,
      token: newStepToken(),
      approverId: s.approverId,
      delegateId: s.delegateId ?? null,
      status: i === 0 ? 'PENDING' : 'WAITING',
      activatedAt: i === 0 ? now : null,
      ...(official?.authority && s.approverId === official.officialId ? { authority: asJson(official.authority) } : {}),
    })),
  });
}
