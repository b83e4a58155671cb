import { z } from 'zod';
import { defineFlow, say } from '../src/conversation/flow';
import { PROFILE_FIELDS, type ProfileField } from '../src/services/profile/request-profile-change';

/** What a valid new value looks like, per field. */
const VALUE_SCHEMAS: Record<ProfileField, z.ZodType<string>> = {
  phone: z
    .string()
    .transform((v) => v.replace(/[\s-]/g, '').replace(/^\+/, '').replace(/^0/, '62'))
    .pipe(z.string().regex(/^62\d{8,13}$/)),
  email: z.string().trim().toLowerCase().pipe(z.email()),
  address: z.string().trim().min(10).max(300),
};

/** Ask HR to change one's phone, address or email; HR verifies before anything changes. */
export const profileChangeFlow = defineFlow({
  id: 'profile_change',
  requires: 'linked',
  data: z.object({ field: z.enum(PROFILE_FIELDS).default('phone'), value: z.string().default('') }),
  start: 'field',
  keywords: ['ubah data', 'ganti data', 'ganti nomor', 'ubah alamat', 'change data', 'update profile'],
  graph: { field: ['value'], value: ['confirm'], confirm: ['done'] },
  steps: (s) => ({
    field: s.choice<ProfileField>({
      prompt: (ctx) => ctx.t('profile.pick_field'),
      choices: (ctx) => PROFILE_FIELDS.map((f) => ({ value: f, label: ctx.t(`profile.field.${f}`) })),
      hint: 'conversation.choose_from_list',
      next: (field) => ({ to: 'value', data: { field } }),
    }),
    value: s.ask<string>({
      prompt: (ctx, data) => ctx.t(`profile.ask.${data.field}`),
      parse: (input, _ctx, { field }) => {
        if (input.kind === 'contact' && field === 'phone') input = { kind: 'text', text: input.phone };
        if (input.kind !== 'text') return { ok: false, hint: `profile.invalid.${field}` };
        const parsed = VALUE_SCHEMAS[field].safeParse(input.text.trim());
        return parsed.success ? { ok: true, value: parsed.data } : { ok: false, hint: `profile.invalid.${field}` };
      },
      next: (value, _ctx, data) => ({ to: 'confirm', data: { ...data, value } }),
    }),
    confirm: s.yesNo({
      prompt: (ctx, data) => ctx.t('profile.confirm', { field: ctx.t(`profile.field.${data.field}`), value: data.value }),
      hint: 'common.yes_or_no',
      async next(confirmed, ctx, data) {
        if (!confirmed) return { done: true, say: [say(ctx.t('conversation.cancelled'))] };
        const request = await ctx.services.employees.requestProfileChange(data.field, data.value);
        return { done: true, say: [say(ctx.t('profile.sent', { id: request.id }))] };
      },
    }),
  }),
});
