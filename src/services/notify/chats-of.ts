import type { ChannelName } from '../../chat/channel-name';
import type { Language } from '../../domain/language';
import type { Tx } from '../../store/database';

export type PreferredChannel = 'TELEGRAM' | 'WHATSAPP';

/** Where and in which language to reach one employee. */
export interface EmployeeChat {
  employeeId: number;
  channel: ChannelName;
  /** The chat id to send to (ChatIdentity.externalId). */
  chatId: string;
  lang: Language;
}

const asLanguage = (value: string): Language => (value === 'en' ? 'en' : 'id');

/**
 * The chat each employee is reached on: a verified identity not marked
 * unreachable, on the preferred channel if they have one there, else on any
 * other (the most recently verified first). Employees without such a chat, or
 * no longer active, are absent from the map: nobody is told through an
 * unverified chat.
 */
export async function chatsOf(tx: Tx, employeeIds: readonly number[], prefer: PreferredChannel): Promise<Map<number, EmployeeChat>> {
  const ids = [...new Set(employeeIds)];
  if (ids.length === 0) return new Map();
  const identities = await tx.$dialect.reads.employeeChats(tx, ids);
  const chats = new Map<number, EmployeeChat>();
  for (const identity of identities) {
    const known = chats.get(identity.employeeId);
    if (known && (known.channel === prefer || identity.channel !== prefer)) continue;
    chats.set(identity.employeeId, {
      employeeId: identity.employeeId,
      channel: identity.channel,
      chatId: identity.externalId,
      lang: asLanguage(identity.language),
    });
  }
  return chats;
}
