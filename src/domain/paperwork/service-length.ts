import type { IsoDay } from '../day';

/** Masa kerja on the form: whole years and months of service from `serviceStart` to `on`. */
export function serviceLength(serviceStart: IsoDay, on: IsoDay): { years: number; months: number } {
  const [y1, m1, d1] = serviceStart.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = on.split('-').map(Number) as [number, number, number];
  let months = (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
  if (months < 0) months = 0;
  return { years: Math.floor(months / 12), months: months % 12 };
}
