import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Clock } from '../../clock';
import { AppError } from '../../domain/app-error';
import { ALL_ADMIN_SCOPES, type AdminScope } from '../../services/admin/admin-scopes';
import { AdminTokenRefused, type CreatedAdminToken, createAdminToken, MAX_TOKEN_DAYS } from '../../services/admin/create-admin-token';
import { listAdminTokens } from '../../services/admin/list-admin-tokens';
import { revokeAdminToken } from '../../services/admin/revoke-admin-token';
import { consoleActor } from '../../services/console/console-access';
import type { Database } from '../../store/database';
import { sessionOf, viewOf } from './console-session-hook';
import { requireHr } from './hr-role';
import { type TokensInput, tokensPage } from './pages/tokens-page';

const pageQuery = z.object({ revoked: z.coerce.number().int().positive().max(2_147_483_647).optional(), lang: z.enum(['id', 'en']).optional() });
const idParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
const csrfOnly = z.strictObject({ csrf: z.string() });
/** The form: a label, the owner's NIP, the days it lasts and one `scope-<name>=1` per ticked scope. */
const createBody = z.strictObject({
  csrf: z.string(),
  name: z.string().max(100).optional(),
  ownerNip: z.string().max(40),
  days: z.string().max(10),
  ...Object.fromEntries(ALL_ADMIN_SCOPES.map((scope) => [`scope-${scope}`, z.literal('1').optional()])),
});

/**
 * Admin API tokens in the console (HR only): GET /hr/tokens lists them,
 * POST /hr/tokens makes one (its secret shown on the answer only), POST
 * /hr/tokens/:id/revoke revokes one. Through the same createAdminToken and
 * revokeAdminToken as `npm run admin:token`, audited with the person.
 */
export function tokensSection(signedIn: FastifyInstance, deps: { db: Database; clock: Clock }): void {
  const render = async (request: FastifyRequest, reply: FastifyReply, extra: Omit<TokensInput, 'tokens' | 'now'>, status = 200) => {
    const tokens = await deps.db.prisma.$transaction((tx) => listAdminTokens(tx));
    return reply.status(status).type('text/html; charset=utf-8').send(tokensPage(viewOf(request), { tokens, now: deps.clock.now(), ...extra }).value);
  };

  signedIn.get('/hr/tokens', async (request, reply) => {
    requireHr(request, 'forbidden.console_tokens');
    const q = pageQuery.parse(request.query);
    return render(request, reply, q.revoked ? { message: { text: viewOf(request).t('console.tokens.revoked_done', { id: q.revoked }), ok: true } } : {});
  });

  signedIn.post('/hr/tokens', async (request, reply) => {
    requireHr(request, 'forbidden.console_tokens');
    const body = createBody.parse(request.body) as Record<string, string | undefined>;
    const { person } = sessionOf(request);
    const view = viewOf(request);
    const scopes = ALL_ADMIN_SCOPES.filter((scope) => body[`scope-${scope}`] === '1');
    const ownerNip = (body.ownerNip ?? '').trim();
    const daysText = (body.days ?? '').trim();
    const days = /^\d{1,3}$/.test(daysText) ? Number(daysText) : Number.NaN;
    const typed = { name: body.name ?? '', ownerNip, days: daysText, scopes };
    const refuse = (text: string) => render(request, reply, { typed, message: { text, ok: false } }, 400);
    if (!/^\d{18}$/.test(ownerNip)) return refuse(view.t('console.tokens.bad_nip'));
    if (!(days >= 1 && days <= MAX_TOKEN_DAYS)) return refuse(view.t('console.tokens.bad_days', { max: MAX_TOKEN_DAYS }));
    if (scopes.length === 0) return refuse(view.t('console.tokens.no_scope'));
    let created: CreatedAdminToken;
    try {
      created = await deps.db.prisma.$transaction((tx) => createAdminToken(tx, {
        ownerNip, scopes: scopes as AdminScope[], days, ...(body.name?.trim() ? { name: body.name.trim() } : {}), now: deps.clock.now(), createdBy: person.name, by: consoleActor(person),
      }));
    } catch (error) {
      if (!(error instanceof AdminTokenRefused)) throw error;
      return refuse(view.t(`console.tokens.refused.${error.reason}`, { nip: error.nip }));
    }
    // No redirect: the secret is on this answer only (never in a URL, and the page is not cached).
    return render(request, reply, { created }, 201);
  });

  signedIn.post('/hr/tokens/:id/revoke', async (request, reply) => {
    requireHr(request, 'forbidden.console_tokens');
    const { id } = idParams.parse(request.params);
    csrfOnly.parse(request.body);
    const revoked = await deps.db.prisma.$transaction((tx) => revokeAdminToken(tx, { id, now: deps.clock.now(), by: consoleActor(sessionOf(request).person) }));
    if (!revoked) throw new AppError('error.not_found');
    return reply.redirect(`/hr/tokens?revoked=${id}`, 303);
  });
}
