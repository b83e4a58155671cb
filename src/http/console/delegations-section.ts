import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Clock } from '../../clock';
import { AppError, isAppError } from '../../domain/app-error';
import { jakartaDay } from '../../domain/day';
import { consoleActor, type ConsolePerson } from '../../services/console/console-access';
import { createDelegation } from '../../services/delegations/create-delegation';
import { endDelegation } from '../../services/delegations/end-delegation';
import { listDelegations } from '../../services/delegations/list-delegations';
import type { Database, Tx } from '../../store/database';
import { statusOf } from '../error-status';
import { isoDay } from '../admin/query-fields';
import { sessionOf, viewOf } from './console-session-hook';
import { type DelegationsInput, delegationsPage } from './pages/delegations-page';

const nip = z.string().trim().regex(/^\d{18}$/);
const listQuery = z.object({ all: z.enum(['1']).optional(), done: z.enum(['created', 'ended']).optional(), lang: z.enum(['id', 'en']).optional() });
const createBody = z.object({ csrf: z.string(), fromNip: nip, toNip: nip, start: isoDay, end: isoDay, reason: z.string().trim().max(300).optional() });
const endBody = z.object({ csrf: z.string(), reason: z.string().trim().min(3).max(300) });
const idParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

async function employeeId(tx: Tx, value: string): Promise<number> {
  const found = await tx.employee.findUnique({ where: { nip: value }, select: { id: true } });
  if (!found) throw new AppError('error.not_found');
  return found.id;
}

/**
 * Delegations in the console: HR names and ends substitutes for any
 * approver; a supervisor sees the delegations that name them and manages
 * their own (as `wakilkan` does in chat). Through the same services as the
 * chat and the admin API; audited with the person.
 */
export function delegationsSection(signedIn: FastifyInstance, deps: { db: Database; clock: Clock; wakeOutbox?: () => void }): void {
  const inTx = <T>(work: (tx: Tx) => Promise<T>) => deps.db.prisma.$transaction(work);

  const render = async (request: FastifyRequest, person: ConsolePerson, extra: Pick<DelegationsInput, 'message' | 'typed'> & { showAll?: boolean }) => {
    const today = jakartaDay(deps.clock.now());
    const showAll = extra.showAll ?? false;
    const items = await inTx(async (tx) => {
      const notOver = showAll ? {} : { notOverOn: today };
      if (person.role === 'HR') return listDelegations(tx, notOver);
      const [from, to] = await Promise.all([listDelegations(tx, { ...notOver, fromId: person.id }), listDelegations(tx, { ...notOver, toId: person.id })]);
      return [...from, ...to.filter((d) => !from.some((f) => f.id === d.id))].sort((a, b) => (a.startDate < b.startDate ? 1 : -1));
    });
    return delegationsPage(viewOf(request), { items, showAll, today, ownNip: person.role === 'HR' ? null : person.nip, message: extra.message, typed: extra.typed }).value;
  };

  signedIn.get('/hr/delegations', async (request, reply) => {
    const q = listQuery.parse(request.query);
    const view = viewOf(request);
    const message = q.done ? { text: view.t(q.done === 'created' ? 'console.delegations.created_done' : 'console.delegations.ended_done'), ok: true } : undefined;
    return reply.type('text/html; charset=utf-8').send(await render(request, sessionOf(request).person, { showAll: q.all === '1', message }));
  });

  signedIn.post('/hr/delegations', async (request, reply) => {
    const body = createBody.parse(request.body);
    const { person } = sessionOf(request);
    try {
      await inTx(async (tx) => {
        if (person.role !== 'HR' && body.fromNip !== person.nip) throw new AppError('error.not_found');
        return createDelegation(tx, deps.clock.now(), {
          fromId: await employeeId(tx, body.fromNip), toId: await employeeId(tx, body.toNip),
          startDate: body.start, endDate: body.end, reason: body.reason || null, by: consoleActor(person),
        });
      });
    } catch (error) {
      if (!isAppError(error)) throw error;
      const view = viewOf(request);
      const typed = { fromNip: body.fromNip, toNip: body.toNip, start: body.start, end: body.end, ...(body.reason ? { reason: body.reason } : {}) };
      return reply.status(statusOf(error.code)).type('text/html; charset=utf-8').send(await render(request, person, { message: { text: view.t(error.code, error.params), ok: false }, typed }));
    }
    deps.wakeOutbox?.();
    return reply.redirect('/hr/delegations?done=created', 303);
  });

  signedIn.post('/hr/delegations/:id/end', async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const body = endBody.parse(request.body);
    const { person } = sessionOf(request);
    try {
      await inTx((tx) => endDelegation(tx, deps.clock.now(), { id, reason: body.reason, by: consoleActor(person), ...(person.role === 'HR' ? {} : { mustBeFromId: person.id }) }));
    } catch (error) {
      if (!isAppError(error)) throw error;
      const view = viewOf(request);
      return reply.status(statusOf(error.code)).type('text/html; charset=utf-8').send(await render(request, person, { message: { text: view.t(error.code, error.params), ok: false } }));
    }
    deps.wakeOutbox?.();
    return reply.redirect('/hr/delegations?done=ended', 303);
  });
}
