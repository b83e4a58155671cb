/** Telegram updates as the Bot API posts them to a webhook, built for the bench's chats. */
let nextUpdateId = Math.floor(Date.now() / 1000) * 10;
let nextMessageId = 1;

const user = (chatId: number) => ({ id: chatId, is_bot: false, first_name: `Pegawai${chatId % 1000}`, language_code: 'id' });

export function textUpdate(chatId: number, text: string, updateId = ++nextUpdateId): Record<string, unknown> {
  const entities = text.startsWith('/') ? [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]!.length }] : undefined;
  return {
    update_id: updateId,
    message: {
      message_id: ++nextMessageId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: 'private', first_name: user(chatId).first_name },
      from: user(chatId),
      text,
      ...(entities ? { entities } : {}),
    },
  };
}

export function callbackUpdate(chatId: number, data: string, messageId = 1, updateId = ++nextUpdateId): Record<string, unknown> {
  return {
    update_id: updateId,
    callback_query: {
      id: `cb${updateId}`,
      from: user(chatId),
      chat_instance: `ci${chatId}`,
      message: { message_id: messageId, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: 'private' }, from: { id: 1, is_bot: true, first_name: 'SAPA' }, text: 'card' },
      data,
    },
  };
}
