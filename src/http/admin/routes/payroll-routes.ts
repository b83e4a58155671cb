import { z } from 'zod';
import { translate } from '../../../i18n/translate';
import { payslipJsonSchema } from '../../../domain/payslip/import-json';
import { detectPayslipFormat, type PayslipImportFormat, type WideMapping } from '../../../domain/payslip/payslip-import';
import { importPayrollMonth, type PayrollImportOutcome } from '../../../services/payslips/import-payroll-month';
import { listPayrollPeriods } from '../../../services/payslips/list-payroll-periods';
import { auditActor } from '../../../services/admin/admin-actor';
import { payrollActorOfAdmin } from '../../../services/payslips/payroll-actor';
import { payrollDelivery, resendPayrollNotices } from '../../../services/payslips/payroll-delivery';
import { AppError } from '../../../domain/app-error';
import { loadPayrollPublishRule, payrollPublishRuleSchema, savePayrollPublishRule } from '../../../services/payslips/payroll-publish-rule';
import { DEFAULT_PAYSLIP_KIND, payslipKindSchema } from '../../../services/payslips/payroll-period';
import { publishPayrollMonth } from '../../../services/payslips/publish-payroll-month';
import { wideMappingSchema } from '../../../services/payslips/wide-mapping-schema';
import type { AdminDeps } from '../admin-deps';
import { type AdminRoute, defineRoute, type RouteInput } from '../define-route';
import { isoMonth, queryFlag } from '../query-fields';
import { requestLanguage } from '../request-language';

/**
 * A 10,000 employee month as long CSV is about 8 MB, as JSON 15-23 MB (24
 * lines each; it imports in the 224 MB heap `npm start` allows). Larger
 * bodies are refused: parsing a 50 MB document alone takes 238 MB of heap.
 */
const PAYROLL_BODY_LIMIT = 24 * 1_048_576;
const MAX_ERRORS_SHOWN = 500;
const TRANSACTION = { timeout: 180_000, maxWait: 10_000 };

const periodParams = z.object({ period: isoMonth.describe('the payroll month, e.g. 2026-11') });

/** CSV as text, the payroll JSON document, or CSV wrapped with the column mapping of its wide form. */
const payrollBody = z.union([
  z.string(),
  z.object({ csv: z.string(), mapping: wideMappingSchema.optional() }),
  z.looseObject({ employees: z.unknown() }),
]);

const payrollBodyDoc = z.union([payslipJsonSchema, z.object({ csv: z.string(), mapping: wideMappingSchema.optional() })]);

const kindField = payslipKindSchema
  .default(DEFAULT_PAYSLIP_KIND)
  .describe("which run of the month: GAJI (the salary, default) or TPP (tambahan penghasilan pegawai on its own slip)");

const publishQuery = z.object({ kind: kindField });

const importQuery = z.object({
  kind: kindField,
  format: z.enum(['csv-long', 'csv-wide', 'json']).optional().describe('default: JSON for a JSON document, else csv-long when there is a "kind" column, else csv-wide'),
  dryRun: queryFlag.describe('true: check everything, write nothing'),
  republish: queryFlag.describe('true: allowed to replace a PUBLISHED month (new revision, back to DRAFT until published again)'),
});

const importSummary = z.object({
  ok: z.literal(true),
  period: z.string(),
  kind: payslipKindSchema,
  dryRun: z.boolean(),
  revision: z.number(),
  slips: z.number(),
  lines: z.number(),
  replaced: z.number(),
  republished: z.boolean(),
  totals: z.object({ earnings: z.number(), deductions: z.number(), net: z.number() }),
  agencies: z.array(z.object({ code: z.string(), name: z.string(), slips: z.number(), earnings: z.number(), deductions: z.number(), net: z.number() })).describe('the totals per agency (OPD), largest net first'),
});

const importRejected = z.object({
  code: z.literal('payslip.import.rejected'),
  message: z.string(),
  errorCount: z.number(),
  errors: z.array(z.object({ line: z.number().describe('CSV line (header = 1) or JSON entry (1-based); 0 = the whole file'), code: z.string(), message: z.string() })),
});

const periodView = z.object({
  period: z.string(),
  kind: payslipKindSchema,
  status: z.enum(['DRAFT', 'PUBLISHED']),
  revision: z.number(),
  slips: z.number(),
  importedAt: z.string(),
  importedBy: z.string(),
  publishedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
  publishRequestedAt: z.string().nullable().describe('when the rule asks a second officer: when the first asked to publish'),
  publishRequestedBy: z.string().nullable(),
  publishRequestedById: z.number().nullable(),
});

type ImportBody = z.output<typeof payrollBody>;

interface PayrollExport {
  text: string;
  format: PayslipImportFormat;
  mapping?: WideMapping;
}

/** The export's text and format from the request body and the `format` query. */
function exportOf(body: ImportBody, format: PayslipImportFormat | undefined): PayrollExport {
  if (typeof body === 'string') return { text: body, format: format ?? detectPayslipFormat(body) };
  if ('csv' in body && typeof body.csv === 'string') {
    const { mapping } = body as { mapping?: WideMapping };
    return { text: body.csv, format: format ?? (mapping ? 'csv-wide' : detectPayslipFormat(body.csv)), ...(mapping ? { mapping } : {}) };
  }
  return { text: JSON.stringify(body), format: 'json' };
}

/** 200 with the summary, or 422 with every bad line (the first 500). */
function answer(outcome: PayrollImportOutcome, input: RouteInput<unknown, unknown, unknown>) {
  if (outcome.ok) return outcome;
  void input.reply.status(422);
  return {
    code: 'payslip.import.rejected',
    message: translate(requestLanguage(input.request), 'payslip.import.summary', { period: outcome.period, count: outcome.errors.length }),
    errorCount: outcome.errors.length,
    errors: outcome.errors.slice(0, MAX_ERRORS_SHOWN).map(({ line, code, message }) => ({ line, code, message })),
  };
}

