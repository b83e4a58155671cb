import { z } from 'zod';
import { defineFlow, finish, type TurnContext } from '../src/conversation/flow';
import { matchKeyword } from '../src/conversation/understand/match-keyword';
import { formatInstant } from '../src/domain/format';
import type { ProfileChangeView } from '../src/services/profile/profile-change-view';

const NOTE_MAX = 300;
const LISTED = 10;

const dataSchema = z.object({ id: z.number().int().optional() });

/** The short words the hint names, besides the buttons. */
const REVIEW_WORDS = { approve: ['setujui', 'setuju', 'approve'], reject: ['tolak', 'reject'] } as const;

const fieldName = (ctx: TurnContext, field: string) => ctx.t(`profile.field.${field}`);

function requestText(ctx: TurnContext, p: ProfileChangeView): string {
  return ctx.t('hr.review.card', {
    id: p.id, name: p.employee.name, nip: p.employee.nip, unit: p.employee.unit, field: fieldName(ctx, p.field),
    old: p.oldValue ?? ctx.t('hr.review.empty'), value: p.newValue, when: formatInstant(p.createdAt, ctx.lang),
  });
}

/** What is left after one was reviewed, as a last line. */
async function leftLine(ctx: TurnContext): Promise<string> {
  const left = (await ctx.services.hr.profileChanges(LISTED + 1)).length;
  return left === 0 ? '' : `\n${ctx.t('hr.review.left', { count: left > LISTED ? `${LISTED}+` : left })}`;
}

/**
 * HR: the open profile-change requests, oldest first; one request with the
 * value it replaces; approve (the change is written on the record, the old
 * value kept and audited) or reject with a note. The employee is told either
 * way (reviewProfileChange, as the admin API).
 */
export const hrProfileReviewFlow = defineFlow({
  id: 'hr_profile_review',
  requires: 'hr',
  data: dataSchema,
  start: 'open',
  keywords: ['tinjau data', 'periksa data', 'perubahan data', 'ubah data pegawai', 'profile changes', 'review changes'],
  graph: { open: ['pick', 'done'], pick: ['review'], review: ['note', 'done'], note: ['done'] },
  steps: (s) => ({
    open: s.action({
      run: async (ctx) => ((await ctx.services.hr.profileChanges(1)).length === 0 ? finish(ctx.t('hr.review.none')) : { to: 'pick', data: {} }),
    }),
    pick: s.choice({
      prompt: (ctx, _data, choices) => ctx.t('hr.review.pick', { count: choices.length }),
      choices: async (ctx) =>
        (await ctx.services.hr.profileChanges(LISTED)).map((p) => ({
          value: `pc:${p.id}`,
          label: ctx.t('hr.review.item', { id: p.id, name: p.employee.name, field: fieldName(ctx, p.field) }),
        })),
      hint: 'hr.review.pick_hint',
      next: (value) => ({ to: 'review', data: { id: Number(value.slice('pc:'.length)) } }),
    }),
    review: s.choice<'approve' | 'reject'>({
      async prompt(ctx, { id }) {
        const request = id === undefined ? null : await ctx.services.hr.profileChange(id);
        return request ? requestText(ctx, request) : ctx.t('profile.not_found');
      },
      choices: (ctx) => [
        { value: 'approve', label: ctx.t('hr.review.approve') },
        { value: 'reject', label: ctx.t('hr.review.reject') },
      ],
      hint: 'hr.review.review_hint',
      read: (input) => (input.kind === 'text' ? matchKeyword(input.text, REVIEW_WORDS) : null),
      refused: 'done',
      async next(choice, ctx, { id }) {
        if (id === undefined) return finish(ctx.t('profile.not_found'));
        if (choice === 'reject') return { to: 'note', data: { id } };
        const { request } = await ctx.services.hr.reviewProfileChange(id, true, null);
        return finish(ctx.t('hr.review.approved', { id, name: request.employee.name, field: fieldName(ctx, request.field), value: request.newValue }) + (await leftLine(ctx)));
      },
    }),
    note: s.text({
      prompt: (ctx) => ctx.t('hr.review.ask_note'),
      schema: z.string().trim().min(3).max(NOTE_MAX),
      hint: 'hr.review.note_hint',
      refused: 'done',
      async next(note, ctx, { id }) {
        if (id === undefined) return finish(ctx.t('profile.not_found'));
        const { request } = await ctx.services.hr.reviewProfileChange(id, false, note);
        return finish(ctx.t('hr.review.rejected', { id, name: request.employee.name, field: fieldName(ctx, request.field) }) + (await leftLine(ctx)));
      },
    }),
  }),
});
