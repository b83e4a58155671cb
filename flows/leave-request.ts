import { defineFlow } from '../src/conversation/flow';
import { renderLeaveDays } from '../src/conversation/render/leave-days';
import { readDateRange } from '../src/conversation/understand/parse-date-range';
import { formatDayRange } from '../src/domain/format';
import { type DatesAnswer, readLeaveDates } from './leave/check-dates';
import { advance } from './leave/advance';
import { capReasonStep, childOrderStep, earlyReasonStep, firstHajjStep, sickKindStep } from './leave/detail-steps';
import { documentStep } from './leave/document-step';
import { abroadStep, emergencyStep, travelDaysStep } from './leave/form-steps';
import { halfDayStep } from './leave/half-day-step';
import { typeStep } from './leave/type-step';
import { healthBoardStep } from './leave/health-board-step';
import { phoneStep } from './leave/phone-step';
import { freeTextSchema } from './leave/free-text';
import { askedKey, leaveOf } from './leave/leave-facts';
import { questionsAfter } from './leave/leave-steps';
import { leaveDraftSchema } from './leave/leave-draft';
import type { Heard } from './leave/heard-schema';
import { refusedStep, withoutDates } from './leave/refused-step';
import { summaryStep } from './leave/summary-step';
import { withHeardDetails } from './leave/apply-heard';
import { heardIn } from './leave/heard-in';

/**
 * Request leave: type -> dates -> (abroad) -> (emergency) -> (half day) ->
 * (travel days) -> type details -> (health board) -> reason -> address ->
 * phone -> (document) -> summary -> submitLeave. A request written in one
 * message ("cuti tahunan 14-16 des, acara keluarga di Bandung"), at the menu
 * or as the answer to the type, fills what it says and only the rest is
 * asked. Each step asks
 * once, answers bad input with a hint and stays; the draft is the flow's data.
 * The next question is derived from the draft (nextLeaveStep), so most steps
 * may lead to most later ones.
 */
export const leaveRequestFlow = defineFlow({
  id: 'leave_request',
  requires: 'linked',
  data: leaveDraftSchema,
  draft: true,
  start: 'type',
  keywords: ['cuti', 'ajukan cuti', 'izin cuti', 'minta cuti', 'leave', 'request leave'],
  graph: {
    type: ['type', ...questionsAfter('type')],
    dates: questionsAfter('dates'),
    abroad: ['dates', ...questionsAfter('abroad')],
    emergency: ['dates', ...questionsAfter('emergency')],
    half_day: questionsAfter('half_day'),
    early_reason: questionsAfter('early_reason'),
    travel_days: questionsAfter('travel_days'),
    cap_reason: questionsAfter('cap_reason'),
    child_order: questionsAfter('child_order'),
    first_hajj: questionsAfter('first_hajj'),
    sick_kind: questionsAfter('sick_kind'),
    health_board: ['dates', ...questionsAfter('health_board')],
    reason: questionsAfter('reason'),
    address: questionsAfter('address'),
    phone: questionsAfter('phone'),
    document: questionsAfter('document'),
    summary: ['refused', 'type', 'phone', 'done'],
    refused: ['dates', 'done'],
  },
  steps: (s) => ({
    type: typeStep,

    dates: s.ask({
      prompt: (ctx, draft) => ctx.t(askedKey(draft, 'leave_flow.dates.prompt'), { type: ctx.t(`leave.type.${draft.type ?? 'CT'}`), name: draft.for?.name ?? '' }),
      async parse(input, ctx, draft) {
        if (input.kind !== 'text' || !draft.type || !draft.who) return { ok: false, hint: 'leave_flow.dates.unknown' };
        // "14-16 des utk nikahan adik di Bandung": the dates, and what else the message said.
        const typed = readDateRange(input.text, ctx.today);
        const heard = typed.kind === 'unrecognized' ? heardIn(input.text, ctx.today, true)?.slots : undefined;
        const reading = heard?.start && heard.end ? { kind: 'range' as const, start: heard.start, end: heard.end } : typed;
        const holidays = reading.kind === 'range' && draft.type === 'CT' ? await leaveOf(ctx, draft).holidays(reading.start, reading.end) : [];
        const policy = await leaveOf(ctx, draft).policy();
        const dates = readLeaveDates({ reading, typeCode: draft.type, ...draft.who, today: ctx.today, holidays, policy, lang: ctx.lang });
        return dates.ok && reading !== typed ? { ok: true, value: { ...dates.value, heard } } : dates;
      },
      async next({ heard, ...dates }: DatesAnswer & { heard?: Heard }, ctx, draft) {
        const policy = await leaveOf(ctx, draft).policy();
        const days = renderLeaveDays(dates.fullDays, policy.types[draft.type ?? 'CT'].unit, ctx.t, ctx.lang);
        const dated = withHeardDetails({ ...withoutDates(draft), ...dates }, heard ?? {}, policy);
        return advance(ctx, dated, ctx.t('leave_flow.dates.got', { period: formatDayRange(dates.start, dates.end, ctx.lang), days }));
      },
    }),

    emergency: emergencyStep,
    half_day: halfDayStep,
    abroad: abroadStep,
    early_reason: earlyReasonStep,
    travel_days: travelDaysStep,
    cap_reason: capReasonStep,
    child_order: childOrderStep,
    first_hajj: firstHajjStep,
    sick_kind: sickKindStep,
    health_board: healthBoardStep,

    reason: s.text({
      prompt: (ctx, draft) => ctx.t(askedKey(draft, 'leave_flow.reason.prompt'), { name: draft.for?.name ?? '' }),
      schema: freeTextSchema(3, 500),
      hint: 'leave_flow.reason.hint',
      next: (reason, ctx, draft) => advance(ctx, { ...draft, reason }),
    }),

    address: s.text({
      prompt: (ctx, draft) => ctx.t(askedKey(draft, 'leave_flow.address.prompt'), { name: draft.for?.name ?? '' }),
      schema: freeTextSchema(3, 300),
      hint: 'leave_flow.address.hint',
      next: (address, ctx, draft) => advance(ctx, { ...draft, address }),
    }),

    phone: phoneStep,
    document: documentStep,
    summary: summaryStep,
    refused: refusedStep,
  }),
});
