import { describe, expect, it } from 'vitest';
import { reminderDue, type ReminderQuery, resolvePolicy, workCalendar, workingDaysWaited } from '../../../src/domain/leave';
import { holidays2026, policy } from './fixtures';

const calendar = workCalendar(holidays2026, policy);
/** Activated Wednesday 23 Dec 2026, before cuti bersama, Natal and a weekend. */
const query = (today: string, overrides: Partial<ReminderQuery> = {}): ReminderQuery => ({
  activatedOn: '2026-12-23',
  today,
  remindedCount: 0,
  escalated: false,
  calendar,
  policy,
  ...overrides,
});

describe('workingDaysWaited', () => {
  it('counts working days after the activation day', () => {
    expect(workingDaysWaited('2026-12-23', '2026-12-23', calendar)).toBe(0);
    expect(workingDaysWaited('2026-12-23', '2026-12-27', calendar)).toBe(0);
    expect(workingDaysWaited('2026-12-23', '2026-12-28', calendar)).toBe(1);
    expect(workingDaysWaited('2026-12-23', '2027-01-04', calendar)).toBe(5);
  });
});

describe('reminderDue', () => {
  it('waits over holidays and the weekend', () => {
    expect(reminderDue(query('2026-12-23'))).toBe('NONE');
    expect(reminderDue(query('2026-12-25'))).toBe('NONE');
  });

  it('reminds after 1 working day, once', () => {
    expect(reminderDue(query('2026-12-28'))).toBe('REMIND');
    expect(reminderDue(query('2026-12-28', { remindedCount: 1 }))).toBe('NONE');
  });

  it('reminds again on working day 3', () => {
    expect(reminderDue(query('2026-12-29', { remindedCount: 1 }))).toBe('NONE');
    expect(reminderDue(query('2026-12-30', { remindedCount: 1 }))).toBe('REMIND');
    expect(reminderDue(query('2026-12-30', { remindedCount: 2 }))).toBe('NONE');
  });

  it('escalates on working day 5, once', () => {
    expect(reminderDue(query('2027-01-04', { remindedCount: 2 }))).toBe('ESCALATE');
    expect(reminderDue(query('2027-01-04', { remindedCount: 2, escalated: true }))).toBe('NONE');
  });

  it('catches up a missed reminder one at a time', () => {
    expect(reminderDue(query('2026-12-30'))).toBe('REMIND');
  });

  it('follows the agency thresholds; 0 switches escalation off', () => {
    const p = resolvePolicy({ reminders: { remindAfterWorkingDays: [2], escalateAfterWorkingDays: 0 } });
    expect(reminderDue(query('2026-12-28', { policy: p }))).toBe('NONE');
    expect(reminderDue(query('2026-12-29', { policy: p }))).toBe('REMIND');
    expect(reminderDue(query('2027-01-15', { policy: p, remindedCount: 1 }))).toBe('NONE');
  });
});
