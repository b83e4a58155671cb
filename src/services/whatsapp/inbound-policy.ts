import type { InboundMessage } from '../../chat/inbound-message';
import type { Clock } from '../../clock';
import type { Logger } from '../../logger';
import type { Database } from '../../store/database';
import { sendChannelNotice } from '../notify/send-channel-notice';
import { createInboundLimiter } from './inbound-limiter';
import { createSlots } from './slots';

export interface InboundPolicyOptions {
  db: Database;
  clock: Clock;
  logger: Logger;
  /** Called after a notice was enqueued (wakes the outbox worker). */
  onOutbox?: () => void;
  /** Tries of a turn before the sender is told to send again (a busy database). Default 3. */
  attempts?: number;
  /** Messages one sender may send a minute; more are dropped unanswered. Default 20. */
  perSenderPerMinute?: number;
  /** Messages handled at once (turns, downloads); more wait in arrival order. Default 64. */
  maxInFlight?: number;
  /** Messages waiting for one of those; beyond, a message is dropped with a warning. Default 1000. */
  maxWaiting?: number;
}

/** Work for one admitted message: prepared in arrival order (e.g. resolving the sender), then run in a free slot. */
export type PreparedWork = () => Promise<void>;

export interface InboundPolicy {
  /**
   * Takes one message of `sender` (the address WhatsApp gives): dropped
   * before any work when the sender is over its messages a minute or too
   * many messages wait (false). Admitted messages are prepared one at a
   * time in arrival order, then their work runs once fewer than
   * `maxInFlight` run, so the engine's per-chat queue receives each chat's
   * messages in order. An admitted message's promise resolves once it was
   * handled (never rejects: failures are logged).
   */
  admit(sender: string, eventId: string, prepare: () => Promise<PreparedWork>): Promise<void> | null;
  /** Runs a turn, again after a failure (a busy database) up to `attempts` tries; then the sender is told to send again. */
  turn(message: InboundMessage, handle: (message: InboundMessage) => Promise<unknown>): Promise<void>;
  /** True while `maxWaiting` messages wait: the next one would be dropped (a transport that can be redelivered answers "busy" instead). */
  full(): boolean;
  /** Resolves when every message admitted so far has been handled. */
  idle(): Promise<void>;
}

/**
 * The inbound policy of the WhatsApp channel, whichever transport carries
 * it (Baileys or the Cloud API): per-sender limits against floods, arrival
 * order, bounded concurrency and queue, and retries of a failed turn.
 * Nothing here throws into the transport: failures are logged and, where a
 * person waits for an answer, answered.
 */
export function createInboundPolicy(options: InboundPolicyOptions): InboundPolicy {
  const { db, clock, logger } = options;
  const attempts = Math.max(1, options.attempts ?? 3);
  const perMinute = options.perSenderPerMinute ?? 20;
  const limiter = createInboundLimiter(clock, { perMinute });
  const slots = createSlots(options.maxInFlight ?? 64);
  const maxWaiting = options.maxWaiting ?? 1000;
  const inFlight = new Set<Promise<void>>();
  let intake: Promise<void> = Promise.resolve();
  let waiting = 0;

  function track(task: Promise<void>): Promise<void> {
    const tracked = task.catch((error: unknown) => {
      logger.error({ err: error }, 'whatsapp: message could not be handled');
    });
    inFlight.add(tracked);
    void tracked.finally(() => inFlight.delete(tracked));
    return tracked;
  }

  /** Prepares in arrival order, then waits only until the work has a slot (not until it is done). */
  async function take(prepare: () => Promise<PreparedWork>, done: (handled: Promise<void>) => void): Promise<void> {
    const work = await prepare();
    await new Promise<void>((started) => {
      done(
        track(
          slots.run(async () => {
            started();
            await work();
          }),
        ),
      );
    });
  }

  return {
    admit(sender, eventId, prepare) {
      const admission = limiter.admit(sender);
      if (!admission.admitted) {
        const log = { event: eventId, perMinute };
        if (admission.first) logger.warn(log, 'whatsapp: sender over its messages a minute, dropping the rest of the minute');
        else logger.debug(log, 'whatsapp: message dropped, sender over its limit');
        return null;
      }
      if (waiting >= maxWaiting) {
        logger.warn({ event: eventId, waiting }, 'whatsapp: inbound queue full, message dropped');
        return null;
      }
      waiting += 1;
      let handled: Promise<void> = Promise.resolve();
      intake = intake
        .then(() => take(prepare, (task) => (handled = task)))
        .catch((error: unknown) => {
          logger.error({ err: error, event: eventId }, 'whatsapp: message could not be handled');
        })
        .finally(() => {
          waiting -= 1;
        });
      const taken = intake;
      return taken.then(() => handled);
    },
    async turn(message, handle) {
      for (let attempt = 1; ; attempt += 1) {
        try {
          await handle(message);
          return;
        } catch (error) {
          logger.error({ err: error, event: message.eventId, attempt }, 'whatsapp: turn failed');
          if (attempt >= attempts) {
            const { chatId, eventId, sender } = message;
            await sendChannelNotice(db, { channel: 'WHATSAPP', chatId, eventId, key: 'whatsapp.failed', externalId: sender.externalId });
            options.onOutbox?.();
            return;
          }
        }
      }
    },
    full: () => waiting >= maxWaiting,
    async idle() {
      while (waiting > 0 || inFlight.size > 0) await Promise.all([intake, ...inFlight]);
    },
  };
}
