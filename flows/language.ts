import { defineFlow, say } from '../src/conversation/flow';

const CHOICES = [
  { value: 'id', label: 'Bahasa Indonesia' },
  { value: 'en', label: 'English' },
];

/** Switch between Bahasa Indonesia and English; saved on the employee. */
export const languageFlow = defineFlow({
  id: 'language',
  requires: 'none',
  start: 'pick',
  keywords: ['bahasa', 'language', 'english', 'inggris'],
  graph: { pick: ['done'] },
  steps: (s) => ({
    pick: s.choice<'id' | 'en'>({
      prompt: (ctx) => ctx.t('language.pick'),
      choices: () => CHOICES,
      read: (input) => (input.kind === 'text' && /^(indo|id)/i.test(input.text.trim()) ? 'id' : null),
      hint: 'language.pick',
      async next(lang, ctx) {
        ctx.setLanguage(lang);
        await ctx.services.employees.setLanguage(lang);
        return { done: true, say: [say(ctx.t('language.saved'))] };
      },
    }),
  }),
});
