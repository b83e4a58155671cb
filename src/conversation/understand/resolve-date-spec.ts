import { addDays, type IsoDay, isIsoDay, weekday as weekdayOf, yearOf } from '../../domain/day';
import type { DateSpec } from './date-spec';

/** 1 = Monday ... 7 = Sunday. */
export function isoWeekday(day: IsoDay): number {
  return ((weekdayOf(day) + 6) % 7) + 1;
}

/** The day, or null when it does not exist ("2027-02-29", "2026-12-32"): never rolled over. */
export function calendarDay(year: number, month: number, day: number): IsoDay | null {
  if (year < 1000 || year > 9999) return null;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDay(iso) ? iso : null;
}

/** The year of the next `day`.`month` on or after today: this year, or next year once it has passed. */
export function inferYear(day: number, month: number, today: IsoDay): number {
  const [todayMonth, todayDay] = [Number(today.slice(5, 7)), Number(today.slice(8, 10))];
  const passed = month < todayMonth || (month === todayMonth && day < todayDay);
  return yearOf(today) + (passed ? 1 : 0);
}

/** Monday of the week after today's (weeks run Monday to Sunday). */
export function nextWeekMonday(today: IsoDay): IsoDay {
  return addDays(today, 8 - isoWeekday(today));
}

/**
 * Pins a date spec to a day. `anchor` is where a plain weekday starts looking
 * (today, or the start of a range for its end). Null when the date does not
 * exist, has no month, or contradicts its weekday.
 */
export function resolveDateSpec(spec: DateSpec, today: IsoDay, anchor: IsoDay = today): IsoDay | null {
  switch (spec.kind) {
    case 'offset':
      return addDays(today, spec.days);
    case 'weekday':
      return spec.when === 'coming'
        ? addDays(anchor, (spec.weekday - isoWeekday(anchor) + 7) % 7)
        : addDays(nextWeekMonday(today), spec.weekday - 1);
    case 'calendar': {
      if (spec.month === undefined) return null;
      const day = calendarDay(spec.year ?? inferYear(spec.day, spec.month, today), spec.month, spec.day);
      if (day === null || (spec.weekday !== undefined && isoWeekday(day) !== spec.weekday)) return null;
      return day;
    }
  }
}
