import { z } from 'zod';
import type { Choice } from '../../src/chat/outbound-message';
import type { TurnContext } from '../../src/conversation/flow';
import { parseDate, parseDateRange } from '../../src/conversation/understand/parse-date-range';
import { addDays, compareDays, type IsoDay } from '../../src/domain/day';
import { formatDay } from '../../src/domain/format';
import { requestListSchema, type RequestItem, toItem } from './request-items';

/** The data of the flows about leave under way: the list, the one picked, and the days given. */
export const underWaySchema = requestListSchema.extend({
  day: z.string().optional(),
  start: z.string().optional(),
  end: z.string().optional(),
  documentIds: z.array(z.number().int()).default([]),
});

/** Granted leave (of `types`, or any) that has started by today and still ends on or after `until`. */
export async function grantedUnderWay(ctx: TurnContext, until: IsoDay, types?: readonly string[]): Promise<RequestItem[]> {
  const views = await ctx.services.leave.requests({ activeOnly: true, limit: 20 });
  return views
    .filter((v) => (v.status === 'APPROVED' || v.status === 'CHANGED') && (!types || types.includes(v.typeCode)))
    .filter((v) => compareDays(v.start, ctx.today) <= 0 && compareDays(v.end, until) >= 0)
    .map(toItem);
}

/** "Hari ini" and "Besok" where they fall within [first, last]. */
export function dayChoices(ctx: TurnContext, first: IsoDay, last: IsoDay): Choice[] {
  const days: Array<[IsoDay, string]> = [[ctx.today, 'leave_during.today'], [addDays(ctx.today, 1), 'leave_during.tomorrow']];
  return days
    .filter(([day]) => compareDays(day, first) >= 0 && compareDays(day, last) <= 0)
    .map(([day, key]) => ({ value: day, label: `${ctx.t(key)} (${formatDay(day, ctx.lang)})` }));
}

/**
 * Days typed about leave under way: read against today first, then (for a
 * date without a year that landed outside the leave, "8 des" typed on 9 Dec)
 * against the leave's first day, so past days of the leave read as meant.
 */
export function readLeaveDays(text: string, ctx: TurnContext, item: RequestItem): { start: IsoDay; end: IsoDay } | null {
  const inside = (r: { start: IsoDay; end: IsoDay } | null) => r !== null && compareDays(r.start, item.start) >= 0 && compareDays(r.end, item.end) <= 0;
  const asToday = parseDateRange(text, ctx.today) ?? single(parseDate(text, ctx.today));
  if (inside(asToday)) return asToday;
  return parseDateRange(text, item.start) ?? single(parseDate(text, item.start)) ?? asToday;
}

const single = (day: IsoDay | null) => (day ? { start: day, end: day } : null);
