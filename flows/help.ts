import { defineFlow, finish } from '../src/conversation/flow';

/** What SAPA can do and how to reach a person. */
export const helpFlow = defineFlow({
  id: 'help',
  requires: 'none',
  start: 'show',
  keywords: ['bantuan', 'help', 'panduan', 'cara'],
  graph: { show: ['done'] },
  steps: (s) => ({
    show: s.action({ run: (ctx) => finish(ctx.t(ctx.actor ? 'help.linked' : 'help.unlinked')) }),
  }),
});
