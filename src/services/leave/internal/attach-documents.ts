import { AppError } from '../../../domain/app-error';
import type { Tx } from '../../../store/database';

/** Documents uploaded earlier in the conversation: the employee's own, not yet attached to a request. */
export async function attachDocuments(tx: Tx, requestId: number, employeeId: number, ids: readonly number[]): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const { count } = await tx.leaveDocument.updateMany({
    where: { id: { in: unique }, employeeId, requestId: null },
    data: { requestId },
  });
  if (count !== unique.length) throw new AppError('leave.document_invalid');
}
