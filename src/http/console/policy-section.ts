import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isAppError } from '../../domain/app-error';
import { consoleActor } from '../../services/console/console-access';
import { consolePolicyScope } from '../../services/console/console-policy';
import { type PolicyPreview, saveLeavePolicy } from '../../services/settings/leave-policy-settings';
import type { Database, Tx } from '../../store/database';
import { statusOf } from '../error-status';
import { sessionOf, viewOf } from './console-session-hook';
import { requireHr } from './hr-role';
import { pathLabel, policyPage } from './pages/policy-page';
import { isListField, overridesFromForm, parseField, POLICY_FIELDS } from './policy-form';

const unitCode = z.string().regex(/^[A-Za-z0-9_.-]{1,32}$/);
const pageQuery = z.object({ unit: unitCode.or(z.literal('')).optional(), saved: z.enum(['1']).optional(), lang: z.enum(['id', 'en']).optional() });
/** The form: the CSRF token, the scope (empty: the city) and every value of POLICY_FIELDS by its path (a list's text longer). */
const policyBody = z.strictObject({
  csrf: z.string(),
  unit: unitCode.or(z.literal('')),
  ...Object.fromEntries(POLICY_FIELDS.map((f) => [f.path, z.string().max(isListField(f) ? 1000 : 10)])),
});

type Message = { text: string; ok: boolean };

/**
 * The leave policy in the console (HR only): GET /hr/policy shows the city's
 * (or with ?unit= a unit's) local values; POST /hr/policy/preview is the dry
 * run of the form, POST /hr/policy saves it. Both through the same
 * saveLeavePolicy as POST /admin/settings/leave-policy, the saving audited
 * with the person.
 */
export function policySection(signedIn: FastifyInstance, deps: { db: Database }): void {
  const inTx = <T>(work: (tx: Tx) => Promise<T>) => deps.db.prisma.$transaction(work);

  type Extra = { typed?: Map<string, string>; errors?: Map<string, string>; preview?: PolicyPreview; message?: Message };
  const render = async (reply: FastifyReply, request: FastifyRequest, unit: string | null, extra: Extra, status = 200) => {
    const scope = await inTx((tx) => consolePolicyScope(tx, unit));
    return reply.status(status).type('text/html; charset=utf-8').send(policyPage(viewOf(request), { scope, ...extra }).value);
  };

  /**
   * Reads the form, then runs saveLeavePolicy (a dry run or for real); a
   * refusal re-renders the form as typed, each refused field with its reason.
   */
  const submit = async (request: FastifyRequest, reply: FastifyReply, dryRun: boolean) => {
    requireHr(request);
    const body = policyBody.parse(request.body) as Record<string, string>;
    const unit = body.unit ? body.unit : null;
    const typed = new Map(POLICY_FIELDS.map((f) => [f.path, body[f.path] ?? '']));
    const view = viewOf(request);
    const values = new Map<string, unknown>();
    const errors = new Map<string, string>();
    for (const field of POLICY_FIELDS) {
      const parsed = parseField(field, typed.get(field.path)!);
      if ('bad' in parsed) errors.set(field.path, view.t(parsed.bad.key, parsed.bad.params));
      else values.set(field.path, parsed.value);
    }
    if (errors.size > 0) {
      const names = [...errors.keys()].map((path) => pathLabel(view, path)).join('; ');
      return render(reply, request, unit, { typed, errors, message: { text: view.t('console.policy.bad_value', { fields: names }), ok: false } }, 400);
    }
    try {
      const preview = await inTx(async (tx) => {
        const scope = await consolePolicyScope(tx, unit);
        const overrides = overridesFromForm(scope.overrides, scope.inherited, values);
        return saveLeavePolicy(tx, { unitCode: unit, overrides, dryRun, by: consoleActor(sessionOf(request).person) });
      });
      if (!dryRun) return reply.redirect(`/hr/policy?saved=1${unit ? `&unit=${encodeURIComponent(unit)}` : ''}`, 303);
      return render(reply, request, unit, { typed, preview });
    } catch (error) {
      if (!isAppError(error) || statusOf(error.code) === 404) throw error;
      return render(reply, request, unit, { typed, message: { text: view.t(error.code, error.params), ok: false } }, statusOf(error.code));
    }
  };

  signedIn.get('/hr/policy', async (request, reply) => {
    requireHr(request);
    const q = pageQuery.parse(request.query);
    const message = q.saved ? { text: viewOf(request).t('console.policy.saved'), ok: true } : undefined;
    return render(reply, request, q.unit || null, message ? { message } : {});
  });

  signedIn.post('/hr/policy/preview', async (request, reply) => submit(request, reply, true));
  signedIn.post('/hr/policy', async (request, reply) => submit(request, reply, false));
}
