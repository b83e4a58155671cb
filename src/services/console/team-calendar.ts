import { addDays, addMonths, type IsoDay } from '../../domain/day';
import type { Tx } from '../../store/database';
import { unitSubtree } from '../admin/unit-subtree';
import type { ConsoleScope } from './console-access';

/** At most this many people are shown in one month view (choose a unit to narrow it). */
export const CALENDAR_MAX_PEOPLE = 300;

export interface CalendarPerson {
  name: string;
  nip: string;
  /** Each day of the month the person is away on: the leave type, and the half when only half the day. */
  days: Record<IsoDay, { typeCode: string; ref: string; halfDay: string | null }>;
}

/**
 * Who is away in a month, per unit: granted leave (approved or with changed
 * dates) and, shown apart, leave still waiting; the holidays and cuti bersama
 * of the month; the days on which two or more people of a unit are away. A
 * supervisor sees their own units only.
 */
export async function buildTeamCalendar(tx: Tx, scope: ConsoleScope, input: { month: string; unitId?: number | undefined }) {
  const first = `${input.month}-01`;
  const last = addDays(addMonths(first, 1), -1);
  const days: IsoDay[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) days.push(d);
  let unitIds: number[] | null = scope.unitIds;
  if (input.unitId !== undefined) {
    const units = await tx.orgUnit.findMany({ select: { id: true, parentId: true } });
    const subtree = unitSubtree(units, input.unitId);
    unitIds = unitIds === null ? subtree : subtree.filter((id) => unitIds!.includes(id));
  }
  const [holidays, requests] = await Promise.all([
    tx.holiday.findMany({ where: { date: { gte: first, lte: last } }, select: { date: true, name: true, kind: true }, orderBy: { date: 'asc' } }),
    tx.leaveRequest.findMany({
      where: { status: { in: ['APPROVED', 'CHANGED'] }, startDate: { lte: last }, endDate: { gte: first }, ...(unitIds ? { employee: { unitId: { in: unitIds } } } : {}) },
      select: { ref: true, typeCode: true, startDate: true, endDate: true, halfDay: true, employee: { select: { name: true, nip: true, unit: { select: { id: true, name: true } } } } },
      orderBy: [{ employee: { unitId: 'asc' } }, { employee: { name: 'asc' } }],
    }),
  ]);
  const units = new Map<number, { name: string; people: Map<string, CalendarPerson> }>();
  let people = 0;
  for (const r of requests) {
    const unit = units.get(r.employee.unit.id) ?? { name: r.employee.unit.name, people: new Map<string, CalendarPerson>() };
    units.set(r.employee.unit.id, unit);
    let person = unit.people.get(r.employee.nip);
    if (!person) {
      if (people >= CALENDAR_MAX_PEOPLE) continue;
      people += 1;
      person = { name: r.employee.name, nip: r.employee.nip, days: {} };
      unit.people.set(r.employee.nip, person);
    }
    for (let d = r.startDate < first ? first : r.startDate; d <= r.endDate && d <= last; d = addDays(d, 1)) {
      person.days[d] = { typeCode: r.typeCode, ref: r.ref, halfDay: r.startDate === r.endDate ? r.halfDay : null };
    }
  }
  const rows = [...units.values()].filter((u) => u.people.size > 0).map((u) => {
    const list = [...u.people.values()];
    const overlaps = days.filter((d) => list.filter((p) => p.days[d]).length >= 2);
    return { unit: u.name, people: list, overlaps };
  });
  return { month: input.month, days, holidays, units: rows, truncated: people >= CALENDAR_MAX_PEOPLE };
}

export type TeamCalendar = Awaited<ReturnType<typeof buildTeamCalendar>>;
