/** Telegram updates as the Bot API delivers them, for tests. Ids are numbers as in real updates. */
export interface TestUser {
  id: number;
  first_name: string;
  last_name?: string;
  language_code?: string;
}

let nextUpdateId = 900_000;
let nextMessageId = 5_000;

export function freshUpdateId(): number {
  nextUpdateId += 1;
  return nextUpdateId;
}

const base = (from: TestUser, chatType = 'private') => {
  nextMessageId += 1;
  return {
    message_id: nextMessageId,
    date: 1_795_000_000,
    chat: chatType === 'private' ? { id: from.id, type: 'private', first_name: from.first_name } : { id: -100_777, type: chatType, title: 'Grup Kantor' },
    from: { is_bot: false, ...from },
  };
};

export function textUpdate(from: TestUser, text: string, options: { updateId?: number; chatType?: string } = {}) {
  return { update_id: options.updateId ?? freshUpdateId(), message: { ...base(from, options.chatType), text } };
}

export function photoUpdate(from: TestUser, fileId: string, options: { caption?: string; size?: number } = {}) {
  const sizes = [
    { file_id: `${fileId}-small`, file_unique_id: `${fileId}-us`, width: 90, height: 120, file_size: 900 },
    { file_id: fileId, file_unique_id: `${fileId}-u`, width: 900, height: 1200, ...(options.size !== undefined ? { file_size: options.size } : {}) },
  ];
  return {
    update_id: freshUpdateId(),
    message: { ...base(from), photo: sizes, ...(options.caption ? { caption: options.caption } : {}) },
  };
}

export function documentUpdate(from: TestUser, fileId: string, fileName: string, mimeType: string, size?: number) {
  return {
    update_id: freshUpdateId(),
    message: {
      ...base(from),
      document: { file_id: fileId, file_unique_id: `${fileId}-u`, file_name: fileName, mime_type: mimeType, ...(size !== undefined ? { file_size: size } : {}) },
    },
  };
}

export function contactUpdate(from: TestUser, phone: string, userId: number | undefined) {
  return {
    update_id: freshUpdateId(),
    message: { ...base(from), contact: { phone_number: phone, first_name: from.first_name, ...(userId !== undefined ? { user_id: userId } : {}) } },
  };
}

export function callbackUpdate(from: TestUser, data: string | undefined, messageId: number, options: { chatId?: number; chatType?: string; updateId?: number } = {}) {
  return {
    update_id: options.updateId ?? freshUpdateId(),
    callback_query: {
      id: `cb-${freshUpdateId()}`,
      from: { is_bot: false, ...from },
      chat_instance: 'ci-1',
      message: {
        message_id: messageId,
        date: 1_795_000_000,
        chat: { id: options.chatId ?? from.id, type: options.chatType ?? 'private' },
        from: { id: 123456, is_bot: true, first_name: 'SAPA' },
        text: 'card',
      },
      ...(data !== undefined ? { data } : {}),
    },
  };
}
