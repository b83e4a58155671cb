import { legacyFlow as defineFlow, step } from '../src/conversation/legacy-flow';
import { buildDigest } from '../src/services/digest/build-digest';
import { digestMessages } from '../src/services/digest/digest-messages';

/** HR: today's digest on demand, the same text and CSV the 07:00 job sends. */
export const hrDigestFlow = defineFlow({
  id: 'hr_digest',
  requires: 'hr',
  start: 'show',
  keywords: ['rekap', 'rekap hari ini', 'ringkasan', 'digest'],
  steps: {
    show: step<void>({
      auto: true,
      prompt: async (ctx) => digestMessages(await buildDigest(ctx.tx, ctx.today, ctx.now), ctx.lang),
      parse: () => ({ ok: true, value: undefined }),
      next: () => ({ done: true, showMenu: false }),
    }),
  },
});
