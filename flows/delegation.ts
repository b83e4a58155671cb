import { z } from 'zod';
import { defineFlow, finish, say, type TurnContext } from '../src/conversation/flow';
import type { Choice } from '../src/chat/outbound-message';
import { parseDateRange } from '../src/conversation/understand/parse-date-range';
import { formatDayRange } from '../src/domain/format';

/** Button value of the offer on an approver's own approval notice: `wakilkan:<start>:<end>`. */
export const DELEGATE_PREFIX = 'wakilkan:';

const dataSchema = z.object({
  start: z.string().optional(),
  end: z.string().optional(),
  candidates: z.array(z.object({ id: z.number().int(), name: z.string(), label: z.string() })).default([]),
  toId: z.number().int().optional(),
  toName: z.string().optional(),
  endId: z.number().int().optional(),
  endLabel: z.string().optional(),
});
type Data = z.infer<typeof dataSchema>;

/** "wakilkan:2026-12-21:2026-12-24" -> its dates, or null. */
export function readOfferValue(value: string): { start: string; end: string } | null {
  const match = /^wakilkan:(\d{4}-\d{2}-\d{2}):(\d{4}-\d{2}-\d{2})$/.exec(value);
  return match ? { start: match[1]!, end: match[2]! } : null;
}

const dates = (ctx: TurnContext, data: Pick<Data, 'start' | 'end'>) => formatDayRange(data.start ?? ctx.today, data.end ?? ctx.today, ctx.lang);

/** What "wakilkan" opens with: the approver's own leave not yet covered, a new range, and each substitute named that can be ended. */
async function menuChoices(ctx: TurnContext): Promise<Choice[]> {
  const leave = await ctx.services.delegations.uncoveredLeave(ctx.today);
  const named = await ctx.services.delegations.mine(ctx.today);
  return [
    ...leave.map((l) => ({
      value: `${DELEGATE_PREFIX}${l.start}:${l.end}`,
      label: ctx.t('delegation.chat.for_leave', { type: ctx.t(`leave.type.${l.typeCode}`), dates: formatDayRange(l.start, l.end, ctx.lang) }),
    })),
    { value: 'new', label: ctx.t('delegation.chat.new') },
    ...named.map((d) => ({ value: `end:${d.id}`, label: ctx.t('delegation.chat.end_item', { name: d.to.name, dates: formatDayRange(d.startDate, d.endDate, ctx.lang) }) })),
  ];
}

/**
 * An approver names a substitute (wakilkan) for a date range: the dates (or
 * the dates of their own granted leave, offered first; the button on its
 * approval notice opens here with them), a colleague found by name or NIP in
 * their agency's unit tree, a summary to confirm; createDelegation records it
 * (audited as them, both told). The same word lists the substitutes named and
 * ends one.
 */
