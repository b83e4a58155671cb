import { legacyFlow as defineFlow, step } from '../src/conversation/legacy-flow';
import { parseChoice } from '../src/conversation/parse-choice';
import { setEmployeeLanguage } from '../src/services/employees/set-employee-language';

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
  steps: {
    pick: step<'id' | 'en'>({
      prompt: (ctx) => [{ kind: 'choices', text: ctx.t('language.pick'), choices: CHOICES }],
      parse: (input) => {
        const value = parseChoice(input, CHOICES) ?? (input.kind === 'text' && /^(indo|id)/i.test(input.text.trim()) ? 'id' : null);
        return value ? { ok: true, value: value as 'id' | 'en' } : { ok: false, hint: 'language.pick' };
      },
      async next(lang, ctx) {
        ctx.setLanguage(lang);
        if (ctx.actor) await setEmployeeLanguage(ctx.tx, ctx.actor, lang, ctx.channel);
        return { done: true, say: [{ kind: 'text', text: ctx.t('language.saved') }] };
      },
    }),
  },
});
