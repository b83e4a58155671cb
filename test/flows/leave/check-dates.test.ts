import { describe, expect, it } from 'vitest';
import { readLeaveDates as checkLeaveDates, type DatesQuery } from '../../../flows/leave/check-dates';
import { readDateRange } from '../../../src/conversation/understand/parse-date-range';
import { defaultLeavePolicy } from '../../../src/domain/leave';

const TODAY = '2026-11-27'; // a Friday
const query = (text: string, overrides: Partial<DatesQuery> = {}): DatesQuery => ({
  reading: readDateRange(text, TODAY),
  typeCode: 'CT',
  kind: 'PNS',
  serviceStart: '2010-03-01',
  today: TODAY,
  holidays: [{ date: '2026-12-24', kind: 'CUTI_BERSAMA' }, { date: '2026-12-25', kind: 'NATIONAL' }],
  policy: defaultLeavePolicy,
  lang: 'id',
  ...overrides,
});

describe('checkLeaveDates', () => {
  it('counts working days of annual leave without weekends and holidays', () => {
    expect(checkLeaveDates(query('21-28 des'))).toEqual({ ok: true, value: { start: '2026-12-21', end: '2026-12-28', fullDays: 4 } });
  });

  it('counts calendar days for sick leave, which may start a few days back', () => {
    expect(checkLeaveDates(query('25-29 nov', { typeCode: 'CS' }))).toEqual({ ok: true, value: { start: '2026-11-25', end: '2026-11-29', fullDays: 5 } });
    expect(checkLeaveDates(query('20/11/2026', { typeCode: 'CS' }))).toEqual({
      ok: false, hint: 'leave_flow.dates.sick_backdate', params: { days: 3, earliest: '24 Nov 2026' },
    });
  });

  it('names what is wrong: unknown, impossible, reversed, past, no working day', () => {
    expect(checkLeaveDates(query('kapan saja'))).toMatchObject({ ok: false, hint: 'leave_flow.dates.unknown' });
    expect(checkLeaveDates(query('31 feb'))).toMatchObject({ ok: false, hint: 'leave_flow.dates.impossible' });
    expect(checkLeaveDates(query('16-14 des'))).toEqual({ ok: false, hint: 'leave_flow.dates.end_before_start', params: { start: '16 Des 2026', end: '14 Des 2026' } });
    expect(checkLeaveDates(query('kemarin'))).toEqual({ ok: false, hint: 'leave_flow.dates.past', params: { start: '26 Nov 2026', today: '27 Nov 2026' } });
    expect(checkLeaveDates(query('24-27 des'))).toEqual({ ok: false, hint: 'leave_flow.dates.no_working_days', params: { period: '24-27 Des 2026' } });
  });

  it('refuses early what no answer can fix: service years of unpaid leave, notice of long leave', () => {
    expect(checkLeaveDates(query('1-31 jan 2027', { typeCode: 'CLTN', serviceStart: '2024-03-01' }))).toEqual({
      ok: false, hint: 'leave.service_too_short', params: { years: 5, eligibleFrom: '1 Mar 2029' },
    });
    expect(checkLeaveDates(query('1-31 des', { typeCode: 'CB' }))).toEqual({
      ok: false, hint: 'leave.notice_too_short', params: { days: 30, earliest: '27 Des 2026' },
    });
  });

  it('leaves a short notice of annual leave to the emergency question', () => {
    expect(checkLeaveDates(query('senin'))).toEqual({ ok: true, value: { start: '2026-11-30', end: '2026-11-30', fullDays: 1 } });
  });
});
