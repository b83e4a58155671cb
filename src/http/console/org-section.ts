import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isAppError } from '../../domain/app-error';
import { consoleActor } from '../../services/console/console-access';
import { OFFICIAL_TYPES, orgOfficials, orgUnitOfficials } from '../../services/console/org-officials';
import { setUnitOfficials } from '../../services/settings/unit-officials';
import type { Database, Tx } from '../../store/database';
import { statusOf } from '../error-status';
import { sessionOf, viewOf } from './console-session-hook';
import { requireHr } from './hr-role';
import { officialField, orgPage, orgUnitPage } from './pages/org-page';

const codeParams = z.object({ code: z.string().regex(/^[A-Za-z0-9_.-]{1,32}$/) });
const pageQuery = z.object({ saved: z.enum(['1']).optional(), lang: z.enum(['id', 'en']).optional() });
/** The form: the CSRF token and one NIP (or nothing: inherit) per type, `official-ANY` for "*". */
const officialsBody = z.strictObject({
  csrf: z.string(),
  ...Object.fromEntries(OFFICIAL_TYPES.map((type) => [officialField(type), z.string().max(40)])),
});

type Message = { text: string; ok: boolean };

/**
 * The organisation in the console (HR only): GET /hr/org is the unit tree
 * with heads and who decides each leave type (own, inherited, the city's);
 * GET /hr/org/:code a unit, whose officials POST /hr/org/:code/officials sets
 * through the same setUnitOfficials as POST /admin/org-units/:code/officials,
 * audited with the person.
 */
export function orgSection(signedIn: FastifyInstance, deps: { db: Database }): void {
  const inTx = <T>(work: (tx: Tx) => Promise<T>) => deps.db.prisma.$transaction(work);
  const renderUnit = async (request: FastifyRequest, reply: FastifyReply, code: string, extra: { typed?: Map<string, string>; message?: Message }, status = 200) => {
    const unit = await inTx((tx) => orgUnitOfficials(tx, code));
    return reply.status(status).type('text/html; charset=utf-8').send(orgUnitPage(viewOf(request), unit, extra).value);
  };

  signedIn.get('/hr/org', async (request, reply) => {
    requireHr(request);
    pageQuery.parse(request.query);
    const tree = await inTx((tx) => orgOfficials(tx));
    return reply.type('text/html; charset=utf-8').send(orgPage(viewOf(request), tree).value);
  });

  signedIn.get('/hr/org/:code', async (request, reply) => {
    requireHr(request);
    const { code } = codeParams.parse(request.params);
    const q = pageQuery.parse(request.query);
    return renderUnit(request, reply, code, q.saved ? { message: { text: viewOf(request).t('console.org.saved'), ok: true } } : {});
  });

  signedIn.post('/hr/org/:code/officials', async (request, reply) => {
    requireHr(request);
    const { code } = codeParams.parse(request.params);
    const body = officialsBody.parse(request.body) as Record<string, string>;
    const view = viewOf(request);
    const typed = new Map(OFFICIAL_TYPES.map((type) => [officialField(type), (body[officialField(type)] ?? '').trim()]));
    const bad = [...typed].filter(([, nip]) => nip !== '' && !/^\d{18}$/.test(nip)).map(([field]) => field);
    if (bad.length > 0) return renderUnit(request, reply, code, { typed, message: { text: view.t('console.org.bad_nip', { fields: bad.join(', ') }), ok: false } }, 400);
    try {
      const changed = await inTx(async (tx) => {
        const unit = await orgUnitOfficials(tx, code);
        // Only the types whose NIP differs from the unit's own rule: each change is one audit row.
        const officials = OFFICIAL_TYPES.flatMap((type) => {
          const nip = typed.get(officialField(type)) || null;
          const own = unit.own.find((o) => o.type === type)?.official.nip ?? null;
          return nip === own ? [] : [{ type, nip }];
        });
        if (officials.length > 0) await setUnitOfficials(tx, { code, officials, by: consoleActor(sessionOf(request).person) });
        return officials.length;
      });
      if (changed === 0) return renderUnit(request, reply, code, { message: { text: view.t('console.org.no_change'), ok: true } });
      return reply.redirect(`/hr/org/${encodeURIComponent(code)}?saved=1`, 303);
    } catch (error) {
      if (!isAppError(error) || statusOf(error.code) === 404) throw error;
      return renderUnit(request, reply, code, { typed, message: { text: view.t(error.code, error.params), ok: false } }, statusOf(error.code));
    }
  });
}
