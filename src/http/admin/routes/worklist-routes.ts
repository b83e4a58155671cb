import { z } from 'zod';
import { buildWorklist } from '../../../services/worklist/build-worklist';
import type { AdminDeps } from '../admin-deps';
import { type AdminRoute, defineRoute } from '../define-route';
import { profileChangeSchema } from './profile-change-routes';

const requestFacts = { ref: z.string(), name: z.string(), nip: z.string(), unit: z.string(), typeCode: z.string(), start: z.string(), end: z.string() };

/** What needs HR now. */
export function worklistRoutes({ db }: AdminDeps): AdminRoute[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/worklist',
      scope: 'read',
      tag: 'worklist',
      summary: 'HR\'s worklist: stranded escalations, missing documents, profile changes, failed deliveries, unlinked employees by agency',
      description: 'Live (computed on each call). Each list holds at most `limit` items and its total.',
      query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
      response: z.object({
        escalations: z.object({ total: z.number(), items: z.array(z.object({ ...requestFacts, approver: z.string(), escalatedAt: z.date() })) }),
        missingDocuments: z.object({ total: z.number(), items: z.array(z.object({ ...requestFacts, document: z.string(), submittedAt: z.date() })) }),
        profileChanges: z.object({ total: z.number(), items: z.array(profileChangeSchema) }),
        failedDeliveries: z.object({
          total: z.number(),
          items: z.array(z.object({
            id: z.number(), what: z.enum(['card', 'payslip', 'message']), channel: z.string(), name: z.string().nullable(), nip: z.string().nullable(),
            error: z.string(), createdAt: z.date(),
          })),
        }),
        unlinked: z.object({
          total: z.number(),
          byAgency: z.array(z.object({ agency: z.string(), agencyName: z.string(), employees: z.number(), unlinked: z.number() })),
        }),
      }),
      handler: async ({ query }) => db.prisma.$transaction(async (tx) => buildWorklist(tx, { limit: query.limit })),
    }),
  ];
}
