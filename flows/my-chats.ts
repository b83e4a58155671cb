import { z } from 'zod';
import { defineFlow, finish } from '../src/conversation/flow';
import { formatInstant } from '../src/domain/format';
import { chatLabel } from '../src/services/identity/chat-label';

const dataSchema = z.object({
  chats: z.array(z.object({ id: z.number().int(), label: z.string(), self: z.boolean() })).default([]),
  selected: z.number().int().optional(),
});
type ChatsData = z.infer<typeof dataSchema>;

const selectedChat = (data: ChatsData) => data.chats.find((c) => c.id === data.selected);

/**
 * The employee's linked chats: list them, pick one, confirm, unlink. The chat
 * in use can be unlinked too (e.g. a shared computer): the confirmation says
 * that this chat must then be linked again.
 */
export const myChatsFlow = defineFlow({
  id: 'my_chats',
  requires: 'linked',
  data: dataSchema,
  start: 'list',
  keywords: ['chat saya', 'perangkat', 'putuskan', 'lepas chat', 'my chats', 'devices', 'unlink'],
  graph: { list: ['pick'], pick: ['confirm'], confirm: ['done'] },
  steps: (s) => ({
    list: s.action({
      async run(ctx) {
        const linked = await ctx.services.identity.linkedChats();
        const chats = linked.map((chat) => {
          const self = chat.identityId === ctx.identityId;
          const since = ctx.t('link.unlink.since', { when: formatInstant(chat.verifiedAt, ctx.lang) });
          const label = `${chatLabel(chat, ctx.lang)} · ${since}${self ? ` ${ctx.t('link.unlink.this_chat')}` : ''}`;
          return { id: chat.identityId, label, self };
        });
        return { to: 'pick', data: { chats } };
      },
    }),

    pick: s.choice({
      prompt: (ctx) => ctx.t('link.unlink.pick'),
      choices: (_ctx, data) => data.chats.map((c) => ({ value: `chat:${c.id}`, label: c.label })),
      hint: 'link.unlink.pick_hint',
      next: (picked, _ctx, data) => ({ to: 'confirm', data: { ...data, selected: Number(picked.slice('chat:'.length)) } }),
    }),

    confirm: s.yesNo({
      prompt(ctx, data) {
        const chat = selectedChat(data);
        if (!chat) return [{ kind: 'text', text: ctx.t('link.unlink.gone') }];
        return ctx.t(chat.self ? 'link.unlink.confirm_self' : 'link.unlink.confirm', { chat: chat.label });
      },
      labels: ['link.unlink.yes', 'link.unlink.no'],
      refused: 'done',
      async next(yes, ctx, data) {
        const chat = selectedChat(data);
        if (!chat) return finish(ctx.t('link.unlink.gone'));
        if (!yes) return finish(ctx.t('link.unlink.kept'));
        const { self } = await ctx.services.identity.unlinkChat(chat.id);
        return finish(self ? ctx.t('link.unlink.done_self') : ctx.t('link.unlink.done', { chat: chat.label }));
      },
    }),
  }),
});
