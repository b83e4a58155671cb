import type { StepDef, TurnContext } from '../../src/conversation/flow';
import { parseNumber } from '../../src/conversation/understand/parse-number';
import { formatDay } from '../../src/domain/format';
import { type LeaveDetail, type LeavePolicy, SICK_KINDS } from '../../src/domain/leave';
import { type LeaveDraft } from './leave-draft';
import { leaveStep } from './leave-step';
import { earlyAnniversary } from './draft-checks';
import { withDetail } from './advance';
import { leaveOf } from './leave-facts';

/** A question answered by picking one of a list the policy gives (reasons, sick kinds). */
function pickStep(
  promptKey: (ctx: TurnContext, draft: LeaveDraft, policy: LeavePolicy) => string,
  options: (policy: LeavePolicy) => readonly string[],
  labelKey: (value: string) => string,
  hint: string,
  record: (value: string) => LeaveDetail,
): StepDef {
  return leaveStep.choice({
    prompt: async (ctx, draft) => promptKey(ctx, draft, await leaveOf(ctx, draft).policy()),
    choices: async (ctx, draft) => options(await leaveOf(ctx, draft).policy()).map((value) => ({ value, label: ctx.t(labelKey(value)) })),
    hint,
    next: (value, ctx, draft) => withDetail(ctx, draft, record(value)),
  });
}

/** CAP: which of the regulation's important reasons. */
export const capReasonStep = pickStep(
  (ctx) => ctx.t('leave_flow.cap_reason.prompt'),
  (policy) => policy.importantReasons.reasons,
  (value) => `leave.reason.${value}`,
  'leave_flow.cap_reason.hint',
  (capReason) => ({ capReason }),
);

/** CT by a PPPK before one year of service: the early allowance's reason. */
export const earlyReasonStep = pickStep(
  (ctx, draft, policy) => ctx.t('leave_flow.early_reason.prompt', { date: formatDay(earlyAnniversary(draft, policy) ?? ctx.today, ctx.lang) }),
  (policy) => policy.annual.pppkEarlyReasons,
  (value) => `leave.reason.${value}`,
  'leave_flow.cap_reason.hint',
  (earlyReason) => ({ earlyReason }),
);

/** CS: illness, miscarriage or work accident (they have different limits). */
export const sickKindStep = pickStep(
  (ctx) => ctx.t('leave_flow.sick_kind.prompt'),
  () => SICK_KINDS,
  (value) => `leave.sick.${value}`,
  'leave_flow.sick_kind.hint',
  (sickKind) => ({ sickKind: sickKind as LeaveDetail['sickKind'] }),
);

/** CM: the order of the child ("2", "kedua", "second"). */
export const childOrderStep = leaveStep.ask<number>({
  prompt: (ctx) => ctx.t('leave_flow.child_order.prompt'),
  parse(input) {
    const n = input.kind === 'text' && input.text.length <= 40 ? parseNumber(input.text) : null;
    return n !== null && Number.isInteger(n) && n >= 1 && n <= 30 ? { ok: true, value: n } : { ok: false, hint: 'leave_flow.child_order.hint' };
  },
  next: (childOrder, ctx, draft) => withDetail(ctx, draft, { childOrder }),
});

/** CB: a first hajj is exempt from the five years of service. */
export const firstHajjStep = leaveStep.yesNo({
  prompt: (ctx) => ctx.t('leave_flow.first_hajj.prompt'),
  next: (firstHajj, ctx, draft) => withDetail(ctx, draft, { firstHajj }),
});
