import { z } from 'zod';
import { legacyFlow as defineFlow, step } from '../src/conversation/legacy-flow';
import { parseChoice } from '../src/conversation/parse-choice';
import { parseYesNo } from '../src/conversation/understand/parse-yes-no';
import { PROFILE_FIELDS, requestProfileChange, type ProfileField } from '../src/services/profile/request-profile-change';

/** What a valid new value looks like, per field. */
const VALUE_SCHEMAS: Record<ProfileField, z.ZodType<string>> = {
  phone: z
    .string()
    .transform((v) => v.replace(/[\s-]/g, '').replace(/^\+/, '').replace(/^0/, '62'))
    .pipe(z.string().regex(/^62\d{8,13}$/)),
  email: z.string().trim().toLowerCase().pipe(z.email()),
  address: z.string().trim().min(10).max(300),
};

const fieldChoices = (t: (k: string) => string) => PROFILE_FIELDS.map((f) => ({ value: f, label: t(`profile.field.${f}`) }));
const YES_NO = (t: (k: string) => string) => [
  { value: 'yes', label: t('common.yes') },
  { value: 'no', label: t('common.no') },
];

/** Ask HR to change one's phone, address or email; HR verifies before anything changes. */
export const profileChangeFlow = defineFlow({
  id: 'profile_change',
  requires: 'linked',
  start: 'field',
  keywords: ['ubah data', 'ganti data', 'ganti nomor', 'ubah alamat', 'change data', 'update profile'],
  steps: {
    field: step<ProfileField>({
      prompt: (ctx) => [{ kind: 'choices', text: ctx.t('profile.pick_field'), choices: fieldChoices(ctx.t) }],
      parse: (input, ctx) => {
        const value = parseChoice(input, fieldChoices(ctx.t));
        return value ? { ok: true, value: value as ProfileField } : { ok: false, hint: 'conversation.choose_from_list' };
      },
      next: (field) => ({ to: 'value', data: { field } }),
    }),
    value: step<string>({
      prompt: (ctx, data) => [{ kind: 'text', text: ctx.t(`profile.ask.${String(data.field)}`) }],
      parse: (input, _ctx, data) => {
        const field = data.field as ProfileField;
        if (input.kind === 'contact' && field === 'phone') input = { kind: 'text', text: input.phone };
        if (input.kind !== 'text') return { ok: false, hint: `profile.invalid.${field}` };
        const parsed = VALUE_SCHEMAS[field].safeParse(input.text.trim());
        return parsed.success ? { ok: true, value: parsed.data } : { ok: false, hint: `profile.invalid.${field}` };
      },
      next: (value, _ctx, data) => ({ to: 'confirm', data: { ...data, value } }),
    }),
    confirm: step<boolean>({
      prompt: (ctx, data) => [
        {
          kind: 'choices',
          text: ctx.t('profile.confirm', { field: ctx.t(`profile.field.${String(data.field)}`), value: String(data.value) }),
          choices: YES_NO(ctx.t),
        },
      ],
      parse: (input, ctx) => {
        const picked = parseChoice(input, YES_NO(ctx.t));
        const answer = picked ? picked === 'yes' : input.kind === 'text' ? parseYesNo(input.text) : null;
        return answer === null ? { ok: false, hint: 'common.yes_or_no' } : { ok: true, value: answer };
      },
      async next(confirmed, ctx, data) {
        if (!confirmed) return { done: true, say: [{ kind: 'text', text: ctx.t('conversation.cancelled') }] };
        const request = await requestProfileChange(ctx.tx, {
          actor: ctx.actor!,
          field: data.field as ProfileField,
          value: String(data.value),
          channel: ctx.channel,
        });
        return { done: true, say: [{ kind: 'text', text: ctx.t('profile.sent', { id: request.id }) }] };
      },
    }),
  },
});
