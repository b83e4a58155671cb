import { addDays, addMonths, compareDays, type IsoDay } from '../day';

/** "selama N hari/bulan/tahun": cuti tahunan in working days, the other types in the calendar unit their dates fill. */
export interface LeaveLength {
  amount: number;
  unit: 'WORKING_DAYS' | 'DAYS' | 'MONTHS' | 'YEARS';
}

/**
 * How long the leave is, as the form and the letter state it: CT counts
 * working days (the request's charged days); other types whole years or
 * months when the dates fill them exactly, else calendar days.
 */
export function leaveLength(typeCode: string, start: IsoDay, end: IsoDay, days: number): LeaveLength {
  if (typeCode === 'CT') return { amount: days, unit: 'WORKING_DAYS' };
  const after = addDays(end, 1);
  for (let months = 1; months <= 60; months += 1) {
    const next = addMonths(start, months);
    if (compareDays(next, after) > 0) break;
    if (next === after) return months % 12 === 0 ? { amount: months / 12, unit: 'YEARS' } : { amount: months, unit: 'MONTHS' };
  }
  return { amount: Math.round((Date.parse(`${after}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000), unit: 'DAYS' };
}
