import { defineFlow } from '../src/conversation/flow';
import { digestMessages } from '../src/services/digest/digest-messages';

/** HR: today's digest on demand, the same text and CSV the 07:00 job sends. */
export const hrDigestFlow = defineFlow({
  id: 'hr_digest',
  requires: 'hr',
  start: 'show',
  keywords: ['rekap', 'rekap hari ini', 'ringkasan', 'digest'],
  graph: { show: ['done'] },
  steps: (s) => ({
    show: s.action({
      run: async (ctx) => ({ done: true, showMenu: false, say: digestMessages(await ctx.services.digest.build(ctx.today), ctx.lang) }),
    }),
  }),
});
