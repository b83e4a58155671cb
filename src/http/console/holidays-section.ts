import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Clock } from '../../clock';
import { isAppError } from '../../domain/app-error';
import { isIsoDay, jakartaDay, yearOf } from '../../domain/day';
import { consoleActor } from '../../services/console/console-access';
import { runConsoleImport } from '../../services/console/console-imports';
import { addHoliday, listHolidays, removeHoliday } from '../../services/settings/holiday-settings';
import type { Database } from '../../store/database';
import { statusOf } from '../error-status';
import { sessionOf, viewOf } from './console-session-hook';
import { requireHr } from './hr-role';
import { HOLIDAY_KINDS, holidaysPage, type HolidaysInput } from './pages/holidays-page';

const MAX_CREDITED = 500;
const year = z.coerce.number().int().min(2000).max(2100);
const count = z.coerce.number().int().min(0).max(1_000_000);
const pageQuery = z.object({
  year: year.optional(),
  done: z.enum(['added', 'removed', 'credited']).optional(),
  days: count.default(0), requests: count.default(0), count: count.default(0),
  lang: z.enum(['id', 'en']).optional(),
});
const day = z.string().max(10).refine(isIsoDay);
const kind = z.enum(HOLIDAY_KINDS);
const text = z.string().max(1_000).default('');
const addBody = z.object({ csrf: z.string(), date: text, name: text, kind: text }).strict();
const removeBody = z.object({ csrf: z.string(), date: day, kind }).strict();
const creditBody = z.object({ csrf: z.string(), date: text, nips: z.string().max(12_000).default(''), reason: text }).strict();
const holidayName = z.string().trim().min(3).max(200);
const reason = z.string().trim().min(3).max(300);

/** The NIPs typed in the credit form: 18 digits each, one a line or separated by commas; null when any is not one. */
function nipsOf(typed: string): string[] | null {
  const nips = [...new Set(typed.split(/[\s,;]+/).filter((n) => n !== ''))];
  return nips.length > 0 && nips.length <= MAX_CREDITED && nips.every((n) => /^\d{18}$/.test(n)) ? nips : null;
}

/**
 * Holidays in the console (HR only): the year's calendar as the holiday
 * table holds it, adding and removing one day (addHoliday / removeHoliday,
 * as POST /admin/holidays and /admin/holidays/remove), and crediting a cuti
 * bersama day worked to chosen employees (the cuti-bersama-credits import's
 * service); each audited with the officer.
 */
