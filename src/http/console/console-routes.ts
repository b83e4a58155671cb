import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z, ZodError } from 'zod';
import type { SendRates } from '../../chat/channel-sender';
import type { Clock } from '../../clock';
import type { ChannelState, JobControl } from '../../module';
import { isAppError } from '../../domain/app-error';
import { jakartaDay } from '../../domain/day';
import { LEAVE_STATUSES } from '../../domain/leave';
import type { LetterNumbering } from '../../domain/paperwork/letter-number';
import { listLeaveRequests } from '../../services/leave/list-leave-requests';
import { loadWorkCalendar } from '../../services/calendar/load-work-calendar';
import { consoleActor, consoleScopeOf, type ConsoleScope } from '../../services/console/console-access';
import { buildConsoleDashboard } from '../../services/console/console-dashboard';
import { redeemConsoleLink, isConsoleTokenShaped } from '../../services/console/console-link';
import { consoleRequestDetail, decideFromConsole, readDocumentFromConsole, takePaperFromConsole, unitsInScope } from '../../services/console/console-requests';
import { CONSOLE_IDLE_MS, endConsoleSession, listConsoleSessions } from '../../services/console/console-session';
import { buildTeamCalendar } from '../../services/console/team-calendar';
import { renderLeavePaper } from '../../services/paperwork/resolve-leave-paper';
import type { PaperworkConfig } from '../../services/paperwork/paperwork-config';
import { loadLeavePolicy } from '../../services/policy/load-leave-policy';
import { listProfileChanges } from '../../services/profile/profile-change-view';
import { reviewProfileChange } from '../../services/profile/review-profile-change';
import type { Database, Tx } from '../../store/database';
import { contentDisposition } from '../content-disposition';
import { statusOf } from '../error-status';
import { isoDay, isoMonth } from '../admin/query-fields';
import { auditSection } from './audit-section';
import { peopleSection } from './people-section';
import { delegationsSection } from './delegations-section';
import { operationsSection } from './operations-section';
import { policySection } from './policy-section';
import { orgSection } from './org-section';
import { tokensSection } from './tokens-section';
import { payrollSection } from './payroll-section';
import { importsSection } from './imports-section';
import { holidaysSection } from './holidays-section';
import { cookieHeader, LANG_COOKIE, SESSION_COOKIE } from './console-cookies';
import { requireSession, sameOrigin, sessionOf, signInPage, viewOf } from './console-session-hook';
import { requireHr } from './hr-role';
import { html, type SafeHtml } from './html';
import { page } from './layout';
import { calendarPage } from './pages/calendar-page';
import { dashboardPage } from './pages/dashboard-page';
import { profileChangesPage } from './pages/profile-changes-page';
import { requestPage } from './pages/request-page';
import { LEAVE_TYPE_CODES_SHOWN, requestsPage } from './pages/requests-page';
import { sessionsPage } from './pages/sessions-page';

export interface ConsoleDeps {
  db: Database;
  clock: Clock;
  /** Cookies are Secure when this is an https:// address (always so in production). */
  publicUrl?: string | undefined;
  /** Production: cookies are Secure whatever the address. */
  production?: boolean;
  /** What the leave form and letter are printed with. */
  paperwork: PaperworkConfig;
  letterNumbering?: LetterNumbering;
  wakeOutbox?: () => void;
  /** The link card's Telegram deep link (TELEGRAM_BOT_USERNAME) and WhatsApp number (WHATSAPP_PHONE). */
  botUsername?: string | undefined;
  whatsappPhone?: string | undefined;
  /** Each channel's send rate, for the operations page's drain times. */
  sendRates?: SendRates | undefined;
  /** The scheduled jobs of this process (the operations page lists them and runs one now). */
  jobs?: JobControl | undefined;
  /** Each channel's connection now (the operations page shows it, and WhatsApp's pairing QR to HR). */
  channels?: (() => readonly ChannelState[]) | undefined;
}

const PAGE_SIZE = 25;
const htmxScript = () => readFileSync(createRequire(import.meta.url).resolve('htmx.org/dist/htmx.min.js'), 'utf8');

