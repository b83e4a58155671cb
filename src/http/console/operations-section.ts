import type { FastifyInstance, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { z } from 'zod';
import type { SendRates } from '../../chat/channel-sender';
import type { Clock } from '../../clock';
import { outboxState } from '../../services/admin/outbox-state';
import { consoleActor } from '../../services/console/console-access';
import { RETRY_LIMIT, retryDeadMessages } from '../../services/ops/retry-dead-messages';
import { outboxBacklog } from '../../services/outbox-queue/outbox-backlog';
import type { Database } from '../../store/database';
import type { ChannelState, JobControl } from '../../module';
import { listJobRuns } from '../../services/jobs/list-job-runs';
import { writeAudit } from '../../services/audit';
import { sessionOf, viewOf } from './console-session-hook';
import { requireHr } from './hr-role';
import { type ChannelLine, channelsPanel, operationsPage } from './pages/operations-page';

const DEAD_SHOWN = 100;
const pageQuery = z.object({
  retried: z.coerce.number().int().min(0).max(RETRY_LIMIT).optional(),
  ran: z.string().max(64).regex(/^[a-z0-9_-]+$/).optional(),
  slot: z.string().max(32).regex(/^[0-9A-Za-z:_-]+$/).optional(),
  status: z.enum(['DONE', 'FAILED', 'INTERRUPTED', 'SKIPPED']).optional(),
  lang: z.enum(['id', 'en']).optional(),
});
/** The channels panel reads nothing of the page's query but its language. */
const panelQuery = pageQuery.pick({ lang: true });
const jobParams = z.object({ id: z.string().min(1).max(64).regex(/^[a-z0-9_-]+$/) });
const csrfOnly = z.object({ csrf: z.string() }).strict();
/** The form: the CSRF token and one `retry-<id>=1` per ticked message. */
const retryBody = z.record(z.string().regex(/^(csrf|retry-\d{1,10})$/), z.string().max(200));

/** Each channel's state now, with WhatsApp's pairing QR drawn as an image (as GET /admin/whatsapp/pairing draws it). */
async function channelLines(channels: (() => readonly ChannelState[]) | undefined): Promise<ChannelLine[] | null> {
  if (!channels) return null;
  return Promise.all(channels().map(async (c) => (c.pairing ? { ...c, qrImage: await QRCode.toDataURL(c.pairing.qr, { margin: 2, width: 320 }) } : c)));
}

/**
 * Operations in the console (HR only): each channel's connection (and
 * WhatsApp's pairing QR while it waits to be paired, kept current by the
 * page asking for the channels panel again), the send queue per channel and lane
 * with the time it needs at the channel's pace, the message counts, and the
 * dead letters, which can be sent again once their cause is fixed (the same
 * service as POST /admin/outbox/retry; audited with the person).
 */
export function operationsSection(signedIn: FastifyInstance, deps: { db: Database; clock: Clock; sendRates?: SendRates | undefined; wakeOutbox?: () => void; jobs?: JobControl | undefined; channels?: (() => readonly ChannelState[]) | undefined }): void {
  const render = async (request: FastifyRequest, message?: { text: string; ok: boolean }) => {
    const jobs = deps.jobs?.list() ?? null;
    const [lanes, state, runs] = await deps.db.prisma.$transaction(async (tx) => [
      await outboxBacklog(tx, deps.sendRates ?? new Map(), deps.clock.now()),
      await outboxState(tx, { deadLimit: DEAD_SHOWN, now: deps.clock.now() }),
      jobs ? await listJobRuns(tx, jobs.map((j) => j.id), 1, deps.clock.now()) : new Map(),
    ] as const);
    return operationsPage(viewOf(request), { channels: await channelLines(deps.channels), lanes, state, jobs: jobs ? { jobs, runs } : null, message }).value;
  };

  signedIn.get('/hr/operations', async (request, reply) => {
    requireHr(request, 'forbidden.console_operations');
    const q = pageQuery.parse(request.query);
    const view = viewOf(request);
    const message = q.retried !== undefined
      ? { text: view.t('console.ops.retried', { count: q.retried }), ok: true }
      : q.ran && q.slot && q.status ? { text: view.t('console.ops.ran', { job: q.ran, slot: q.slot, status: view.t(`console.ops.run_status.${q.status}`) }), ok: q.status === 'DONE' } : undefined;
    return reply.type('text/html; charset=utf-8').send(await render(request, message));
  });

  // The channels panel alone, which the page asks for again while a channel is not connected (the QR code changes).
  signedIn.get('/hr/operations/channels', async (request, reply) => {
    requireHr(request, 'forbidden.console_operations');
    panelQuery.parse(request.query);
    return reply.type('text/html; charset=utf-8').send(channelsPanel(viewOf(request), await channelLines(deps.channels)).value);
  });

  signedIn.post('/hr/operations/retry', async (request, reply) => {
    requireHr(request, 'forbidden.console_operations');
    const body = retryBody.parse(request.body);
    const ids = Object.keys(body).filter((k) => k.startsWith('retry-')).map((k) => Number(k.slice('retry-'.length))).filter((id) => Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647);
    if (ids.length === 0) return reply.status(400).type('text/html; charset=utf-8').send(await render(request, { text: viewOf(request).t('console.ops.nothing_selected'), ok: false }));
    const retried = await deps.db.prisma.$transaction((tx) => retryDeadMessages(tx, { ids, now: deps.clock.now(), by: consoleActor(sessionOf(request).person) }));
    if (retried.length > 0) deps.wakeOutbox?.();
    return reply.redirect(`/hr/operations?retried=${retried.length}`, 303);
  });

  // Runs a job now through the scheduler's own control (as POST /admin/jobs/:id/run does); who asked is audited first.
  signedIn.post('/hr/operations/jobs/:id/run', async (request, reply) => {
    requireHr(request, 'forbidden.console_operations');
    const { id } = jobParams.parse(request.params);
    csrfOnly.parse(request.body);
    if (!deps.jobs || !deps.jobs.list().some((j) => j.id === id)) return reply.callNotFound();
    await deps.db.prisma.$transaction((tx) => writeAudit(tx, { ...consoleActor(sessionOf(request).person), action: 'job.run_requested', entity: 'Job', entityId: id }));
    const outcome = await deps.jobs.run(id);
    deps.wakeOutbox?.();
    return reply.redirect(`/hr/operations?ran=${encodeURIComponent(id)}&slot=${encodeURIComponent(outcome.slot)}&status=${outcome.status}`, 303);
  });
}