/** Payroll months: import the payroll system's export, publish it to the employees, list the months. */
export function payrollRoutes({ db, clock, wakeOutbox }: AdminDeps): AdminRoute[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/payroll',
      scope: 'read',
      tag: 'payroll',
      summary: 'List the imported payroll runs (month and kind, GAJI or TPP), newest first, with status, revision and number of slips',
      response: z.object({ periods: z.array(periodView) }),
      handler: async () => ({ periods: await listPayrollPeriods(db.prisma) }),
    }),
    defineRoute({
      method: 'POST',
      url: '/payroll/:period/import',
      scope: 'payroll',
      tag: 'payroll',
      summary: "Import a month's payslips (CSV long or wide, or JSON); all or nothing",
      description:
        'Checks every row first: NIP known, whole rupiah, earnings minus deductions equal to the stated net. Any bad row answers 422 with ' +
        'every error and its line; nothing is written. A DRAFT month is replaced; a PUBLISHED month answers 409 unless republish=true. ' +
        'A month holds one run of each kind (kind=GAJI, the default, or kind=TPP); each is imported and published on its own. ' +
        'The month stays DRAFT until POST /payroll/{period}/publish. For a wide CSV with other column names, send ' +
        '{ "csv": "...", "mapping": { nipColumn, netColumn, columns, ignoredColumns } } as JSON.',
      params: periodParams,
      query: importQuery,
      body: payrollBody,
      bodyDoc: payrollBodyDoc,
      accepts: ['text/csv', 'application/json'],
      bodyLimit: PAYROLL_BODY_LIMIT,
      response: importSummary,
      rejects: importRejected,
      handler: async (input) => {
        const { text, format, mapping } = exportOf(input.body, input.query.format);
        const outcome = await db.prisma.$transaction(
          (tx) =>
            importPayrollMonth(tx, {
              period: input.params.period,
              kind: input.query.kind,
              format,
              text,
              ...(mapping ? { mapping } : {}),
              actor: payrollActorOfAdmin(input.actor),
              republish: input.query.republish,
              dryRun: input.query.dryRun,
              lang: requestLanguage(input.request),
              now: clock.now(),
            }),
          TRANSACTION,
        );
        return answer(outcome, input);
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/payroll/:period/publish',
      scope: 'payroll',
      tag: 'payroll',
      summary: 'Publish a month: employees can fetch their slip in chat and each linked one is told',
      description:
        'Sets the month PUBLISHED and queues one "your payslip is ready" message per employee with a verified, reachable chat, ' +
        'in their language; the outbox paces the sending. Calling it again changes nothing but tells employees who linked since. ' +
        'When the city\'s rule asks for a second officer (GET /payroll/publish-rule), the first call only records the request ' +
        '(awaitingSecondOfficer: true) and a call by a different HR officer publishes; the same officer again answers 409.',
      params: periodParams,
      query: publishQuery,
      response: z.object({
        period: z.string(), kind: payslipKindSchema, revision: z.number(), alreadyPublished: z.boolean(), notified: z.number(), slips: z.number(),
        awaitingSecondOfficer: z.boolean(), requestedBy: z.string().nullable(),
      }),
      handler: async ({ params, query, actor }) => {
        const outcome = await db.prisma.$transaction(
          (tx) => publishPayrollMonth(tx, { period: params.period, kind: query.kind, actor: payrollActorOfAdmin(actor), now: clock.now() }),
          TRANSACTION,
        );
        wakeOutbox?.();
        return outcome;
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/payroll/:period/delivery',
      scope: 'read',
      tag: 'payroll',
      summary: "A run's 'slip ready' notices by state (sent, failed, waiting) and the employees with a slip and no verified chat",
      params: periodParams,
      query: publishQuery,
      response: z.object({ sent: z.number(), failed: z.number(), waiting: z.number(), notLinked: z.number(), slips: z.number() }),
      handler: async ({ params, query }) => {
        const delivery = await db.prisma.$transaction((tx) => payrollDelivery(tx, params.period, query.kind));
        if (!delivery) throw new AppError('payslip.period.not_found', { period: params.period });
        return delivery;
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/payroll/:period/resend',
      scope: 'payroll',
      tag: 'payroll',
      summary: "Put the run's failed notices (its current revision's dead letters) back in the queue; audited",
      params: periodParams,
      query: publishQuery,
      response: z.object({ resent: z.number() }),
      handler: async ({ params, query, actor }) => {
        const resent = await db.prisma.$transaction((tx) => resendPayrollNotices(tx, { period: params.period, kind: query.kind, now: clock.now(), by: auditActor(actor) }));
        if (resent === null) throw new AppError('payslip.period.not_found', { period: params.period });
        if (resent > 0) wakeOutbox?.();
        return { resent };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/payroll/publish-rule',
      scope: 'read',
      tag: 'payroll',
      summary: 'The city\'s rule for publishing a run: whether a second, different HR officer must confirm',
      response: payrollPublishRuleSchema,
      handler: async () => db.prisma.$transaction((tx) => loadPayrollPublishRule(tx)),
    }),
    defineRoute({
      method: 'POST',
      url: '/payroll/publish-rule',
      scope: 'settings',
      tag: 'payroll',
      summary: 'Save the rule for publishing a run (e.g. { "secondOfficer": true }); audited',
      body: payrollPublishRuleSchema,
      response: payrollPublishRuleSchema,
      handler: async ({ body, actor }) => db.prisma.$transaction((tx) => savePayrollPublishRule(tx, { rule: body, by: auditActor(actor) })),
    }),
  ];
}