const tokenParams = z.object({ token: z.string().max(100) });
const refParams = z.object({ ref: z.string().min(1).max(40) });
const listQuery = z.object({
  q: z.string().trim().max(60).optional(),
  status: z.enum(LEAVE_STATUSES).or(z.literal('')).optional(),
  type: z.enum(LEAVE_TYPE_CODES_SHOWN).or(z.literal('')).optional(),
  unit: z.string().max(32).optional(),
  from: isoDay.or(z.literal('')).optional(),
  to: isoDay.or(z.literal('')).optional(),
  overdue: z.enum(['1', 'true', '']).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  lang: z.enum(['id', 'en']).optional(),
});
const decideBody = z.object({ csrf: z.string(), decision: z.enum(['APPROVE', 'REJECT', 'DEFER']), note: z.string().trim().max(300).optional() });
const paperParams = refParams.extend({ paper: z.enum(['form.pdf', 'letter.pdf']) });
const downloadQuery = z.object({ download: z.literal('1').optional() }).passthrough();
const documentParams = refParams.extend({ documentId: z.coerce.number().int().positive().max(2_147_483_647) });
const idParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
const reviewBody = z.object({ csrf: z.string(), decision: z.enum(['approve', 'reject']), note: z.string().trim().max(300).optional() });
const calendarQuery = z.object({ month: isoMonth.optional(), unit: z.coerce.number().int().positive().max(2_147_483_647).or(z.literal('')).optional(), lang: z.enum(['id', 'en']).optional() });
const langQuery = z.object({ lang: z.enum(['id', 'en']).optional(), saved: z.string().max(20).optional(), done: z.string().max(20).optional() }).passthrough();

function sendPage(reply: FastifyReply, body: SafeHtml, status = 200) {
  return reply.status(status).type('text/html; charset=utf-8').send(body.value);
}

const INLINE_TYPES = new Set(['application/pdf', 'image/jpeg', 'image/png', 'image/webp', 'image/gif']);

/**
 * The HR web console at /hr: server-rendered pages (escaping templates,
 * htmx for in-page updates), signed in with a one-time link from chat. Every
 * page needs a live session; every POST its CSRF token; what a page shows
 * and what an action may touch is checked against the database (a
 * supervisor: their own units); actions go through the same services as the
 * chat and the admin API, each audited with the person.
 */
