import { z } from 'zod';
import { defineFlow, type FlowDef, type TurnContext } from '../src/conversation/flow';
import type { Choice } from '../src/chat/outbound-message';
import type { InboundContent } from '../src/chat/inbound-message';
import { formatPeriod } from '../src/domain/format';
import { DEFAULT_PAYSLIP_PASSWORD_RULE, type PayslipPasswordRule } from '../src/domain/payslip/payslip-password';

/** The months offered, newest first ("YYYY-MM"), kept in the flow data between the two steps. */
const pickData = z.object({ periods: z.array(z.string().regex(/^\d{4}-\d{2}$/)).default([]) });

/** A month typed as the start of its name ("nov") rather than picked. */
function monthPrefix(input: InboundContent, choices: readonly Choice[]): string | null {
  if (input.kind !== 'text') return null;
  const typed = input.text.trim().toLowerCase();
  if (typed.length < 3) return null;
  const matches = choices.filter((c) => c.label.toLowerCase().startsWith(typed));
  return matches.length === 1 ? matches[0]!.value : null;
}

const text = (ctx: TurnContext, key: string) => [{ kind: 'text' as const, text: ctx.t(key) }];

/**
 * "slip" -> a choice of the latest published months that hold the
 * employee's slip -> the slip as a PDF document with a caption that explains
 * its password. `passwordRule` must be the agency's PAYSLIP_PASSWORD_RULE so
 * the caption matches the PDF rendered at send time. A refusal (no slip for
 * the month, a chat that may not receive it) is answered, and the flow ends.
 */
export function createPayslipFlow(options: { passwordRule?: PayslipPasswordRule } = {}): FlowDef {
  const passwordRule = options.passwordRule ?? DEFAULT_PAYSLIP_PASSWORD_RULE;
  return defineFlow({
    id: 'payslip',
    requires: 'linked',
    data: pickData,
    start: 'find',
    keywords: ['slip', 'slip gaji', 'gaji', 'payslip', 'salary'],
    graph: { find: ['pick', 'done'], pick: ['done'] },
    steps: (s) => ({
      find: s.action({
        async run(ctx) {
          const periods = await ctx.services.payslips.periods();
          return periods.length === 0 ? { done: true, say: text(ctx, 'payslip.none') } : { to: 'pick', data: { periods } };
        },
      }),
      pick: s.choice({
        prompt: (ctx) => ctx.t('payslip.flow.choose'),
        choices: (ctx, data) => data.periods.map((period) => ({ value: period, label: formatPeriod(period, ctx.lang) })),
        read: monthPrefix,
        hint: 'payslip.flow.pick_hint',
        refused: 'done',
        next: async (period, ctx) => ({ done: true, say: await ctx.services.payslips.request(period, ctx.lang, passwordRule), showMenu: false }),
      }),
    }),
  });
}

/** The payslip flow with the default password rule (date of birth, DDMMYYYY). */
export const payslipFlow = createPayslipFlow();
