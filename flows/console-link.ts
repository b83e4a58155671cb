import { defineFlow } from '../src/conversation/flow';

/**
 * "konsol": a one-time sign-in link to the HR web console (10 minutes, once),
 * for HR officers and supervisors; anyone else is told it is not for them
 * (the service refuses, the engine answers).
 */
export const consoleLinkFlow = defineFlow({
  id: 'console_link',
  requires: 'linked',
  start: 'link',
  keywords: ['konsol', 'konsol sdm', 'console', 'hr console'],
  graph: { link: ['done'] },
  steps: (s) => ({
    link: s.action({
      run: async (ctx) => {
        const { token } = await ctx.services.console.link();
        const url = `${(ctx.agency.publicUrl ?? '').replace(/\/+$/, '')}/hr/login/${token}`;
        return { done: true, showMenu: false, say: [{ kind: 'text', text: ctx.t('console.link', { url }) }] };
      },
    }),
  }),
});
