import type { Logger } from '../../logger';
import type { SocketLock } from '../../services/whatsapp/socket-lock';

export interface SocketLeadershipOptions {
  lock: SocketLock;
  logger: Logger;
  /** This process now holds the lock: open the socket. */
  onLead(): Promise<void>;
  /** The lock was lost (or SAPA stops): close the socket. */
  onStandby(): Promise<void>;
  /** How often a standby tries to take over, and the holder checks its lock. Default 5 s. */
  retryMs?: number;
}

export interface SocketLeadership {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** One round now: a standby tries to take the lock, the holder checks it still has it. */
  check(): Promise<void>;
  isLeader(): boolean;
}

/**
 * Only one process holds the WhatsApp socket. Each tries the lock at start;
 * the others stay on standby and try again every few seconds, taking over
 * when the holder dies. A holder that loses its lock closes its socket at once.
 */
export function createSocketLeadership(options: SocketLeadershipOptions): SocketLeadership {
  const { lock, logger } = options;
  const retryMs = options.retryMs ?? 5_000;
  let leader = false;
  let running = false;
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<void> = Promise.resolve();

  async function standby(reason: string): Promise<void> {
    if (!leader) return;
    leader = false;
    logger.warn({ reason }, 'whatsapp: socket lock lost, standing by');
    await options.onStandby().catch((error: unknown) => logger.error({ err: error }, 'whatsapp: closing the socket failed'));
  }

  async function once(): Promise<void> {
    if (!running) return;
    try {
      if (leader) {
        if (!(await lock.stillHeld())) await standby('lock connection gone');
        return;
      }
      if (!(await lock.tryAcquire())) {
        logger.debug('whatsapp: another process holds the socket, standing by');
        return;
      }
      if (!running) {
        await lock.release();
        return;
      }
      leader = true;
      logger.info('whatsapp: this process holds the socket');
      await options.onLead();
    } catch (error) {
      logger.error({ err: error }, 'whatsapp: socket lock check failed');
    }
  }

  /** Rounds never overlap. */
  function check(): Promise<void> {
    round = round.then(once);
    return round;
  }

  function loop(): void {
    if (!running) return;
    timer = setTimeout(() => void check().finally(loop), retryMs);
    timer.unref?.();
  }

  lock.onLost(() => {
    round = round.then(() => standby('lock connection closed'));
  });

  return {
    async start() {
      if (running) return;
      running = true;
      await check();
      loop();
    },
    async stop() {
      running = false;
      clearTimeout(timer);
      await round;
      if (leader) {
        leader = false;
        await options.onStandby().catch((error: unknown) => logger.error({ err: error }, 'whatsapp: closing the socket failed'));
      }
      await lock.release().catch((error: unknown) => logger.warn({ err: error }, 'whatsapp: releasing the socket lock failed'));
    },
    check,
    isLeader: () => leader,
  };
}
