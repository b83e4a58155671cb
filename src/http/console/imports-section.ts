import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Clock } from '../../clock';
import { isAppError } from '../../domain/app-error';
import { jakartaDay, yearOf } from '../../domain/day';
import { stashImportUpload, takeImportUpload } from '../../services/console/console-import-upload';
import { CONSOLE_IMPORT_KINDS, type ConsoleImportKind, runConsoleImport } from '../../services/console/console-imports';
import { cutiBersamaCreditColumns } from '../../services/imports/cuti-bersama-credits/cuti-bersama-credit-row';
import { employeeColumns } from '../../services/imports/employees/employee-row';
import { holidayColumns } from '../../services/imports/holidays/holiday-row';
import { leaveBalanceColumns } from '../../services/imports/leave-balances/leave-balance-row';
import { orgUnitColumns } from '../../services/imports/org-units/org-unit-row';
import type { Database } from '../../store/database';
import { sessionOf, viewOf } from './console-session-hook';
import { html } from './html';
import { page } from './layout';
import { importsPage, type ImportsPageState } from './pages/imports-page';
import { requireHr } from './hr-role';
import { acceptUploadForm, csvTextOf, refuseUploadsWithoutSession, UPLOAD_FILE_LIMIT, type UploadForm, UploadFormError, uploadBodyLimit } from './upload-form';

const COLUMNS = {
  employees: employeeColumns,
  'org-units': orgUnitColumns,
  'leave-balances': leaveBalanceColumns,
  holidays: holidayColumns,
  'cuti-bersama-credits': cutiBersamaCreditColumns,
} as const;

const count = z.coerce.number().int().min(0).max(1_000_000);
const pageQuery = z.object({
  done: z.enum(CONSOLE_IMPORT_KINDS).optional(),
  created: count.default(0), updated: count.default(0), deactivated: count.default(0), removed: count.default(0),
  lang: z.enum(['id', 'en']).optional(),
});
const uploadFields = z.object({ kind: z.enum(CONSOLE_IMPORT_KINDS), year: z.string().optional(), prefillNational: z.literal('1').optional() });
const holidayYear = z.coerce.number().int().min(2000).max(2100);
const confirmBody = z.object({ csrf: z.string(), upload: z.string().min(20).max(64).regex(/^[A-Za-z0-9_-]+$/) }).strict();

/**
 * Imports in the console (HR only): upload a CSV, see the dry run (every
 * change, or every refused line with its reason), then confirm. The file is
 * kept server side between the two (stashImportUpload), so the confirmation
 * imports what was previewed; both steps call the same import services as
 * the admin API (runConsoleImport), audited with the officer.
 */
