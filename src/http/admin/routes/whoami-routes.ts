import { z } from 'zod';
import type { AdminRoute } from '../define-route';
import { defineRoute } from '../define-route';

/** GET /admin/whoami: checks a token and names its holder. */
export function whoamiRoutes(): AdminRoute[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/whoami',
      tag: 'auth',
      summary: 'The staff member the bearer token belongs to',
      response: z.object({ tokenId: z.number(), name: z.string() }),
      handler: async ({ actor }) => ({ tokenId: actor.tokenId, name: actor.name }),
    }),
  ];
}
