import { z } from 'zod';
import { AppError } from '../../../domain/app-error';
import { jakartaDay } from '../../../domain/day';
import { auditActor } from '../../../services/admin/admin-actor';
import { createDelegation } from '../../../services/delegations/create-delegation';
import { endDelegation } from '../../../services/delegations/end-delegation';
import { listDelegations } from '../../../services/delegations/list-delegations';
import type { Tx } from '../../../store/database';
import type { AdminDeps } from '../admin-deps';
import { type AdminRoute, defineRoute } from '../define-route';
import { isoDay, nipParam, queryFlag } from '../query-fields';

const person = z.object({ nip: z.string(), name: z.string() });
export const delegationSchema = z.object({
  id: z.number(), from: person, to: person, startDate: z.string(), endDate: z.string(),
  createdBy: z.string(), createdAt: z.date(), endedBy: z.string().nullable(), reason: z.string().nullable(),
});

async function employeeId(tx: Tx, nip: string): Promise<number> {
  const found = await tx.employee.findUnique({ where: { nip }, select: { id: true } });
  if (!found) throw new AppError('error.not_found');
  return found.id;
}

/** Substitutes (delegations): who decides for an approver away on leave, over which dates. */
export function delegationRoutes({ db, clock, wakeOutbox }: AdminDeps): AdminRoute[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/delegations',
      scope: 'read',
      tag: 'delegations',
      summary: 'List delegations (substitutes), the latest first',
      description: 'current=true keeps those running or to come. nip keeps one approver\'s.',
      query: z.object({ current: queryFlag, nip: nipParam.optional() }),
      response: z.object({ items: z.array(delegationSchema) }),
      handler: async ({ query }) =>
        db.prisma.$transaction(async (tx) => ({
          items: await listDelegations(tx, {
            ...(query.current ? { notOverOn: jakartaDay(clock.now()) } : {}),
            ...(query.nip ? { fromId: await employeeId(tx, query.nip) } : {}),
          }),
        })),
    }),
    defineRoute({
      method: 'POST',
      url: '/delegations',
      scope: 'leave',
      tag: 'delegations',
      summary: 'Name a substitute for an approver over a date range',
      description: 'Approval cards go to the substitute during the range (steps already waiting move at once when it has begun); both are told; audited. 409 when the approver already has a substitute on part of the range.',
      body: z.object({ fromNip: nipParam, toNip: nipParam, start: isoDay, end: isoDay, reason: z.string().trim().max(300).optional() }),
      response: delegationSchema,
      successStatus: 201,
      handler: async ({ body, actor }) => {
        const created = await db.prisma.$transaction(async (tx) =>
          createDelegation(tx, clock.now(), {
            fromId: await employeeId(tx, body.fromNip), toId: await employeeId(tx, body.toNip),
            startDate: body.start, endDate: body.end, reason: body.reason ?? null, by: auditActor(actor),
          }),
        );
        wakeOutbox?.();
        return created;
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/delegations/:id/end',
      scope: 'leave',
      tag: 'delegations',
      summary: 'End a delegation today',
      description: 'Steps it handed to the substitute go back to the approver with a fresh card; both are told; audited with the reason. 409 when it is already over.',
      params: z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) }),
      body: z.object({ reason: z.string().trim().min(3).max(300) }),
      response: delegationSchema,
      handler: async ({ params, body, actor }) => {
        const ended = await db.prisma.$transaction(async (tx) => endDelegation(tx, clock.now(), { id: params.id, reason: body.reason, by: auditActor(actor) }));
        wakeOutbox?.();
        return ended;
      },
    }),
  ];
}
