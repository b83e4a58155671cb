import { z } from 'zod';
import { isIsoDay } from '../../domain/day';

/** Fields shared by the admin routes' query and path schemas. */
export const queryFlag = z
  .enum(['true', 'false', '1', '0'])
  .default('false')
  .transform((v) => v === 'true' || v === '1');

export const isoDay = z.string().refine(isIsoDay, 'must be a date YYYY-MM-DD');

export const isoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month YYYY-MM');

export const nipParam = z.string().regex(/^\d{18}$/, 'must be an 18-digit NIP');

/** A point in time: an ISO instant, or a day (taken as its start, Asia/Jakarta). */
export const instant = z
  .string()
  .refine((v) => isIsoDay(v) || !Number.isNaN(Date.parse(v)), 'must be a date YYYY-MM-DD or an ISO date-time')
  .transform((v) => (isIsoDay(v) ? new Date(`${v}T00:00:00+07:00`) : new Date(v)));

export const page = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
};

export const pageResult = <T extends z.ZodType>(item: T) =>
  z.object({ page: z.number(), pageSize: z.number(), total: z.number(), items: z.array(item) });
