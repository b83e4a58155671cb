import type { IsoDay } from '../../../domain/day';

/**
 * Public holidays of Indonesia in `year` from the date-holidays library (names
 * in Indonesian). It has no cuti bersama and its Islamic dates are computed,
 * so an imported table always wins over it. Two holidays on one day are
 * joined into one entry. The library is imported on the first call, not at
 * start-up.
 */
export async function nationalHolidays(year: number): Promise<Array<{ date: IsoDay; name: string }>> {
  const { default: Holidays } = await import('date-holidays');
  const byDate = new Map<IsoDay, string[]>();
  for (const holiday of new Holidays('ID').getHolidays(year, 'id')) {
    if (holiday.type !== 'public') continue;
    const date = holiday.date.slice(0, 10);
    if (!date.startsWith(`${year}-`)) continue;
    const names = byDate.get(date) ?? [];
    if (!names.includes(holiday.name)) names.push(holiday.name);
    byDate.set(date, names);
  }
  return [...byDate].sort(([a], [b]) => a.localeCompare(b)).map(([date, names]) => ({ date, name: names.join(' / ') }));
}
