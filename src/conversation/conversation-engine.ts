import type { Clock } from '../clock';
import { jakartaDay } from '../domain/day';
import type { Language } from '../domain/format';
import { translate } from '../i18n/translate';
import { enqueue } from '../outbox/enqueue';
import { auditRow } from '../services/audit';
import { asJson, type Database, type Tx } from '../store/database';
import { isUniqueViolation } from '../store/prisma-errors';
import type { Actor, TurnContext } from './flow';
import type { FlowRegistry } from './flow-registry';
import { KeyedMutex } from './keyed-mutex';
import { Semaphore } from './semaphore';
import type { Envelope, InboundMessage, OutboundMessage } from './messages';
import { runTurn } from './run-turn';
import { SESSION_VERSION, freshState, readSessionState } from './session-state';

export interface ConversationEngineOptions {
  db: Database;
  clock: Clock;
  flows: FlowRegistry;
  idleMinutes: number;
  agency: { name: string; publicUrl?: string };
  /** Called after a turn committed new outbox rows (wakes the outbox worker). */
  onOutbox?: () => void;
  /**
   * Turns in flight at once. Below the connection pool's size, so the outbox
   * worker and admin calls always find a connection on payslip day.
   */
  maxConcurrentTurns?: number;
}

export type HandleResult = { status: 'processed'; replies: OutboundMessage[] } | { status: 'duplicate' };

/**
 * The one coordinator for every inbound message of every channel:
 * dedupe -> lock the chat -> load state -> run the flow -> save state, audit
 * and outbox in one transaction. Two messages of one chat never run at once
 * (an in-process queue per chat, and a transaction-scoped advisory lock on
 * PostgreSQL for several processes).
 */
export function createConversationEngine(options: ConversationEngineOptions) {
  const { db, clock, flows } = options;
  const chats = new KeyedMutex();
  const turns = new Semaphore(options.maxConcurrentTurns ?? (db.provider === 'postgresql' ? 12 : 4));
  const idleMs = options.idleMinutes * 60_000;

  async function process(message: InboundMessage): Promise<HandleResult> {
    try {
      const result = await turns.run(() => db.prisma.$transaction((tx) => turn(tx as Tx, message), { timeout: 20_000, maxWait: 20_000 }));
      if (result.status === 'processed') options.onOutbox?.();
      return result;
    } catch (error) {
      if (isUniqueViolation(error, 'ProcessedEvent')) return { status: 'duplicate' };
      throw error;
    }
  }

  async function turn(tx: Tx, message: InboundMessage): Promise<HandleResult> {
    const now = clock.now();
    if (db.provider === 'postgresql') {
      await tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', `${message.channel}:${message.chatId}`);
    }
    await tx.processedEvent.create({ data: { channel: message.channel, eventId: message.eventId, processedAt: now } });

    const [session, identity] = await Promise.all([
      tx.conversationSession.findUnique({ where: { channel_chatId: { channel: message.channel, chatId: message.chatId } } }),
      tx.chatIdentity.findUnique({
        where: { channel_externalId: { channel: message.channel, externalId: message.sender.externalId } },
        select: {
          id: true,
          verifiedAt: true,
          employee: { select: { id: true, nip: true, name: true, role: true, language: true, active: true } },
        },
      }),
    ]);
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
    const employee = identity?.verifiedAt && identity.employee?.active ? identity.employee : null;
    const actor: Actor | null = employee
      ? { employeeId: employee.id, nip: employee.nip, name: employee.name, role: employee.role, identityId }
      : null;

    const state = session ? readSessionState(session.version, session.state, now) : freshState(now);
    let lang: Language = (employee?.language as Language | undefined) ?? state.lang ?? 'id';
    const notifications: Envelope[] = [];
    const ctx: TurnContext = {
      tx,
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
      notify: (envelopes) => notifications.push(...envelopes),
      setLanguage: (next) => {
        lang = next;
      },
    };

    const result = await runTurn(flows, state, message.content, ctx, idleMs);
    const nextState = { ...result.state, lang };
    const expiresAt = new Date(now.getTime() + idleMs);
    // The session was read above under the chat's lock: write it with one statement, no upsert read.
    if (session) {
      await tx.conversationSession.update({
        where: { id: session.id },
        data: { version: SESSION_VERSION, state: asJson(nextState), expiresAt, revision: { increment: 1 } },
        select: { id: true },
      });
    } else {
      await tx.conversationSession.create({
        data: { channel: message.channel, chatId: message.chatId, version: SESSION_VERSION, state: asJson(nextState), expiresAt },
        select: { id: true },
      });
    }
    await tx.auditLog.create({
      data: auditRow({
        actorType: actor ? 'EMPLOYEE' : 'SYSTEM',
        actorId: actor?.employeeId ?? null,
        actorName: actor?.name ?? null,
        channel: message.channel,
        action: 'conversation.turn',
        entity: 'ConversationSession',
        entityId: `${message.channel}:${message.chatId}`,
        data: { event: message.eventId, input: message.content.kind, from: `${state.flow}.${state.step}`, to: `${nextState.flow}.${nextState.step}` },
      }),
    });
    await enqueue(tx, [
      ...result.replies.map((reply) => ({ channel: message.channel, chatId: message.chatId, message: reply })),
      ...notifications,
    ]);
    return { status: 'processed', replies: result.replies };
  }

  return {
    /** Handles one inbound message; resolves after its transaction committed. */
    handle(message: InboundMessage): Promise<HandleResult> {
      return chats.run(`${message.channel}:${message.chatId}`, () => process(message));
    },
  };
}

export type ConversationEngine = ReturnType<typeof createConversationEngine>;
