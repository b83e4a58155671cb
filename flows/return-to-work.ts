import type { InboundContent } from '../src/chat/inbound-message';
import { defineFlow, finish, type ParsedReply, type TurnContext } from '../src/conversation/flow';
import { parseChoice } from '../src/conversation/parse-choice';
import { renderLeaveErrors } from '../src/conversation/render/leave-error-lines';
import { addDays, compareDays, type IsoDay } from '../src/domain/day';
import { formatDay, formatDayRange, formatDays } from '../src/domain/format';
import { dayChoices, grantedUnderWay, readLeaveDays, underWaySchema } from './leave/leave-under-way';
import { itemChoices, itemIdOf, type RequestItem, selectedItem } from './leave/request-items';

/** The days one may return on: after the first day of leave, from today, up to its last day. */
function window(item: RequestItem, today: IsoDay): { first: IsoDay; last: IsoDay } {
  const dayAfterStart = addDays(item.start, 1);
  return { first: compareDays(today, dayAfterStart) > 0 ? today : dayAfterStart, last: item.end };
}

function readReturnDay(input: InboundContent, ctx: TurnContext, item: RequestItem): ParsedReply<IsoDay> {
  const { first, last } = window(item, ctx.today);
  const hint = { ok: false as const, hint: 'leave_during.return.day_hint', params: { first: formatDay(first, ctx.lang), last: formatDay(last, ctx.lang) } };
  const picked = parseChoice(input, dayChoices(ctx, first, last));
  if (picked) return { ok: true, value: picked };
  const typed = input.kind === 'text' ? readLeaveDays(input.text, ctx, item) : null;
  if (!typed || typed.start !== typed.end || compareDays(typed.start, first) < 0 || compareDays(typed.start, last) > 0) return hint;
  return { ok: true, value: typed.start };
}

/**
 * Back at work before granted leave ends ("masuk kerja"): pick the leave under
 * way (skipped when there is one), the first day back, confirm; returnToWork
 * ends the leave the day before, gives unused cuti tahunan days back and tells
 * those who granted it.
 */
export const returnToWorkFlow = defineFlow({
  id: 'return_to_work',
  requires: 'linked',
  data: underWaySchema,
  start: 'list',
  keywords: ['masuk kerja', 'sudah masuk kerja', 'kembali bekerja', 'kembali kerja', 'back at work', 'back to work', 'return to work'],
  graph: { list: ['pick', 'day', 'done'], pick: ['day'], day: ['confirm'], confirm: ['done'] },
  steps: (s) => ({
    list: s.action({
      async run(ctx) {
        const items = (await grantedUnderWay(ctx, ctx.today)).filter((item) => compareDays(item.end, item.start) > 0);
        if (items.length === 0) return finish(ctx.t('leave_during.return.none'));
        return items.length === 1 ? { to: 'day', data: { items, selected: items[0]!.id } } : { to: 'pick', data: { items } };
      },
    }),

    pick: s.choice({
      prompt: (ctx) => ctx.t('leave_during.return.pick'),
      choices: (ctx, data) => itemChoices(data.items, ctx, true),
      hint: 'leave_during.pick_hint',
      next: (picked, _ctx, data) => ({ to: 'day', data: { ...data, selected: itemIdOf(picked) } }),
    }),

    day: s.ask({
      prompt(ctx, data) {
        const item = selectedItem(data)!;
        const { first, last } = window(item, ctx.today);
        const text = ctx.t('leave_during.return.day', { ref: item.ref, period: formatDayRange(item.start, item.end, ctx.lang) });
        return [{ kind: 'choices', text, choices: dayChoices(ctx, first, last) }];
      },
      parse: (input, ctx, data) => readReturnDay(input, ctx, selectedItem(data)!),
      next: (day, _ctx, data) => ({ to: 'confirm', data: { ...data, day } }),
    }),

    confirm: s.yesNo({
      prompt(ctx, data) {
        const item = selectedItem(data)!;
        return ctx.t('leave_during.return.confirm', { ref: item.ref, day: formatDay(data.day!, ctx.lang), end: formatDay(addDays(data.day!, -1), ctx.lang) });
      },
      labels: ['leave_during.yes', 'leave_during.no'],
      async next(yes, ctx, data) {
        const item = selectedItem(data)!;
        if (!yes) return finish(ctx.t('leave_during.kept', { ref: item.ref }));
        const result = await ctx.services.leave.returnToWork(item.id, data.day!);
        if ('refused' in result) return finish(`${ctx.t('leave_during.return.failed', { ref: item.ref })}\n${renderLeaveErrors(result.refused, ctx.lang)}`);
        const { request, daysBack } = result;
        const period = formatDayRange(request.start, request.end, ctx.lang);
        return finish(ctx.t(daysBack > 0 ? 'leave_during.return.done_days_back' : 'leave_during.return.done', {
          ref: request.ref, period, days: formatDays(request.days, ctx.lang), back: formatDays(daysBack, ctx.lang),
        }));
      },
    }),
  }),
});
