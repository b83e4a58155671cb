import { parseNumber } from '../../src/conversation/understand/parse-number';
import { parseYesNo } from '../../src/conversation/understand/parse-yes-no';
import { addDays, yearOf } from '../../src/domain/day';
import { formatDay } from '../../src/domain/format';
import { isActiveStatus, noticeDaysFor } from '../../src/domain/leave';
import { advance, withDetail } from './advance';
import { type LeaveDraft } from './leave-draft';
import { leaveStep } from './leave-step';
import type { TurnContext } from '../../src/conversation/flow';
import { noticeShort } from './draft-checks';
import { withoutDates } from './refused-step';
import { askedKey, leaveOf } from './leave-facts';

/**
 * Leave abroad needs the longer notice (policy.abroadNoticeDays, *local*,
 * 30 days by default). Too close and no emergency can lift it for the type:
 * back to the dates with the first one allowed (submitLeave would refuse it).
 */
export const abroadStep = leaveStep.yesNo({
  prompt: (ctx, draft) => ctx.t(askedKey(draft, 'leave_flow.abroad.prompt'), { name: draft.for?.name ?? '' }),
  async next(abroad, ctx, draft) {
    const policy = await leaveOf(ctx, draft).policy();
    const answered: LeaveDraft = { ...draft, detail: { ...draft.detail, abroad } };
    if (!abroad || !answered.type || !noticeShort(answered, policy, ctx.today) || policy.types[answered.type].emergencyOverride) return advance(ctx, answered);
    const days = noticeDaysFor(answered.type, answered.detail, policy).days;
    const earliest = formatDay(addDays(ctx.today, days), ctx.lang);
    return { to: 'dates', data: withoutDates(answered), say: [{ kind: 'text', text: ctx.t('leave_flow.abroad.too_soon', { days, earliest }) }] };
  },
});

/** Travel days this year still open to a hard-to-reach employee: 12 (PNS) or 6 (PPPK) calendar days a year, less those booked. */
async function travelDaysLeft(ctx: Parameters<typeof advance>[0], draft: LeaveDraft): Promise<number> {
  const policy = await leaveOf(ctx, draft).policy();
  const year = yearOf(draft.start ?? ctx.today);
  const used = (await leaveOf(ctx, draft).requester()).existing
    .filter((r) => r.typeCode === 'CT' && isActiveStatus(r.status) && yearOf(r.start) === year)
    .reduce((sum, r) => sum + (r.travelDays ?? 0), 0);
  return Math.max(policy.annual.hardToReachExtraDays[draft.who?.kind ?? 'PNS'] - used, 0);
}

/** CT where the employee's place is hard to reach: uncharged calendar days of travel after the leave (0 for none). */
export const travelDaysStep = leaveStep.ask<number>({
  prompt: async (ctx, draft) => ctx.t('leave_flow.travel_days.prompt', { max: await travelDaysLeft(ctx, draft), end: formatDay(draft.end ?? ctx.today, ctx.lang) }),
  async parse(input, ctx, draft) {
    const max = await travelDaysLeft(ctx, draft);
    const text = input.kind === 'text' ? input.text.slice(0, 40) : '';
    const n = parseYesNo(text) === false ? 0 : parseNumber(text);
    return n !== null && Number.isInteger(n) && n >= 0 && n <= max ? { ok: true, value: n } : { ok: false, hint: 'leave_flow.travel_days.hint', params: { max } };
  },
  next: (travelDays, ctx, draft) => withDetail(ctx, draft, { travelDays }),
});

/** The notice the draft needs (its type's, or the longer one abroad), and the first day it allows. */
async function notice(ctx: TurnContext, draft: LeaveDraft) {
  const { days, abroad } = noticeDaysFor(draft.type ?? 'CT', draft.detail, await leaveOf(ctx, draft).policy());
  return { days, abroad, earliest: formatDay(addDays(ctx.today, days), ctx.lang) };
}

/** Less notice than the type asks: an emergency lifts it (where the policy lets it), or the dates are picked again. */
export const emergencyStep = leaveStep.yesNo({
  async prompt(ctx, draft) {
    const { abroad, ...params } = await notice(ctx, draft);
    return ctx.t(abroad ? 'leave_flow.emergency.prompt_abroad' : 'leave_flow.emergency.prompt', { type: ctx.t(`leave.type.${draft.type ?? 'CT'}`), ...params });
  },
  async next(yes, ctx, draft) {
    if (yes) return withDetail(ctx, draft, { emergency: true });
    const { earliest } = await notice(ctx, draft);
    return { to: 'dates', data: withoutDates(draft), say: [{ kind: 'text', text: ctx.t('leave_flow.emergency.pick_later', { earliest }) }] };
  },
});
