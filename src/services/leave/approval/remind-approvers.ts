import type { OutboundMessage } from '../../../chat/outbound-message';
import { jakartaDay } from '../../../domain/day';
import { formatDayRange } from '../../../domain/format';
import type { Language } from '../../../domain/language';
import { escalationTarget, isWorkingDay, type LeavePolicy, reminderDue, type UnitNode, type WorkCalendar, workCalendar, workingDaysWaited } from '../../../domain/leave';
import { translate } from '../../../i18n/translate';
import type { Database, Tx } from '../../../store/database';
import { writeAudit } from '../../audit';
import { type Notice, notifyEmployees } from '../../notify/notify-employees';
import { loadUnitPolicies } from '../../policy/load-leave-policy';
import type { ScheduledRun, SystemActor } from '../../scheduled-run';
import { auditActor } from '../internal/leave-actor';

const stepSelect = {
  id: true,
  order: true,
  approverId: true,
  delegateId: true,
  activatedAt: true,
  createdAt: true,
  remindedCount: true,
  escalatedAt: true,
  approver: { select: { name: true, supervisorId: true, unitId: true } },
  request: {
    select: { ref: true, currentStep: true, employeeId: true, typeCode: true, startDate: true, endDate: true, employee: { select: { name: true, unitId: true } } },
  },
} as const;

type WaitingStep = Awaited<ReturnType<typeof findWaitingSteps>>[number];

function findWaitingSteps(tx: Tx) {
  return tx.approvalStep.findMany({ where: { status: 'PENDING', request: { status: 'PENDING' } }, select: stepSelect, orderBy: { id: 'asc' } });
}

interface Plan {
  step: WaitingStep;
  action: 'REMIND' | 'ESCALATE';
  waited: number;
  /** Reminder thresholds passed: the step's remindedCount afterwards. */
  passed: number;
}

function plan(step: WaitingStep, today: string, calendar: WorkCalendar, policy: LeavePolicy): Plan | null {
  if (step.request.currentStep !== step.order) return null;
  const activatedOn = jakartaDay(step.activatedAt ?? step.createdAt);
  const action = reminderDue({
    activatedOn, today, calendar, policy, remindedCount: step.remindedCount, escalated: step.escalatedAt !== null,
  });
  if (action === 'NONE') return null;
  const waited = workingDaysWaited(activatedOn, today, calendar);
  const passed = Math.max(step.remindedCount, policy.reminders.remindAfterWorkingDays.filter((d) => waited >= d).length);
  return { step, action, waited, passed };
}

function textNotice(employeeId: number, dedupeKey: string, text: (lang: Language) => string): Notice {
  return { employeeId, prefer: 'TELEGRAM', purpose: 'reminder', dedupeKey, build: (lang): OutboundMessage[] => [{ kind: 'text', text: text(lang) }] };
}

function requestParams(step: WaitingStep, lang: Language, days: number) {
  const { request } = step;
  return {
    name: request.employee.name,
    type: translate(lang, `leave.type.${request.typeCode}`),
    dates: formatDayRange(request.startDate, request.endDate, lang),
    days,
    ref: request.ref,
  };
}

/** Records the reminder (only if nobody decided or reminded meanwhile: else null) and tells whoever decides now. */
async function remind(tx: Tx, { step, waited, passed }: Plan, now: Date, actor: SystemActor): Promise<Notice[] | null> {
  const { count } = await tx.approvalStep.updateMany({
    where: { id: step.id, status: 'PENDING', remindedCount: step.remindedCount },
    data: { remindedCount: passed, lastRemindedAt: now },
  });
  if (count === 0) return null;
  await writeAudit(tx, {
    ...auditActor(actor), action: 'approval.reminded', entity: 'ApprovalStep', entityId: step.id,
    data: { ref: step.request.ref, workingDaysWaited: waited, reminder: passed },
  });
  const to = step.delegateId ?? step.approverId;
  return [textNotice(to, `jobs.reminder:${step.id}:${passed}`, (lang) => translate(lang, 'jobs.reminder.approver', requestParams(step, lang, waited)))];
}

