import type { Tx } from '../../store/database';
import { chatsOf, type EmployeeChat } from '../notify/chats-of';

/** One verified, reachable chat per active HR officer, Telegram first (see chatsOf). */
export async function hrChats(tx: Tx): Promise<Array<EmployeeChat & { language: EmployeeChat['lang'] }>> {
  const officers = await tx.employee.findMany({ where: { role: 'HR', active: true }, select: { id: true } });
  const chats = await chatsOf(tx, officers.map((o) => o.id), 'TELEGRAM');
  return [...chats.values()].map((chat) => ({ ...chat, language: chat.lang }));
}
