import { z } from 'zod';
import { outboxState } from '../../../services/admin/outbox-state';
import { outboxBacklog } from '../../../services/outbox-queue/outbox-backlog';
import { auditActor } from '../../../services/admin/admin-actor';
import { AUDIT_COUNT_LIMIT, queryAuditLog } from '../../../services/admin/query-audit-log';
import { RETRY_LIMIT, retryDeadMessages } from '../../../services/ops/retry-dead-messages';
import type { AdminDeps } from '../admin-deps';
import { type AdminRoute, defineRoute } from '../define-route';
import { instant, page } from '../query-fields';

/** The audit trail and the outbox, for HR and operators. */
export function auditRoutes({ db, clock, sendRates, wakeOutbox }: AdminDeps): AdminRoute[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/audit-log',
      scope: 'read',
      tag: 'audit',
      summary: 'Query the audit log: entity, action (exact or "prefix*"), actor, time range; newest first',
      description: `\`total\` counts the matching rows up to ${AUDIT_COUNT_LIMIT}; \`totalCapped\` is true when there are more.`,
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
      summary: 'Outbox state: messages waiting, failed, and sent in the last 24 hours; oldest pending message, dead messages',
      description: '`counts.SENT` covers the messages created since `sentSince` (24 hours before the request), not the whole table; PENDING and DEAD count every such message.',
      query: z.object({ deadLimit: z.coerce.number().int().min(0).max(500).default(50) }),
      response: z.object({
        counts: z.object({ PENDING: z.number(), SENT: z.number(), DEAD: z.number() }),
        sentSince: z.string(),
        oldestPendingAt: z.string().nullable(),
        dead: z.array(z.object({ id: z.number(), channel: z.string(), chatId: z.string(), attempts: z.number(), lastError: z.string().nullable(), createdAt: z.string(), kind: z.string().nullable() })),
      }),
      handler: ({ query }) => outboxState(db.prisma, { deadLimit: query.deadLimit, now: clock.now() }),
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
    defineRoute({
      method: 'POST',
      url: '/outbox/retry',
      scope: 'ops',
      tag: 'audit',
      summary: 'Put dead-lettered messages back in the queue (after fixing what killed them)',
      description: `Each listed message still DEAD becomes PENDING with a fresh attempt count; others are left alone. At most ${RETRY_LIMIT} at a time; each retry is audited.`,
      body: z.object({ ids: z.array(z.number().int().positive().max(2_147_483_647)).min(1).max(RETRY_LIMIT) }).strict(),
      response: z.object({ retried: z.array(z.number()) }),
      handler: async ({ body, actor }) => {
        const retried = await db.prisma.$transaction((tx) => retryDeadMessages(tx, { ids: body.ids, now: clock.now(), by: auditActor(actor) }));
        if (retried.length > 0) wakeOutbox?.();
        return { retried };
      },
    }),
  ];
}
