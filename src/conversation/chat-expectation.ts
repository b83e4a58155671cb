import type { Database } from '../store/database';
import type { FlowRegistry } from './flow-registry';
import type { ChannelName } from '../chat/channel-name';
import { readSessionState } from './session-state';

/** What a chat's next turn can take, read before the turn. */
export interface ChatExpectation {
  /** The chat belongs to a verified, active employee. */
  linked: boolean;
  /** Its current step asks for a file (StepDef.acceptsDocument) and the session has not expired. */
  document: boolean;
}

/**
 * Reads, outside any transaction, who a chat is and whether its step waits
 * for a file: a channel asks this (through the engine, in the chat's turn
 * order) before it downloads anything a sender attached.
 */
export async function readChatExpectation(
  db: Database,
  flows: FlowRegistry,
  chat: { channel: ChannelName; chatId: string; externalId: string },
  now: Date,
  idleMs: number,
): Promise<ChatExpectation> {
  const [identity, session] = await Promise.all([
    db.prisma.chatIdentity.findUnique({
      where: { channel_externalId: { channel: chat.channel, externalId: chat.externalId } },
      select: { verifiedAt: true, employee: { select: { active: true } } },
    }),
    db.prisma.conversationSession.findUnique({
      where: { channel_chatId: { channel: chat.channel, chatId: chat.chatId } },
      select: { version: true, state: true },
    }),
  ]);
  const linked = Boolean(identity?.verifiedAt && identity.employee?.active);
  if (!linked || !session) return { linked, document: false };
  const state = readSessionState(session.version, typeof session.state === 'string' ? JSON.parse(session.state) : session.state, now);
  const live = now.getTime() - Date.parse(state.lastActiveAt) <= idleMs;
  return { linked, document: live && flows.step(state.flow, state.step)?.acceptsDocument === true };
}
