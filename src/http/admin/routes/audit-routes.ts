import { z } from 'zod';
import { outboxState } from '../../../services/admin/outbox-state';
import { outboxBacklog } from '../../../services/outbox-queue/outbox-backlog';
import { queryAuditLog } from '../../../services/admin/query-audit-log';
import type { AdminDeps } from '../admin-deps';
import { type AdminRoute, defineRoute } from '../define-route';
import { instant, page } from '../query-fields';

/** The audit trail and the outbox, for HR and operators. */
export function auditRoutes({ db, clock, sendRates }: AdminDeps): AdminRoute[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/audit-log',
      scope: 'read',
      tag: 'audit',
      summary: 'Query the audit log: entity, action (exact or "prefix*"), actor, time range; newest first',
      query: z.object({
        entity: z.string().max(50).optional(),
        entityId: z.string().max(50).optional(),
        action: z.string().max(80).optional(),
        actor: z.string().max(200).optional().describe("the actor's recorded name"),
        actorType: z.enum(['EMPLOYEE', 'HR_TOKEN', 'SYSTEM']).optional(),
        from: instant.optional(),
        to: instant.optional().describe('exclusive'),
        ...page,
      }),
      handler: async ({ query }) => {
        const found = await queryAuditLog(db.prisma, query);
        return { page: query.page, pageSize: query.pageSize, ...found };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/outbox',
      scope: 'ops',
      tag: 'audit',
      summary: 'Outbox state: counts by status, oldest pending message, dead messages',
      query: z.object({ deadLimit: z.coerce.number().int().min(0).max(500).default(50) }),
      response: z.object({
        counts: z.object({ PENDING: z.number(), SENT: z.number(), DEAD: z.number() }),
        oldestPendingAt: z.string().nullable(),
        dead: z.array(z.object({ id: z.number(), channel: z.string(), chatId: z.string(), attempts: z.number(), lastError: z.string().nullable(), createdAt: z.string(), kind: z.string().nullable() })),
      }),
      handler: ({ query }) => outboxState(db.prisma, { deadLimit: query.deadLimit }),
    }),
    defineRoute({
      method: 'GET',
      url: '/outbox/queue',
      scope: 'ops',
      tag: 'audit',
      summary: 'The outbox queue per channel and lane: messages waiting, the oldest one, and the expected drain time at the channel\'s pace',
      description:
        'Replies and cards (INTERACTIVE) go before payslips, reminders, digests and notices (BULK), so the bulk lane drains after the interactive one. ' +
        '`drainSeconds` is null for a channel this instance does not send through. `channel` narrows the list.',
      query: z.object({ channel: z.enum(['TELEGRAM', 'WHATSAPP', 'LOCAL']).optional() }).strict(),
      response: z.object({
        lanes: z.array(
          z.object({
            channel: z.string(),
            lane: z.enum(['INTERACTIVE', 'BULK']),
            pending: z.number(),
            oldestAt: z.string().nullable(),
            oldestAgeSeconds: z.number(),
            drainSeconds: z.number().nullable(),
          }),
        ),
      }),
      handler: async ({ query }) => {
        const lanes = await outboxBacklog(db.prisma, sendRates ?? new Map(), clock.now());
        return { lanes: lanes.filter((l) => !query.channel || l.channel === query.channel) };
      },
    }),
  ];
}
