import type { Clock } from '../../clock';
import { jakartaDay, yearOf } from '../../domain/day';
import type { Database } from '../../store/database';
import { importCutiBersamaCredits } from '../imports/cuti-bersama-credits/import-cuti-bersama-credits';
import { importEmployees } from '../imports/employees/import-employees';
import { importHolidays } from '../imports/holidays/import-holidays';
import type { ImportOutcome } from '../imports/import-types';
import { importLeaveBalances } from '../imports/leave-balances/import-leave-balances';
import { importOrgUnits } from '../imports/org-units/import-org-units';
import { consoleActor, type ConsolePerson } from './console-access';

/** What the console imports, named as in the admin API's /imports/<kind>. */
export const CONSOLE_IMPORT_KINDS = ['employees', 'org-units', 'leave-balances', 'holidays', 'cuti-bersama-credits'] as const;
export type ConsoleImportKind = (typeof CONSOLE_IMPORT_KINDS)[number];

export interface ConsoleImportInput {
  kind: ConsoleImportKind;
  /** CSV text (or rows, for the holiday page's credit form). */
  body: unknown;
  /** Holidays: the year the table replaces, and whether national days are added. */
  year: number | null;
  prefillNational: boolean;
  dryRun: boolean;
  person: Pick<ConsolePerson, 'id' | 'name'>;
}

/**
 * An import from the console: the same services as the admin API's
 * /admin/imports/<kind> (the same checks, all or nothing, one audit row),
 * audited with the officer on the console channel.
 */
export function runConsoleImport(db: Database, clock: Clock, input: ConsoleImportInput): Promise<ImportOutcome> {
  const options = { dryRun: input.dryRun, actor: consoleActor(input.person) };
  switch (input.kind) {
    case 'employees': return importEmployees(db, input.body, options);
    case 'org-units': return importOrgUnits(db, input.body, options);
    case 'leave-balances': return importLeaveBalances(db, input.body, options);
    case 'cuti-bersama-credits': return importCutiBersamaCredits(db, input.body, { ...options, clock });
    case 'holidays': return importHolidays(db, input.body, { ...options, year: input.year ?? yearOf(jakartaDay(clock.now())), prefillNational: input.prefillNational });
  }
}
