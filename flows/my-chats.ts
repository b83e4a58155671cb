import { z } from 'zod';
import { legacyFlow as defineFlow, step } from '../src/conversation/legacy-flow';
import { type FlowData, type TurnContext } from '../src/conversation/flow';
import type { Choice } from '../src/chat/outbound-message';
import { parseChoice } from '../src/conversation/parse-choice';
import { isAppError } from '../src/domain/app-error';
import { formatInstant } from '../src/domain/format';
import { chatLabel } from '../src/services/identity/chat-label';
import { listLinkedChats } from '../src/services/identity/list-linked-chats';
import { unlinkChat } from '../src/services/identity/unlink-chat';
import { requireActor } from './leave/leave-facts';
import { readYesNo, yesNoChoices } from '../src/conversation/understand/read-yes-no';

const dataSchema = z.object({
  chats: z.array(z.object({ id: z.number().int(), label: z.string(), self: z.boolean() })).default([]),
  selected: z.number().int().optional(),
});
type ChatsData = z.infer<typeof dataSchema>;

const readData = (data: FlowData): ChatsData => {
  const parsed = dataSchema.safeParse(data);
  return parsed.success ? parsed.data : { chats: [] };
};
const say = (text: string) => ({ kind: 'text' as const, text });
const chatChoices = (data: ChatsData): Choice[] => data.chats.map((c) => ({ value: `chat:${c.id}`, label: c.label }));
const confirmChoices = (ctx: TurnContext) => yesNoChoices(ctx.t, 'link.unlink.yes', 'link.unlink.no');
const selectedChat = (data: ChatsData) => data.chats.find((c) => c.id === data.selected);

/**
 * The employee's linked chats: list them, pick one, confirm, unlink. The chat
 * in use can be unlinked too (e.g. a shared computer): the confirmation says
 * that this chat must then be linked again.
 */
export const myChatsFlow = defineFlow({
  id: 'my_chats',
  requires: 'linked',
  start: 'list',
  keywords: ['chat saya', 'perangkat', 'putuskan', 'lepas chat', 'my chats', 'devices', 'unlink'],
  steps: {
    list: step<void>({
      auto: true,
      prompt: () => [],
      parse: () => ({ ok: true, value: undefined }),
      async next(_none, ctx) {
        const linked = await listLinkedChats(ctx.tx, requireActor(ctx).employeeId);
        const chats = linked.map((chat) => {
          const self = chat.identityId === ctx.identityId;
          const since = ctx.t('link.unlink.since', { when: formatInstant(chat.verifiedAt, ctx.lang) });
          const label = `${chatLabel(chat, ctx.lang)} · ${since}${self ? ` ${ctx.t('link.unlink.this_chat')}` : ''}`;
          return { id: chat.identityId, label, self };
        });
        return { to: 'pick', data: { chats } };
      },
    }),

    pick: step<number>({
      prompt: (ctx, data) => [{ kind: 'choices', text: ctx.t('link.unlink.pick'), choices: chatChoices(readData(data)) }],
      parse(input, _ctx, data) {
        const picked = parseChoice(input, chatChoices(readData(data)));
        return picked ? { ok: true, value: Number(picked.slice('chat:'.length)) } : { ok: false, hint: 'link.unlink.pick_hint' };
      },
      next: (selected, _ctx, data) => ({ to: 'confirm', data: { ...readData(data), selected } }),
    }),

    confirm: step<boolean>({
      prompt(ctx, data) {
        const chat = selectedChat(readData(data));
        if (!chat) return [say(ctx.t('link.unlink.gone'))];
        const key = chat.self ? 'link.unlink.confirm_self' : 'link.unlink.confirm';
        return [{ kind: 'choices', text: ctx.t(key, { chat: chat.label }), choices: confirmChoices(ctx) }];
      },
      parse(input, ctx) {
        const yes = readYesNo(input, confirmChoices(ctx));
        return yes === null ? { ok: false, hint: 'leave_flow.yes_no.hint' } : { ok: true, value: yes };
      },
      async next(yes, ctx, data) {
        const chat = selectedChat(readData(data));
        if (!chat) return { done: true, showMenu: false, say: [say(ctx.t('link.unlink.gone'))] };
        if (!yes) return { done: true, showMenu: false, say: [say(ctx.t('link.unlink.kept'))] };
        try {
          const { self } = await unlinkChat(ctx.tx, { employeeId: requireActor(ctx).employeeId, identityId: chat.id, fromIdentityId: ctx.identityId, now: ctx.now });
          return { done: true, showMenu: false, say: [say(self ? ctx.t('link.unlink.done_self') : ctx.t('link.unlink.done', { chat: chat.label }))] };
        } catch (error) {
          if (!isAppError(error) || error.code !== 'error.not_found') throw error;
          return { done: true, showMenu: false, say: [say(ctx.t('link.unlink.gone'))] };
        }
      },
    }),
  },
});
