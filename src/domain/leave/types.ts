import type { IsoDay } from '../day';

/** Leave types of the regulation. CBERSAMA is cuti bersama (set by decree, not requested). */
export const LEAVE_TYPE_CODES = ['CT', 'CB', 'CS', 'CM', 'CAP', 'CLTN', 'CBERSAMA'] as const;
export type LeaveTypeCode = (typeof LEAVE_TYPE_CODES)[number];

export const EMPLOYEE_KINDS = ['PNS', 'PPPK'] as const;
export type EmployeeKind = (typeof EMPLOYEE_KINDS)[number];

export const HOLIDAY_KINDS = ['NATIONAL', 'CUTI_BERSAMA', 'LOCAL'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

export type HalfDay = 'MORNING' | 'AFTERNOON';

export const LEAVE_STATUSES = ['DRAFT', 'PENDING', 'APPROVED', 'CHANGED', 'DEFERRED', 'REJECTED', 'CANCELLED'] as const;
export type LeaveStatus = (typeof LEAVE_STATUSES)[number];

/** Statuses in which a request holds (or will hold) the employee's days. */
export const ACTIVE_STATUSES: readonly LeaveStatus[] = ['PENDING', 'APPROVED', 'CHANGED'];

export interface Holiday {
  readonly date: IsoDay;
  readonly kind: HolidayKind;
}

export function isLeaveTypeCode(value: string): value is LeaveTypeCode {
  return (LEAVE_TYPE_CODES as readonly string[]).includes(value);
}

export function isActiveStatus(status: LeaveStatus): boolean {
  return ACTIVE_STATUSES.includes(status);
}
