import { writeAudit } from '../services/audit';
import type { JobContext, JobDefinition, JobResult } from './job-definition';

const DAY_MS = 86_400_000;

export interface HousekeepingOptions {
  /** Conversations are dropped this long after they expired. Default 1 day. */
  sessionGraceMs?: number;
  /** Inbound dedupe records are kept this many days (redeliveries come within minutes). Default 14. */
  processedEventDays?: number;
}

/**
 * Housekeeping (daily, 02:30): drops conversations a day past their expiry,
 * link codes that expired unused, and inbound dedupe records older than 14
 * days. Outbox rows are kept: their dedupe keys stop a job from sending twice.
 */
export function housekeepingJob(options: HousekeepingOptions = {}): JobDefinition {
  const sessionGraceMs = options.sessionGraceMs ?? DAY_MS;
  const processedEventDays = options.processedEventDays ?? 14;
  return {
    id: 'housekeeping',
    schedule: '30 2 * * *',
    slotKind: 'day',
    catchUp: 'next-slot',
    description: 'Expire stale conversations and link codes; purge old processed-event records',
    async run(ctx: JobContext): Promise<JobResult> {
      const now = ctx.clock.now().getTime();
      return ctx.db.prisma.$transaction(async (tx) => {
        const sessions = await tx.conversationSession.deleteMany({ where: { expiresAt: { lt: new Date(now - sessionGraceMs) } } });
        const linkCodes = await tx.linkCode.deleteMany({ where: { usedAt: null, expiresAt: { lt: new Date(now) } } });
        const events = await tx.processedEvent.deleteMany({ where: { processedAt: { lt: new Date(now - processedEventDays * DAY_MS) } } });
        const result = { sessions: sessions.count, linkCodes: linkCodes.count, processedEvents: events.count };
        await writeAudit(tx, { actorType: 'SYSTEM', actorName: 'jobs', action: 'housekeeping.ran', entity: 'System', data: result });
        return result;
      }, { timeout: 120_000 });
    },
  };
}
