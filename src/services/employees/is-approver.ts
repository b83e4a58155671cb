import type { Tx } from '../../store/database';

/** Supervises someone active, or has a step waiting (as approver or delegate): one fixed read. */
export async function isApprover(tx: Tx, employeeId: number): Promise<boolean> {
  return tx.$dialect.reads.isApprover(tx, employeeId);
}

/**
 * Whoever may name a substitute for their approvals: an approver (isApprover),
 * a unit head or a unit's authorized official, even with nothing waiting now.
 */
export async function decidesForOthers(tx: Tx, employeeId: number): Promise<boolean> {
  return tx.$dialect.reads.decidesForOthers(tx, employeeId);
}
