import { z } from 'zod';
import type { Choice, OutboundMessage } from '../src/chat/outbound-message';
import { defineFlow, type FlowDef, type TurnContext } from '../src/conversation/flow';
import { formatDayRange } from '../src/domain/format';
import { listOwnLeaveLetters, listOwnLeaveRequests, type OwnLeaveItem } from '../src/services/paperwork/list-own-leave-papers';
import { sendOwnLeaveForm, sendOwnLeaveLetter } from '../src/services/paperwork/send-own-leave-paper';

const dataSchema = z.object({ choices: z.array(z.object({ value: z.string(), label: z.string() })).default([]) });

interface PaperKind {
  id: string;
  keywords: readonly string[];
  list(ctx: TurnContext, employeeId: number): Promise<OwnLeaveItem[]>;
  send(ctx: TurnContext, id: number): Promise<OutboundMessage>;
  none: string;
  choose: string;
}

function label(ctx: TurnContext, item: OwnLeaveItem): string {
  return `${item.ref} · ${ctx.t(`paperwork.type.${item.typeCode}`)} ${formatDayRange(item.start, item.end, ctx.lang)}`;
}

function employeeOf(ctx: TurnContext) {
  if (!ctx.actor) throw new Error('leave papers need a linked employee');
  return { id: ctx.actor.employeeId, name: ctx.actor.name };
}

/** One paper flow: with one paper it comes at once, with several the employee picks (newest first). */
function paperFlow(kind: PaperKind): FlowDef {
  return defineFlow({
    id: kind.id,
    requires: 'linked',
    data: dataSchema,
    start: 'find',
    keywords: kind.keywords,
    graph: { find: ['pick', 'done'], pick: ['done'] },
    steps: (s) => ({
      find: s.action({
        async run(ctx) {
          const items = await kind.list(ctx, employeeOf(ctx).id);
          if (items.length === 0) return { done: true, say: [{ kind: 'text', text: ctx.t(kind.none) }] };
          if (items.length === 1) return { done: true, say: [await kind.send(ctx, items[0]!.id)], showMenu: false };
          const choices: Choice[] = items.map((item) => ({ value: String(item.id), label: label(ctx, item) }));
          return { to: 'pick', data: { choices } };
        },
      }),
      pick: s.choice({
        prompt: (ctx) => ctx.t(kind.choose),
        choices: (_ctx, data) => data.choices,
        hint: 'paperwork.pick_hint',
        next: async (value, ctx) => ({ done: true, say: [await kind.send(ctx, Number(value))], showMenu: false }),
      }),
    }),
  });
}

const sendInput = (ctx: TurnContext) => ({ employee: employeeOf(ctx), channel: ctx.channel, lang: ctx.lang, now: ctx.now });

/** "surat cuti": the employee's Surat Izin Cuti again. */
export const leaveLetterFlow = paperFlow({
  id: 'leave_letter',
  keywords: ['surat cuti', 'surat izin cuti', 'leave letter', 'leave permit'],
  list: (ctx, employeeId) => listOwnLeaveLetters(ctx.tx, employeeId),
  send: (ctx, paperId) => sendOwnLeaveLetter(ctx.tx, { ...sendInput(ctx), paperId }),
  none: 'paperwork.letter.none',
  choose: 'paperwork.letter.choose',
});

/** "formulir cuti": the BKN form of one of the employee's requests, as it stands now. */
export const leaveFormFlow = paperFlow({
  id: 'leave_form',
  keywords: ['formulir cuti', 'form cuti', 'leave form'],
  list: (ctx, employeeId) => listOwnLeaveRequests(ctx.tx, employeeId),
  send: (ctx, requestId) => sendOwnLeaveForm(ctx.tx, { ...sendInput(ctx), requestId }),
  none: 'paperwork.form.none',
  choose: 'paperwork.form.choose',
});
