import { addDays, type IsoDay, JAKARTA_OFFSET_MS, jakartaDay, toUtcMs, weekday } from '../domain/day';
import type { SlotKind } from './job-definition';

/** One cron field: `*`, `n`, `a-b`, `*` or `a-b` with `/step`, and comma lists of those. */
function parseField(spec: string, min: number, max: number): Set<number> {
  const values = new Set<number>();
  for (const part of spec.split(',')) {
    const match = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(part);
    if (!match) throw new Error(`cron field "${spec}" is not supported (numbers, ranges, lists and steps only)`);
    const [from, to] = match[1] === '*' ? [min, max] : [Number(match[2]), Number(match[3] ?? match[2])];
    const step = Number(match[4] ?? 1);
    if (from < min || to > max || from > to || step < 1) throw new Error(`cron field "${spec}" is out of range ${min}-${max}`);
    for (let v = from; v <= to; v += step) values.add(v);
  }
  return values;
}

interface Schedule {
  minutes: number[];
  hours: number[];
  days: Set<number>;
  months: Set<number>;
  weekdays: Set<number>;
  /** Cron's rule: when both day fields are restricted, a day matching either fires. */
  eitherDay: boolean;
}

/** A 5-field cron expression (a 6-field one's seconds are ignored: a slot is at least a day). */
export function parseSchedule(expression: string): Schedule {
  const fields = expression.trim().split(/\s+/);
  if (fields.length === 6) fields.shift();
  if (fields.length !== 5) throw new Error(`cron expression "${expression}" needs 5 or 6 fields`);
  const [minute, hour, day, month, weekdayField] = fields as [string, string, string, string, string];
  const weekdays = parseField(weekdayField, 0, 7);
  if (weekdays.delete(7)) weekdays.add(0);
  return {
    minutes: [...parseField(minute, 0, 59)].sort((a, b) => b - a),
    hours: [...parseField(hour, 0, 23)].sort((a, b) => b - a),
    days: parseField(day, 1, 31),
    months: parseField(month, 1, 12),
    weekdays,
    eitherDay: day !== '*' && weekdayField !== '*',
  };
}

function firesOn(schedule: Schedule, day: IsoDay): boolean {
  if (!schedule.months.has(Number(day.slice(5, 7)))) return false;
  const byDate = schedule.days.has(Number(day.slice(8, 10)));
  const byWeekday = schedule.weekdays.has(weekday(day));
  return schedule.eitherDay ? byDate || byWeekday : byDate && byWeekday;
}

/**
 * The latest time `expression` (read in Asia/Jakarta) fired at or before
 * `now` within the slot `now` belongs to (its Jakarta day, or its year), or
 * null when it has not fired yet in that slot. A job's catch-up at start runs
 * the slot when this is not null and no run of the slot is recorded.
 */
export function lastFireInSlot(expression: string, kind: SlotKind, now: Date): Date | null {
  const schedule = parseSchedule(expression);
  const today = jakartaDay(now);
  const first = kind === 'year' ? `${today.slice(0, 4)}-01-01` : today;
  for (let day = today; day >= first; day = addDays(day, -1)) {
    if (!firesOn(schedule, day)) continue;
    const midnight = toUtcMs(day) - JAKARTA_OFFSET_MS;
    for (const hour of schedule.hours) {
      for (const minute of schedule.minutes) {
        const at = midnight + (hour * 60 + minute) * 60_000;
        if (at <= now.getTime()) return new Date(at);
      }
    }
  }
  return null;
}
