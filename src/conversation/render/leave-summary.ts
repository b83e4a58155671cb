import type { IsoDay } from '../../domain/day';
import { formatDayRange, formatDays } from '../../domain/format';
import type { Language } from '../../domain/language';
import type { HalfDay, LeaveDetail, LeaveTypeRule } from '../../domain/leave';
import { renderLeaveDays } from './leave-days';
import type { Translator } from './translator';

export interface LeaveSummary {
  typeCode: string;
  start: IsoDay;
  end: IsoDay;
  halfDay: HalfDay | null;
  days: number;
  unit: LeaveTypeRule['unit'];
  detail: LeaveDetail;
  reason: string;
  address: string;
  /** The required document's catalogue key, when one is attached. */
  documentKey: string | null;
  documentNames: readonly string[];
  /** The required document's catalogue key, when it will be sent after submitting. */
  documentLaterKey?: string | null;
  /** The phone during leave, or null for none. */
  phone?: string | null;
  /** CT only: what is left in the year of the leave before it. */
  balance: { year: number; available: number } | null;
}

function detailLines(detail: LeaveDetail, t: Translator): string[] {
  const lines: string[] = [];
  if (detail.capReason) lines.push(t('leave_flow.summary.cap_reason', { value: t(`leave.reason.${detail.capReason}`) }));
  if (detail.earlyReason) lines.push(t('leave_flow.summary.early_reason', { value: t(`leave.reason.${detail.earlyReason}`) }));
  if (detail.childOrder !== undefined) lines.push(t('leave_flow.summary.child_order', { value: detail.childOrder }));
  if (detail.firstHajj) lines.push(t('leave_flow.summary.first_hajj'));
  if (detail.sickKind) lines.push(t('leave_flow.summary.sick_kind', { value: t(`leave.sick.${detail.sickKind}`) }));
  if (detail.abroad) lines.push(t('leave_flow.summary.abroad'));
  if (detail.travelDays) lines.push(t('leave_flow.summary.travel_days', { value: detail.travelDays }));
  return lines;
}

function balanceLines(s: LeaveSummary, t: Translator, lang: Language): string[] {
  if (!s.balance) return [];
  const after = s.balance.available - s.days;
  const line = t('leave_flow.summary.balance', {
    year: s.balance.year,
    available: formatDays(s.balance.available, lang),
    after: formatDays(Math.max(after, 0), lang),
  });
  return after < 0 ? [line, t('leave_flow.summary.balance_short', { year: s.balance.year })] : [line];
}

/** The request as the employee confirms it: every fact on one card, with the days it takes and the balance after. */
export function renderLeaveSummary(s: LeaveSummary, t: Translator, lang: Language): string {
  const lines = [
    t('leave_flow.summary.title'),
    t('leave_flow.summary.type', { value: t(`leave.type.${s.typeCode}`) }),
    t('leave_flow.summary.period', { value: formatDayRange(s.start, s.end, lang) }),
  ];
  if (s.halfDay) lines.push(t('leave_flow.summary.half_day', { value: t(`leave_flow.half_day.${s.halfDay}`) }));
  lines.push(t('leave_flow.summary.days', { value: renderLeaveDays(s.days, s.unit, t, lang) }));
  lines.push(...detailLines(s.detail, t));
  lines.push(t('leave_flow.summary.reason', { value: s.reason }), t('leave_flow.summary.address', { value: s.address }));
  if (s.phone !== undefined) lines.push(t('leave_flow.summary.phone', { value: s.phone ?? t('leave_flow.summary.phone_none') }));
  if (s.documentKey) {
    lines.push(t('leave_flow.summary.document', { value: `${t(s.documentKey)} (${s.documentNames.join(', ')})` }));
  }
  if (s.documentLaterKey) lines.push(t('leave_flow.summary.document_later', { value: t(s.documentLaterKey) }));
  lines.push(...balanceLines(s, t, lang));
  return lines.join('\n');
}
