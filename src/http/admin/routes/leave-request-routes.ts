import { z } from 'zod';
import { AppError } from '../../../domain/app-error';
import { jakartaDay } from '../../../domain/day';
import { LEAVE_STATUSES } from '../../../domain/leave';
import { findLeaveRequestId } from '../../../services/leave/find-leave-request-id';
import { readLeaveDocument } from '../../../services/leave-documents/read-leave-document';
import { getLeaveRequestHistory } from '../../../services/leave/get-leave-request-history';
import { auditActor } from '../../../services/admin/admin-actor';
import { listLeaveRequests } from '../../../services/leave/list-leave-requests';
import { loadWorkCalendar } from '../../../services/calendar/load-work-calendar';
import { loadLeavePolicy } from '../../../services/policy/load-leave-policy';
import type { AdminDeps } from '../admin-deps';
import { contentDisposition } from '../../content-disposition';
import { type AdminRoute, defineRoute } from '../define-route';
import { isoDay, page, queryFlag } from '../query-fields';

export const refParams = z.object({ ref: z.string().min(1).max(40).describe('the request reference, e.g. CT-2026-000123 (or its numeric id)') });

const documentParams = refParams.extend({
  documentId: z.coerce.number().int().positive().max(2_147_483_647).describe('the document id, as GET /leave-requests/:ref lists it'),
});

/** Listing and inspecting leave requests. */
export function leaveRequestRoutes({ db, clock }: AdminDeps): AdminRoute[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/leave-requests',
      scope: 'read',
      tag: 'leave',
      summary: 'List leave requests: by unit (with its sub-units), status, type, dates, overdue',
      description:
        'from/to keep requests whose dates overlap the range. overdue=true keeps requests whose current step has waited more than overdueDays working days (default: the policy\'s escalation threshold).',
      query: z.object({
        unit: z.string().max(32).optional(),
        status: z.enum(LEAVE_STATUSES).optional(),
        type: z.string().max(16).optional(),
        from: isoDay.optional(),
        to: isoDay.optional(),
        overdue: queryFlag,
        overdueDays: z.coerce.number().int().min(0).max(60).optional(),
        ...page,
      }),
      handler: async ({ query }) => {
        const today = jakartaDay(clock.now());
        return db.prisma.$transaction(async (tx) => {
          const calendar = await loadWorkCalendar(tx);
          const overdueDays = query.overdueDays ?? (await loadLeavePolicy(tx)).reminders.escalateAfterWorkingDays;
          const { unit, type, ...rest } = query;
          const found = await listLeaveRequests(
            tx,
            { ...rest, ...(unit ? { unitCode: unit } : {}), ...(type ? { typeCode: type } : {}), overdueDays },
            { today, calendar },
          );
          return { page: query.page, pageSize: query.pageSize, overdueDays, ...found };
        });
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/leave-requests/:ref',
      scope: 'read',
      tag: 'leave',
      summary: 'One request with its full history: steps, documents (metadata) and audit trail',
      params: refParams,
      handler: async ({ params }) =>
        db.prisma.$transaction(async (tx) => getLeaveRequestHistory(tx, await findLeaveRequestId(tx, params.ref))),
    }),
    defineRoute({
      method: 'GET',
      url: '/leave-requests/:ref/documents/:documentId',
      scope: 'read',
      tag: 'leave',
      summary: 'Download a document attached to a request (the doctor\'s letter, a supporting letter)',
      description:
        'The file as the employee sent it (PDF or image), as an attachment. Health data: only HR and the request\'s approvers may read it, and every read (and refusal) is audited. 404 when the document is not attached to that request; 410 when the retention policy has purged its file.',
      params: documentParams,
      produces: 'application/octet-stream',
      handler: async ({ params, actor, reply }) => {
        const file = await db.prisma.$transaction(async (tx) => {
          const requestId = await findLeaveRequestId(tx, params.ref);
          return readLeaveDocument(tx, { requestId, documentId: params.documentId, readerId: actor.employeeId, auditAs: auditActor(actor) });
        });
        if (file instanceof AppError) throw file;
        void reply.header('content-type', file.mimeType).header('content-disposition', contentDisposition(file.fileName));
        return reply.send(file.content);
      },
    }),
  ];
}
