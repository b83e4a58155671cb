import { z } from 'zod';
import { ALL_ADMIN_SCOPES } from '../../../services/admin/admin-scopes';
import type { AdminRoute } from '../define-route';
import { defineRoute } from '../define-route';

/** GET /admin/whoami: checks a token and names its owner, scopes and expiry. */
export function whoamiRoutes(): AdminRoute[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/whoami',
      scope: 'any',
      tag: 'auth',
      summary: "The staff member the bearer token belongs to, the token's scopes and expiry",
      response: z.object({
        tokenId: z.number(),
        name: z.string(),
        nip: z.string(),
        scopes: z.array(z.enum(ALL_ADMIN_SCOPES as [string, ...string[]])),
        expiresAt: z.string().describe('ISO date-time'),
      }),
      handler: async ({ actor }) => ({
        tokenId: actor.tokenId,
        name: actor.name,
        nip: actor.nip,
        scopes: [...actor.scopes],
        expiresAt: actor.expiresAt.toISOString(),
      }),
    }),
  ];
}
