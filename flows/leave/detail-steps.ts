import { step, type LegacyStep as StepDef } from '../../src/conversation/legacy-flow';
import { type TurnContext } from '../../src/conversation/flow';
import type { Choice } from '../../src/chat/outbound-message';
import type { InboundContent } from '../../src/chat/inbound-message';
import { parseChoice } from '../../src/conversation/parse-choice';
import { parseNumber } from '../../src/conversation/understand/parse-number';
import { formatDay } from '../../src/domain/format';
import { type LeaveDetail, type LeavePolicy, SICK_KINDS } from '../../src/domain/leave';
import { leavePolicy } from './leave-facts';
import { type LeaveDraft, readDraft } from './leave-draft';
import { earlyAnniversary } from './leave-steps';
import { withDetail } from './advance';
import { readYesNo, yesNoChoices } from '../../src/conversation/understand/read-yes-no';

/** A question answered by picking one of a list the policy gives (reasons, sick kinds). */
function pickStep(
  promptKey: (ctx: TurnContext, draft: LeaveDraft, policy: LeavePolicy) => string,
  options: (policy: LeavePolicy) => readonly string[],
  labelKey: (value: string) => string,
  hint: string,
  record: (value: string) => LeaveDetail,
): StepDef<never> {
  const choices = (ctx: TurnContext, policy: LeavePolicy): Choice[] =>
    options(policy).map((value) => ({ value, label: ctx.t(labelKey(value)) }));
  return step<string>({
    async prompt(ctx, data) {
      const policy = await leavePolicy(ctx);
      return [{ kind: 'choices', text: promptKey(ctx, readDraft(data), policy), choices: choices(ctx, policy) }];
    },
    async parse(input, ctx) {
      const picked = parseChoice(input, choices(ctx, await leavePolicy(ctx)));
      return picked ? { ok: true, value: picked } : { ok: false, hint };
    },
    next: (value, ctx, data) => withDetail(ctx, readDraft(data), record(value)),
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
export const childOrderStep = step<number>({
  prompt: (ctx) => [{ kind: 'text', text: ctx.t('leave_flow.child_order.prompt') }],
  parse(input: InboundContent) {
    const n = input.kind === 'text' && input.text.length <= 40 ? parseNumber(input.text) : null;
    return n !== null && Number.isInteger(n) && n >= 1 && n <= 30 ? { ok: true, value: n } : { ok: false, hint: 'leave_flow.child_order.hint' };
  },
  next: (childOrder, ctx, data) => withDetail(ctx, readDraft(data), { childOrder }),
});

/** A yes/no question recorded as one flag of the detail. */
function yesNoStep(promptKey: string, record: (yes: boolean) => LeaveDetail): StepDef<never> {
  return step<boolean>({
    prompt: (ctx) => [{ kind: 'choices', text: ctx.t(promptKey), choices: yesNoChoices(ctx.t) }],
    parse(input, ctx) {
      const yes = readYesNo(input, yesNoChoices(ctx.t));
      return yes === null ? { ok: false, hint: 'leave_flow.yes_no.hint' } : { ok: true, value: yes };
    },
    next: (yes, ctx, data) => withDetail(ctx, readDraft(data), record(yes)),
  });
}

/** CB: a first hajj is exempt from the five years of service. */
export const firstHajjStep = yesNoStep('leave_flow.first_hajj.prompt', (firstHajj) => ({ firstHajj }));
