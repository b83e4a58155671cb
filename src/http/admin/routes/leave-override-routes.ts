import { z } from 'zod';
import { AppError } from '../../../domain/app-error';
import { leaveDetailSchema } from '../../../domain/leave';
import { describeRefusalErrors } from '../../../services/admin/describe-refusal-errors';
import { findLeaveRequestId } from '../../../services/leave/find-leave-request-id';
import { reassignLeaveStep } from '../../../services/leave/reassign-leave-step';
import { auditActor } from '../../../services/admin/admin-actor';
import { cancelLeave } from '../../../services/leave/cancel-leave';
import { creditWorkedCutiBersama } from '../../../services/leave/credit-worked-cuti-bersama';
import { LeaveRefused } from '../../../services/leave/leave-refused';
import { returnToWork } from '../../../services/leave/return-to-work';
import { convertToSickLeave } from '../../../services/leave/convert-to-sick-leave';
import { submitLeave } from '../../../services/leave/submit-leave';
import type { AdminDeps } from '../admin-deps';
import { type AdminRoute, defineRoute } from '../define-route';
import { isoDay, nipParam } from '../query-fields';
import { requestLanguage } from '../request-language';
import { refParams } from './leave-request-routes';

const reason = z.string().trim().min(3).max(500);
const refusedBody = z.object({
  code: z.literal('leave.refused'),
  message: z.string(),
  errors: z.array(z.object({ code: z.string(), message: z.string() })),
});
/** A letter as JSON: at most 10 MB once decoded (base64 is 4/3 of it); type and size are checked again by the service. */
const LETTER_BODY_LIMIT = 14 * 1024 * 1024;
const letterFile = z.object({
  fileName: z.string().trim().min(1).max(200),
  mimeType: z.string().trim().max(100),
  contentBase64: z.string().min(4).max(14_000_000).regex(/^[A-Za-z0-9+/]+={0,2}$/),
});

