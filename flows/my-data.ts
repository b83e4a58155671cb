import { defineFlow, say } from '../src/conversation/flow';
import { privacyUrlOf } from '../src/services/personal-data/collect-personal-data';

/**
 * "data saya": what SAPA holds about the employee, as a PDF sent to this
 * chat through the outbox, and how to have a detail corrected (the
 * profile-change flow, or HR for what it does not cover). No question asked.
 */
export const myDataFlow = defineFlow({
  id: 'my_data',
  requires: 'linked',
  start: 'send',
  keywords: ['data saya', 'data pribadi saya', 'data diri', 'my data', 'my personal data'],
  graph: { send: ['done'] },
  steps: (s) => ({
    send: s.action({
      async run(ctx) {
        const document = await ctx.services.personalData.send(ctx.lang);
        const explained = ctx.t('privacy.mine.sent', {
          contact: ctx.agency.privacyContact ?? ctx.agency.name,
          url: privacyUrlOf({ PUBLIC_URL: ctx.agency.publicUrl }),
        });
        return { done: true, showMenu: false, say: [say(explained), document] };
      },
    }),
  }),
});
