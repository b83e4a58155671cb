import type { Tx } from '../../store/database';

/**
 * Serializes the leave use cases of one employee until the transaction ends: a
 * no-op update takes the employee's row lock on PostgreSQL (a second submit,
 * decision or cancellation for the same person waits, then reads what the first
 * committed). SQLite runs one write transaction at a time anyway.
 */
export async function lockEmployee(tx: Tx, employeeId: number): Promise<void> {
  await tx.$executeRaw`UPDATE "Employee" SET "name" = "name" WHERE "id" = ${employeeId}`;
}
