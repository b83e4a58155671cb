import type { Clock } from '../clock';
import { cleanStrings } from '../domain/clean-text';
import { jakartaDay } from '../domain/day';
import type { Language } from '../domain/language';
import { translate } from '../i18n/translate';
import type { Database, Tx } from '../store/database';
import type { Actor } from '../chat/actor';
import type { TurnContext } from './flow';
import type { FlowRegistry } from './flow-registry';
import { KeyedMutex } from './keyed-mutex';
import { SEND_PRIORITY } from '../chat/envelope';
import type { OutboundMessage } from '../chat/outbound-message';
import type { ChannelName } from '../chat/channel-name';
import type { SendRates } from '../chat/channel-sender';
import type { InboundContent, InboundMessage } from '../chat/inbound-message';
import { readChatExpectation } from './chat-expectation';
import { runTurn } from './run-turn';
import { DuplicateEventError, type TurnBatch } from '../store/dialect/turn-journal';
import { bindTurnServices } from './turn-services';
import { createGroupCommit } from './store/group-commit';
import { SESSION_VERSION, freshState, readSessionState } from './session-state';
import type { LetterNumbering } from '../domain/paperwork/letter-number';

export interface ConversationEngineOptions {
  db: Database;
  clock: Clock;
  flows: FlowRegistry;
  idleMinutes: number;
  agency: { name: string; publicUrl?: string; letterNumbering?: LetterNumbering; /** Who to ask about personal data (README "Personal data"). */ privacyContact?: string };
  /**
   * Per channel, how long a chat that is not linked waits for another answer
   * to input its step cannot read (ms): such a turn is recorded but its hint
   * is not sent when SAPA answered the chat within that time. A stranger's
   * flood of messages then draws one answer; a reply the step can read is
   * always answered (linking goes on).
   */
  quietStrangers?: Partial<Record<ChannelName, number>>;
  /** Called after a turn committed new outbox rows (wakes the outbox worker). */
  onOutbox?: () => void;
  /** Each channel's send rate, so a turn can tell how long a queued payslip will take. */
  sendRates?: SendRates;
}

/** `linked`: the sender is a verified, active employee (absent from test doubles). */
export type HandleResult = { status: 'processed'; replies: OutboundMessage[]; linked?: boolean } | { status: 'duplicate' };

/**
 * A file message's outcome: handled as a turn, or refused before anything was
 * fetched (the chat is not a linked employee's, or its step asks for no
 * file), or `unread` when the fetch gave nothing (the channel answered why).
 */
export type FileResult = HandleResult | { status: 'refused'; reason: 'unlinked' | 'not_expected' } | { status: 'unread' };

const keyOf = (message: Pick<InboundMessage, 'channel' | 'chatId'>) => `${message.channel}:${message.chatId}`;

/**
 * The one coordinator for every inbound message of every channel:
 * dedupe -> lock the chat -> load state -> run the flow -> save state, audit
 * and outbox in one transaction. Two messages of one chat never run at once
 * (an in-process queue per chat, and a transaction-scoped advisory lock on
 * PostgreSQL for several processes). Turns of different chats share
 * transactions (group commit); a turn is answered only after its commit.
 */
