import type { Choice } from '../src/chat/outbound-message';
import type { TurnContext } from '../src/conversation/flow';

/** Menu entries: flow id, catalogue key of the label, who sees it. */
const ENTRIES: ReadonlyArray<{ flow: string; label: string; who: 'all' | 'approver' | 'proxy' | 'hr' }> = [
  { flow: 'leave_request', label: 'menu.leave_request', who: 'all' },
  { flow: 'my_requests', label: 'menu.my_requests', who: 'all' },
  { flow: 'balance', label: 'menu.balance', who: 'all' },
  { flow: 'payslip', label: 'menu.payslip', who: 'all' },
  { flow: 'cancel_request', label: 'menu.cancel_request', who: 'all' },
  { flow: 'approvals', label: 'menu.approvals', who: 'approver' },
  { flow: 'delegation', label: 'menu.delegation', who: 'approver' },
  { flow: 'hr_digest', label: 'menu.hr_digest', who: 'hr' },
  { flow: 'hr_find', label: 'menu.hr_find', who: 'hr' },
  { flow: 'hr_worklist', label: 'menu.hr_worklist', who: 'hr' },
  { flow: 'hr_profile_review', label: 'menu.hr_profile_review', who: 'hr' },
  { flow: 'profile_change', label: 'menu.profile_change', who: 'all' },
  { flow: 'my_chats', label: 'menu.my_chats', who: 'all' },
  { flow: 'my_data', label: 'menu.my_data', who: 'all' },
  { flow: 'language', label: 'menu.language', who: 'all' },
  { flow: 'help', label: 'menu.help', who: 'all' },
  { flow: 'act_for', label: 'menu.act_for', who: 'proxy' },
];

/** The menu's entries this person sees, of the flows the menu was given. */
export async function menuChoices(ctx: TurnContext, available: ReadonlySet<string>): Promise<Choice[]> {
  const approver = await ctx.services.approvals.isApprover();
  const shown = ENTRIES.filter((e) => available.has(e.flow));
  // HR and supervisors act for others (a supervisor is an approver: asked of approvers only).
  const proxy = ctx.actor?.role === 'HR' || (approver && shown.some((e) => e.who === 'proxy') && (await ctx.services.proxy.allowed()));
  return shown
    .filter((e) => e.who === 'all' || (e.who === 'approver' && approver) || (e.who === 'proxy' && proxy) || (e.who === 'hr' && ctx.actor?.role === 'HR'))
    .map((e) => ({ value: e.flow, label: ctx.t(e.label) }));
}
