import { legacyFlow as defineFlow, step } from '../src/conversation/legacy-flow';
import { type TurnContext } from '../src/conversation/flow';
import type { Choice } from '../src/chat/outbound-message';
import type { InboundContent } from '../src/chat/inbound-message';
import { parseChoice } from '../src/conversation/parse-choice';
import { renderLeaveErrors } from '../src/conversation/render/leave-error-lines';
import { matchKeyword } from '../src/conversation/understand/match-keyword';
import { formatDayRange, formatDays } from '../src/domain/format';
import { cancelLeave } from '../src/services/leave/cancel-leave';
import { getStatus } from '../src/services/leave/get-status';
import { freeTextSchema } from './leave/free-text';
import { employeeActor, leaveDeps, requireActor } from './leave/leave-facts';
import { isCancellable, itemChoices, itemIdOf, readListData, type RequestItem, selectedItem, toItem } from './leave/request-items';
import { refusalErrors } from './leave/refusal-errors';
import { readYesNo, yesNoChoices } from '../src/conversation/understand/read-yes-no';

const SKIP_WORDS = { skip: ['lewati', 'lewat', 'skip', 'tidak ada', 'tanpa alasan', 'no reason', 'none', '-'] };
const cancelReasonText = freeTextSchema(1, 300);
const skipChoice = (ctx: TurnContext): Choice[] => [{ value: 'skip', label: ctx.t('leave_flow.cancel.skip') }];
const confirmChoices = (ctx: TurnContext) => yesNoChoices(ctx.t, 'leave_flow.cancel.yes', 'leave_flow.cancel.no');

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

/** Cancel a pending request, or a granted one before it starts: pick, optional reason, confirm, cancelLeave. */
export const cancelRequestFlow = defineFlow({
  id: 'cancel_request',
  requires: 'linked',
  start: 'list',
  keywords: ['batalkan pengajuan', 'batal cuti', 'batalkan cuti', 'cancel leave', 'cancel request'],
  steps: {
    list: step<void>({
      auto: true,
      prompt: () => [],
      parse: () => ({ ok: true, value: undefined }),
      async next(_none, ctx) {
        const views = await getStatus(ctx.tx, requireActor(ctx).employeeId, { activeOnly: true, limit: 20 });
        const items = views.map(toItem).filter((item) => isCancellable(item, ctx.today));
        if (items.length === 0) return { done: true, showMenu: false, say: [{ kind: 'text', text: ctx.t('leave_flow.cancel.none') }] };
        return { to: 'pick', data: { items } };
      },
    }),

    pick: step<number>({
      prompt: (ctx, data) => [{ kind: 'choices', text: ctx.t('leave_flow.cancel.pick'), choices: itemChoices(readListData(data).items, ctx, true) }],
      parse(input, ctx, data) {
        const picked = parseChoice(input, itemChoices(readListData(data).items, ctx, true));
        return picked ? { ok: true, value: itemIdOf(picked) } : { ok: false, hint: 'leave_flow.cancel.pick_hint' };
      },
      next: (selected, _ctx, data) => ({ to: 'reason', data: { ...readListData(data), selected } }),
    }),

    reason: step<string | null>({
      prompt: (ctx) => [{ kind: 'choices', text: ctx.t('leave_flow.cancel.reason'), choices: skipChoice(ctx) }],
      parse: (input, ctx) => readReason(input, ctx),
      next: (reason, _ctx, data) => ({ to: 'confirm', data: { ...readListData(data), reason } }),
    }),

    confirm: step<boolean>({
      prompt(ctx, data) {
        const item = selectedItem(readListData(data));
        if (!item) return [{ kind: 'text', text: ctx.t('leave_flow.cancel.none') }];
        return [{ kind: 'choices', text: ctx.t('leave_flow.cancel.confirm', describe(item, ctx)), choices: confirmChoices(ctx) }];
      },
      parse(input, ctx) {
        const yes = readYesNo(input, confirmChoices(ctx));
        return yes === null ? { ok: false, hint: 'leave_flow.yes_no.hint' } : { ok: true, value: yes };
      },
      async next(yes, ctx, data) {
        const list = readListData(data);
        const item = selectedItem(list);
        if (!item) return { done: true, showMenu: false, say: [{ kind: 'text', text: ctx.t('leave_flow.cancel.none') }] };
        if (!yes) return { done: true, showMenu: false, say: [{ kind: 'text', text: ctx.t('leave_flow.cancel.kept', { ref: item.ref }) }] };
        try {
          const view = await cancelLeave(ctx.tx, leaveDeps(ctx), { requestId: item.id, actor: employeeActor(ctx), reason: list.reason ?? null });
          const text = view.typeCode === 'CT' && view.days > 0
            ? ctx.t('leave_flow.cancel.days_back', { ref: view.ref, days: formatDays(view.days, ctx.lang) })
            : ctx.t('leave_flow.cancel.done', { ref: view.ref });
          return { done: true, showMenu: false, say: [{ kind: 'text', text }] };
        } catch (error) {
          const errors = refusalErrors(error);
          if (!errors) throw error;
          const text = `${ctx.t('leave_flow.cancel.failed', { ref: item.ref })}\n${renderLeaveErrors(errors, ctx.lang)}`;
          return { done: true, showMenu: false, say: [{ kind: 'text', text }] };
        }
      },
    }),
  },
});
