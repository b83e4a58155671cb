import { legacyFlow as defineFlow, step } from '../src/conversation/legacy-flow';
import { type TurnContext } from '../src/conversation/flow';
import type { Choice } from '../src/chat/outbound-message';
import type { InboundContent } from '../src/chat/inbound-message';
import { parseChoice } from '../src/conversation/parse-choice';
import { renderLeaveDays } from '../src/conversation/render/leave-days';
import { readDateRange } from '../src/conversation/understand/parse-date-range';
import { matchKeyword } from '../src/conversation/understand/match-keyword';
import { addDays } from '../src/domain/day';
import { formatDay, formatDayRange } from '../src/domain/format';
import { checkLeaveDates, type DatesAnswer } from './leave/check-dates';
import { advance, withDetail } from './leave/advance';
import { capReasonStep, childOrderStep, earlyReasonStep, firstHajjStep, sickKindStep } from './leave/detail-steps';
import { documentStep } from './leave/document-step';
import { freeTextSchema, parseFreeText } from './leave/free-text';
import { employeeFacts, holidaysBetween, leavePolicy } from './leave/leave-facts';
import { type HalfDayAnswer, type LeaveDraft, readDraft } from './leave/leave-draft';
import { refusedStep, withoutDates } from './leave/refused-step';
import { summaryStep } from './leave/summary-step';
import { readType, typeChoices } from './leave/type-choices';
import { readYesNo, yesNoChoices } from '../src/conversation/understand/read-yes-no';

const HALF_DAYS: readonly HalfDayAnswer[] = ['FULL', 'MORNING', 'AFTERNOON'];
const HALF_DAY_WORDS: Record<HalfDayAnswer, readonly string[]> = {
  FULL: ['penuh', 'sehari', 'sehari penuh', 'full', 'full day', 'seharian'],
  MORNING: ['pagi', 'morning', 'setengah hari pagi', 'am'],
  AFTERNOON: ['siang', 'sore', 'afternoon', 'setengah hari siang', 'pm'],
};
const reasonText = freeTextSchema(3, 500);
const addressText = freeTextSchema(3, 300);

async function choicesOfTypes(ctx: TurnContext, draft: LeaveDraft): Promise<Choice[]> {
  return typeChoices(await leavePolicy(ctx), draft.who ?? employeeFacts(ctx), ctx.t);
}

const halfDayChoices = (ctx: TurnContext): Choice[] => HALF_DAYS.map((value) => ({ value, label: ctx.t(`leave_flow.half_day.${value}`) }));

/**
 * Request leave: type -> dates -> (emergency) -> (half day) -> type details ->
 * reason -> address -> (document) -> summary -> submitLeave. Each step asks
 * once, answers bad input with a hint and stays; the draft lives in the flow data.
 */
