import { z } from 'zod';
import { jakartaDay } from '../../../domain/day';
import { findEmployees } from '../../../services/admin/find-employees';
import { getEmployee } from '../../../services/admin/get-employee';
import { createLinkCode } from '../../../services/link-codes/create-link-code';
import { telegramDeepLink } from '../../../services/link-codes/link-code-format';
import { exportPersonalData } from '../../../services/personal-data/export-personal-data';
import type { AdminDeps } from '../admin-deps';
import { type AdminRoute, defineRoute } from '../define-route';
import { nipParam, page, pageResult } from '../query-fields';

const employeeItem = z.object({
  nip: z.string(),
  name: z.string(),
  kind: z.string(),
  position: z.string(),
  unit: z.object({ code: z.string(), name: z.string() }),
  active: z.boolean(),
  linked: z.boolean(),
});

const nipParams = z.object({ nip: nipParam });

/** A rendered PDF costs tens of milliseconds: 30 a minute per address is plenty for an office and keeps a script from tying up the CPU. */
const PERSONAL_DATA_LIMIT = { max: 30, timeWindowMs: 60_000 };

export function employeeRoutes({ db, clock, botUsername, paperwork }: AdminDeps): AdminRoute[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/employees',
      scope: 'read',
      tag: 'employees',
      summary: 'Find employees by NIP or name part',
      query: z.object({
        q: z.string().trim().min(2).max(100).optional().describe('digits: part of a NIP; otherwise part of the name'),
        unit: z.string().max(32).optional().describe('unit code'),
        active: z.enum(['true', 'false']).optional().transform((v) => (v === undefined ? undefined : v === 'true')),
        ...page,
      }),
      response: pageResult(employeeItem),
      handler: async ({ query }) => {
        const found = await findEmployees(db.prisma, {
          ...(query.q ? { q: query.q } : {}),
          ...(query.unit ? { unitCode: query.unit } : {}),
          ...(query.active !== undefined ? { active: query.active } : {}),
          page: query.page,
          pageSize: query.pageSize,
        });
        return { page: query.page, pageSize: query.pageSize, ...found };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/employees/:nip',
      scope: 'read',
      tag: 'employees',
      summary: 'One employee: record, unit, supervisor, linked chats, this year\'s balances',
      params: nipParams,
      handler: ({ params }) => getEmployee(db.prisma, { nip: params.nip, year: Number(jakartaDay(clock.now()).slice(0, 4)) }),
    }),
    defineRoute({
      method: 'POST',
      url: '/employees/:nip/link-code',
      scope: 'link-codes',
      tag: 'employees',
      summary: 'A one-time code (72 h) for the employee to link a chat, with the Telegram deep link',
      description:
        'The code (10 characters) is shown once; SAPA keeps only its hash. A new code replaces any earlier unused one and reopens the NIP + date of birth path if failed attempts had closed it. Supervisors, officials and HR staff can link a chat only with such a code.',
      params: nipParams,
      successStatus: 201,
      response: z.object({
        code: z.string(),
        expiresAt: z.string(),
        deepLink: z.string().nullable(),
        employee: z.object({ nip: z.string(), name: z.string() }),
      }),
      handler: async ({ params, actor }) => {
        const created = await db.prisma.$transaction((tx) => createLinkCode(tx, { nip: params.nip, actor, now: clock.now() }));
        return {
          code: created.code,
          expiresAt: created.expiresAt.toISOString(),
          deepLink: telegramDeepLink(botUsername, created.code),
          employee: { nip: created.employee.nip, name: created.employee.name },
        };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/employees/:nip/personal-data',
      scope: 'read',
      tag: 'employees',
      summary: 'What SAPA holds about an employee, as the PDF `data saya` sends (for a person who asks at the office)',
      description:
        'Profile, linked chats (numbers masked), leave requests, balances, the months of payslips issued (no amounts), data change requests, files sent (metadata), the latest 50 audit rows about their records, and how to have a detail corrected. Rendered on request, nothing stored; every export is audited (`personal_data.exported`). 30 a minute per address.',
      params: nipParams,
      query: z.object({ lang: z.enum(['id', 'en']).default('id').describe('the document\'s language') }),
      produces: 'application/pdf',
      rateLimit: PERSONAL_DATA_LIMIT,
      handler: async ({ params, query, actor, reply }) => {
        const file = await db.prisma.$transaction((tx) => exportPersonalData(tx, paperwork, { nip: params.nip, actor, now: clock.now(), lang: query.lang }));
        void reply
          .header('content-type', file.mimeType)
          .header('content-disposition', `attachment; filename="${file.fileName}"`)
          .header('cache-control', 'no-store');
        return reply.send(file.content);
      },
    }),
  ];
}
