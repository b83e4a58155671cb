import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Clock } from '../../clock';
import { AppError, isAppError } from '../../domain/app-error';
import { detectPayslipFormat } from '../../domain/payslip/payslip-import';
import { consoleActor } from '../../services/console/console-access';
import { type PayrollUpload, stashPayrollUpload, takePayrollUpload } from '../../services/console/console-payroll-upload';
import { importPayrollMonth, type PayrollImportOutcome } from '../../services/payslips/import-payroll-month';
import { listPayrollPeriods } from '../../services/payslips/list-payroll-periods';
import { payrollDelivery, resendPayrollNotices } from '../../services/payslips/payroll-delivery';
import { payslipKindSchema } from '../../services/payslips/payroll-period';
import { loadPayrollPublishRule, savePayrollPublishRule } from '../../services/payslips/payroll-publish-rule';
import { publishPayrollMonth } from '../../services/payslips/publish-payroll-month';
import type { Database, Tx } from '../../store/database';
import { statusOf } from '../error-status';
import { isoMonth } from '../admin/query-fields';
import { sessionOf, viewOf } from './console-session-hook';
import type { SafeHtml } from './html';
import { payrollCheckPage } from './pages/payroll-check-page';
import { type PageMessage, payrollPage, runTitle } from './pages/payroll-page';
import { payrollRunPage } from './pages/payroll-run-page';
import { requireHr } from './hr-role';
import { acceptUploadForm, refuseUploadsWithoutSession, type UploadForm } from './upload-form';

/** As the admin API's import: a 10,000 employee month as long CSV is about 8 MB. */
const PAYROLL_FILE_LIMIT = 24 * 1_048_576;
const TRANSACTION = { timeout: 180_000, maxWait: 10_000 };

const lang = z.enum(['id', 'en']).optional();
const listQuery = z.object({ done: z.enum(['rule']).optional(), lang });
const runParams = z.object({ month: isoMonth, kind: payslipKindSchema });
const runQuery = z.object({ done: z.enum(['imported', 'published', 'requested', 'resent']).optional(), count: z.coerce.number().int().min(0).max(1_000_000).optional(), lang });
const csrfOnly = z.object({ csrf: z.string() }).strict();
const ruleBody = z.object({ csrf: z.string(), secondOfficer: z.literal('1').optional() }).strict();
/** The upload form's fields; its file is read apart (fileText). */
const checkFields = z.object({ csrf: z.string(), month: isoMonth, kind: payslipKindSchema, republish: z.literal('1').optional() });
/** The confirmation names the checked file kept on the server (stashPayrollUpload), nothing else. */
const importBody = z.object({ csrf: z.string(), upload: z.string().min(20).max(64).regex(/^[A-Za-z0-9_-]+$/) }).strict();

function send(reply: FastifyReply, body: SafeHtml, status = 200) {
  return reply.status(status).type('text/html; charset=utf-8').send(body.value);
}

/** The export is text: read as UTF-8 whatever type the browser gives it; null when no file came. */
function fileText(file: UploadForm[string] | undefined): string | null {
  return file === undefined || typeof file === 'string' ? null : file.bytes.toString('utf8');
}

/** A file that is no payroll export at all: nothing chosen, or binary (a spreadsheet rather than its CSV). */
function unusableFile(text: string): boolean {
  return text.trim() === '' || text.includes('\u0000');
}

/**
 * Payroll in the console (HR only; a supervisor is refused with 403): the
 * runs, uploading a month with a check first (totals per agency, every row
 * refused and why), importing it, publishing it (under the city's
 * two-officer rule: one asks, a different one confirms), its notices'
 * delivery and resending the failed ones. The same services as the admin
 * API's payroll routes, each change audited with the person.
 */
