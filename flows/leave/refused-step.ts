import { step } from '../../src/conversation/legacy-flow';
import { type TurnContext } from '../../src/conversation/flow';
import type { Choice } from '../../src/chat/outbound-message';
import { parseChoice } from '../../src/conversation/parse-choice';
import { renderLeaveErrors } from '../../src/conversation/render/leave-error-lines';
import { type LeaveDraft, readDraft } from './leave-draft';

type Answer = 'change_dates' | 'drop';

const choices = (ctx: TurnContext): Choice[] => [
  { value: 'change_dates', label: ctx.t('leave_flow.refused.change_dates') },
  { value: 'drop', label: ctx.t('leave_flow.refused.drop') },
];

/** The draft without its dates and what depended on them (half day, emergency, the refusal). */
export function withoutDates(draft: LeaveDraft): LeaveDraft {
  const { start: _s, end: _e, fullDays: _f, halfDay: _h, errors: _x, ...rest } = draft;
  const { emergency: _m, ...detail } = draft.detail;
  return { ...rest, detail };
}

/** submitLeave said no: every failed rule, then "change the dates" (the rest is kept) or "drop it". */
export const refusedStep = step<Answer>({
  prompt(ctx, data) {
    const errors = renderLeaveErrors(readDraft(data).errors ?? [], ctx.lang);
    const text = [ctx.t('leave_flow.refused.title'), errors, '', ctx.t('leave_flow.refused.prompt')].join('\n');
    return [{ kind: 'choices', text, choices: choices(ctx) }];
  },
  parse(input, ctx) {
    const picked = parseChoice(input, choices(ctx));
    return picked ? { ok: true, value: picked as Answer } : { ok: false, hint: 'leave_flow.refused.hint' };
  },
  next(answer, ctx, data) {
    if (answer === 'drop') return { done: true, showMenu: false, say: [{ kind: 'text', text: ctx.t('leave_flow.not_sent') }] };
    return { to: 'dates', data: withoutDates(readDraft(data)) };
  },
});
