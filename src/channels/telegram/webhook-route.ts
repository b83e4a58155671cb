import type { FastifyInstance } from 'fastify';
import type { RoutePlugin } from '../../http/build-app';
import type { WebhookReply } from './handle-update';
import { SECRET_HEADER, secretMatcher } from './secret-token';
import { type TelegramUpdate, telegramUpdateSchema } from './update-schema';

export const WEBHOOK_PATH = '/telegram/webhook';

/** What the route hands the update it parsed to: resolves once the update's turn has committed, with the Bot API call to answer with, if any. */
export type HandleTelegramUpdate = (update: TelegramUpdate) => Promise<WebhookReply | undefined>;

/**
 * `POST /telegram/webhook`: the secret header must match (401 otherwise), the
 * body must look like an update (400 otherwise). Answers 200 only after the
 * update was handled and its transaction committed, so a failure makes
 * Telegram deliver it again; the engine drops the redelivered update_id if it
 * had in fact committed. The 200 may carry one Bot API call (a button
 * press's answer), which Telegram then makes.
 *
 * At most `maxInFlight` updates are handled at once; beyond that the route
 * answers 503 at once (Telegram delivers the update again later) rather than
 * queueing without bound, so an overload cannot exhaust memory.
 */
export function telegramWebhookRoute(secret: string, handle: HandleTelegramUpdate, options: { maxInFlight: number }): RoutePlugin {
  const secretMatches = secretMatcher(secret);
  return async (app: FastifyInstance) => {
    let inFlight = 0;
    app.post(WEBHOOK_PATH, async (request, reply) => {
      if (!secretMatches(request.headers[SECRET_HEADER])) {
        return reply.status(401).send({ code: 'error.unauthorized', message: 'Access denied' });
      }
      const parsed = telegramUpdateSchema.safeParse(request.body);
      if (!parsed.success) {
        return reply.status(400).send({ code: 'error.validation', message: 'Not a Telegram update' });
      }
      if (inFlight >= options.maxInFlight) {
        return reply.status(503).header('retry-after', '1').send({ code: 'error.busy', message: 'Busy: deliver this update again later' });
      }
      inFlight += 1;
      let call: WebhookReply | undefined;
      try {
        call = await handle(parsed.data);
      } finally {
        inFlight -= 1;
      }
      // A button press's answer rides on the 200: Telegram makes the call, saving a request of our own.
      return reply.status(200).send(call ?? { ok: true });
    });
  };
}
