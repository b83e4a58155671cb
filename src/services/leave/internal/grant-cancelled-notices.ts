import type { Tx } from '../../../store/database';
import type { Notice } from '../../notify/notify-employees';
import type { LeaveRequestView } from '../contract';
import type { NoticeText } from './requester-notices';

/**
 * A granted request changed after the grant (cancelled, sick days taken
 * over): those who granted it (each step's decider) and the HR officers are
 * told, except the employee and the person who acted. `key` names the change
 * for the outbox's dedupe keys.
 */
export async function grantCancelledNotices(
  tx: Tx,
  view: LeaveRequestView,
  build: NoticeText,
  actorEmployeeId: number | null,
  key = 'leave.grant_cancelled',
): Promise<Notice[]> {
  const deciders = await tx.approvalStep.findMany({ where: { requestId: view.id, decidedById: { not: null } }, select: { decidedById: true } });
  const officers = await tx.employee.findMany({ where: { role: 'HR', active: true }, select: { id: true } });
  const ids = new Set([...deciders.map((d) => d.decidedById!), ...officers.map((o) => o.id)]);
  ids.delete(view.employeeId);
  if (actorEmployeeId !== null) ids.delete(actorEmployeeId);
  return [...ids].map((employeeId) => ({ employeeId, prefer: 'TELEGRAM' as const, purpose: 'notice', dedupeKey: `${key}:${view.id}`, build }));
}
