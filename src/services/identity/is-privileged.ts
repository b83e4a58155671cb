import type { IsoDay } from '../../domain/day';
import type { Tx } from '../../store/database';
import { findAuthorizedOfficial } from '../policy/load-leave-policy';

/**
 * Whether the employee decides for others or works in HR: HR staff, heads of
 * units, supervisors of someone active, the authorized official, delegates
 * (a delegation not yet over) and anyone with an approval step open. Such
 * people link a chat only with an HR link code.
 */
export async function isPrivileged(tx: Tx, employeeId: number, today: IsoDay): Promise<boolean> {
  const open = { some: { status: { in: ['WAITING' as const, 'PENDING' as const] } } };
  const found = await tx.employee.findFirst({
    where: {
      id: employeeId,
      OR: [
        { role: 'HR' },
        { headOf: { isNot: null } },
        { subordinates: { some: { active: true } } },
        { delegationsTo: { some: { endDate: { gte: today } } } },
        { stepsToDecide: open },
        { stepsDelegated: open },
      ],
    },
    select: { id: true },
  });
  if (found) return true;
  return (await findAuthorizedOfficial(tx)) === employeeId;
}
