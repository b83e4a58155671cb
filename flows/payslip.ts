import { z } from 'zod';
import { defineFlow, type FlowDef, type TurnContext } from '../src/conversation/flow';
import type { Choice } from '../src/chat/outbound-message';
import type { InboundContent } from '../src/chat/inbound-message';
import { formatPeriod } from '../src/domain/format';
import { DEFAULT_PAYSLIP_PASSWORD_RULE, type PayslipPasswordRule } from '../src/domain/payslip/payslip-password';

const SLIP_KINDS = ['GAJI', 'TPP'] as const;
type SlipKind = (typeof SLIP_KINDS)[number];
const isSlipKind = (value: string): value is SlipKind => (SLIP_KINDS as readonly string[]).includes(value);

/**
 * The months offered, newest first ("YYYY-MM"), with the kinds of slip each
 * holds (absent in a conversation started before they were kept: asked
 * again), and the month picked when it holds both a salary and a TPP slip.
 */
const pickData = z.object({
  periods: z.array(z.string().regex(/^\d{4}-\d{2}$/)).default([]),
  kinds: z.record(z.string(), z.array(z.enum(SLIP_KINDS))).optional(),
  period: z.string().regex(/^\d{4}-\d{2}$/).optional(),
});

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
 * employee's slip -> when the month holds both a salary slip and a separate
 * TPP slip (RULES.md: TPP may come on its own slip), a choice of the two ->
 * the slip as a PDF document with a caption that explains its password. `passwordRule` must be the agency's PAYSLIP_PASSWORD_RULE so
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
    graph: { find: ['pick', 'done'], pick: ['kind', 'done'], kind: ['done'] },
    steps: (s) => ({
      find: s.action({
        async run(ctx) {
          const months = await ctx.services.payslips.periods();
          if (months.length === 0) return { done: true, say: text(ctx, 'payslip.none') };
          return { to: 'pick', data: { periods: months.map((m) => m.period), kinds: Object.fromEntries(months.map((m) => [m.period, m.kinds])) } };
        },
      }),
      pick: s.choice({
        prompt: (ctx) => ctx.t('payslip.flow.choose'),
        choices: (ctx, data) => data.periods.map((period) => ({ value: period, label: formatPeriod(period, ctx.lang) })),
        read: monthPrefix,
        hint: 'payslip.flow.pick_hint',
        refused: 'done',
        next: async (period, ctx, data) => {
          const kinds = data.kinds?.[period] ?? (await ctx.services.payslips.kinds(period));
          if (kinds.length > 1) return { to: 'kind', data: { ...data, period } };
          return { done: true, say: await ctx.services.payslips.request(period, ctx.lang, passwordRule, kinds[0] ?? 'GAJI'), showMenu: false };
        },
      }),
      kind: s.choice({
        prompt: (ctx, data) => ctx.t('payslip.flow.choose_kind', { period: formatPeriod(data.period ?? '', ctx.lang) }),
        choices: (ctx) => [
          { value: 'GAJI', label: ctx.t('payslip.flow.kind_gaji') },
          { value: 'TPP', label: ctx.t('payslip.flow.kind_tpp') },
        ],
        hint: 'payslip.flow.kind_hint',
        refused: 'done',
        next: async (kind, ctx, data) =>
          data.period && isSlipKind(kind)
            ? { done: true, say: await ctx.services.payslips.request(data.period, ctx.lang, passwordRule, kind), showMenu: false }
            : { done: true, say: text(ctx, 'conversation.unexpected') },
      }),
    }),
  });
}

/** The payslip flow with the default password rule (date of birth, DDMMYYYY). */
export const payslipFlow = createPayslipFlow();
