import { z } from 'zod';
import type { Choice, OutboundMessage } from '../src/chat/outbound-message';
import { defineFlow, type FlowDef, type TurnContext } from '../src/conversation/flow';
import { formatDayRange } from '../src/domain/format';
import type { OwnLeaveItem } from '../src/services/paperwork/list-own-leave-papers';

const dataSchema = z.object({ choices: z.array(z.object({ value: z.string(), label: z.string() })).default([]) });

interface PaperKind {
  id: string;
  keywords: readonly string[];
  list(ctx: TurnContext): Promise<OwnLeaveItem[]>;
  send(ctx: TurnContext, id: number): Promise<OutboundMessage>;
  none: string;
  choose: string;
}

function label(ctx: TurnContext, item: OwnLeaveItem): string {
  return `${item.ref} · ${ctx.t(`paperwork.type.${item.typeCode}`)} ${formatDayRange(item.start, item.end, ctx.lang)}`;
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
          const items = await kind.list(ctx);
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

/** "surat cuti": the employee's Surat Izin Cuti again. */
export const leaveLetterFlow = paperFlow({
  id: 'leave_letter',
  keywords: ['surat cuti', 'surat izin cuti', 'leave letter', 'leave permit'],
  list: (ctx) => ctx.services.paperwork.letters(),
  send: (ctx, paperId) => ctx.services.paperwork.sendLetter(paperId, ctx.lang),
  none: 'paperwork.letter.none',
  choose: 'paperwork.letter.choose',
});

/** "formulir cuti": the BKN form of one of the employee's requests, as it stands now. */
export const leaveFormFlow = paperFlow({
  id: 'leave_form',
  keywords: ['formulir cuti', 'form cuti', 'leave form'],
  list: (ctx) => ctx.services.paperwork.requests(),
  send: (ctx, requestId) => ctx.services.paperwork.sendForm(requestId, ctx.lang),
  none: 'paperwork.form.none',
  choose: 'paperwork.form.choose',
});
