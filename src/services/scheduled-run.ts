import type { Clock } from '../clock';

/** The system acting on its own (a scheduled job): audit rows name it (actorType SYSTEM, actorName `name`). */
export interface SystemActor {
  type: 'SYSTEM';
  name: string;
}

/**
 * What a service the scheduler runs is given: the clock, who it acts as,
 * a signal it checks between chunks (what it committed stays when it is
 * aborted), and the outbox's wake-up, called after it committed messages.
 */
export interface ScheduledRun {
  clock: Clock;
  actor: SystemActor;
  signal?: AbortSignal;
  wakeOutbox(): void;
}
