import { defineFlow, finish, type TurnContext } from '../src/conversation/flow';
import type { Choice } from '../src/chat/outbound-message';
import { renderRequestDetail, renderRequestLine } from '../src/conversation/render/leave-request-lines';
import type { LeaveRequestView } from '../src/services/leave/contract';
import { unitOf } from './leave/leave-facts';
import { isCancellable, itemChoices, itemIdOf, type RequestListData, requestListSchema, selectedItem, toItem } from './leave/request-items';

/** How many recent requests the list shows. */
const RECENT = 10;
type Next = 'other' | 'letter' | 'cancel' | 'done';

/** Other requests, send the missing letter (incomplete requests), cancel (when it still can be), done. */
async function detailChoices(ctx: TurnContext, data: RequestListData): Promise<Choice[]> {
  const item = selectedItem(data);
  const view = item ? await ctx.services.leave.ownRequest(item.id) : null;
  const options = { cancellable: item && view ? isCancellable(item, ctx.today) : false, incomplete: view ? isIncomplete(view) : false };
  const values: Next[] = ['other', ...(options.incomplete ? ['letter' as const] : []), ...(options.cancellable ? ['cancel' as const] : []), 'done'];
  return values.map((value) => ({ value, label: ctx.t(`leave_flow.detail.${value}`) }));
}

const isIncomplete = (view: LeaveRequestView): boolean => view.status === 'PENDING' && view.missingDocument !== null;

/** The employee's recent requests with status, dates, days and approval progress; pick one for its details. */
export const myRequestsFlow = defineFlow({
  id: 'my_requests',
  requires: 'linked',
  data: requestListSchema,
  start: 'list',
  keywords: ['status', 'status cuti', 'pengajuan saya', 'cek status', 'my requests', 'requests'],
  graph: { list: ['pick', 'done'], pick: ['detail'], detail: ['list', 'flow:leave_document.file', 'flow:cancel_request.reason', 'done'] },
  steps: (s) => ({
    list: s.action({
      async run(ctx) {
        const views = await ctx.services.leave.requests({ limit: RECENT });
        if (views.length === 0) return finish(ctx.t('leave_flow.status.empty'));
        const policy = await ctx.services.leave.policy();
        const lines = views.map((view, i) => renderRequestLine(view, i + 1, unitOf(policy, view.typeCode), ctx.t, ctx.lang));
        const text = [ctx.t('leave_flow.status.title'), ...lines].join('\n\n');
        return { to: 'pick', data: { items: views.map(toItem) }, say: [{ kind: 'text', text }] };
      },
    }),

    pick: s.choice({
      prompt: (ctx) => ctx.t('leave_flow.status.pick'),
      choices: (ctx, data) => itemChoices(data.items, ctx),
      hint: 'leave_flow.status.hint',
      next: (picked, _ctx, data) => ({ to: 'detail', data: { ...data, selected: itemIdOf(picked) } }),
    }),

    detail: s.choice<Next>({
      async prompt(ctx, data) {
        const item = selectedItem(data);
        const view = item ? await ctx.services.leave.ownRequest(item.id) : null;
        if (!item || !view) return ctx.t('leave_flow.status.hint');
        const unit = unitOf(await ctx.services.leave.policy(), item.typeCode);
        return `${renderRequestDetail(view, unit, ctx.t, ctx.lang)}\n\n${ctx.t('leave_flow.detail.next')}`;
      },
      choices: detailChoices,
      hint: 'leave_flow.detail.hint',
      next(choice, _ctx, data) {
        const item = selectedItem(data);
        if (choice === 'other') return { to: 'list', data: {} };
        if (choice === 'letter' && item) return { flow: 'leave_document', step: 'file', data: { items: [item], selected: item.id } };
        if (choice === 'cancel' && item) return { flow: 'cancel_request', step: 'reason', data: { items: [item], selected: item.id } };
        return { done: true };
      },
    }),
  }),
});