export function createConversationEngine(options: ConversationEngineOptions) {
  const { db, clock, flows } = options;
  const chats = new KeyedMutex();
  const { turns, turnWriters, unitSavepoint } = db.dialect;
  // BEGIN, the chats' locks and COMMIT are paid once per batch.
  const writer = createGroupCommit<InboundMessage, TurnBatch>(db.prisma, {
    maxBatch: 64,
    writers: turnWriters,
    timeoutMs: 20_000,
    savepoints: unitSavepoint,
    begin: (tx, messages) => turns.begin(tx, messages),
    end: (tx, batch) => turns.end(tx, batch),
  });
  const idleMs = options.idleMinutes * 60_000;

  async function process(message: InboundMessage): Promise<HandleResult> {
    try {
      const result = await writer.run(message, (tx, batch) => turn(tx, batch, message));
      if (result.status === 'processed') options.onOutbox?.();
      return result;
    } catch (error) {
      if (error instanceof DuplicateEventError) return { status: 'duplicate' };
      throw error;
    }
  }

  async function turn(tx: Tx, batch: TurnBatch, message: InboundMessage): Promise<HandleResult> {
    const now = clock.now();
    const start = batch.reads.get(message);
    if (!start) throw new Error(`no start read for event ${message.eventId}`);
    const { seen, session, identity } = start;
    if (seen) return { status: 'duplicate' };
    const identityId =
      identity?.id ??
      (
        await tx.chatIdentity.create({
          data: {
            channel: message.channel,
            externalId: message.sender.externalId,
            phone: message.sender.phone ?? null,
            altId: message.sender.altId ?? null,
          },
          select: { id: true },
        })
      ).id;
    const employee = identity?.verified && identity.employee?.active ? identity.employee : null;
    const actor: Actor | null = employee
      ? {
          employeeId: employee.id,
          nip: employee.nip,
          name: employee.name,
          role: employee.role,
          identityId,
          kind: employee.kind,
          gender: employee.gender,
          serviceStart: employee.serviceStart,
          contractStart: employee.contractStart,
          contractEnd: employee.contractEnd,
          hardToReach: employee.hardToReach,
          phone: employee.phone,
          unitId: employee.unitId,
          approver: employee.approver,
          proxy: employee.proxy,
        }
      : null;

    const state = session ? readSessionState(session.version, session.state, now) : freshState(now);
    let lang: Language = (employee?.language as Language | undefined) ?? state.lang ?? 'id';
    const ctx: TurnContext = {
      services: bindTurnServices({ tx, clock, now, channel: message.channel, chatId: message.chatId, identityId, actor, letterNumbering: options.agency.letterNumbering, sendRates: options.sendRates }),
      clock,
      now,
      today: jakartaDay(now),
      get lang() {
        return lang;
      },
      channel: message.channel,
      chatId: message.chatId,
      identityId,
      actor,
      agency: options.agency,
      t: (key, params) => translate(lang, key, params),
      setLanguage: (next) => {
        lang = next;
      },
    };

    const result = await runTurn(flows, state, message.content, ctx, idleMs);
    const quietMs = actor ? undefined : options.quietStrangers?.[message.channel];
    const muted = quietMs !== undefined && result.unread && state.answeredAt !== undefined && now.getTime() - Date.parse(state.answeredAt) < quietMs;
    const replies = muted ? [] : result.replies;
    const answeredAt = quietMs !== undefined && replies.length > 0 ? now.toISOString() : state.answeredAt;
    const nextState = { ...result.state, lang, ...(answeredAt && !actor ? { answeredAt } : {}) };
    if (actor) delete nextState.answeredAt;
    const expiresAt = new Date(now.getTime() + idleMs);
    await turns.record(tx, batch, {
      channel: message.channel,
      chatId: message.chatId,
      eventId: message.eventId,
      now,
      sessionId: session?.id ?? null,
      version: SESSION_VERSION,
      state: nextState,
      expiresAt,
      audit: {
        actorType: actor ? 'EMPLOYEE' : 'SYSTEM',
        actorId: actor?.employeeId ?? null,
        actorName: actor?.name ?? null,
        channel: message.channel,
        action: 'conversation.turn',
        entity: 'ConversationSession',
        entityId: `${message.channel}:${message.chatId}`,
        data: {
          event: message.eventId,
          input: message.content.kind,
          from: `${state.flow}.${state.step}`,
          to: `${nextState.flow}.${nextState.step}`,
          ...(muted ? { muted: true } : {}),
        },
      },
      // A stranger's answers wait behind everyone else's (SEND_PRIORITY).
      outbox: replies.map((reply) => ({
        channel: message.channel,
        chatId: message.chatId,
        message: reply,
        purpose: 'reply',
        ...(actor ? {} : { priority: SEND_PRIORITY.stranger }),
      })),
    });
    return { status: 'processed', replies, linked: actor !== null };
  }

  let inFlight = 0;
  const drained: Array<() => void> = [];
  const settled = () => {
    inFlight -= 1;
    if (inFlight === 0) for (const resolve of drained.splice(0)) resolve();
  };

  return {
    /**
     * Handles one inbound message; resolves after its transaction committed.
     * Every channel's text comes in here: control characters (NUL, which
     * PostgreSQL refuses, and the like) are dropped before anything reads it.
     */
    handle(inbound: InboundMessage): Promise<HandleResult> {
      const message = cleanStrings(inbound);
      inFlight += 1;
      return chats.run(keyOf(message), () => process(message)).finally(settled);
    },
    /** Turns taken and not yet committed or failed. */
    inFlight: () => inFlight,
    /** Resolves once no turn is in flight (shutdown: after the channels stopped taking messages). */
    drain(): Promise<void> {
      return inFlight === 0 ? Promise.resolve() : new Promise((resolve) => drained.push(resolve));
    },
    /**
     * A message carrying a file the channel has not fetched yet: in the chat's
     * turn order, `fetch` is called only when the chat is a linked employee's
     * and its step asks for a file (StepDef.acceptsDocument); its content then
     * goes through the turn like any message. Nothing else is ever fetched.
     */
    handleFile(envelope: Omit<InboundMessage, 'content'>, fetch: () => Promise<InboundContent | null>): Promise<FileResult> {
      inFlight += 1;
      return chats.run(keyOf(envelope), async (): Promise<FileResult> => {
        const chat = { channel: envelope.channel, chatId: envelope.chatId, externalId: envelope.sender.externalId };
        const expects = await readChatExpectation(db, flows, chat, clock.now(), idleMs);
        if (!expects.linked) return { status: 'refused', reason: 'unlinked' };
        if (!expects.document) return { status: 'refused', reason: 'not_expected' };
        const content = await fetch();
        return content ? process({ ...envelope, content }) : { status: 'unread' };
      }).finally(settled);
    },
  };
}

export type ConversationEngine = ReturnType<typeof createConversationEngine>;
