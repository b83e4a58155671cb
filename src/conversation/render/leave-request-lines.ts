import { formatDayRange, formatInstant } from '../../domain/format';
import type { Language } from '../../domain/language';
import type { LeaveTypeRule } from '../../domain/leave';
import { hasMessage } from '../../i18n/translate';
import type { LeaveRequestView, StepSummary } from '../../services/leave/contract';
import { renderLeaveDays } from './leave-days';
import type { Translator } from './translator';

type Unit = LeaveTypeRule['unit'] | null;

/** "Menunggu persetujuan: Budi Santoso (atasan langsung, tahap 1 dari 2)", or just the status. */
export function renderProgress(view: Pick<LeaveRequestView, 'status' | 'steps'>, t: Translator): string {
  const status = t(`leave.status.${view.status}`);
  const steps = view.steps.filter((s) => s.status !== 'SKIPPED');
  const current = view.status === 'PENDING' ? steps.find((s) => s.status === 'PENDING') : undefined;
  if (!current) return status;
  return t('leave_flow.status.waiting_for', {
    status,
    name: current.delegateName ?? current.approverName,
    role: t(`leave_flow.role.${current.role}`),
    order: steps.indexOf(current) + 1,
    total: steps.length,
  });
}

/** One request in the "my requests" list, numbered for a reply by number. */
export function renderRequestLine(view: LeaveRequestView, n: number, unit: Unit, t: Translator, lang: Language): string {
  return t('leave_flow.status.line', {
    n,
    ref: view.ref,
    type: t(`leave.type.${view.typeCode}`),
    period: formatDayRange(view.start, view.end, lang),
    days: renderLeaveDays(view.days, unit, t, lang),
    status: renderProgress(view, t),
  });
}

function stepState(step: StepSummary, t: Translator, lang: Language): string {
  if (step.status !== 'DECIDED' || !step.decision) return t(`leave_flow.step.${step.status}`);
  const decided = t('leave_flow.step.decided', {
    decision: t(`leave_flow.decision.${step.decision}`),
    by: step.decidedByName ?? step.approverName,
    at: step.decidedAt ? formatInstant(new Date(step.decidedAt), lang) : '',
  });
  return step.note ? decided + t('leave_flow.step.note', { note: step.note }) : decided;
}

export function renderStepLine(step: StepSummary, t: Translator, lang: Language): string {
  return t('leave_flow.step.line', {
    order: step.order,
    role: t(`leave_flow.role.${step.role}`),
    name: step.approverName,
    delegate: step.delegateName ? t('leave_flow.step.delegate', { name: step.delegateName }) : '',
    state: stepState(step, t, lang),
  });
}

function documentLine(view: LeaveRequestView, t: Translator): string[] {
  if (view.requiredDocument === 'NONE' && view.documentCount === 0) return [];
  const key = `leave.document.${view.requiredDocument}`;
  const required = hasMessage(key) ? t(key) : view.requiredDocument;
  const lines = [t('leave_flow.detail.documents', { required, count: view.documentCount })];
  if (view.missingDocument && view.status === 'PENDING') lines.push(t('leave_flow.detail.incomplete', { document: required }));
  return lines;
}

function extraLines(view: LeaveRequestView, t: Translator, lang: Language): string[] {
  const at = formatInstant(new Date(view.createdAt), lang);
  const lines = [view.proxy ? t('leave_flow.detail.submitted_by', { value: at, name: view.submittedByName }) : t('leave_flow.detail.submitted', { value: at })];
  if (view.cancelReason) lines.push(t('leave_flow.detail.cancel_reason', { value: view.cancelReason }));
  return lines;
}

/** Everything about one request: dates, days, status, reason, address, document and each approval step. */
export function renderRequestDetail(view: LeaveRequestView, unit: Unit, t: Translator, lang: Language): string {
  const lines = [
    t('leave_flow.detail.title', { ref: view.ref, type: t(`leave.type.${view.typeCode}`) }),
    t('leave_flow.summary.period', { value: formatDayRange(view.start, view.end, lang) }),
  ];
  if (view.halfDay) lines.push(t('leave_flow.summary.half_day', { value: t(`leave_flow.half_day.${view.halfDay}`) }));
  if (view.requested) lines.push(t('leave_flow.detail.requested', { value: formatDayRange(view.requested.start, view.requested.end, lang) }));
  lines.push(
    t('leave_flow.summary.days', { value: renderLeaveDays(view.days, unit, t, lang) }),
    t('leave_flow.detail.status', { value: renderProgress(view, t) }),
    t('leave_flow.summary.reason', { value: view.reason }),
    t('leave_flow.summary.address', { value: view.address }),
    ...documentLine(view, t),
    ...extraLines(view, t, lang),
  );
  if (view.steps.length > 0) lines.push(t('leave_flow.detail.steps'), ...view.steps.map((s) => renderStepLine(s, t, lang)));
  return lines.join('\n');
}
