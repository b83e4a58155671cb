import type { Tx } from '../../store/database';
import { EMPLOYEE_FAILURE_BUDGET } from './link-limits';

/**
 * Starts a linking attempt for one employee: touches the employee's LinkGuard
 * row first, so attempts for the same employee from different chats (and
 * instances) run one after another (a row lock on PostgreSQL; SQLite has one
 * writer) and the count read next is exact. Returns whether the employee's
 * failure budget is spent: the NIP path is then closed until HR issues a link
 * code (or a chat of theirs links), which resets it.
 */
export async function guardEmployeeLinking(tx: Tx, employeeId: number, now: Date): Promise<{ closed: boolean }> {
  const guard = await tx.linkGuard.upsert({
    where: { employeeId },
    create: { employeeId, touchedAt: now },
    update: { touchedAt: now },
    select: { countAfterId: true },
  });
  const failures = await tx.linkFailure.count({ where: { employeeId, id: { gt: guard.countAfterId } } });
  return { closed: failures >= EMPLOYEE_FAILURE_BUDGET };
}

/** Gives the employee a fresh failure budget (an HR link code was issued, or a chat of theirs linked). */
export async function resetEmployeeLinking(tx: Tx, employeeId: number, now: Date): Promise<void> {
  const last = await tx.linkFailure.aggregate({ where: { employeeId }, _max: { id: true } });
  const countAfterId = last._max.id ?? 0;
  await tx.linkGuard.upsert({
    where: { employeeId },
    create: { employeeId, touchedAt: now, resetAt: now, countAfterId },
    update: { touchedAt: now, resetAt: now, countAfterId },
    select: { employeeId: true },
  });
}
