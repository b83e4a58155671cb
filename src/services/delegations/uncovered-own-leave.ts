import { compareDays, type IsoDay } from '../../domain/day';
import type { Tx } from '../../store/database';

/**
 * An approver's own granted leave from `today` on whose days no substitute
 * is named yet (wholly or partly): what "wakilkan" offers first.
 */
export async function uncoveredOwnLeave(tx: Tx, employeeId: number, today: IsoDay): Promise<Array<{ typeCode: string; start: IsoDay; end: IsoDay }>> {
  const leave = await tx.leaveRequest.findMany({
    where: { employeeId, status: { in: ['APPROVED', 'CHANGED'] }, endDate: { gte: today } },
    select: { typeCode: true, startDate: true, endDate: true },
    orderBy: { startDate: 'asc' },
    take: 5,
  });
  if (leave.length === 0) return [];
  const named = await tx.delegation.findMany({ where: { fromId: employeeId, endDate: { gte: today } }, select: { startDate: true, endDate: true } });
  return leave
    .map((l) => ({ typeCode: l.typeCode, start: compareDays(l.startDate, today) < 0 ? today : l.startDate, end: l.endDate }))
    .filter((l) => !named.some((d) => compareDays(d.endDate, d.startDate) >= 0 && compareDays(d.startDate, l.end) <= 0 && compareDays(d.endDate, l.start) >= 0));
}