export function consoleRoutes(deps: ConsoleDeps) {
  const secure = deps.production === true || (deps.publicUrl?.startsWith('https://') ?? false);
  const leaveDeps = { clock: deps.clock, ...(deps.letterNumbering ? { letterNumbering: deps.letterNumbering } : {}) };
  const inTx = <T>(work: (tx: Tx) => Promise<T>) => deps.db.prisma.$transaction(work);
  const withScope = <T>(request: FastifyRequest, work: (tx: Tx, scope: ConsoleScope) => Promise<T>) =>
    inTx(async (tx) => work(tx, await consoleScopeOf(tx, sessionOf(request).person)));

  /** The pages' policy: scripts only from /hr/static, the inline style sheet, forms to this site; upgraded to https only where it is served so. */
  const pageCsp = [
    "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:", "form-action 'self'",
    "frame-ancestors 'none'", "base-uri 'self'", "object-src 'none'", ...(secure ? ['upgrade-insecure-requests'] : []),
  ].join('; ');

  return async function register(app: FastifyInstance): Promise<void> {
    let script: string | undefined;
    app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 16_384 }, (_request, body, done) => {
      const params = new URLSearchParams(body as string);
      const out: Record<string, string> = {};
      for (const [key, value] of params) if (!(key in out)) out[key] = value;
      done(null, out);
    });
    app.addHook('onSend', async (request, reply, payload) => {
      void reply.header('cache-control', 'no-store');
      if (String(reply.getHeader('content-type') ?? '').startsWith('text/html')) {
        // same-origin (not no-referrer): browsers then send the real Origin with the console's own forms, which POSTs check.
        void reply.header('content-security-policy', pageCsp).header('referrer-policy', 'same-origin');
      }
      const asked = (request.query as Record<string, unknown> | undefined)?.lang;
      if (request.method === 'GET' && (asked === 'en' || asked === 'id')) {
        void reply.header('set-cookie', [...([reply.getHeader('set-cookie')].flat().filter((v): v is string => typeof v === 'string')), cookieHeader(LANG_COOKIE, asked, { secure, maxAgeSeconds: 365 * 86_400, httpOnly: false })]);
      }
      return payload;
    });
    app.setErrorHandler((error, request, reply) => {
      const view = viewOf(request);
      if (isAppError(error)) {
        const status = statusOf(error.code);
        const key = status === 404 ? 'console.not_found' : error.code;
        return sendPage(reply, page(view, { title: view.t('console.title'), body: html`<p class="error" role="alert">${view.t(key, error.params)}</p><p><a href="/hr">${view.t('console.nav.dashboard')}</a></p>` }), status);
      }
      if (error instanceof ZodError) {
        return sendPage(reply, page(view, { title: view.t('console.title'), body: html`<p class="error" role="alert">${view.t('console.not_found')}</p>` }), 400);
      }
      const status = (error as { statusCode?: number }).statusCode ?? 500;
      if (status >= 500) request.log.error({ err: error }, 'console request failed');
      return sendPage(reply, page(view, { title: view.t('console.title'), body: html`<p class="error" role="alert">${view.t('console.error')}</p>` }), status >= 500 ? 500 : status);
    });

    app.get('/hr/static/htmx.min.js', async (_request, reply) => {
      script ??= htmxScript();
      return reply.header('cache-control', 'public, max-age=86400').type('text/javascript; charset=utf-8').send(script);
    });

    // Sign-in: the link opens a page with a button (link previews in chat apps fetch the page, so the GET spends nothing).
    app.get('/hr/login/:token', async (request, reply) => {
      const { token } = tokenParams.parse(request.params);
      const view = viewOf(request);
      if (!isConsoleTokenShaped(token)) return sendPage(reply, signInPage(view, 'console.link_invalid'), 400);
      return sendPage(reply, page(view, {
        title: view.t('console.login.title'),
        body: html`<p>${view.t('console.login.intro')}</p><form method="post" action="/hr/login"><input type="hidden" name="token" value="${token}"><button type="submit">${view.t('console.login.button')}</button></form>`,
      }));
    });
    app.post('/hr/login', async (request, reply) => {
      const { token } = z.object({ token: z.string().max(100) }).parse(request.body);
      const view = viewOf(request);
      if (!sameOrigin(request, deps.publicUrl)) return sendPage(reply, signInPage(view, 'console.csrf'), 403);
      try {
        const session = await inTx((tx) => redeemConsoleLink(tx, { token, now: deps.clock.now(), userAgent: request.headers['user-agent'] ?? null }));
        return reply
          .header('set-cookie', cookieHeader(SESSION_COOKIE, session.token, { secure, maxAgeSeconds: CONSOLE_IDLE_MS / 1000 }))
          .redirect('/hr', 303);
      } catch (error) {
        if (isAppError(error) && error.code === 'console.link_invalid') return sendPage(reply, signInPage(view, 'console.link_invalid'), 400);
        throw error;
      }
    });

    await app.register(async (signedIn) => {
      signedIn.addHook('preHandler', requireSession(deps));

      signedIn.get('/hr', async (request, reply) => {
        langQuery.parse(request.query);
        const dashboard = await withScope(request, (tx, scope) => buildConsoleDashboard(tx, scope, jakartaDay(deps.clock.now())));
        return sendPage(reply, dashboardPage(viewOf(request), dashboard));
      });

      signedIn.get('/hr/requests', async (request, reply) => {
        const q = listQuery.parse(request.query);
        const filters = { q: q.q || undefined, status: q.status || undefined, type: q.type || undefined, unit: q.unit || undefined, from: q.from || undefined, to: q.to || undefined, overdue: q.overdue === '1' || q.overdue === 'true', page: q.page };
        const today = jakartaDay(deps.clock.now());
        const { found, units } = await withScope(request, async (tx, scope) => {
          const units = await unitsInScope(tx, scope);
          if (filters.unit && !units.some((u) => u.code === filters.unit)) return { found: { total: 0, items: [] }, units };
          const calendar = await loadWorkCalendar(tx);
          const overdueDays = (await loadLeavePolicy(tx)).reminders.escalateAfterWorkingDays;
          const found = await listLeaveRequests(tx, {
            ...(filters.unit ? { unitCode: filters.unit } : {}),
            ...(filters.status ? { status: filters.status } : {}),
            ...(filters.type ? { typeCode: filters.type } : {}),
            ...(filters.from ? { from: filters.from } : {}),
            ...(filters.to ? { to: filters.to } : {}),
            ...(filters.q ? { search: filters.q } : {}),
            ...(scope.unitIds ? { within: { unitIds: scope.unitIds, approverId: scope.person.id } } : {}),
            overdue: filters.overdue, overdueDays, page: filters.page, pageSize: PAGE_SIZE,
          }, { today, calendar });
          return { found, units };
        });
        return sendPage(reply, requestsPage(viewOf(request), { filters, found, pageSize: PAGE_SIZE, units }));
      });

      signedIn.get('/hr/requests/:ref', async (request, reply) => {
        const { ref } = refParams.parse(request.params);
        const { saved } = langQuery.parse(request.query);
        const detail = await withScope(request, (tx, scope) => consoleRequestDetail(tx, leaveDeps, scope, ref));
        const view = viewOf(request);
        const message = saved ? { text: view.t('console.request.done', { status: view.t(`leave.status.${detail.status}`) }), ok: true } : undefined;
        return sendPage(reply, requestPage(view, detail, message));
      });

      signedIn.post('/hr/requests/:ref/decide', async (request, reply) => {
        const { ref } = refParams.parse(request.params);
        const body = decideBody.parse(request.body);
        try {
          const result = await withScope(request, (tx, scope) => decideFromConsole(tx, leaveDeps, { scope, ref, decision: body.decision, note: body.note || null }));
          deps.wakeOutbox?.();
          return reply.redirect(`/hr/requests/${encodeURIComponent(result.request.ref)}?saved=1`, 303);
        } catch (error) {
          if (!isAppError(error) || statusOf(error.code) === 404) throw error;
          const detail = await withScope(request, (tx, scope) => consoleRequestDetail(tx, leaveDeps, scope, ref));
          const view = viewOf(request);
          return sendPage(reply, requestPage(view, detail, { text: view.t(error.code, error.params), ok: false }), statusOf(error.code));
        }
      });

      signedIn.get('/hr/requests/:ref/documents/:documentId', async (request, reply) => {
        const { ref, documentId } = documentParams.parse(request.params);
        const download = (request.query as Record<string, unknown>).download === '1';
        const file = await withScope(request, (tx, scope) => readDocumentFromConsole(tx, { scope, ref, documentId }));
        if (isAppError(file)) throw file;
        const inline = !download && INLINE_TYPES.has(file.mimeType);
        void reply.header('content-type', inline ? file.mimeType : 'application/octet-stream').header('content-disposition', contentDisposition(file.fileName, inline ? 'inline' : 'attachment'));
        if (file.mimeType.startsWith('image/')) void reply.header('content-security-policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'");
        return reply.send(file.content);
      });

      // The request's leave form (as it stands now) and its standing letter, printed in the reader's language.
      signedIn.get('/hr/requests/:ref/:paper', async (request, reply) => {
        const { ref, paper } = paperParams.parse(request.params);
        const { download } = downloadQuery.parse(request.query);
        const now = deps.clock.now();
        const taken = await withScope(request, (tx, scope) => takePaperFromConsole(tx, { scope, ref, kind: paper === 'form.pdf' ? 'FORM' : 'LETTER', now }));
        if (isAppError(taken)) throw taken;
        const pdf = await renderLeavePaper(deps.db.prisma, deps.paperwork, taken.paper.id, now, viewOf(request).lang);
        void reply.type(pdf.mimeType).header('content-disposition', contentDisposition(pdf.fileName, download ? 'attachment' : 'inline'));
        return reply.send(pdf.content);
      });

      signedIn.get('/hr/profile-changes', async (request, reply) => {
        requireHr(request, 'forbidden.console_profile');
        const { done } = langQuery.parse(request.query);
        const items = await inTx((tx) => listProfileChanges(tx, { status: 'PENDING' }));
        const view = viewOf(request);
        const [id, outcome] = (done ?? '').split('-');
        const message = id && (outcome === 'approved' || outcome === 'rejected') && /^\d+$/.test(id) ? { text: view.t(`console.profile.${outcome}`, { id }), ok: true } : undefined;
        return sendPage(reply, profileChangesPage(view, items, message));
      });

      signedIn.post('/hr/profile-changes/:id', async (request, reply) => {
        requireHr(request, 'forbidden.console_profile');
        const { person } = sessionOf(request);
        const { id } = idParams.parse(request.params);
        const body = reviewBody.parse(request.body);
        const approve = body.decision === 'approve';
        try {
          await inTx((tx) => reviewProfileChange(tx, deps.clock.now(), { id, approve, note: body.note || null, by: consoleActor(person) }));
          deps.wakeOutbox?.();
          return reply.redirect(`/hr/profile-changes?done=${id}-${approve ? 'approved' : 'rejected'}`, 303);
        } catch (error) {
          if (!isAppError(error)) throw error;
          const items = await inTx((tx) => listProfileChanges(tx, { status: 'PENDING' }));
          const view = viewOf(request);
          return sendPage(reply, profileChangesPage(view, items, { text: view.t(error.code, error.params), ok: false }), statusOf(error.code));
        }
      });

      signedIn.get('/hr/calendar', async (request, reply) => {
        const q = calendarQuery.parse(request.query);
        const month = q.month ?? jakartaDay(deps.clock.now()).slice(0, 7);
        const unitId = typeof q.unit === 'number' ? q.unit : undefined;
        const { cal, units } = await withScope(request, async (tx, scope) => {
          const units = await unitsInScope(tx, scope);
          if (unitId !== undefined && !units.some((u) => u.id === unitId)) return { cal: await buildTeamCalendar(tx, { ...scope, unitIds: [] }, { month }), units };
          return { cal: await buildTeamCalendar(tx, scope, { month, unitId }), units };
        });
        return sendPage(reply, calendarPage(viewOf(request), cal, { unitId, units }));
      });

      auditSection(signedIn, deps);
      peopleSection(signedIn, deps);
      delegationsSection(signedIn, deps);
      operationsSection(signedIn, deps);
      policySection(signedIn, deps);
      orgSection(signedIn, deps);
      tokensSection(signedIn, deps);
      payrollSection(signedIn, deps);
      importsSection(signedIn, deps);
      holidaysSection(signedIn, deps);

      signedIn.get('/hr/sessions', async (request, reply) => {
        const { done } = langQuery.parse(request.query);
        const session = sessionOf(request);
        const sessions = await inTx((tx) => listConsoleSessions(tx, session.person.id, deps.clock.now()));
        const view = viewOf(request);
        return sendPage(reply, sessionsPage(view, sessions, session.id, done ? view.t('console.sessions.revoked') : undefined));
      });

      signedIn.post('/hr/sessions/:id/end', async (request, reply) => {
        const { id } = idParams.parse(request.params);
        const session = sessionOf(request);
        const ended = await inTx((tx) => endConsoleSession(tx, { person: session.person, sessionId: id, now: deps.clock.now(), reason: id === session.id ? 'signed_out' : 'revoked' }));
        if (!ended) return reply.callNotFound();
        if (id === session.id) {
          return reply.header('set-cookie', cookieHeader(SESSION_COOKIE, '', { secure, maxAgeSeconds: 0 })).redirect('/hr/signed-out', 303);
        }
        return reply.redirect('/hr/sessions?done=1', 303);
      });

      signedIn.post('/hr/logout', async (request, reply) => {
        const session = sessionOf(request);
        await inTx((tx) => endConsoleSession(tx, { person: session.person, sessionId: session.id, now: deps.clock.now(), reason: 'signed_out' }));
        return reply.header('set-cookie', cookieHeader(SESSION_COOKIE, '', { secure, maxAgeSeconds: 0 })).redirect('/hr/signed-out', 303);
      });
    });

    app.get('/hr/signed-out', async (request, reply) => {
      const view = viewOf(request);
      return sendPage(reply, page(view, { title: view.t('console.signed_out'), body: html`<p class="notice" role="status">${view.t('console.signed_out')}</p><p>${view.t('console.login.how')}</p>` }));
    });
  };
}
