import type { IsoDay } from '../../../src/domain/day';
import {
  defaultLeavePolicy,
  emptyBalance,
  type EmployeeFacts,
  type ExistingRequest,
  type Holiday,
  type HolidayKind,
  type LeaveBalanceSnapshot,
  type LeaveRequestInput,
  type RequestedLeave,
} from '../../../src/domain/leave';

const holiday = (date: IsoDay, kind: HolidayKind, name: string) => ({ date, kind, name });

/** 2026 days off after the SKB 3 Menteri (plus one local day and New Year 2027). */
export const holidays2026: readonly (Holiday & { name: string })[] = [
  holiday('2026-01-01', 'NATIONAL', 'Tahun Baru Masehi'),
  holiday('2026-01-16', 'NATIONAL', 'Isra Mikraj'),
  holiday('2026-02-16', 'CUTI_BERSAMA', 'Cuti bersama Imlek'),
  holiday('2026-02-17', 'NATIONAL', 'Tahun Baru Imlek'),
  holiday('2026-03-18', 'CUTI_BERSAMA', 'Cuti bersama Nyepi'),
  holiday('2026-03-19', 'NATIONAL', 'Hari Suci Nyepi'),
  holiday('2026-03-20', 'NATIONAL', 'Idul Fitri 1447 H'),
  holiday('2026-03-21', 'NATIONAL', 'Idul Fitri 1447 H'),
  holiday('2026-03-23', 'CUTI_BERSAMA', 'Cuti bersama Idul Fitri'),
  holiday('2026-03-24', 'CUTI_BERSAMA', 'Cuti bersama Idul Fitri'),
  holiday('2026-04-03', 'NATIONAL', 'Wafat Yesus Kristus'),
  holiday('2026-05-01', 'NATIONAL', 'Hari Buruh'),
  holiday('2026-05-14', 'NATIONAL', 'Kenaikan Yesus Kristus'),
  holiday('2026-05-15', 'CUTI_BERSAMA', 'Cuti bersama Kenaikan'),
  holiday('2026-05-27', 'NATIONAL', 'Idul Adha'),
  holiday('2026-05-28', 'CUTI_BERSAMA', 'Cuti bersama Idul Adha'),
  holiday('2026-05-31', 'NATIONAL', 'Waisak'),
  holiday('2026-06-01', 'NATIONAL', 'Hari Lahir Pancasila'),
  holiday('2026-06-16', 'NATIONAL', 'Tahun Baru Islam'),
  holiday('2026-08-10', 'LOCAL', 'Libur daerah (contoh)'),
  holiday('2026-08-17', 'NATIONAL', 'Hari Kemerdekaan'),
  holiday('2026-08-25', 'NATIONAL', 'Maulid Nabi'),
  holiday('2026-12-24', 'CUTI_BERSAMA', 'Cuti bersama Natal'),
  holiday('2026-12-25', 'NATIONAL', 'Hari Raya Natal'),
  holiday('2027-01-01', 'NATIONAL', 'Tahun Baru Masehi'),
];

export const policy = defaultLeavePolicy;

export function makeEmployee(overrides: Partial<EmployeeFacts> = {}): EmployeeFacts {
  return { kind: 'PNS', serviceStart: '2015-03-01', contractEnd: null, hardToReach: false, gender: 'F', ...overrides };
}

export function makeBalance(overrides: Partial<LeaveBalanceSnapshot> = {}): LeaveBalanceSnapshot {
  return { ...emptyBalance, entitled: 12, ...overrides };
}

export function makeExisting(overrides: Partial<ExistingRequest> = {}): ExistingRequest {
  return { ref: 'CT-2026-0001', typeCode: 'CT', status: 'APPROVED', start: '2026-07-06', end: '2026-07-07', days: 2, ...overrides };
}

type InputOverrides = Partial<Omit<LeaveRequestInput, 'request'>> & { request?: Partial<RequestedLeave> };

/** A valid CT request of 3 working days (Wed 1 - Fri 3 Jul 2026) by a PNS of 11 years. */
export function makeInput(overrides: InputOverrides = {}): LeaveRequestInput {
  const { request, ...rest } = overrides;
  return {
    employee: makeEmployee(),
    today: '2026-06-10',
    existing: [],
    balances: { 2026: makeBalance(), 2027: makeBalance() },
    holidays: holidays2026,
    policy,
    ...rest,
    request: { typeCode: 'CT', start: '2026-07-01', end: '2026-07-03', detail: {}, ...request },
  };
}

/** Error codes of a validation, in order. */
export function codesOf(check: { errors: readonly { code: string }[] }): string[] {
  return check.errors.map((e) => e.code);
}
