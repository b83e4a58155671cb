import { z } from 'zod';
import { defineFlow, finish } from '../src/conversation/flow';
import { EMPLOYEE_KINDS } from '../src/domain/leave';
import { proxySubjectSchema } from './leave/proxy-subject';

/** An employee found for the chat's employee to act for: who they are, and the facts a leave request asks of them. */
const foundSchema = proxySubjectSchema.extend({
  position: z.string(),
  unit: z.string(),
  kind: z.enum(EMPLOYEE_KINDS),
  gender: z.enum(['M', 'F']),
  serviceStart: z.string(),
});
type Found = z.infer<typeof foundSchema>;

const label = (e: Found) => `${e.name} · ${e.nip} · ${e.unit}`;

function chosen(subject: Found) {
  return { to: 'what' as const, data: { subject } };
}

/**
 * HR and supervisors acting for an employee who cannot use the chat: find
 * them by name or NIP (only those the chat's employee may act for, checked
 * against the database; a pick among several), then request leave for them
 * (the leave request flow, its questions asked of the proxy) or cancel one
 * of their requests. The services audit the chat's employee as the proxy and
 * tell the employee who acted.
 */
export const actForFlow = defineFlow({
  id: 'act_for',
  requires: 'linked',
  data: z.object({ found: z.array(foundSchema).default([]), subject: foundSchema.optional() }),
  start: 'check',
  keywords: ['ajukan untuk', 'untuk pegawai', 'ajukan untuk pegawai', 'atas nama pegawai', 'on behalf', 'for employee', 'on behalf of employee'],
  graph: { check: ['query', 'done'], query: ['pick', 'what'], pick: ['what'], what: ['flow:leave_request', 'flow:cancel_request'] },
  steps: (s) => ({
    check: s.action({
      run: async (ctx) => ((await ctx.services.proxy.allowed()) ? { to: 'query' } : finish(ctx.t('act_for.not_allowed'))),
    }),

    query: s.ask<Found[]>({
      prompt: (ctx) => ctx.t('act_for.ask'),
      async parse(input, ctx) {
        const query = input.kind === 'text' ? input.text.trim() : '';
        if (query.length < 3 || query.length > 60) return { ok: false, hint: 'act_for.too_short' };
        const found = await ctx.services.proxy.find(query);
        return found.length === 0 ? { ok: false, hint: 'act_for.none' } : { ok: true, value: found };
      },
      freeText: true,
      next: (found) => (found.length === 1 ? chosen(found[0]!) : { to: 'pick', data: { found } }),
    }),

    pick: s.choice<string>({
      prompt: (ctx, data) => ctx.t('act_for.pick', { count: data.found.length }),
      choices: (_ctx, data) => data.found.map((e) => ({ value: String(e.id), label: label(e) })),
      hint: 'act_for.pick_hint',
      next: (picked, _ctx, data) => chosen(data.found.find((e) => String(e.id) === picked)!),
    }),

    what: s.choice<'leave' | 'cancel'>({
      prompt: (ctx, data) => ctx.t('act_for.what', { name: data.subject?.name ?? '', nip: data.subject?.nip ?? '', unit: data.subject?.unit ?? '' }),
      choices: (ctx, data) => [
        { value: 'leave', label: ctx.t('act_for.leave', { name: data.subject?.name ?? '' }) },
        { value: 'cancel', label: ctx.t('act_for.cancel', { name: data.subject?.name ?? '' }) },
      ],
      hint: 'act_for.what_hint',
      next(answer, _ctx, data) {
        const { id, name, nip, linked, kind, gender, serviceStart } = data.subject!;
        const subject = { id, name, nip, linked };
        return answer === 'leave'
          ? { flow: 'leave_request', data: { for: subject, who: { kind, gender, serviceStart } } }
          : { flow: 'cancel_request', data: { for: subject } };
      },
    }),
  }),
});
