import type { Clock } from '../../../clock';
import type { Database } from '../../../store/database';
import { creditWorkedCutiBersama } from '../../leave/credit-worked-cuti-bersama';
import { importAuditActor, type ImportOptions, type ImportOutcome } from '../import-types';
import { type ImportJob, runImport } from '../run-import';
import { cutiBersamaCreditColumns, cutiBersamaCreditRowSchema } from './cuti-bersama-credit-row';
import { type CutiBersamaCreditPlan, type CutiBersamaCreditState, planCutiBersamaCredits } from './plan-cuti-bersama-credits';

function creditsImport(options: ImportOptions, clock: Clock): ImportJob<typeof cutiBersamaCreditRowSchema, CutiBersamaCreditState, CutiBersamaCreditPlan> {
  return {
    kind: 'cuti_bersama_credits',
    columns: cutiBersamaCreditColumns,
    schema: cutiBersamaCreditRowSchema,
    load: async (tx) => {
      const employees = await tx.employee.findMany({ where: { active: true }, select: { id: true, nip: true } });
      const declared = await tx.holiday.findMany({ where: { kind: 'CUTI_BERSAMA' }, select: { date: true } });
      const credited = await tx.leaveBalanceMove.findMany({ where: { workedDate: { not: null } }, select: { employeeId: true, workedDate: true } });
      return {
        employeeIds: new Map(employees.map((e) => [e.nip, e.id])),
        declared: new Set(declared.map((h) => h.date)),
        credited: new Set(credited.map((c) => `${c.employeeId} ${c.workedDate}`)),
      };
    },
    plan: planCutiBersamaCredits,
    apply: async (tx, plan) => {
      for (const credit of plan) await creditWorkedCutiBersama(tx, { clock }, { ...credit, actor: importAuditActor(options.actor) });
    },
  };
}

/**
 * Cuti bersama days worked, from a file (nip, date, reason): each new day is
 * credited to the employee's cuti tahunan as the admin API's credit does
 * (creditWorkedCutiBersama: through the ledger, audited, the employee told);
 * days already credited are left unchanged. All or nothing.
 */
export async function importCutiBersamaCredits(db: Database, body: unknown, options: ImportOptions & { clock: Clock }): Promise<ImportOutcome> {
  return runImport(db, creditsImport(options, options.clock), body, options);
}
