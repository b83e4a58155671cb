import type { Tx } from '../../../store/database';
import type { Notice } from '../../notify/notify-employees';
import type { LeaveRequestView } from '../contract';
import type { NoticeText } from './requester-notices';

/**
 * A granted request was cancelled: those who granted it (each step's decider)
 * and the HR officers are told, except the person who cancelled.
 */
export async function grantCancelledNotices(
  tx: Tx,
  view: LeaveRequestView,
  build: NoticeText,
  actorEmployeeId: number | null,
): Promise<Notice[]> {
  const deciders = await tx.approvalStep.findMany({ where: { requestId: view.id, decidedById: { not: null } }, select: { decidedById: true } });
  const officers = await tx.employee.findMany({ where: { role: 'HR', active: true }, select: { id: true } });
  const ids = new Set([...deciders.map((d) => d.decidedById!), ...officers.map((o) => o.id)]);
  ids.delete(view.employeeId);
  if (actorEmployeeId !== null) ids.delete(actorEmployeeId);
  return [...ids].map((employeeId) => ({ employeeId, prefer: 'TELEGRAM' as const, purpose: 'notice', dedupeKey: `leave.grant_cancelled:${view.id}`, build }));
}
