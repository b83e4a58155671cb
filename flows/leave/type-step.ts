import { parseChoice } from '../../src/conversation/parse-choice';
import { isLeaveTypeCode } from '../../src/domain/leave';
import { applyHeard } from './apply-heard';
import { heardIn, type TypePick } from './heard-in';
import { employeeFacts, askedKey, leaveOf } from './leave-facts';
import { leaveStep } from './leave-step';
import { typeChoices, typedType } from './type-choices';

/**
 * The first question: a leave type the employee may take (a tap, a number or
 * its name), or a whole request in one message, whose type, if it names one
 * the employee may take, skips the question and whose other slots are kept.
 */
export const typeStep = leaveStep.ask<TypePick>({
  async prompt(ctx, draft) {
    const choices = await typeChoices(await leaveOf(ctx, draft).policy(), draft.who ?? employeeFacts(ctx), ctx.t);
    if (choices.length === 0) return [{ kind: 'text', text: ctx.t('leave_flow.type.none') }];
    return [{ kind: 'choices', text: ctx.t(askedKey(draft, 'leave_flow.type.prompt'), { name: draft.for?.name ?? '' }), choices }];
  },
  async parse(input, ctx, draft) {
    const choices = await typeChoices(await leaveOf(ctx, draft).policy(), draft.who ?? employeeFacts(ctx), ctx.t);
    const picked = parseChoice(input, choices) ?? typedType(input, choices);
    if (picked !== null && isLeaveTypeCode(picked)) return { ok: true, value: { type: picked } };
    const heard = input.kind === 'text' ? heardIn(input.text, ctx.today) : null;
    if (!heard) return { ok: false, hint: 'leave_flow.type.hint' };
    const type = choices.some((c) => c.value === heard.type) ? heard.type : undefined;
    return { ok: true, value: { ...(type ? { type } : {}), heard: heard.slots } };
  },
  next: (pick, ctx, draft) =>
    pick.type
      ? applyHeard(ctx, draft, pick.type, pick.heard ?? draft.heard ?? {})
      : { to: 'type', data: { who: draft.who ?? employeeFacts(ctx), ...(draft.for ? { for: draft.for } : {}), heard: pick.heard ?? {} } },
});
