import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isAppError } from '../../domain/app-error';
import { LEAVE_TYPE_CODES } from '../../domain/leave';
import { cityAuthoritySchema, type CityAuthoritySettings } from '../../services/policy/city-authority';
import { loadCityAuthoritySettings, saveCityAuthority } from '../../services/settings/city-authority-settings';
import { consoleActor } from '../../services/console/console-access';
import { OFFICIAL_TYPES, orgOfficials, orgUnitOfficials } from '../../services/console/org-officials';
import { setUnitOfficials } from '../../services/settings/unit-officials';
import type { Database, Tx } from '../../store/database';
import { statusOf } from '../error-status';
import { sessionOf, viewOf } from './console-session-hook';
import { requireHr } from './hr-role';
import { aboveField, cityAuthorityForm, type TypedAuthority } from './pages/city-authority-form';
import { officialField, orgPage, orgUnitPage } from './pages/org-page';

const codeParams = z.object({ code: z.string().regex(/^[A-Za-z0-9_.-]{1,32}$/) });
const pageQuery = z.object({ saved: z.enum(['1']).optional(), authority: z.enum(['1']).optional(), lang: z.enum(['id', 'en']).optional() });
/** The city's authority form: the CSRF token, who grants the power, and one unit code (or nothing: the agency head) per leave type. */
const authorityBody = z.strictObject({
  csrf: z.string(),
  grantor: z.string().max(200),
  ...Object.fromEntries(LEAVE_TYPE_CODES.map((type) => [aboveField(type), z.string().max(40)])),
});
/** The form: the CSRF token and one NIP (or nothing: inherit) per type, `official-ANY` for "*". */
const officialsBody = z.strictObject({
  csrf: z.string(),
  ...Object.fromEntries(OFFICIAL_TYPES.map((type) => [officialField(type), z.string().max(40)])),
});

type Message = { text: string; ok: boolean };

const sameAuthority = (a: CityAuthoritySettings, b: CityAuthoritySettings) =>
  a.grantor === b.grantor && LEAVE_TYPE_CODES.every((type) => (a.aboveAgency[type] ?? '') === (b.aboveAgency[type] ?? ''));

/**
 * The organisation in the console (HR only): GET /hr/org is the unit tree
 * with heads and who decides each leave type (own, inherited, the city's);
 * GET /hr/org/:code a unit, whose officials POST /hr/org/:code/officials sets
 * through the same setUnitOfficials as POST /admin/org-units/:code/officials,
 * audited with the person. The city's authority settings (which leave types
 * go above the agency head, to which unit's head, and who delegates) are a
 * form on /hr/org that POST /hr/org/authority saves through the same
 * saveCityAuthority as POST /admin/settings/authority, audited with the person.
 */
export function orgSection(signedIn: FastifyInstance, deps: { db: Database }): void {
  const inTx = <T>(work: (tx: Tx) => Promise<T>) => deps.db.prisma.$transaction(work);
  const renderUnit = async (request: FastifyRequest, reply: FastifyReply, code: string, extra: { typed?: Map<string, string>; message?: Message }, status = 200) => {
    const unit = await inTx((tx) => orgUnitOfficials(tx, code));
    return reply.status(status).type('text/html; charset=utf-8').send(orgUnitPage(viewOf(request), unit, extra).value);
  };

  const renderTree = async (request: FastifyRequest, reply: FastifyReply, extra: { typed?: TypedAuthority; message?: Message }, status = 200) => {
    const { tree, settings } = await inTx(async (tx) => ({ tree: await orgOfficials(tx), settings: await loadCityAuthoritySettings(tx) }));
    const view = viewOf(request);
    const authority = cityAuthorityForm(view, { settings, units: tree.units, typed: extra.typed });
    return reply.status(status).type('text/html; charset=utf-8').send(orgPage(view, { ...tree, authority, ...(extra.message ? { message: extra.message } : {}) }).value);
  };
  const savedText = async (request: FastifyRequest) => {
    const view = viewOf(request);
    const settings = await inTx((tx) => loadCityAuthoritySettings(tx));
    const above = Object.entries(settings.aboveAgency).map(([type, code]) => `${view.t(`leave.type.${type}`)} → ${view.t('console.org.authority.head_of', { unit: code })}`);
    return view.t('console.org.authority.saved', { above: above.length > 0 ? above.join(', ') : view.t('console.org.authority.none_above'), grantor: settings.grantor });
  };

  signedIn.get('/hr/org', async (request, reply) => {
    requireHr(request, 'forbidden.console_org');
    const q = pageQuery.parse(request.query);
    return renderTree(request, reply, q.authority ? { message: { text: await savedText(request), ok: true } } : {});
  });

  signedIn.post('/hr/org/authority', async (request, reply) => {
    requireHr(request, 'forbidden.console_org');
    const body = authorityBody.parse(request.body) as Record<string, string>;
    const view = viewOf(request);
    const typed: TypedAuthority = { above: new Map(LEAVE_TYPE_CODES.map((type) => [aboveField(type), (body[aboveField(type)] ?? '').trim()])), grantor: (body.grantor ?? '').trim() };
    const aboveAgency = Object.fromEntries(LEAVE_TYPE_CODES.flatMap((type) => {
      const code = typed.above.get(aboveField(type));
      return code ? [[type, code]] : [];
    }));
    const parsed = cityAuthoritySchema.safeParse({ aboveAgency, grantor: typed.grantor });
    if (!parsed.success) {
      const text = parsed.error.issues.some((i) => i.path[0] === 'grantor')
        ? view.t('console.org.authority.bad_grantor')
        : view.t('settings.unknown_unit', { code: Object.values(aboveAgency).filter((c) => !/^[A-Za-z0-9_.-]{1,32}$/.test(c)).join(', ') });
      return renderTree(request, reply, { typed, message: { text, ok: false } }, 400);
    }
    try {
      const saved = await inTx(async (tx) => {
        if (sameAuthority(await loadCityAuthoritySettings(tx), parsed.data)) return false;
        await saveCityAuthority(tx, { settings: parsed.data, by: consoleActor(sessionOf(request).person) });
        return true;
      });
      if (!saved) return renderTree(request, reply, { message: { text: view.t('console.org.no_change'), ok: true } });
      return reply.redirect('/hr/org?authority=1#authority', 303);
    } catch (error) {
      if (!isAppError(error)) throw error;
      return renderTree(request, reply, { typed, message: { text: view.t(error.code, error.params), ok: false } }, statusOf(error.code));
    }
  });

  signedIn.get('/hr/org/:code', async (request, reply) => {
    requireHr(request, 'forbidden.console_org');
    const { code } = codeParams.parse(request.params);
    const q = pageQuery.parse(request.query);
    return renderUnit(request, reply, code, q.saved ? { message: { text: viewOf(request).t('console.org.saved'), ok: true } } : {});
  });

  signedIn.post('/hr/org/:code/officials', async (request, reply) => {
    requireHr(request, 'forbidden.console_org');
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
