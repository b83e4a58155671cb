import { AppError } from '../../domain/app-error';
import type { Tx } from '../../store/database';
import { writeAudit } from '../audit';
import type { ActingPerson } from '../delegations/delegation-view';
import { recountForHolidays } from '../leave/recount-for-holidays';

type HolidayKind = 'NATIONAL' | 'CUTI_BERSAMA' | 'LOCAL';

export interface HolidayView {
  date: string;
  name: string;
  kind: HolidayKind;
}

export async function listHolidays(tx: Tx, year: number): Promise<HolidayView[]> {
  return tx.holiday.findMany({ where: { date: { gte: `${year}-01-01`, lte: `${year}-12-31` } }, select: { date: true, name: true, kind: true }, orderBy: [{ date: 'asc' }, { kind: 'asc' }] });
}

/**
 * Adds one holiday (a day off of the kind given): cuti tahunan already booked
 * on it is counted again and the day given back (recountForHolidays). 409 when
 * the day is already listed with that kind. Audited.
 */
export async function addHoliday(tx: Tx, input: HolidayView & { by: ActingPerson }): Promise<{ holiday: HolidayView; recount: { requests: number; daysBack: number } }> {
  const exists = await tx.holiday.findUnique({ where: { date_kind: { date: input.date, kind: input.kind } }, select: { id: true } });
  if (exists) throw new AppError('conflict.holiday_exists', { date: input.date });
  await tx.holiday.create({ data: { date: input.date, name: input.name, kind: input.kind } });
  const recount = await recountForHolidays(tx, { dates: [input.date], actor: input.by });
  await writeAudit(tx, { ...input.by, action: 'settings.holiday_added', entity: 'Holiday', entityId: `${input.date}:${input.kind}`, data: { name: input.name, recount } });
  return { holiday: { date: input.date, name: input.name, kind: input.kind }, recount: { requests: recount.requests, daysBack: recount.daysBack } };
}

/** Removes one holiday; requests already booked keep their count (a removed day charges nobody more). Audited. */
export async function removeHoliday(tx: Tx, input: { date: string; kind: HolidayKind; by: ActingPerson }): Promise<HolidayView> {
  const found = await tx.holiday.findUnique({ where: { date_kind: { date: input.date, kind: input.kind } }, select: { id: true, name: true } });
  if (!found) throw new AppError('error.not_found');
  await tx.holiday.delete({ where: { id: found.id } });
  await writeAudit(tx, { ...input.by, action: 'settings.holiday_removed', entity: 'Holiday', entityId: `${input.date}:${input.kind}`, data: { name: found.name } });
  return { date: input.date, name: found.name, kind: input.kind };
}
