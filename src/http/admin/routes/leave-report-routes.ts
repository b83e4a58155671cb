import { z } from 'zod';
import { jakartaDay } from '../../../domain/day';
import { employeesOnLeave } from '../../../services/leave/employees-on-leave';
import { exportMonthLeave } from '../../../services/leave/export-month-leave';
import type { AdminDeps } from '../admin-deps';
import { type AdminRoute, defineRoute } from '../define-route';
import { isoDay, isoMonth } from '../query-fields';

/** Who is away, and the month's leave as a spreadsheet. */
export function leaveReportRoutes({ db, clock }: AdminDeps): AdminRoute[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/on-leave',
      scope: 'read',
      tag: 'leave',
      summary: 'Who is on leave on a date (granted requests), optionally in one unit and its sub-units',
      query: z.object({ date: isoDay.optional().describe('default: today (Asia/Jakarta)'), unit: z.string().max(32).optional() }),
      handler: async ({ query }) => {
        const date = query.date ?? jakartaDay(clock.now());
        const items = await employeesOnLeave(db.prisma, { date, ...(query.unit ? { unitCode: query.unit } : {}) });
        return { date, count: items.length, items };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/exports/leave.csv',
      scope: 'read',
      tag: 'leave',
      summary: "A month's leave requests as CSV (headers in Indonesian unless lang=en)",
      query: z.object({ month: isoMonth, lang: z.enum(['id', 'en']).default('id') }),
      produces: 'text/csv',
      handler: async ({ query, reply }) => {
        const csv = await exportMonthLeave(db.prisma, { month: query.month, lang: query.lang });
        void reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="cuti-${query.month}.csv"`);
        return csv;
      },
    }),
  ];
}