export const leaveRequestFlow = defineFlow({
  id: 'leave_request',
  requires: 'linked',
  start: 'type',
  keywords: ['cuti', 'ajukan cuti', 'izin cuti', 'minta cuti', 'leave', 'request leave'],
  steps: {
    type: step<string>({
      async prompt(ctx, data) {
        const choices = await choicesOfTypes(ctx, readDraft(data));
        if (choices.length === 0) return [{ kind: 'text', text: ctx.t('leave_flow.type.none') }];
        return [{ kind: 'choices', text: ctx.t('leave_flow.type.prompt'), choices }];
      },
      async parse(input, ctx, data) {
        const type = readType(input, await choicesOfTypes(ctx, readDraft(data)));
        return type ? { ok: true, value: type } : { ok: false, hint: 'leave_flow.type.hint' };
      },
      async next(type, ctx) {
        const fresh = readDraft({ type, who: employeeFacts(ctx) });
        return advance(ctx, fresh);
      },
    }),

    dates: step<DatesAnswer>({
      prompt: (ctx, data) => [{ kind: 'text', text: ctx.t('leave_flow.dates.prompt', { type: ctx.t(`leave.type.${readDraft(data).type ?? 'CT'}`) }) }],
      async parse(input, ctx, data) {
        const draft = readDraft(data);
        if (input.kind !== 'text' || !draft.type || !draft.who) return { ok: false, hint: 'leave_flow.dates.unknown' };
        const reading = readDateRange(input.text, ctx.today);
        const holidays = reading.kind === 'range' && draft.type === 'CT' ? await holidaysBetween(ctx, reading.start, reading.end) : [];
        return checkLeaveDates({
          reading, typeCode: draft.type, kind: draft.who.kind, serviceStart: draft.who.serviceStart,
          today: ctx.today, holidays, policy: await leavePolicy(ctx), lang: ctx.lang,
        });
      },
      async next(dates, ctx, data) {
        const draft = { ...withoutDates(readDraft(data)), ...dates };
        const unit = (await leavePolicy(ctx)).types[draft.type ?? 'CT'].unit;
        const days = renderLeaveDays(dates.fullDays, unit, ctx.t, ctx.lang);
        return advance(ctx, draft, ctx.t('leave_flow.dates.got', { period: formatDayRange(dates.start, dates.end, ctx.lang), days }));
      },
    }),

    emergency: step<boolean>({
      async prompt(ctx, data) {
        const draft = readDraft(data);
        const days = (await leavePolicy(ctx)).types[draft.type ?? 'CT'].noticeDays;
        const params = { type: ctx.t(`leave.type.${draft.type ?? 'CT'}`), days, earliest: formatDay(addDays(ctx.today, days), ctx.lang) };
        return [{ kind: 'choices', text: ctx.t('leave_flow.emergency.prompt', params), choices: yesNoChoices(ctx.t) }];
      },
      parse(input, ctx) {
        const yes = readYesNo(input, yesNoChoices(ctx.t));
        return yes === null ? { ok: false, hint: 'leave_flow.yes_no.hint' } : { ok: true, value: yes };
      },
      async next(yes, ctx, data) {
        const draft = readDraft(data);
        if (yes) return withDetail(ctx, draft, { emergency: true });
        const days = (await leavePolicy(ctx)).types[draft.type ?? 'CT'].noticeDays;
        const earliest = formatDay(addDays(ctx.today, days), ctx.lang);
        return { to: 'dates', data: withoutDates(draft), say: [{ kind: 'text', text: ctx.t('leave_flow.emergency.pick_later', { earliest }) }] };
      },
    }),

    half_day: step<HalfDayAnswer>({
      prompt: (ctx, data) => [
        { kind: 'choices', text: ctx.t('leave_flow.half_day.prompt', { day: formatDay(readDraft(data).start ?? ctx.today, ctx.lang) }), choices: halfDayChoices(ctx) },
      ],
      parse(input: InboundContent, ctx) {
        const picked = parseChoice(input, halfDayChoices(ctx)) ?? (input.kind === 'text' ? matchKeyword(input.text.slice(0, 60), HALF_DAY_WORDS) : null);
        return picked ? { ok: true, value: picked as HalfDayAnswer } : { ok: false, hint: 'leave_flow.half_day.hint' };
      },
      next: (halfDay, ctx, data) => advance(ctx, { ...readDraft(data), halfDay }),
    }),

    early_reason: earlyReasonStep,
    cap_reason: capReasonStep,
    child_order: childOrderStep,
    first_hajj: firstHajjStep,
    sick_kind: sickKindStep,

    reason: step<string>({
      prompt: (ctx) => [{ kind: 'text', text: ctx.t('leave_flow.reason.prompt') }],
      parse: parseFreeText(reasonText, 'leave_flow.reason.hint'),
      next: (reason, ctx, data) => advance(ctx, { ...readDraft(data), reason }),
    }),

    address: step<string>({
      prompt: (ctx) => [{ kind: 'text', text: ctx.t('leave_flow.address.prompt') }],
      parse: parseFreeText(addressText, 'leave_flow.address.hint'),
      next: (address, ctx, data) => advance(ctx, { ...readDraft(data), address }),
    }),

    document: documentStep,

    summary: summaryStep,

    refused: refusedStep,
  },
});
