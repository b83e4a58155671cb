import { legacyFlow as defineFlow, step } from '../src/conversation/legacy-flow';
import { renderBalance } from '../src/conversation/render/balance-text';
import { renderLeaveErrors } from '../src/conversation/render/leave-error-lines';
import { yearOf } from '../src/domain/day';
import { getBalance } from '../src/services/leave/get-balance';
import { employeeFacts, leaveDeps, leavePolicy, requireActor } from './leave/leave-facts';
import { refusalErrors } from './leave/refusal-errors';

/** This year's cuti tahunan, line by line, with the carry-over rule; no question asked, then back to the menu. */
export const balanceFlow = defineFlow({
  id: 'balance',
  requires: 'linked',
  start: 'show',
  keywords: ['saldo', 'sisa cuti', 'saldo cuti', 'cek saldo', 'balance', 'leave balance'],
  steps: {
    show: step<void>({
      auto: true,
      async prompt(ctx) {
        try {
          const balance = await getBalance(ctx.tx, leaveDeps(ctx), requireActor(ctx).employeeId, yearOf(ctx.today));
          const [who, policy] = [employeeFacts(ctx), await leavePolicy(ctx)];
          return [{ kind: 'text', text: renderBalance(balance, who.kind, policy, ctx.t, ctx.lang) }];
        } catch (error) {
          const errors = refusalErrors(error);
          if (!errors) throw error;
          return [{ kind: 'text', text: renderLeaveErrors(errors, ctx.lang) }];
        }
      },
      parse: () => ({ ok: true, value: undefined }),
      next: () => ({ done: true, showMenu: false }),
    }),
  },
});
