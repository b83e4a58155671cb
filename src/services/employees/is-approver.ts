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

/**
 * Whoever may name a substitute for their approvals: an approver (isApprover),
 * a unit head or a unit's authorized official, even with nothing waiting now.
 */
export async function decidesForOthers(tx: Tx, employeeId: number): Promise<boolean> {
  const found = await tx.employee.findFirst({ where: { id: employeeId, OR: [{ headOf: { isNot: null } }, { officialFor: { some: {} } }] }, select: { id: true } });
  return found !== null || isApprover(tx, employeeId);
}
