import type { FastifyInstance, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { z } from 'zod';
import type { Clock } from '../../clock';
import { jakartaDay } from '../../domain/day';
import { consoleScopeOf } from '../../services/console/console-access';
import { findPeople, issueLinkCodeFromConsole, issueLinkCodesForUnit, personDetail, unlinkChatFromConsole } from '../../services/console/console-people';
import { renderLinkCardsPdf } from '../../documents/render-link-cards-pdf';
import type { CreatedLinkCode } from '../../services/link-codes/create-link-code';
import { isAppError } from '../../domain/app-error';
import { statusOf } from '../error-status';
import { unitsInScope } from '../../services/console/console-requests';
import { telegramDeepLink } from '../../services/link-codes/link-code-format';
import type { Database, Tx } from '../../store/database';
import { sessionOf, viewOf } from './console-session-hook';
import { requireHr } from './hr-role';
import { linkCardPage } from './pages/link-card-page';
import { peoplePage } from './pages/people-page';
import { personPage } from './pages/person-page';
import { html } from './html';
import { page } from './layout';
import type { ConsoleView } from './console-view';

function signedInError(view: ConsoleView, text: string) {
  return page(view, { title: view.t('console.people.title'), current: '/people', body: html`<p class="error" role="alert">${text}</p><p><a href="/hr/people">${view.t('console.people.title')}</a></p>` });
}

const PAGE_SIZE = 25;
const nip = z.string().regex(/^\d{18}$/);
const peopleQuery = z.object({
  q: z.string().trim().max(60).optional(),
  unit: z.string().max(32).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  lang: z.enum(['id', 'en']).optional(),
});
const personQuery = z.object({ done: z.enum(['unlinked']).optional(), lang: z.enum(['id', 'en']).optional() });
const chatParams = z.object({ nip, id: z.coerce.number().int().positive().max(2_147_483_647) });
const linkCodeBody = z.object({ csrf: z.string(), as: z.enum(['pdf']).optional() });
const unitCardsBody = z.object({ csrf: z.string(), unit: z.string().min(1).max(32) });

export interface PeopleSectionDeps {
  db: Database;
  clock: Clock;
  /** For the link card's Telegram deep link and QR code (TELEGRAM_BOT_USERNAME). */
  botUsername?: string | undefined;
  /** For the link card's WhatsApp line (WHATSAPP_PHONE). */
  whatsappPhone?: string | undefined;
}

/**
 * People in the console: search (HR everyone, a supervisor their own units),
 * an employee's page, and HR's linking desk: a printable link-code card and
 * releasing a chat. Registered inside the console's signed-in scope; every
 * action is audited with the officer.
 */
export function peopleSection(signedIn: FastifyInstance, deps: PeopleSectionDeps): void {
  const inTx = <T>(work: (tx: Tx) => Promise<T>) => deps.db.prisma.$transaction(work);

  signedIn.get('/hr/people', async (request, reply) => {
    const q = peopleQuery.parse(request.query);
    const filters = { q: q.q || undefined, unit: q.unit || undefined, page: q.page };
    const { found, units } = await inTx(async (tx) => {
      const scope = await consoleScopeOf(tx, sessionOf(request).person);
      const units = await unitsInScope(tx, scope);
      if (filters.unit && !units.some((u) => u.code === filters.unit)) return { found: { total: 0, items: [] }, units };
      return { found: await findPeople(tx, scope, { q: filters.q, unitCode: filters.unit, page: filters.page, pageSize: PAGE_SIZE }), units };
    });
    return reply.type('text/html; charset=utf-8').send(peoplePage(viewOf(request), { filters, found, pageSize: PAGE_SIZE, units }).value);
  });

  signedIn.get('/hr/people/:nip', async (request, reply) => {
    const params = z.object({ nip }).parse(request.params);
    const { done } = personQuery.parse(request.query);
    const view = viewOf(request);
    const year = Number(jakartaDay(deps.clock.now()).slice(0, 4));
    const detail = await inTx(async (tx) => personDetail(tx, await consoleScopeOf(tx, sessionOf(request).person), { nip: params.nip, year, lang: view.lang }));
    return reply.type('text/html; charset=utf-8').send(personPage(view, detail, { year, message: done ? view.t('console.people.unlinked') : undefined }).value);
  });

  const cardsPdf = (request: FastifyRequest, created: readonly CreatedLinkCode[], title: string) =>
    renderLinkCardsPdf(
      created.map((c) => ({ name: c.employee.name, nip: c.employee.nip, code: c.code, expiresAt: c.expiresAt, deepLink: telegramDeepLink(deps.botUsername, c.code) })),
      { lang: viewOf(request).lang, whatsappPhone: deps.whatsappPhone, title, createdAt: deps.clock.now() },
    );

  signedIn.post('/hr/people/link-cards', async (request, reply) => {
    requireHr(request, 'forbidden.console_people');
    const body = unitCardsBody.parse(request.body);
    const view = viewOf(request);
    let created: CreatedLinkCode[];
    try {
      created = await deps.db.prisma.$transaction((tx) => issueLinkCodesForUnit(tx, sessionOf(request).person, { unitCode: body.unit, now: deps.clock.now() }), { timeout: 120_000 });
    } catch (error) {
      if (!isAppError(error) || statusOf(error.code) === 404) throw error;
      return reply.status(422).type('text/html; charset=utf-8').send(signedInError(view, view.t(error.code, error.params)).value);
    }
    if (created.length === 0) return reply.status(422).type('text/html; charset=utf-8').send(signedInError(view, view.t('console.people.cards_none')).value);
    const pdf = await cardsPdf(request, created, view.t('console.people.cards_title', { unit: body.unit }));
    return reply.type('application/pdf').header('content-disposition', `attachment; filename="kartu-tautan-${body.unit.replace(/[^A-Za-z0-9_-]/g, '_')}.pdf"`).send(pdf);
  });

  signedIn.post('/hr/people/:nip/link-code', async (request, reply) => {
    requireHr(request, 'forbidden.console_people');
    const params = z.object({ nip }).parse(request.params);
    const body = linkCodeBody.parse(request.body);
    const created = await inTx((tx) => issueLinkCodeFromConsole(tx, sessionOf(request).person, { nip: params.nip, now: deps.clock.now() }));
    if (body.as === 'pdf') {
      const pdf = await cardsPdf(request, [created], viewOf(request).t('console.people.card.title'));
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="kartu-tautan-${created.employee.nip}.pdf"`).send(pdf);
    }
    const deepLink = telegramDeepLink(deps.botUsername, created.code);
    const qrImage = deepLink ? await QRCode.toDataURL(deepLink, { margin: 1, width: 200 }) : null;
    return reply.type('text/html; charset=utf-8').send(linkCardPage(viewOf(request), { created, deepLink, qrImage, whatsappPhone: deps.whatsappPhone }).value);
  });

  signedIn.post('/hr/people/:nip/chats/:id/unlink', async (request, reply) => {
    requireHr(request, 'forbidden.console_people');
    const params = chatParams.parse(request.params);
    await inTx((tx) => unlinkChatFromConsole(tx, sessionOf(request).person, { nip: params.nip, identityId: params.id }));
    return reply.redirect(`/hr/people/${params.nip}?done=unlinked`, 303);
  });
}