export const delegationFlow = defineFlow({
  id: 'delegation',
  requires: 'linked',
  data: dataSchema,
  start: 'open',
  keywords: ['wakilkan', 'wakil', 'pengganti', 'tunjuk pengganti', 'delegasi', 'substitute', 'delegate'],
  intercept: { prefix: DELEGATE_PREFIX, step: 'offer' },
  graph: {
    open: ['menu', 'dates', 'done'], menu: ['dates', 'who', 'end'], offer: ['who'], dates: ['who'],
    who: ['who', 'pick', 'confirm'], pick: ['confirm'], confirm: ['done'], end: ['done'],
  },
  steps: (s) => ({
    open: s.action({
      async run(ctx) {
        if (!(await ctx.services.delegations.mayName())) return finish(ctx.t('delegation.chat.not_approver'));
        return (await menuChoices(ctx)).length > 1 ? { to: 'menu', data: {} } : { to: 'dates', data: {} };
      },
    }),
    menu: s.choice({
      async prompt(ctx) {
        const named = await ctx.services.delegations.mine(ctx.today);
        const lines = named.map((d) => `• ${ctx.t('delegation.chat.named_line', { name: d.to.name, dates: formatDayRange(d.startDate, d.endDate, ctx.lang) })}`);
        return [ctx.t('delegation.chat.menu'), ...(lines.length ? [ctx.t('delegation.chat.named'), ...lines] : [])].join('\n');
      },
      choices: menuChoices,
      hint: 'delegation.chat.menu_hint',
      next(value, _ctx, data) {
        const offer = readOfferValue(value);
        if (offer) return { to: 'who', data: { ...data, ...offer } };
        if (value.startsWith('end:')) return { to: 'end', data: { ...data, endId: Number(value.slice('end:'.length)) } };
        return { to: 'dates', data };
      },
    }),
    offer: s.ask<{ start: string; end: string }>({
      prompt: (ctx) => ctx.t('delegation.chat.press_button'),
      parse(input) {
        const offer = input.kind === 'choice' ? readOfferValue(input.value) : null;
        return offer ? { ok: true, value: offer } : { ok: false, hint: 'leave.step_unknown' };
      },
      next: (offer) => ({ to: 'who', data: offer }),
    }),
    dates: s.ask<{ start: string; end: string }>({
      prompt: (ctx) => ctx.t('delegation.chat.ask_dates'),
      parse(input, ctx) {
        const range = input.kind === 'text' ? parseDateRange(input.text, ctx.today) : null;
        return range ? { ok: true, value: range } : { ok: false, hint: 'delegation.chat.dates_unclear' };
      },
      next: (range, _ctx, data) => ({ to: 'who', data: { ...data, ...range } }),
    }),
    who: s.text({
      prompt: (ctx, data) => ctx.t('delegation.chat.ask_who', { dates: dates(ctx, data) }),
      schema: z.string().trim().min(3).max(60),
      hint: 'delegation.chat.who_hint',
      async next(query, ctx, data) {
        const found = await ctx.services.delegations.substitutes(query);
        if (found.length === 0) return { to: 'who', say: [say(ctx.t('delegation.chat.nobody', { query }))] };
        const candidates = found.map((c) => ({ id: c.id, name: c.name, label: ctx.t('delegation.chat.candidate', { name: c.name, nip: c.nip, position: c.position, unit: c.unit }) }));
        if (candidates.length === 1) return { to: 'confirm', data: { ...data, candidates, toId: candidates[0]!.id, toName: candidates[0]!.label } };
        return { to: 'pick', data: { ...data, candidates } };
      },
    }),
    pick: s.choice({
      prompt: (ctx, _data, choices) => ctx.t('delegation.chat.pick', { count: choices.length }),
      choices: (_ctx, data) => data.candidates.map((c) => ({ value: `to:${c.id}`, label: c.label })),
      hint: 'delegation.chat.pick_hint',
      next(value, _ctx, data) {
        const picked = data.candidates.find((c) => `to:${c.id}` === value)!;
        return { to: 'confirm', data: { ...data, toId: picked.id, toName: picked.label } };
      },
    }),
    confirm: s.yesNo({
      prompt: (ctx, data) => ctx.t('delegation.chat.confirm', { who: data.toName ?? '', dates: dates(ctx, data) }),
      labels: ['delegation.chat.yes', 'delegation.chat.no'],
      refused: 'done',
      async next(yes, ctx, data) {
        if (!yes || data.toId === undefined || !data.start || !data.end) return finish(ctx.t('delegation.chat.kept'));
        const view = await ctx.services.delegations.create({ toId: data.toId, start: data.start, end: data.end });
        return finish(ctx.t('delegation.chat.created', { name: view.to.name, dates: formatDayRange(view.startDate, view.endDate, ctx.lang) }));
      },
    }),
    end: s.yesNo({
      async prompt(ctx, data) {
        const named = (await ctx.services.delegations.mine(ctx.today)).find((d) => d.id === data.endId);
        if (!named) return [say(ctx.t('delegation.not_found'))];
        return ctx.t('delegation.chat.end_confirm', { name: named.to.name, dates: formatDayRange(named.startDate, named.endDate, ctx.lang) });
      },
      labels: ['delegation.chat.end_yes', 'delegation.chat.no'],
      refused: 'done',
      async next(yes, ctx, data) {
        if (!yes || data.endId === undefined) return finish(ctx.t('delegation.chat.kept'));
        const view = await ctx.services.delegations.end(data.endId, ctx.t('delegation.chat.end_reason'));
        return finish(ctx.t('delegation.chat.ended', { name: view.to.name }));
      },
    }),
  }),
});
