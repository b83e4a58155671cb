import { AppError } from '../../domain/app-error';
import { jakartaDay, yearOf } from '../../domain/day';
import { availableDays } from '../../domain/leave';
import type { Tx } from '../../store/database';
import { type AuditEntry, writeAudit } from '../audit';
import { notifyEmployees } from '../notify/notify-employees';
import { loadLeavePolicyForUnit } from '../policy/load-leave-policy';
import type { LeaveDeps } from './contract';
import { openCtBalances } from './ledger/ct-balances';
import { loadEmployee } from './internal/load-leave-facts';
import { lockEmployee } from './lock-employee';
import { moveDays } from './ledger/move-days';
import { workedCutiBersamaCredited } from './internal/requester-notices';

export interface CreditWorkedInput {
  employeeId: number;
  /** Cuti bersama days (Holiday kind CUTI_BERSAMA) the employee had to work. */
  dates: readonly string[];
  reason: string;
  actor: Pick<AuditEntry, 'actorType' | 'actorId' | 'actorName' | 'channel'>;
}

/** The audit row's key of one credited day (the ledger's move row is its record, unique per employee and day). */
const creditKey = (employeeId: number, date: string) => `${employeeId}:${date}`;

/**
 * Cuti bersama days an employee had to work are added to their cuti tahunan
 * (RULES.md: C-BERSAMA), one day per date, to the balance of the date's year.
 * Each date must be a cuti bersama in the holiday table and credited once
 * (the ledger's LeaveBalanceMove row is unique per employee and day); each
 * credit is audited with the HR officer and the employee is told.
 * AppError: leave.employee_not_found, leave.not_cuti_bersama {date},
 * leave.already_credited {date}, leave.balance_unavailable {year}.
 */
export async function creditWorkedCutiBersama(tx: Tx, deps: LeaveDeps, input: CreditWorkedInput): Promise<Array<{ year: number; added: number; available: number }>> {
  const employee = await loadEmployee(tx, input.employeeId);
  if (!employee) throw new AppError('leave.employee_not_found');
  await lockEmployee(tx, employee.id);
  const dates = [...new Set(input.dates)].sort();
  const declared = await tx.holiday.findMany({ where: { date: { in: dates }, kind: 'CUTI_BERSAMA' }, select: { date: true } });
  const missing = dates.find((d) => !declared.some((h) => h.date === d));
  if (missing) throw new AppError('leave.not_cuti_bersama', { date: missing });
  const credited = await tx.leaveBalanceMove.findFirst({
    where: { employeeId: employee.id, workedDate: { in: dates } },
    select: { workedDate: true },
    orderBy: { workedDate: 'asc' },
  });
  if (credited) throw new AppError('leave.already_credited', { date: credited.workedDate ?? '' });

  const policy = await loadLeavePolicyForUnit(tx, employee.unitId);
  const rows = await openCtBalances(tx, employee, policy, dates.map(yearOf), yearOf(jakartaDay(deps.clock.now())));
  const result = new Map<number, { year: number; added: number; available: number }>();
  for (const date of dates) {
    const year = yearOf(date);
    const row = rows.get(year);
    if (!row) throw new AppError('leave.balance_unavailable', { year });
    const next = await moveDays(tx, row, 'creditWorked', 1, { reason: 'cuti_bersama_worked', workedDate: date });
    rows.set(year, next);
    result.set(year, { year, added: next.added, available: availableDays(next) });
    await writeAudit(tx, {
      ...input.actor,
      action: 'leave.cuti_bersama_credited',
      entity: 'CutiBersamaCredit',
      entityId: creditKey(employee.id, date),
      data: { nip: employee.nip, date, year, days: 1, reason: input.reason },
    });
  }
  await notifyEmployees(tx, [{
    employeeId: employee.id,
    prefer: 'WHATSAPP', purpose: 'notice',
    dedupeKey: `leave.cuti_bersama_credited:${employee.id}:${dates.join(',')}`,
    build: workedCutiBersamaCredited(dates, [...result.values()]),
  }]);
  return [...result.values()];
}
