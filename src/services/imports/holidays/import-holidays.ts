import type { Database, Tx } from '../../../store/database';
import { recountForHolidays } from '../../leave/recount-for-holidays';
import { importAuditActor, type ImportOptions, type ImportOutcome } from '../import-types';
import { type ImportJob, runImport } from '../run-import';
import { holidayColumns, holidayRowSchema } from './holiday-row';
import { nationalHolidays } from './national-holidays';
import { type HolidayPlan, type HolidayState, planHolidays } from './plan-holidays';

export interface HolidayImportOptions extends ImportOptions {
  year: number;
  /** Add the national holidays of date-holidays (ID) for days the file does not list. */
  prefillNational: boolean;
}

async function applyHolidays(tx: Tx, plan: HolidayPlan, options: HolidayImportOptions): Promise<void> {
  if (plan.removals.length > 0) await tx.holiday.deleteMany({ where: { id: { in: plan.removals } } });
  if (plan.creates.length > 0) await tx.holiday.createMany({ data: plan.creates });
  for (const { id, name } of plan.renames) await tx.holiday.update({ where: { id }, data: { name }, select: { id: true } });
  await recountForHolidays(tx, { dates: plan.creates.map((h) => h.date), actor: importAuditActor(options.actor) });
}

function holidaysImport(
  options: HolidayImportOptions,
  prefill: HolidayState['prefill'],
): ImportJob<typeof holidayRowSchema, HolidayState, HolidayPlan> {
  return {
    kind: 'holidays',
    columns: holidayColumns,
    schema: holidayRowSchema,
    allowEmpty: options.prefillNational,
    load: async (tx) => ({
      year: options.year,
      existing: await tx.holiday.findMany({
        where: { date: { gte: `${options.year}-01-01`, lte: `${options.year}-12-31` } },
        select: { id: true, date: true, name: true, kind: true },
      }),
      prefill,
    }),
    plan: planHolidays,
    apply: (tx, plan) => applyHolidays(tx, plan, options),
  };
}

/**
 * Replaces the holidays of one year with the imported table (optionally
 * pre-filled with national holidays), all or nothing. Cuti tahunan already
 * booked on a day the import adds is counted again and the day given back
 * (recountForHolidays); a removed day charges nobody more.
 */
export async function importHolidays(db: Database, body: unknown, options: HolidayImportOptions): Promise<ImportOutcome> {
  const prefill = options.prefillNational ? await nationalHolidays(options.year) : [];
  return runImport(db, holidaysImport(options, prefill), body, options);
}
