import type { Tx } from '../../store/database';

/** Supervises someone active, or has a step waiting (as approver or delegate): one query. */
export async function isApprover(tx: Tx, employeeId: number): Promise<boolean> {
  const pending = { some: { status: 'PENDING' as const } };
  const found = await tx.employee.findFirst({
    where: { id: employeeId, OR: [{ subordinates: { some: { active: true } } }, { stepsToDecide: pending }, { stepsDelegated: pending }] },
    select: { id: true },
  });
  return found !== null;
}
