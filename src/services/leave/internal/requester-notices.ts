import type { OutboundMessage } from '../../../chat/outbound-message';
import { formatDay, formatDayRange, formatDays } from '../../../domain/format';
import type { Language } from '../../../domain/language';
import type { LeaveStatus } from '../../../domain/leave';
import { translate } from '../../../i18n/translate';
import type { LeaveRequestView } from '../contract';

/** What the employee reads about their request, built in their language. */
export type NoticeText = (lang: Language) => OutboundMessage[];

function basics(view: LeaveRequestView, lang: Language) {
  return {
    ref: view.ref,
    type: translate(lang, `leave.type.${view.typeCode}`),
    dates: formatDayRange(view.start, view.end, lang),
    days: formatDays(view.days, lang),
  };
}

const text = (...lines: string[]): OutboundMessage[] => [{ kind: 'text', text: lines.filter((l) => l !== '').join('\n') }];

export function submittedForYou(view: LeaveRequestView, proxy: (lang: Language) => string, approver: string): NoticeText {
  return (lang) => text(translate(lang, 'leave.notify.submitted_for_you', { ...basics(view, lang), proxy: proxy(lang), approver }));
}

export function forwarded(view: LeaveRequestView, name: string, next: string, note: string | null): NoticeText {
  return (lang) =>
    text(
      translate(lang, 'leave.notify.forwarded', { ...basics(view, lang), name, next }),
      note ? translate(lang, 'leave.notify.note', { note }) : '',
    );
}

/** A final decision: approved, approved on other dates, deferred or rejected; with the note and the CT left. */
export function outcome(
  view: LeaveRequestView,
  status: Extract<LeaveStatus, 'APPROVED' | 'CHANGED' | 'DEFERRED' | 'REJECTED'>,
  name: string,
  note: string | null,
  balances: ReadonlyArray<{ year: number; available: number }>,
): NoticeText {
  return (lang) =>
    text(
      translate(lang, `leave.notify.outcome.${status}`, { ...basics(view, lang), name }),
      note ? translate(lang, 'leave.notify.note', { note }) : '',
      ...balances.map((b) => translate(lang, 'leave.notify.balance', { year: b.year, days: formatDays(b.available, lang) })),
    );
}

export function cancelledForYou(view: LeaveRequestView, name: (lang: Language) => string): NoticeText {
  return (lang) => text(translate(lang, 'leave.notify.cancelled_for_you', { ...basics(view, lang), name: name(lang) }));
}

/** The request lacks the document its rules require: how to send it. */
export function documentNeeded(view: LeaveRequestView): NoticeText {
  return (lang) =>
    text(translate(lang, 'leave.notify.document_needed', { ...basics(view, lang), document: translate(lang, `leave.document.${view.missingDocument ?? 'NONE'}`) }));
}

/** Days of the request became holidays or cuti bersama: its new count and the days given back. */
export function recounted(view: LeaveRequestView, holidays: readonly string[], back: number): NoticeText {
  return (lang) =>
    text(
      translate(lang, 'leave.notify.recounted', {
        ...basics(view, lang),
        holidays: holidays.map((day) => formatDay(day, lang)).join(', '),
        back: formatDays(back, lang),
      }),
    );
}

/** Cuti bersama days worked, added to cuti tahunan: which days, and what is available now. */
export function workedCutiBersamaCredited(dates: readonly string[], balances: ReadonlyArray<{ year: number; available: number }>): NoticeText {
  return (lang) =>
    text(
      translate(lang, 'leave.notify.cuti_bersama_credited', { dates: dates.map((day) => formatDay(day, lang)).join(', '), days: formatDays(dates.length, lang) }),
      ...balances.map((b) => translate(lang, 'leave.notify.balance', { year: b.year, days: formatDays(b.available, lang) })),
    );
}

/** Someone else reported the employee back at work early: the leave's new end and the CT days given back. */
export function returnedEarly(view: LeaveRequestView, returnDay: string, back: number): NoticeText {
  return (lang) =>
    text(translate(lang, 'leave.notify.returned_early', { ...basics(view, lang), returnDay: formatDay(returnDay, lang), back: formatDays(back, lang) }));
}

/** For those who granted the leave and HR: the employee is back at work early, who reported it. */
export function returnedEarlyForApprovers(view: LeaveRequestView, returnDay: string, name: (lang: Language) => string): NoticeText {
  return (lang) =>
    text(translate(lang, 'leave.notify.returned_early_approvers', { ...basics(view, lang), employee: view.employeeName, returnDay: formatDay(returnDay, lang), name: name(lang) }));
}

/** For the approvers and HR: a granted request was cancelled, by whom. */
export function grantCancelled(view: LeaveRequestView, name: (lang: Language) => string): NoticeText {
  return (lang) =>
    text(translate(lang, 'leave.notify.grant_cancelled', { ...basics(view, lang), employee: view.employeeName, name: name(lang) }));
}

/** Sick days during granted annual leave became sick leave: the approvers' and HR's notice (who reported it), and the employee's. */
export function convertedToSick(sick: LeaveRequestView, annual: LeaveRequestView, back: number) {
  const params = (lang: Language) => ({
    employee: annual.employeeName,
    ref: annual.ref,
    sickRef: sick.ref,
    sickDates: formatDayRange(sick.start, sick.end, lang),
    sickDays: formatDays(sick.days, lang),
    back: formatDays(back, lang),
  });
  return {
    forApprovers: (name: (lang: Language) => string): NoticeText => (lang) =>
      text(translate(lang, 'leave.notify.converted_to_sick', { ...params(lang), name: name(lang) })),
    forEmployee: ((lang) => text(translate(lang, 'leave.notify.converted_to_sick_for_you', params(lang)))) as NoticeText,
  };
}
