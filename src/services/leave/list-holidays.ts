import type { IsoDay } from '../../domain/day';
import type { Holiday } from '../../domain/leave';
import type { Tx } from '../../store/database';

/** Holidays between two days (both included), for counting a range's working days. */
export async function listHolidays(tx: Tx, start: IsoDay, end: IsoDay): Promise<Holiday[]> {
  return tx.holiday.findMany({ where: { date: { gte: start, lte: end } }, select: { date: true, kind: true } });
}
