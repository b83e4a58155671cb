import { isIsoDay, yearOf } from '../../../domain/day';
import type { Delegation, EmployeeFacts, HalfDay, ExistingRequest, Holiday, LeaveStatus, LeaveTypeCode, UnitNode } from '../../../domain/leave';
import { ACTIVE_STATUSES } from '../../../domain/leave';
import type { Tx } from '../../../store/database';
import { readStoredDetail } from './stored-detail';

export interface EmployeeRecord extends EmployeeFacts {
  id: number;
  name: string;
  nip: string;
  supervisorId: number | null;
  unitId: number;
  language: string;
}

/** The employee as the rules see them, or null when unknown or (unless `includeInactive`) inactive. */
export async function loadEmployee(tx: Tx, employeeId: number, includeInactive = false): Promise<EmployeeRecord | null> {
  const employee = await tx.$dialect.reads.leaveEmployee(tx, employeeId);
  if (!employee || (!employee.active && !includeInactive)) return null;
  const { active: _active, unitHardToReach, ...rest } = employee;
  return { ...rest, hardToReach: employee.hardToReach || unitHardToReach };
}

/** The calendar years [start, end] touches; none when a date is not a valid day. */
export function yearsOf(start: string, end: string): number[] {
  if (!isIsoDay(start) || !isIsoDay(end) || end < start) return [];
  const years: number[] = [];
  for (let y = yearOf(start); y <= yearOf(end); y += 1) years.push(y);
  return years;
}

/** The employee's requests that still hold days, as validateLeaveRequest sees them (optionally without one). */
export async function loadExistingRequests(tx: Tx, employeeId: number, exceptId?: number): Promise<ExistingRequest[]> {
  const rows = await tx.$dialect.reads.heldRequests(tx, employeeId, ACTIVE_STATUSES, exceptId || undefined);
  return rows.map((r) => {
    const facts = readStoredDetail(r.detail).facts;
    return {
      ref: r.ref,
      typeCode: r.typeCode as LeaveTypeCode,
      status: r.status as LeaveStatus,
      start: r.startDate,
      end: r.endDate,
      halfDay: r.halfDay as HalfDay | null,
      days: r.days,
      travelDays: facts.travelDays ?? 0,
      detail: facts,
    };
  });
}

/** Holidays of whole years (the rules pick the ones that matter). */
export async function loadHolidays(tx: Tx, years: readonly number[]): Promise<Holiday[]> {
  if (years.length === 0) return [];
  return tx.holiday.findMany({
    where: { date: { gte: `${Math.min(...years)}-01-01`, lte: `${Math.max(...years)}-12-31` } },
    select: { date: true, kind: true },
  });
}

export async function loadUnits(tx: Tx): Promise<UnitNode[]> {
  return tx.orgUnit.findMany({ select: { id: true, parentId: true, headId: true } });
}

/** Delegations in force on `day`. */
export async function loadDelegations(tx: Tx, day: string): Promise<Delegation[]> {
  return tx.delegation.findMany({
    where: { startDate: { lte: day }, endDate: { gte: day } },
    select: { fromId: true, toId: true, startDate: true, endDate: true },
  });
}
