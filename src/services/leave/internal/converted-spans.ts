import type { DaySpan } from '../../../domain/leave';
import type { Tx } from '../../../store/database';
import type { StoredDetail } from './stored-detail';

/**
 * The dates of the sick leaves that took days of a cuti tahunan request
 * (stored.convertedToSick): what counting its days again (early return,
 * recount) must leave out.
 */
export async function convertedSpans(tx: Tx, stored: Pick<StoredDetail, 'convertedToSick'>): Promise<DaySpan[]> {
  const ids = stored.convertedToSick.map((c) => c.requestId);
  if (ids.length === 0) return [];
  const rows = await tx.leaveRequest.findMany({
    where: { id: { in: ids }, status: { in: ['APPROVED', 'CHANGED'] } },
    select: { startDate: true, endDate: true },
    orderBy: { startDate: 'asc' },
  });
  return rows.map((r) => ({ start: r.startDate, end: r.endDate }));
}
