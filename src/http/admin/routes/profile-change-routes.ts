import { z } from 'zod';
import { auditActor } from '../../../services/admin/admin-actor';
import { listProfileChanges } from '../../../services/profile/profile-change-view';
import { reviewProfileChange } from '../../../services/profile/review-profile-change';
import type { AdminDeps } from '../admin-deps';
import { type AdminRoute, defineRoute } from '../define-route';

export const profileChangeSchema = z.object({
  id: z.number(),
  employee: z.object({ nip: z.string(), name: z.string(), unit: z.string() }),
  field: z.string(), oldValue: z.string().nullable(), newValue: z.string(),
  status: z.enum(['PENDING', 'APPROVED', 'REJECTED']), channel: z.string().nullable(), createdAt: z.date(),
  reviewedBy: z.string().nullable(), reviewedAt: z.date().nullable(), note: z.string().nullable(),
});

const idParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

/** Employees' requests to change their phone, address or email: HR reviews them. */
export function profileChangeRoutes({ db, clock, wakeOutbox }: AdminDeps): AdminRoute[] {
  const review = (approve: boolean) => async ({ params, body, actor }: { params: { id: number }; body: { note?: string | undefined }; actor: Parameters<typeof auditActor>[0] }) => {
    const result = await db.prisma.$transaction(async (tx) => reviewProfileChange(tx, clock.now(), { id: params.id, approve, note: body.note ?? null, by: auditActor(actor) }));
    wakeOutbox?.();
    return result;
  };
  const result = z.object({ request: profileChangeSchema, whatsapp: z.object({ unlinked: z.array(z.number()), linked: z.number().nullable() }).optional() });
  return [
    defineRoute({
      method: 'GET',
      url: '/profile-changes',
      scope: 'read',
      tag: 'profile-changes',
      summary: 'List profile-change requests (open ones unless status says otherwise), oldest first',
      query: z.object({ status: z.enum(['PENDING', 'APPROVED', 'REJECTED']).default('PENDING') }),
      response: z.object({ items: z.array(profileChangeSchema) }),
      handler: async ({ query }) => db.prisma.$transaction(async (tx) => ({ items: await listProfileChanges(tx, { status: query.status }) })),
    }),
    defineRoute({
      method: 'POST',
      url: '/profile-changes/:id/approve',
      scope: 'profiles',
      tag: 'profile-changes',
      summary: 'Approve: the new value goes on the employee record',
      description: 'The replaced value is kept on the request and in the audit row; a new phone number re-links WhatsApp (the old number\'s chats unlinked, a chat of the new number linked). The employee is told. 409 when already reviewed.',
      params: idParams,
      body: z.object({ note: z.string().trim().max(300).optional() }),
      response: result,
      handler: review(true),
    }),
    defineRoute({
      method: 'POST',
      url: '/profile-changes/:id/reject',
      scope: 'profiles',
      tag: 'profile-changes',
      summary: 'Reject with a note the employee reads',
      params: idParams,
      body: z.object({ note: z.string().trim().min(3).max(300) }),
      response: result,
      handler: review(false),
    }),
  ];
}
