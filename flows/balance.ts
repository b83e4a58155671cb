import { defineFlow, finish } from '../src/conversation/flow';
import { renderBalance } from '../src/conversation/render/balance-text';
import { yearOf } from '../src/domain/day';
import { employeeFacts } from './leave/leave-facts';

/** This year's cuti tahunan, line by line, with the carry-over rule; no question asked, then back to the menu. */
export const balanceFlow = defineFlow({
  id: 'balance',
  requires: 'linked',
  start: 'show',
  keywords: ['saldo', 'sisa cuti', 'saldo cuti', 'cek saldo', 'balance', 'leave balance'],
  graph: { show: ['done'] },
  steps: (s) => ({
    show: s.action({
      async run(ctx) {
        const balance = await ctx.services.leave.balance(yearOf(ctx.today));
        return finish(renderBalance(balance, employeeFacts(ctx).kind, await ctx.services.leave.policy(), ctx.t, ctx.lang));
      },
    }),
  }),
});