/** HR stepping in: reassigning a stuck step, cancelling, ending leave early, submitting for an employee without a phone. */
export function leaveOverrideRoutes({ db, clock, wakeOutbox }: AdminDeps): AdminRoute[] {
  const afterCommit = <T>(result: T): T => {
    wakeOutbox?.();
    return result;
  };
  return [
    defineRoute({
      method: 'POST',
      url: '/employees/:nip/cuti-bersama-credits',
      tag: 'leave',
      scope: 'leave',
      summary: 'Credit cuti bersama days the employee had to work to their cuti tahunan',
      description: 'One day per date, to the balance of the date\'s year. Each date must be a cuti bersama in the holiday table and is credited once (409 after that). Audited; the employee is told.',
      params: z.object({ nip: nipParam }),
      body: z.object({ dates: z.array(isoDay).min(1).max(20), reason }),
      successStatus: 201,
      handler: async ({ params, body, actor }) =>
        afterCommit(
          await db.prisma.$transaction(async (tx) => {
            const employee = await tx.employee.findUnique({ where: { nip: params.nip }, select: { id: true } });
            if (!employee) throw new AppError('error.not_found');
            const balances = await creditWorkedCutiBersama(tx, { clock }, { employeeId: employee.id, dates: body.dates, reason: body.reason, actor: auditActor(actor) });
            return { nip: params.nip, credited: body.dates.length, balances };
          }),
        ),
    }),
    defineRoute({
      method: 'POST',
      url: '/leave-requests/:ref/reassign',
      scope: 'leave',
      tag: 'leave',
      summary: "Reassign the current step's approver of a pending request",
      description: 'The old card is closed, the new approver gets a fresh card, the employee is told; audited with the reason.',
      params: refParams,
      body: z.object({ approverNip: nipParam, reason }),
      handler: async ({ params, body, actor }) =>
        afterCommit(
          await db.prisma.$transaction(async (tx) =>
            reassignLeaveStep(tx, { requestId: await findLeaveRequestId(tx, params.ref), approverNip: body.approverNip, reason: body.reason, actor, now: clock.now() }),
          ),
        ),
    }),
    defineRoute({
      method: 'POST',
      url: '/leave-requests/:ref/cancel',
      scope: 'leave',
      tag: 'leave',
      summary: 'Cancel a request with a reason (pending, or granted and not yet started)',
      description: 'Held or used days come back; the approver\'s open card is closed and the employee is told. Audited.',
      params: refParams,
      body: z.object({ reason }),
      handler: async ({ params, body, actor }) =>
        afterCommit(
          await db.prisma.$transaction(async (tx) =>
            cancelLeave(tx, { clock }, { requestId: await findLeaveRequestId(tx, params.ref), actor: { type: 'HR_TOKEN', employeeId: actor.employeeId, name: actor.name }, reason: body.reason }),
          ),
        ),
    }),
    defineRoute({
      method: 'POST',
      url: '/leave-requests/:ref/return-to-work',
      scope: 'leave',
      tag: 'leave',
      summary: 'End granted leave under way early: the employee is back at work from returnDay',
      description: 'The leave ends the day before returnDay (after its start, within the leave); the cuti tahunan days it no longer needs go back to the balance. Audited; the employee is told.',
      params: refParams,
      body: z.object({ returnDay: isoDay }),
      handler: async ({ params, body, actor }) =>
        afterCommit(
          await db.prisma.$transaction(async (tx) =>
            returnToWork(tx, { clock }, { requestId: await findLeaveRequestId(tx, params.ref), returnDay: body.returnDay, actor: { type: 'HR_TOKEN', employeeId: actor.employeeId, name: actor.name } }),
          ),
        ),
    }),
    defineRoute({
      method: 'POST',
      url: '/leave-requests/:ref/sick-days',
      scope: 'leave',
      tag: 'leave',
      summary: 'Sick days during granted annual leave: they become sick leave, with the doctor\'s letter',
      description: 'The days (within the annual leave, begun, reported at most the policy\'s backdating days after the last) become a granted sick leave with the letter attached; the annual leave\'s working days on them go back to the balance. Audited; the employee, the approvers and HR are told. A refusal of the sick-leave rules answers 422.',
      params: refParams,
      body: z.object({ start: isoDay, end: isoDay, reason, letter: letterFile }),
      bodyLimit: LETTER_BODY_LIMIT,
      successStatus: 201,
      rejects: refusedBody,
      handler: async ({ params, body, actor, request, reply }) => {
        try {
          return afterCommit(
            await db.prisma.$transaction(async (tx) =>
              convertToSickLeave(tx, { clock }, {
                requestId: await findLeaveRequestId(tx, params.ref), start: body.start, end: body.end, reason: body.reason, documentIds: [],
                files: [{ fileName: body.letter.fileName, mimeType: body.letter.mimeType, content: Buffer.from(body.letter.contentBase64, 'base64') }],
                actor: { type: 'HR_TOKEN', employeeId: actor.employeeId, name: actor.name },
              }),
            ),
          );
        } catch (error) {
          if (!(error instanceof LeaveRefused)) throw error;
          void reply.status(422);
          return describeRefusalErrors(error, requestLanguage(request));
        }
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/leave-requests',
      scope: 'leave',
      tag: 'leave',
      summary: 'Submit a leave request on behalf of an employee (a proxy submission)',
      description: 'For employees without a phone. The same rules apply as in the chat; a refusal answers 422 with every failed rule.',
      body: z.object({
        nip: nipParam,
        type: z.string().trim().toUpperCase().min(1).max(16),
        start: isoDay,
        end: isoDay,
        halfDay: z.enum(['MORNING', 'AFTERNOON']).optional(),
        reason: z.string().trim().min(1).max(500),
        address: z.string().trim().min(1).max(500),
        phoneDuring: z.string().trim().max(30).optional(),
        detail: leaveDetailSchema.optional(),
      }),
      successStatus: 201,
      rejects: refusedBody,
      handler: async ({ body, actor, request, reply }) => {
        try {
          return afterCommit(
            await db.prisma.$transaction(async (tx) => {
              const employee = await tx.employee.findUnique({ where: { nip: body.nip }, select: { id: true } });
              if (!employee) throw new AppError('error.not_found');
              return submitLeave(tx, { clock }, {
                employeeId: employee.id,
                actor: { type: 'HR_TOKEN', employeeId: actor.employeeId, name: actor.name },
                typeCode: body.type,
                start: body.start,
                end: body.end,
                halfDay: body.halfDay ?? null,
                reason: body.reason,
                address: body.address,
                phoneDuring: body.phoneDuring ?? null,
                ...(body.detail ? { detail: body.detail } : {}),
              });
            }),
          );
        } catch (error) {
          if (!(error instanceof LeaveRefused)) throw error;
          void reply.status(422);
          return describeRefusalErrors(error, requestLanguage(request));
        }
      },
    }),
  ];
}
