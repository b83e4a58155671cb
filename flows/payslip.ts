import { z } from 'zod';
import { legacyFlow as defineFlow, step } from '../src/conversation/legacy-flow';
import { type FlowDef, type Transition, type TurnContext } from '../src/conversation/flow';
import type { Choice } from '../src/chat/outbound-message';
import type { InboundContent } from '../src/chat/inbound-message';
import { parseChoice } from '../src/conversation/parse-choice';
import { isAppError } from '../src/domain/app-error';
import { formatPeriod } from '../src/domain/format';
import { DEFAULT_PAYSLIP_PASSWORD_RULE, type PayslipPasswordRule } from '../src/domain/payslip/payslip-password';
import { listEmployeePayslipPeriods } from '../src/services/payslips/list-employee-payslip-periods';
import { requestPayslip } from '../src/services/payslips/request-payslip';

/** The months offered, newest first ("YYYY-MM"), kept in the flow data between the two steps. */
const pickData = z.object({ periods: z.array(z.string().regex(/^\d{4}-\d{2}$/)) });

/** Refusals of requestPayslip that the person gets as a plain answer. */
const REFUSALS: ReadonlySet<string> = new Set(['payslip.forbidden', 'payslip.none_for_period']);

function monthChoices(ctx: TurnContext, data: unknown): Choice[] {
  const parsed = pickData.safeParse(data);
  const periods = parsed.success ? parsed.data.periods : [];
  return periods.map((period) => ({ value: period, label: formatPeriod(period, ctx.lang) }));
}

/** A picked month: the list number or button, the label with small typos, or the start of a month's name ("nov"). */
function pickMonth(input: InboundContent, choices: readonly Choice[]): string | null {
  const picked = parseChoice(input, choices);
  if (picked || input.kind !== 'text') return picked;
  const typed = input.text.trim().toLowerCase();
  if (typed.length < 3) return null;
  const matches = choices.filter((c) => c.label.toLowerCase().startsWith(typed));
  return matches.length === 1 ? matches[0]!.value : null;
}

async function deliver(ctx: TurnContext, period: string, passwordRule: PayslipPasswordRule): Promise<Transition> {
  if (!ctx.actor) return { done: true, say: [{ kind: 'text', text: ctx.t('payslip.forbidden') }] };
  try {
    const document = await requestPayslip(ctx.tx, {
      actor: ctx.actor,
      identityId: ctx.identityId,
      period,
      lang: ctx.lang,
      passwordRule,
      now: ctx.now,
    });
    return { done: true, say: [document], showMenu: false };
  } catch (error) {
    if (!isAppError(error) || !REFUSALS.has(error.code)) throw error;
    const text = ctx.t(error.code, { ...error.params, period: formatPeriod(period, ctx.lang) });
    return { done: true, say: [{ kind: 'text', text }] };
  }
}

/**
 * "slip" -> a choice of the latest published months that hold the
 * employee's slip -> the slip as a PDF document with a caption that explains
 * its password. `passwordRule` must be the agency's PAYSLIP_PASSWORD_RULE so
 * the caption matches the PDF rendered at send time.
 */
export function createPayslipFlow(options: { passwordRule?: PayslipPasswordRule } = {}): FlowDef {
  const passwordRule = options.passwordRule ?? DEFAULT_PAYSLIP_PASSWORD_RULE;
  return defineFlow({
    id: 'payslip',
    requires: 'linked',
    start: 'find',
    keywords: ['slip', 'slip gaji', 'gaji', 'payslip', 'salary'],
    steps: {
      find: step<void>({
        auto: true,
        prompt: () => [],
        parse: () => ({ ok: true, value: undefined }),
        async next(_value, ctx) {
          const periods = ctx.actor ? await listEmployeePayslipPeriods(ctx.tx, ctx.actor.employeeId) : [];
          if (periods.length === 0) return { done: true, say: [{ kind: 'text', text: ctx.t('payslip.none') }] };
          return { to: 'pick', data: { periods } };
        },
      }),
      pick: step<string>({
        prompt: (ctx, data) => [{ kind: 'choices', text: ctx.t('payslip.flow.choose'), choices: monthChoices(ctx, data) }],
        parse: (input, ctx, data) => {
          const period = pickMonth(input, monthChoices(ctx, data));
          return period ? { ok: true, value: period } : { ok: false, hint: 'payslip.flow.pick_hint' };
        },
        next: (period, ctx) => deliver(ctx, period, passwordRule),
      }),
    },
  });
}

/** The payslip flow with the default password rule (date of birth, DDMMYYYY). */
export const payslipFlow = createPayslipFlow();
