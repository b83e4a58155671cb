import type { ChannelName } from '../chat/channel-name';
import type { OutboundMessage } from '../chat/outbound-message';
import { asJson, type Database } from '../store/database';

/** What happened to one claimed message, written back in batches. */
/** `keep`: the payload the row keeps from now on, in place of a message that carried a secret (keptAfterSend). */
export type Outcome =
  /** `channelMessageId`: the channel's id for the sent message, kept on the row (a card's resolve edits it). */
  | { kind: 'sent'; id: number; channel: ChannelName; chatId: string; channelMessageId: string | null; keep?: OutboundMessage }
  | { kind: 'retry'; id: number; error: string; nextAttemptAt: Date }
  | { kind: 'dead'; id: number; channel: ChannelName; chatId: string; error: string; unreachable: boolean; keep?: OutboundMessage }
  /** Claimed but not attempted (the chat is blocked behind a retry, or the worker stops): the lease is given back. */
  | { kind: 'release'; id: number };

type Operation = ReturnType<Database['prisma']['outboxMessage']['updateMany']> | ReturnType<Database['dialect']['recordMessageIds']>;

/** One statement that records each sent row's channel message id. */
function recordMessageIds(db: Database, sent: ReadonlyArray<{ id: number; channelMessageId: string | null }>): Operation | null {
  const known = sent.flatMap((o) => (o.channelMessageId === null ? [] : [{ id: o.id, channelMessageId: o.channelMessageId }]));
  return known.length === 0 ? null : db.dialect.recordMessageIds(db.prisma, known);
}

function clip(error: string): string {
  return error.length > 1000 ? `${error.slice(0, 997)}...` : error;
}

/**
 * Writes a batch of outcomes in one transaction: sent rows in one statement
 * (and their channel message ids in one more),
 * failures one by one (rare). A chat that took a message is reachable again;
 * a chat reported unreachable gets its identity marked. A message that
 * carried a secret (a one-time code) keeps only its masked form.
 */
export async function recordOutcomes(db: Database, outcomes: readonly Outcome[], now: Date): Promise<void> {
  if (outcomes.length === 0) return;
  const { outboxMessage, chatIdentity } = db.prisma;
  const unlock = { lockedUntil: null, lockedBy: null };
  const ops: Operation[] = [];
  const sent = outcomes.filter((o) => o.kind === 'sent');
  if (sent.length > 0) {
    ops.push(
      outboxMessage.updateMany({
        where: { id: { in: sent.map((o) => o.id) } },
        data: { status: 'SENT', sentAt: now, attempts: { increment: 1 }, lastError: null, ...unlock },
      }),
    );
    const messageIds = recordMessageIds(db, sent);
    if (messageIds) ops.push(messageIds);
    for (const channel of new Set(sent.map((o) => o.channel))) {
      const chats = [...new Set(sent.filter((o) => o.channel === channel).map((o) => o.chatId))];
      ops.push(
        chatIdentity.updateMany({ where: { channel, externalId: { in: chats }, unreachableAt: { not: null } }, data: { unreachableAt: null } }),
      );
    }
  }
  const released = outcomes.filter((o) => o.kind === 'release').map((o) => o.id);
  if (released.length > 0) ops.push(outboxMessage.updateMany({ where: { id: { in: released }, status: 'PENDING' }, data: unlock }));
  for (const o of outcomes) {
    if (o.kind === 'retry') {
      ops.push(
        outboxMessage.updateMany({
          where: { id: o.id },
          data: { attempts: { increment: 1 }, lastError: clip(o.error), nextAttemptAt: o.nextAttemptAt, ...unlock },
        }),
      );
    } else if (o.kind === 'dead') {
      ops.push(
        outboxMessage.updateMany({
          where: { id: o.id },
          data: { status: 'DEAD', attempts: { increment: 1 }, lastError: clip(o.error), ...unlock },
        }),
      );
      if (o.unreachable) {
        ops.push(
          chatIdentity.updateMany({ where: { channel: o.channel, externalId: o.chatId, unreachableAt: null }, data: { unreachableAt: now } }),
        );
      }
    }
  }
  for (const o of outcomes) {
    if ((o.kind === 'sent' || o.kind === 'dead') && o.keep) ops.push(outboxMessage.updateMany({ where: { id: o.id }, data: { payload: asJson(o.keep) } }));
  }
  await db.prisma.$transaction(ops);
}
