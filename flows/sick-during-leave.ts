import type { InboundContent } from '../src/chat/inbound-message';
import { defineFlow, finish, type ParsedReply, type TurnContext } from '../src/conversation/flow';
import { renderLeaveErrors } from '../src/conversation/render/leave-error-lines';
import { addDays, type IsoDay } from '../src/domain/day';
import { formatDayRange, formatDays } from '../src/domain/format';
import { leaveErrorParams, planSickConversion } from '../src/domain/leave';
import { isAcceptableDocument, LEAVE_DOCUMENT_MAX_BYTES } from '../src/services/leave-documents/store-leave-document';
import { grantedUnderWay, readLeaveDays, underWaySchema } from './leave/leave-under-way';
import { itemChoices, itemIdOf, type RequestItem, selectedItem } from './leave/request-items';

type DocumentInput = Extract<InboundContent, { kind: 'document' }>;
const maxMb = LEAVE_DOCUMENT_MAX_BYTES / 1024 / 1024;

async function readSickDays(input: InboundContent, ctx: TurnContext, item: RequestItem): Promise<ParsedReply<{ start: IsoDay; end: IsoDay }>> {
  const days = input.kind === 'text' ? readLeaveDays(input.text, ctx, item) : null;
  if (!days) return { ok: false, hint: 'leave_during.sick.days_hint', params: { period: formatDayRange(item.start, item.end, ctx.lang) } };
  const { sick } = await ctx.services.leave.policy();
  const plan = planSickConversion({ ...item, converted: [] }, days, ctx.today, sick.backdateDays);
  return plan.ok ? { ok: true, value: days } : { ok: false, hint: plan.error.code, params: leaveErrorParams(plan.error, ctx.lang) };
}

/**
 * Fell ill during granted annual leave ("sakit saat cuti"): pick the leave,
 * the sick days, the doctor's letter, confirm; convertToSickLeave makes those
 * days sick leave, gives the annual days back and tells those who granted it.
 */
export const sickDuringLeaveFlow = defineFlow({
  id: 'sick_during_leave',
  requires: 'linked',
  data: underWaySchema,
  start: 'list',
  keywords: ['sakit saat cuti', 'sakit waktu cuti', 'sakit ketika cuti', 'sakit selama cuti', 'sick during leave', 'ill during leave'],
  graph: { list: ['pick', 'days', 'done'], pick: ['days'], days: ['letter'], letter: ['confirm'], confirm: ['done'] },
  steps: (s) => ({
    list: s.action({
      async run(ctx) {
        const { sick } = await ctx.services.leave.policy();
        const items = await grantedUnderWay(ctx, addDays(ctx.today, -sick.backdateDays), ['CT']);
        if (items.length === 0) return finish(ctx.t('leave_during.sick.none'));
        return items.length === 1 ? { to: 'days', data: { items, selected: items[0]!.id } } : { to: 'pick', data: { items } };
      },
    }),

    pick: s.choice({
      prompt: (ctx) => ctx.t('leave_during.sick.pick'),
      choices: (ctx, data) => itemChoices(data.items, ctx),
      hint: 'leave_during.pick_hint',
      next: (picked, _ctx, data) => ({ to: 'days', data: { ...data, selected: itemIdOf(picked) } }),
    }),

    days: s.ask({
      prompt(ctx, data) {
        const item = selectedItem(data)!;
        return ctx.t('leave_during.sick.days', { ref: item.ref, period: formatDayRange(item.start, item.end, ctx.lang) });
      },
      parse: (input, ctx, data) => readSickDays(input, ctx, selectedItem(data)!),
      next: (days, _ctx, data) => ({ to: 'letter', data: { ...data, ...days } }),
    }),

    letter: s.ask<DocumentInput>({
      acceptsDocument: true,
      prompt: (ctx) => ctx.t('leave_during.sick.letter', { maxMb }),
      parse(input) {
        if (input.kind === 'document' && isAcceptableDocument(input)) return { ok: true, value: input };
        return { ok: false, hint: 'leave_during.sick.letter_hint', params: { maxMb } };
      },
      async next(file, ctx, data) {
        const stored = await ctx.services.leave.storeDocument('DOCTOR', { fileName: file.fileName, mimeType: file.mimeType, content: file.content });
        return { to: 'confirm', data: { ...data, documentIds: [...data.documentIds, stored.id] } };
      },
    }),

    confirm: s.yesNo({
      prompt(ctx, data) {
        const item = selectedItem(data)!;
        return ctx.t('leave_during.sick.confirm', { ref: item.ref, dates: formatDayRange(data.start!, data.end!, ctx.lang) });
      },
      labels: ['leave_during.yes', 'leave_during.no'],
      async next(yes, ctx, data) {
        const item = selectedItem(data)!;
        if (!yes) return finish(ctx.t('leave_during.kept', { ref: item.ref }));
        const reason = ctx.t('leave_during.sick.reason', { ref: item.ref });
        const result = await ctx.services.leave.sickDuringLeave({ requestId: item.id, start: data.start!, end: data.end!, documentIds: data.documentIds, reason });
        if ('refused' in result) return finish(`${ctx.t('leave_during.sick.failed', { ref: item.ref })}\n${renderLeaveErrors(result.refused, ctx.lang)}`);
        const { sick, annual, daysBack } = result;
        return finish(ctx.t('leave_during.sick.done', {
          sickRef: sick.ref, dates: formatDayRange(sick.start, sick.end, ctx.lang), ref: annual.ref,
          days: formatDays(annual.days, ctx.lang), back: formatDays(daysBack, ctx.lang),
        }));
      },
    }),
  }),
});
