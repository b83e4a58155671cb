import { defineFlow, finish, type TurnContext } from '../src/conversation/flow';
import type { Choice } from '../src/chat/outbound-message';
import type { InboundContent } from '../src/chat/inbound-message';
import { parseChoice } from '../src/conversation/parse-choice';
import { renderLeaveErrors } from '../src/conversation/render/leave-error-lines';
import { matchKeyword } from '../src/conversation/understand/match-keyword';
import { formatDayRange, formatDays } from '../src/domain/format';
import { freeTextSchema } from './leave/free-text';
import { isCancellable, itemChoices, itemIdOf, type RequestItem, requestListSchema, selectedItem, toItem } from './leave/request-items';
import { askedKey, leaveOf } from './leave/leave-facts';
import { proxySubjectSchema } from './leave/proxy-subject';

const SKIP_WORDS = { skip: ['lewati', 'lewat', 'skip', 'tidak ada', 'tanpa alasan', 'no reason', 'none', '-'] };
const cancelReasonText = freeTextSchema(1, 300);
const skipChoice = (ctx: TurnContext): Choice[] => [{ value: 'skip', label: ctx.t('leave_flow.cancel.skip') }];

function readReason(input: InboundContent, ctx: TurnContext): { ok: true; value: string | null } | { ok: false; hint: string } {
  const hint = 'leave_flow.cancel.reason_hint';
  if (parseChoice(input, skipChoice(ctx))) return { ok: true, value: null };
  if (input.kind !== 'text') return { ok: false, hint };
  if (input.text.trim() === '-' || (input.text.length <= 40 && matchKeyword(input.text, SKIP_WORDS))) return { ok: true, value: null };
  const parsed = cancelReasonText.safeParse(input.text);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, hint };
}

function describe(item: RequestItem, ctx: TurnContext) {
  return { ref: item.ref, type: ctx.t(`leave.type.${item.typeCode}`), period: formatDayRange(item.start, item.end, ctx.lang) };
}

/**
 * Cancel a pending request, or a granted one before it starts: pick, optional
 * reason, confirm, cancelLeave (a refusal says why, and the flow ends). With
 * `for` (from the act_for flow) the requests are that employee's, cancelled
 * by the chat's employee as their proxy.
 */
export const cancelRequestFlow = defineFlow({
  id: 'cancel_request',
  requires: 'linked',
  data: requestListSchema.extend({ for: proxySubjectSchema.optional() }),
  start: 'list',
  keywords: ['batalkan pengajuan', 'batal cuti', 'batalkan cuti', 'cancel leave', 'cancel request'],
  graph: { list: ['pick', 'done'], pick: ['reason'], reason: ['confirm'], confirm: ['done'] },
  steps: (s) => ({
    list: s.action({
      async run(ctx, data) {
        const views = await leaveOf(ctx, data).requests({ activeOnly: true, limit: 20 });
        const items = views.map(toItem).filter((item) => isCancellable(item, ctx.today));
        const whom = data.for ? { for: data.for } : {};
        return items.length === 0 ? finish(ctx.t(askedKey(data, 'leave_flow.cancel.none'), { name: data.for?.name ?? '' })) : { to: 'pick', data: { ...whom, items } };
      },
    }),

    pick: s.choice({
      prompt: (ctx, data) => ctx.t(askedKey(data, 'leave_flow.cancel.pick'), { name: data.for?.name ?? '' }),
      choices: (ctx, data) => itemChoices(data.items, ctx, true),
      hint: 'leave_flow.cancel.pick_hint',
      next: (picked, _ctx, data) => ({ to: 'reason', data: { ...data, selected: itemIdOf(picked) } }),
    }),

    reason: s.ask({
      prompt: (ctx) => [{ kind: 'choices', text: ctx.t('leave_flow.cancel.reason'), choices: skipChoice(ctx) }],
      parse: (input, ctx) => readReason(input, ctx),
      freeText: true,
      next: (reason, _ctx, data) => ({ to: 'confirm', data: { ...data, reason } }),
    }),

    confirm: s.yesNo({
      prompt(ctx, data) {
        const item = selectedItem(data);
        return item ? ctx.t('leave_flow.cancel.confirm', describe(item, ctx)) : [{ kind: 'text', text: ctx.t('leave_flow.cancel.none') }];
      },
      labels: ['leave_flow.cancel.yes', 'leave_flow.cancel.no'],
      async next(yes, ctx, data) {
        const item = selectedItem(data);
        if (!item) return finish(ctx.t('leave_flow.cancel.none'));
        if (!yes) return finish(ctx.t('leave_flow.cancel.kept', { ref: item.ref }));
        const cancelled = await leaveOf(ctx, data).cancel(item.id, data.reason ?? null);
        if ('refused' in cancelled) return finish(`${ctx.t('leave_flow.cancel.failed', { ref: item.ref })}\n${renderLeaveErrors(cancelled.refused, ctx.lang)}`);
        const { view } = cancelled;
        const params = { ref: view.ref, days: formatDays(view.days, ctx.lang), name: data.for?.name ?? '' };
        const said = ctx.t(askedKey(data, view.typeCode === 'CT' && view.days > 0 ? 'leave_flow.cancel.days_back' : 'leave_flow.cancel.done'), params);
        return finish(data.for ? `${said} ${ctx.t(data.for.linked ? 'leave_flow.proxy.told' : 'leave_flow.proxy.not_linked', params)}` : said);
      },
    }),
  }),
});