export function payrollSection(signedIn: FastifyInstance, deps: { db: Database; clock: Clock; wakeOutbox?: () => void }): void {
  const inTx = <T>(work: (tx: Tx) => Promise<T>) => deps.db.prisma.$transaction(work, TRANSACTION);

  const listPage = async (request: FastifyRequest, message?: PageMessage, typed?: { month?: string; kind?: string }) => {
    const [runs, rule] = await inTx(async (tx) => [await listPayrollPeriods(tx), await loadPayrollPublishRule(tx)] as const);
    return payrollPage(viewOf(request), { runs, rule, message, typed });
  };

  const runPage = async (request: FastifyRequest, month: string, kind: 'GAJI' | 'TPP', message?: PageMessage) => {
    const found = await inTx(async (tx) => {
      const run = (await listPayrollPeriods(tx)).find((r) => r.period === month && r.kind === kind);
      const delivery = await payrollDelivery(tx, month, kind);
      return run && delivery ? { run, delivery, secondOfficer: (await loadPayrollPublishRule(tx)).secondOfficer } : null;
    });
    if (!found) throw new AppError('error.not_found');
    return payrollRunPage(viewOf(request), { ...found, message });
  };

  /** Bad month or kind: the list again with what was typed and why (400). */
  const badInput = async (request: FastifyRequest, reply: FastifyReply, key: string) => {
    const raw = (request.body ?? {}) as Record<string, unknown>;
    const typed = { month: typeof raw.month === 'string' ? raw.month.slice(0, 7) : '', kind: typeof raw.kind === 'string' ? raw.kind.slice(0, 4) : '' };
    return send(reply, await listPage(request, { text: viewOf(request).t(key), ok: false }, typed), 400);
  };

  /** The import service's input for a checked or stashed file, the officer as the actor. */
  const importInput = (request: FastifyRequest, upload: PayrollUpload, dryRun: boolean) => ({
    period: upload.month, kind: upload.kind, format: detectPayslipFormat(upload.content), text: upload.content,
    actor: consoleActor(sessionOf(request).person), republish: upload.republish, dryRun, lang: viewOf(request).lang, now: deps.clock.now(),
  });

  /** The dry run of an upload, kept on the server when it passes (the confirmation imports these bytes, nothing sent back). */
  const checkRun = (request: FastifyRequest, upload: PayrollUpload) =>
    inTx(async (tx) => {
      const person = sessionOf(request).person;
      const outcome = await importPayrollMonth(tx, importInput(request, upload, true));
      const token = outcome.ok ? await stashPayrollUpload(tx, { ...upload, uploadedById: person.id, now: deps.clock.now() }) : undefined;
      return { upload, outcome, token };
    });

  /** The import of the checked file the token names: only its uploader's, once (taken in the import's own transaction). */
  const importRun = (request: FastifyRequest, token: string) =>
    inTx(async (tx) => {
      const upload = await takePayrollUpload(tx, { token, employeeId: sessionOf(request).person.id, now: deps.clock.now() });
      return { upload, outcome: await importPayrollMonth(tx, importInput(request, upload, false)) };
    });

  /** The check (dry-run) or the import itself; a published month without "replace" (or a confirmation gone) is refused with the list. */
  const checkOrImport = async (request: FastifyRequest, reply: FastifyReply, run: () => Promise<{ upload: PayrollUpload; outcome: PayrollImportOutcome; token?: string | undefined }>, typed: { month?: string; kind?: string }) => {
    let done: Awaited<ReturnType<typeof run>>;
    try {
      done = await run();
    } catch (error) {
      if (!isAppError(error)) throw error;
      return send(reply, await listPage(request, { text: viewOf(request).t(error.code, error.params), ok: false }, typed), statusOf(error.code));
    }
    const { upload, outcome, token } = done;
    if (!outcome.ok) return send(reply, payrollCheckPage(viewOf(request), upload, outcome), 422);
    if (outcome.dryRun) return send(reply, payrollCheckPage(viewOf(request), { ...upload, token }, outcome));
    return reply.redirect(`/hr/payroll/${upload.month}/${upload.kind}?done=imported`, 303);
  };

  void signedIn.register(async (scope) => {
    refuseUploadsWithoutSession(scope, deps);
    acceptUploadForm(scope, PAYROLL_FILE_LIMIT);

    scope.get('/hr/payroll', async (request, reply) => {
      requireHr(request, 'forbidden.console_payroll');
      const q = listQuery.parse(request.query);
      const message = q.done ? { text: viewOf(request).t('console.payroll.done.rule'), ok: true } : undefined;
      return send(reply, await listPage(request, message));
    });

    scope.post('/hr/payroll/check', async (request, reply) => {
      requireHr(request, 'forbidden.console_payroll');
      const form = (request.body ?? {}) as UploadForm;
      const text = fileText(form.file);
      const fields = checkFields.safeParse(form);
      if (text === null || !fields.success) return badInput(request, reply, text === null ? 'console.payroll.bad_file' : 'console.payroll.bad_input');
      if (unusableFile(text)) return badInput(request, reply, 'console.payroll.bad_file');
      const { month, kind, republish } = fields.data;
      const fileName = typeof form.file === 'object' ? form.file.name.slice(0, 200) : '';
      const upload = { month, kind, republish: republish === '1', fileName, content: text };
      return checkOrImport(request, reply, () => checkRun(request, upload), { month, kind });
    });

    scope.post('/hr/payroll/import', async (request, reply) => {
      requireHr(request, 'forbidden.console_payroll');
      const body = importBody.safeParse(request.body);
      if (!body.success) return badInput(request, reply, 'console.payroll.upload_gone');
      return checkOrImport(request, reply, () => importRun(request, body.data.upload), {});
    });

    scope.post('/hr/payroll/publish-rule', async (request, reply) => {
      requireHr(request, 'forbidden.console_payroll');
      const body = ruleBody.parse(request.body);
      await inTx((tx) => savePayrollPublishRule(tx, { rule: { secondOfficer: body.secondOfficer === '1' }, by: consoleActor(sessionOf(request).person) }));
      return reply.redirect('/hr/payroll?done=rule', 303);
    });

    scope.get('/hr/payroll/:month/:kind', async (request, reply) => {
      requireHr(request, 'forbidden.console_payroll');
      const { month, kind } = runParams.parse(request.params);
      const q = runQuery.parse(request.query);
      const view = viewOf(request);
      const run = runTitle(view, month, kind);
      const message = q.done ? { text: view.t(`console.payroll.done.${q.done}`, { run, count: q.count ?? 0 }), ok: true } : undefined;
      return send(reply, await runPage(request, month, kind, message));
    });

    scope.post('/hr/payroll/:month/:kind/publish', async (request, reply) => {
      requireHr(request, 'forbidden.console_payroll');
      const { month, kind } = runParams.parse(request.params);
      csrfOnly.parse(request.body);
      try {
        const outcome = await inTx((tx) => publishPayrollMonth(tx, { period: month, kind, actor: consoleActor(sessionOf(request).person), now: deps.clock.now() }));
        if (outcome.awaitingSecondOfficer) return reply.redirect(`/hr/payroll/${month}/${kind}?done=requested`, 303);
        deps.wakeOutbox?.();
        return reply.redirect(`/hr/payroll/${month}/${kind}?done=published&count=${outcome.notified}`, 303);
      } catch (error) {
        if (!isAppError(error) || statusOf(error.code) === 404) throw error;
        return send(reply, await runPage(request, month, kind, { text: viewOf(request).t(error.code, error.params), ok: false }), statusOf(error.code));
      }
    });

    scope.post('/hr/payroll/:month/:kind/resend', async (request, reply) => {
      requireHr(request, 'forbidden.console_payroll');
      const { month, kind } = runParams.parse(request.params);
      csrfOnly.parse(request.body);
      const resent = await inTx((tx) => resendPayrollNotices(tx, { period: month, kind, now: deps.clock.now(), by: consoleActor(sessionOf(request).person) }));
      if (resent === null) throw new AppError('error.not_found');
      if (resent > 0) deps.wakeOutbox?.();
      return reply.redirect(`/hr/payroll/${month}/${kind}?done=resent&count=${resent}`, 303);
    });
  });
}
