import { renderLeaveErrors } from '../../src/conversation/render/leave-error-lines';
import { type LeaveDraft } from './leave-draft';
import { leaveStep } from './leave-step';

/** The draft without its dates and what depended on them (half day, emergency, the refusal). */
export function withoutDates(draft: LeaveDraft): LeaveDraft {
  const { start: _s, end: _e, fullDays: _f, halfDay: _h, errors: _x, ...rest } = draft;
  const { emergency: _m, ...detail } = draft.detail;
  return { ...rest, detail };
}

/** submitLeave said no: every failed rule, then "change the dates" (the rest is kept) or "drop it". */
export const refusedStep = leaveStep.choice<'change_dates' | 'drop'>({
  prompt: (ctx, draft) => [ctx.t('leave_flow.refused.title'), renderLeaveErrors(draft.errors ?? [], ctx.lang), '', ctx.t('leave_flow.refused.prompt')].join('\n'),
  choices: (ctx) => [
    { value: 'change_dates', label: ctx.t('leave_flow.refused.change_dates') },
    { value: 'drop', label: ctx.t('leave_flow.refused.drop') },
  ],
  hint: 'leave_flow.refused.hint',
  next(answer, ctx, draft) {
    if (answer === 'drop') return { done: true, showMenu: false, say: [{ kind: 'text', text: ctx.t('leave_flow.not_sent') }] };
    return { to: 'dates', data: withoutDates(draft) };
  },
});