export function importsSection(signedIn: FastifyInstance, deps: { db: Database; clock: Clock; wakeOutbox?: (() => void) | undefined }): void {
  const thisYear = () => yearOf(jakartaDay(deps.clock.now()));
  const send = (request: FastifyRequest, reply: FastifyReply, state: ImportsPageState, status: number, extra: { message?: { text: string; ok: boolean }; typed?: { kind?: ConsoleImportKind; year?: number; prefillNational?: boolean } } = {}) =>
    reply.status(status).type('text/html; charset=utf-8').send(importsPage(viewOf(request), {
      state, columns: COLUMNS, message: extra.message, typed: { year: thisYear(), ...extra.typed },
    }).value);
  const refuse = (request: FastifyRequest, reply: FastifyReply, key: string, status: number, typed?: { kind?: ConsoleImportKind; year?: number; prefillNational?: boolean }) =>
    send(request, reply, { step: 'upload' }, status, { message: { text: viewOf(request).t(key), ok: false }, ...(typed ? { typed } : {}) });

  void signedIn.register(async (uploads) => {
    refuseUploadsWithoutSession(uploads, deps);
    acceptUploadForm(uploads);
    // A body over the limit or a form that is not ours never reaches the session check: answer it in words, without the form.
    uploads.setErrorHandler((error: FastifyError, request, reply) => {
      const key = error.statusCode === 413 ? 'console.imports.too_large' : error instanceof UploadFormError ? 'console.imports.bad_form' : null;
      if (!key) throw error;
      const view = viewOf(request);
      return reply.status(error.statusCode ?? 400).type('text/html; charset=utf-8')
        .send(page(view, { title: view.t('console.imports.title'), body: html`<p class="error" role="alert">${view.t(key)}</p><p><a href="/hr/imports">${view.t('console.imports.title')}</a></p>` }).value);
    });

    uploads.get('/hr/imports', async (request, reply) => {
      requireHr(request, 'forbidden.console_imports');
      const q = pageQuery.parse(request.query);
      const view = viewOf(request);
      const message = q.done ? { text: view.t('console.imports.done', { kind: view.t(`console.imports.kind.${q.done}`), created: q.created, updated: q.updated, deactivated: q.deactivated, removed: q.removed }), ok: true } : undefined;
      return send(request, reply, { step: 'upload' }, 200, message ? { message } : {});
    });

    uploads.post('/hr/imports/preview', { bodyLimit: uploadBodyLimit(UPLOAD_FILE_LIMIT) }, async (request, reply) => {
      requireHr(request, 'forbidden.console_imports');
      const form = (request.body ?? {}) as UploadForm;
      const fields = uploadFields.safeParse(form);
      if (!fields.success) return refuse(request, reply, 'console.imports.bad_form', 400);
      const { kind } = fields.data;
      const prefillNational = fields.data.prefillNational === '1';
      const year = kind === 'holidays' ? holidayYear.safeParse(fields.data.year) : null;
      if (year && !year.success) return refuse(request, reply, 'console.imports.bad_year', 400, { kind, prefillNational });
      const typed = { kind, prefillNational, ...(year?.success ? { year: year.data } : {}) };
      const file = csvTextOf(form.file);
      if (!file.ok) return refuse(request, reply, `console.imports.${file.problem}`, file.problem === 'too_large' ? 413 : 400, typed);
      const person = sessionOf(request).person;
      const input = { kind, body: file.text, year: year?.success ? year.data : null, prefillNational, person };
      const outcome = await runConsoleImport(deps.db, deps.clock, { ...input, dryRun: true });
      if (!outcome.ok) return send(request, reply, { step: 'refused', errors: outcome.errors }, 422, { typed });
      const fileName = typeof form.file === 'object' ? form.file.name.slice(0, 200) : '';
      const token = await deps.db.prisma.$transaction((tx) => stashImportUpload(tx, { kind, year: input.year, prefillNational, fileName, content: file.text, uploadedById: person.id, now: deps.clock.now() }));
      return send(request, reply, { step: 'preview', kind, fileName, token, summary: outcome.summary, changes: outcome.changes }, 200);
    });

    uploads.post('/hr/imports/confirm', async (request, reply) => {
      requireHr(request, 'forbidden.console_imports');
      const body = confirmBody.safeParse(request.body);
      if (!body.success) return refuse(request, reply, 'console.imports.upload_gone', 400);
      const person = sessionOf(request).person;
      let upload;
      try {
        upload = await deps.db.prisma.$transaction((tx) => takeImportUpload(tx, { token: body.data.upload, employeeId: person.id, now: deps.clock.now() }));
      } catch (error) {
        if (isAppError(error) && error.code === 'console.imports.upload_gone') return refuse(request, reply, error.code, 410);
        throw error;
      }
      const outcome = await runConsoleImport(deps.db, deps.clock, { kind: upload.kind, body: upload.content, year: upload.year, prefillNational: upload.prefillNational, person, dryRun: false });
      const typed = { kind: upload.kind, prefillNational: upload.prefillNational, ...(upload.year ? { year: upload.year } : {}) };
      if (!outcome.ok) return send(request, reply, { step: 'refused', errors: outcome.errors }, 422, { typed });
      deps.wakeOutbox?.();
      const { created, updated, deactivated, removed } = outcome.summary;
      return reply.redirect(`/hr/imports?done=${upload.kind}&created=${created}&updated=${updated}&deactivated=${deactivated}&removed=${removed}`, 303);
    });
  });
}
