import { legacyFlow as defineFlow, step } from '../src/conversation/legacy-flow';

/** What SAPA can do and how to reach a person. */
export const helpFlow = defineFlow({
  id: 'help',
  requires: 'none',
  start: 'show',
  keywords: ['bantuan', 'help', 'panduan', 'cara'],
  steps: {
    show: step<void>({
      auto: true,
      prompt: (ctx) => [{ kind: 'text', text: ctx.t(ctx.actor ? 'help.linked' : 'help.unlinked') }],
      parse: () => ({ ok: true, value: undefined }),
      next: () => ({ done: true, showMenu: false }),
    }),
  },
});
