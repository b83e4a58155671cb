import type { Tx } from '../../store/database';

/**
 * Serializes the leave use cases of one employee until the transaction ends
 * (the dialect's row lock): a second submit, decision or cancellation for the
 * same person waits, then reads what the first committed.
 */
export async function lockEmployee(tx: Tx, employeeId: number): Promise<void> {
  await tx.$dialect.lockEmployee(tx, employeeId);
}
