import { z } from 'zod';
import type { Language } from '../../../domain/language';
import { translate } from '../../../i18n/translate';
import { importEmployees } from '../../../services/imports/employees/import-employees';
import { employeeRowSchema } from '../../../services/imports/employees/employee-row';
import { cutiBersamaCreditRowSchema } from '../../../services/imports/cuti-bersama-credits/cuti-bersama-credit-row';
import { importCutiBersamaCredits } from '../../../services/imports/cuti-bersama-credits/import-cuti-bersama-credits';
import { importHolidays } from '../../../services/imports/holidays/import-holidays';
import { holidayRowSchema } from '../../../services/imports/holidays/holiday-row';
import type { ImportOutcome, ImportRowError } from '../../../services/imports/import-types';
import { importLeaveBalances } from '../../../services/imports/leave-balances/import-leave-balances';
import { leaveBalanceRowSchema } from '../../../services/imports/leave-balances/leave-balance-row';
import { importOrgUnits } from '../../../services/imports/org-units/import-org-units';
import { orgUnitRowSchema } from '../../../services/imports/org-units/org-unit-row';
import type { AdminDeps } from '../admin-deps';
import { type AdminRoute, defineRoute, type RouteInput } from '../define-route';
import { queryFlag } from '../query-fields';
import { requestLanguage } from '../request-language';

const IMPORT_BODY_LIMIT = 20 * 1_048_576;

/** CSV text, an array of rows, or { rows }: the rows themselves are checked by the import, line by line. */
const importBody = z.union([z.string(), z.array(z.unknown()), z.object({ rows: z.array(z.unknown()) })], {
  error: 'send CSV text (Content-Type: text/csv), a JSON array of rows, or { "rows": [...] }',
});

const docBody = (row: z.ZodType) => z.union([z.array(row), z.object({ rows: z.array(row) })]);

const importResult = z.object({
  dryRun: z.boolean(),
  summary: z.object({ created: z.number(), updated: z.number(), deactivated: z.number(), removed: z.number(), unchanged: z.number() }),
  changes: z.array(
    z.object({
      line: z.number().nullable(),
      key: z.string(),
      action: z.enum(['create', 'update', 'deactivate', 'remove']),
      fields: z.array(z.string()).optional(),
    }),
  ),
});

const importRejected = z.object({
  code: z.literal('admin.import.rejected'),
  message: z.string(),
  errorCount: z.number(),
  errors: z.array(z.object({ line: z.number(), code: z.string(), message: z.string() })).describe('the first 500, by line'),
});

const dryRunQuery = z.object({ dryRun: queryFlag.describe('true: report what would change, write nothing') });

function describeError(error: ImportRowError, lang: Language) {
  const message = translate(lang, error.code, error.params);
  return { line: error.line, code: error.code, message: translate(lang, 'admin.import.at_line', { line: error.line, message }) };
}

const MAX_ERRORS_SHOWN = 500;

/** 200 with the changes, or 422 with every bad line (the first 500). */
function answer(outcome: ImportOutcome, input: RouteInput<unknown, unknown, unknown>) {
  if (outcome.ok) return { dryRun: outcome.dryRun, summary: outcome.summary, changes: outcome.changes };
  const lang = requestLanguage(input.request);
  void input.reply.status(422);
  return {
    code: 'admin.import.rejected',
    message: translate(lang, 'admin.import.rejected', { count: outcome.errors.length }),
    errorCount: outcome.errors.length,
    errors: outcome.errors.slice(0, MAX_ERRORS_SHOWN).map((e) => describeError(e, lang)),
  };
}

const common = { method: 'POST', scope: 'imports', tag: 'imports', accepts: ['text/csv', 'application/json'], bodyLimit: IMPORT_BODY_LIMIT, response: importResult, rejects: importRejected } as const;

export function importRoutes({ db, clock }: AdminDeps): AdminRoute[] {
  return [
    defineRoute({
      ...common,
      url: '/imports/org-units',
      summary: 'Import organisation units (code, name, parentCode, headNip)',
      description: 'Creates or updates units by code. Parents are resolved from the file or SAPA; a circular tree is refused. Heads must be active employees, one unit each.',
      query: dryRunQuery,
      body: importBody,
      bodyDoc: docBody(orgUnitRowSchema),
      handler: async (input) => answer(await importOrgUnits(db, input.body, { dryRun: input.query.dryRun, actor: input.actor }), input),
    }),
    defineRoute({
      ...common,
      url: '/imports/employees',
      summary: 'Import employees: create, update, deactivate (active = false)',
      description:
        'Rows are matched by NIP. Optional columns left out keep what SAPA has; blank cells clear them. Supervisors are resolved by NIP from the file or SAPA; a circular supervisor chain is refused with its members named. All or nothing.',
      query: dryRunQuery,
      body: importBody,
      bodyDoc: docBody(employeeRowSchema),
      handler: async (input) => answer(await importEmployees(db, input.body, { dryRun: input.query.dryRun, actor: input.actor }), input),
    }),
    defineRoute({
      ...common,
      url: '/imports/holidays',
      summary: 'Import the holidays of a year (the table replaces that year)',
      description:
        'prefillNational adds national holidays from the date-holidays library (country ID) for days the file does not list; it has no cuti bersama, and the file always wins. Days of the year missing from the result are removed.',
      query: dryRunQuery.extend({
        year: z.coerce.number().int().min(2000).max(2100),
        prefillNational: queryFlag.describe('true: add national holidays of date-holidays (ID) for days the file does not list'),
      }),
      body: importBody.optional(),
      bodyDoc: docBody(holidayRowSchema),
      handler: async (input) =>
        answer(
          await importHolidays(db, input.body, {
            dryRun: input.query.dryRun,
            actor: input.actor,
            year: input.query.year,
            prefillNational: input.query.prefillNational,
          }),
          input,
        ),
    }),
    defineRoute({
      ...common,
      url: '/imports/cuti-bersama-credits',
      summary: 'Credit cuti bersama days worked to cuti tahunan (nip, date, reason)',
      description:
        'Each row adds one day to the cuti tahunan of the date\'s year, as POST /admin/employees/:nip/cuti-bersama-credits does: the date must be a cuti bersama in the holiday table; a day already credited is unchanged. Audited; each employee is told. All or nothing.',
      query: dryRunQuery,
      body: importBody,
      bodyDoc: docBody(cutiBersamaCreditRowSchema),
      handler: async (input) =>
        answer(await importCutiBersamaCredits(db, input.body, { dryRun: input.query.dryRun, actor: input.actor, clock }), input),
    }),
    defineRoute({
      ...common,
      url: '/imports/leave-balances',
      summary: 'Import opening leave balances (per employee, year and type)',
      description: 'Creates or updates LeaveBalance rows: entitled, carriedOver, used (and optionally deferred, unusedYears). Days in halves.',
      query: dryRunQuery,
      body: importBody,
      bodyDoc: docBody(leaveBalanceRowSchema),
      handler: async (input) => answer(await importLeaveBalances(db, input.body, { dryRun: input.query.dryRun, actor: input.actor }), input),
    }),
  ];
}