export function holidaysSection(signedIn: FastifyInstance, deps: { db: Database; clock: Clock; wakeOutbox?: (() => void) | undefined }): void {
  const thisYear = () => yearOf(jakartaDay(deps.clock.now()));
  const render = async (request: FastifyRequest, reply: FastifyReply, shown: number, status: number, extra: Omit<HolidaysInput, 'year' | 'items'> = {}) => {
    const items = await deps.db.prisma.$transaction((tx) => listHolidays(tx, shown));
    return reply.status(status).type('text/html; charset=utf-8').send(holidaysPage(viewOf(request), { year: shown, items, ...extra }).value);
  };
  const refuse = (request: FastifyRequest, reply: FastifyReply, shown: number, status: number, text: string, typed: HolidaysInput['typed'], lines?: string[]) =>
    render(request, reply, shown, status, { message: { text, ok: false, ...(lines ? { lines } : {}) }, typed });
  const yearOfTyped = (date: string) => (isIsoDay(date) && year.safeParse(yearOf(date)).success ? yearOf(date) : thisYear());

  signedIn.get('/hr/holidays', async (request, reply) => {
    requireHr(request, 'forbidden.console_imports');
    const q = pageQuery.parse(request.query);
    const t = viewOf(request).t;
    const text = q.done === 'added' ? t('console.holidays.added', { days: q.days, requests: q.requests })
      : q.done === 'removed' ? t('console.holidays.removed')
      : q.done === 'credited' ? t('console.holidays.credited', { count: q.count }) : null;
    return render(request, reply, q.year ?? thisYear(), 200, text ? { message: { text, ok: true } } : {});
  });

  signedIn.post('/hr/holidays', async (request, reply) => {
    requireHr(request, 'forbidden.console_imports');
    const body = addBody.parse(request.body);
    const t = viewOf(request).t;
    const typed = { date: body.date, name: body.name, kind: body.kind };
    const shown = yearOfTyped(body.date);
    const date = day.safeParse(body.date);
    if (!date.success || !year.safeParse(yearOf(date.data)).success) return refuse(request, reply, shown, 400, t('console.holidays.bad_date'), typed);
    const name = holidayName.safeParse(body.name);
    if (!name.success) return refuse(request, reply, shown, 400, t('console.holidays.bad_name'), typed);
    const holidayKind = kind.safeParse(body.kind);
    if (!holidayKind.success) return refuse(request, reply, shown, 400, t('console.imports.bad_form'), typed);
    try {
      const { recount } = await deps.db.prisma.$transaction((tx) => addHoliday(tx, { date: date.data, name: name.data, kind: holidayKind.data, by: consoleActor(sessionOf(request).person) }));
      deps.wakeOutbox?.();
      return reply.redirect(`/hr/holidays?year=${shown}&done=added&days=${recount.daysBack}&requests=${recount.requests}`, 303);
    } catch (error) {
      if (!isAppError(error)) throw error;
      return refuse(request, reply, shown, statusOf(error.code), t(error.code, error.params), typed);
    }
  });

  signedIn.post('/hr/holidays/remove', async (request, reply) => {
    requireHr(request, 'forbidden.console_imports');
    const body = removeBody.safeParse(request.body);
    const t = viewOf(request).t;
    if (!body.success) return refuse(request, reply, thisYear(), 400, t('console.holidays.bad_date'), {});
    const shown = yearOfTyped(body.data.date);
    try {
      await deps.db.prisma.$transaction((tx) => removeHoliday(tx, { date: body.data.date, kind: body.data.kind, by: consoleActor(sessionOf(request).person) }));
    } catch (error) {
      if (!isAppError(error)) throw error;
      return refuse(request, reply, shown, statusOf(error.code), t(error.code, error.params), {});
    }
    return reply.redirect(`/hr/holidays?year=${shown}&done=removed`, 303);
  });

  signedIn.post('/hr/holidays/credit', async (request, reply) => {
    requireHr(request, 'forbidden.console_imports');
    const body = creditBody.parse(request.body);
    const t = viewOf(request).t;
    const typed = { creditDate: body.date, nips: body.nips, reason: body.reason };
    const shown = yearOfTyped(body.date);
    if (!day.safeParse(body.date).success) return refuse(request, reply, shown, 400, t('console.holidays.bad_date'), typed);
    const nips = nipsOf(body.nips);
    if (!nips) return refuse(request, reply, shown, 400, t('console.holidays.bad_nips'), typed);
    const why = reason.safeParse(body.reason);
    if (!why.success) return refuse(request, reply, shown, 400, t('console.holidays.bad_reason'), typed);
    const rows = nips.map((nip) => ({ nip, date: body.date, reason: why.data }));
    const outcome = await runConsoleImport(deps.db, deps.clock, { kind: 'cuti-bersama-credits', body: rows, year: null, prefillNational: false, dryRun: false, person: sessionOf(request).person });
    if (!outcome.ok) {
      const lines = outcome.errors.map((e) => t('console.holidays.credit_row', { nip: nips[e.line - 1] ?? '–', message: t(e.code, e.params) }));
      return refuse(request, reply, shown, 422, t('console.holidays.credit_refused', { count: outcome.errors.length }), typed, lines);
    }
    deps.wakeOutbox?.();
    return reply.redirect(`/hr/holidays?year=${shown}&done=credited&count=${outcome.summary.created}`, 303);
  });
}
