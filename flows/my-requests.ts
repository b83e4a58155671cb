import { legacyFlow as defineFlow, step } from '../src/conversation/legacy-flow';
import { type TurnContext } from '../src/conversation/flow';
import type { Choice } from '../src/chat/outbound-message';
import { parseChoice } from '../src/conversation/parse-choice';
import { renderRequestDetail, renderRequestLine } from '../src/conversation/render/leave-request-lines';
import { isAppError } from '../src/domain/app-error';
import type { LeaveRequestView } from '../src/services/leave/contract';
import { getLeaveRequestView } from '../src/services/leave/get-leave-request-view';
import { getStatus } from '../src/services/leave/get-status';
import { leavePolicy, requireActor, unitOf } from './leave/leave-facts';
import { isCancellable, itemChoices, itemIdOf, readListData, selectedItem, toItem } from './leave/request-items';

/** How many recent requests the list shows. */
const RECENT = 10;
type Next = 'other' | 'letter' | 'cancel' | 'done';

/** One of the employee's own requests; null when it is gone or someone else's. */
async function ownRequest(ctx: TurnContext, id: number): Promise<LeaveRequestView | null> {
  try {
    const view = await getLeaveRequestView(ctx.tx, id);
    return view.employeeId === requireActor(ctx).employeeId ? view : null;
  } catch (error) {
    if (isAppError(error)) return null;
    throw error;
  }
}

/** Other requests, send the missing letter (incomplete requests), cancel (when it still can be), done. */
function detailChoices(ctx: TurnContext, options: { cancellable: boolean; incomplete: boolean }): Choice[] {
  const values: Next[] = ['other', ...(options.incomplete ? ['letter' as const] : []), ...(options.cancellable ? ['cancel' as const] : []), 'done'];
  return values.map((value) => ({ value, label: ctx.t(`leave_flow.detail.${value}`) }));
}

const isIncomplete = (view: LeaveRequestView): boolean => view.status === 'PENDING' && view.missingDocument !== null;

/** The employee's recent requests with status, dates, days and approval progress; pick one for its details. */
export const myRequestsFlow = defineFlow({
  id: 'my_requests',
  requires: 'linked',
  start: 'list',
  keywords: ['status', 'status cuti', 'pengajuan saya', 'cek status', 'my requests', 'requests'],
  steps: {
    list: step<void>({
      auto: true,
      prompt: () => [],
      parse: () => ({ ok: true, value: undefined }),
      async next(_none, ctx) {
        const views = await getStatus(ctx.tx, requireActor(ctx).employeeId, { limit: RECENT });
        if (views.length === 0) return { done: true, showMenu: false, say: [{ kind: 'text', text: ctx.t('leave_flow.status.empty') }] };
        const policy = await leavePolicy(ctx);
        const lines = views.map((view, i) => renderRequestLine(view, i + 1, unitOf(policy, view.typeCode), ctx.t, ctx.lang));
        const text = [ctx.t('leave_flow.status.title'), ...lines].join('\n\n');
        return { to: 'pick', data: { items: views.map(toItem) }, say: [{ kind: 'text', text }] };
      },
    }),

    pick: step<number>({
      prompt: (ctx, data) => [{ kind: 'choices', text: ctx.t('leave_flow.status.pick'), choices: itemChoices(readListData(data).items, ctx) }],
      parse(input, ctx, data) {
        const picked = parseChoice(input, itemChoices(readListData(data).items, ctx));
        return picked ? { ok: true, value: itemIdOf(picked) } : { ok: false, hint: 'leave_flow.status.hint' };
      },
      next: (selected, _ctx, data) => ({ to: 'detail', data: { ...readListData(data), selected } }),
    }),

    detail: step<Next>({
      async prompt(ctx, data) {
        const list = readListData(data);
        const item = selectedItem(list);
        const view = item ? await ownRequest(ctx, item.id) : null;
        if (!item || !view) return [{ kind: 'choices', text: ctx.t('leave_flow.status.hint'), choices: detailChoices(ctx, { cancellable: false, incomplete: false }) }];
        const policy = await leavePolicy(ctx);
        const text = `${renderRequestDetail(view, unitOf(policy, item.typeCode), ctx.t, ctx.lang)}\n\n${ctx.t('leave_flow.detail.next')}`;
        const choices = detailChoices(ctx, { cancellable: isCancellable(item, ctx.today), incomplete: isIncomplete(view) });
        return [{ kind: 'choices', text, choices }];
      },
      async parse(input, ctx, data) {
        const item = selectedItem(readListData(data));
        const view = item ? await ownRequest(ctx, item.id) : null;
        const options = { cancellable: item ? isCancellable(item, ctx.today) : false, incomplete: view ? isIncomplete(view) : false };
        const picked = parseChoice(input, detailChoices(ctx, options));
        return picked ? { ok: true, value: picked as Next } : { ok: false, hint: 'leave_flow.detail.hint' };
      },
      next(choice, _ctx, data) {
        const item = selectedItem(readListData(data));
        if (choice === 'other') return { to: 'list', data: {} };
        if (choice === 'letter' && item) return { flow: 'leave_document', step: 'file', data: { items: [item], selected: item.id } };
        if (choice === 'cancel' && item) return { flow: 'cancel_request', step: 'reason', data: { items: [item], selected: item.id } };
        return { done: true };
      },
    }),
  },
});
