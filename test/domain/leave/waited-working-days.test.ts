import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/domain/day';
import { workCalendar } from '../../../src/domain/leave/work-calendar';
import { overdueActivatedBefore, waitedWorkingDays } from '../../../src/domain/leave/waited-working-days';
import { holidays2026, policy } from './fixtures';

describe('overdueActivatedBefore', () => {
  const calendar = workCalendar(holidays2026, policy);

  it('is exactly the line between overdue and not, for every activation hour of two months, around holidays and weekends', () => {
    for (const today of ['2026-03-23', '2026-06-01', '2026-12-28'] as const) {
      for (const days of [0, 1, 3, 5, 10]) {
        const line = overdueActivatedBefore(today, days, calendar);
        for (let back = 0; back <= 60; back += 1) {
          for (const hour of ['00:00', '06:59', '07:00', '16:59', '23:59']) {
            const activatedAt = new Date(`${addDays(today, -back)}T${hour}:00+07:00`);
            expect(activatedAt < line, `${today}, ${days} days, activated ${activatedAt.toISOString()}`).toBe(waitedWorkingDays(activatedAt, today, calendar) > days);
          }
        }
      }
    }
  });

  it('names the start of a Jakarta day', () => {
    expect(overdueActivatedBefore('2026-06-01', 5, calendar).toISOString()).toMatch(/T17:00:00\.000Z$/);
  });
});