/**
 * Hands the step to the next level up (the unit tree above the approver, else
 * their supervisor on record: escalationTarget) as its delegate, so they may
 * decide it, and tells both. With nobody above the step is only marked
 * escalated: HR's worklist and digest list it.
 */
async function escalate(tx: Tx, { step, waited, passed }: Plan, now: Date, units: readonly UnitNode[], actor: SystemActor): Promise<Notice[] | null> {
  const target = escalationTarget({ id: step.approverId, ...step.approver }, units, step.request.employeeId);
  const { count } = await tx.approvalStep.updateMany({
    where: { id: step.id, status: 'PENDING', escalatedAt: null },
    data: { escalatedAt: now, remindedCount: passed, ...(target !== null ? { delegateId: target } : {}) },
  });
  if (count === 0) return null;
  await writeAudit(tx, {
    ...auditActor(actor), action: 'approval.escalated', entity: 'ApprovalStep', entityId: step.id,
    data: { ref: step.request.ref, workingDaysWaited: waited, to: target, previousDelegate: step.delegateId },
  });
  if (target === null) return [];
  const targetName = (await tx.employee.findUnique({ where: { id: target }, select: { name: true } }))?.name ?? '';
  return [
    textNotice(target, `jobs.escalation:${step.id}`, (lang) =>
      translate(lang, 'jobs.escalation.supervisor', { ...requestParams(step, lang, waited), approver: step.approver.name })),
    textNotice(step.approverId, `jobs.escalation-notice:${step.id}`, (lang) =>
      translate(lang, 'jobs.escalation.approver', { ...requestParams(step, lang, waited), supervisor: targetName })),
  ];
}

const CHUNK = 100;

export type ApproverRemindersResult = { skipped: string } | { waiting: number; reminded: number; escalated: number };

/**
 * Reminds approvers of leave steps still waiting on working day `day`, and
 * escalates those waiting too long (policy.reminders: reminded after 1
 * working day and again after 3, escalated after 5; weekends and holidays do
 * not count). In chunks, each in its transaction with its audit rows and
 * notices. A step someone decided or reminded meanwhile is left alone.
 */
export async function remindApprovers(db: Database, day: string, run: ScheduledRun): Promise<ApproverRemindersResult> {
  const policies = await loadUnitPolicies(db.prisma);
  const holidays = await db.prisma.holiday.findMany({ select: { date: true, kind: true } });
  if (!isWorkingDay(day, workCalendar(holidays, policies.city))) return { skipped: 'not a working day' };
  // Each request by the rules of its employee's unit (an agency may remind sooner or escalate later), each policy's calendar built once.
  const calendars = new Map<LeavePolicy, WorkCalendar>();
  const calendarOf = (policy: LeavePolicy) => calendars.get(policy) ?? calendars.set(policy, workCalendar(holidays, policy)).get(policy)!;
  const steps = await findWaitingSteps(db.prisma);
  const units = await db.prisma.orgUnit.findMany({ select: { id: true, parentId: true, headId: true } });
  const plans = steps
    .map((s) => {
      const policy = policies.of(s.request.employee.unitId);
      return plan(s, day, calendarOf(policy), policy);
    })
    .filter((p): p is Plan => p !== null);
  let reminded = 0;
  let escalated = 0;
  for (let i = 0; i < plans.length; i += CHUNK) {
    run.signal?.throwIfAborted();
    await db.prisma.$transaction(async (tx) => {
      const now = run.clock.now();
      const notices: Notice[] = [];
      for (const p of plans.slice(i, i + CHUNK)) {
        const sent = p.action === 'ESCALATE' ? await escalate(tx, p, now, units, run.actor) : await remind(tx, p, now, run.actor);
        if (sent === null) continue;
        if (p.action === 'ESCALATE') escalated += 1;
        else reminded += 1;
        notices.push(...sent);
      }
      await notifyEmployees(tx, notices);
    }, { timeout: 60_000 });
  }
  if (plans.length > 0) run.wakeOutbox();
  return { waiting: steps.length, reminded, escalated };
}
