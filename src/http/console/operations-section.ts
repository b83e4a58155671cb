import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { SendRates } from '../../chat/channel-sender';
import type { Clock } from '../../clock';
import { outboxState } from '../../services/admin/outbox-state';
import { consoleActor } from '../../services/console/console-access';
import { RETRY_LIMIT, retryDeadMessages } from '../../services/ops/retry-dead-messages';
import { outboxBacklog } from '../../services/outbox-queue/outbox-backlog';
import type { Database } from '../../store/database';
import { sessionOf, viewOf } from './console-session-hook';
import { operationsPage } from './pages/operations-page';

const DEAD_SHOWN = 100;
const pageQuery = z.object({ retried: z.coerce.number().int().min(0).max(RETRY_LIMIT).optional(), lang: z.enum(['id', 'en']).optional() });
/** The form: the CSRF token and one `retry-<id>=1` per ticked message. */
const retryBody = z.record(z.string().regex(/^(csrf|retry-\d{1,10})$/), z.string().max(200));

function hrOnly(request: FastifyRequest, reply: FastifyReply): boolean {
  if (sessionOf(request).person.role === 'HR') return true;
  void reply.callNotFound();
  return false;
}

/**
 * Operations in the console (HR only): the send queue per channel and lane
 * with the time it needs at the channel's pace, the message counts, and the
 * dead letters, which can be sent again once their cause is fixed (the same
 * service as POST /admin/outbox/retry; audited with the person).
 */
export function operationsSection(signedIn: FastifyInstance, deps: { db: Database; clock: Clock; sendRates?: SendRates | undefined; wakeOutbox?: () => void }): void {
  const render = async (request: FastifyRequest, message?: { text: string; ok: boolean }) => {
    const [lanes, state] = await deps.db.prisma.$transaction(async (tx) => [await outboxBacklog(tx, deps.sendRates ?? new Map(), deps.clock.now()), await outboxState(tx, { deadLimit: DEAD_SHOWN })] as const);
    return operationsPage(viewOf(request), { lanes, state, message }).value;
  };

  signedIn.get('/hr/operations', async (request, reply) => {
    const { retried } = pageQuery.parse(request.query);
    if (!hrOnly(request, reply)) return reply;
    const view = viewOf(request);
    return reply.type('text/html; charset=utf-8').send(await render(request, retried !== undefined ? { text: view.t('console.ops.retried', { count: retried }), ok: true } : undefined));
  });

  signedIn.post('/hr/operations/retry', async (request, reply) => {
    const body = retryBody.parse(request.body);
    if (!hrOnly(request, reply)) return reply;
    const ids = Object.keys(body).filter((k) => k.startsWith('retry-')).map((k) => Number(k.slice('retry-'.length))).filter((id) => Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647);
    if (ids.length === 0) return reply.status(400).type('text/html; charset=utf-8').send(await render(request, { text: viewOf(request).t('console.ops.nothing_selected'), ok: false }));
    const retried = await deps.db.prisma.$transaction((tx) => retryDeadMessages(tx, { ids, now: deps.clock.now(), by: consoleActor(sessionOf(request).person) }));
    if (retried.length > 0) deps.wakeOutbox?.();
    return reply.redirect(`/hr/operations?retried=${retried.length}`, 303);
  });
}
