import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { RoutePlugin } from '../../../http/build-app';
import { cloudWebhookSchema, type CloudWebhook } from './webhook-schema';
import { SIGNATURE_HEADER, sameSecret, signatureMatches } from './webhook-signature';

export const CLOUD_WEBHOOK_PATH = '/whatsapp/webhook';

/** Largest webhook body accepted: Meta batches at most a few hundred small changes. */
export const CLOUD_WEBHOOK_BODY_LIMIT = 512 * 1024;

const handshakeSchema = z.object({
  'hub.mode': z.literal('subscribe'),
  'hub.verify_token': z.string().min(1).max(512),
  'hub.challenge': z.string().regex(/^[A-Za-z0-9_-]{1,256}$/),
});

export interface CloudWebhookRouteOptions {
  appSecret: string;
  verifyToken: string;
  /** Resolves once the delivery's messages were handled (or deliberately dropped) and its statuses recorded; 'busy' when some were left for redelivery. */
  handle(payload: CloudWebhook): Promise<'handled' | 'busy'>;
}

/**
 * The Cloud API webhook. `GET /whatsapp/webhook`: Meta's verification
 * handshake, the challenge echoed only for the right verify token (403
 * otherwise). `POST`: the body is read raw (this route only) so its
 * `X-Hub-Signature-256` can be checked against the app secret before
 * anything is parsed (401 otherwise); then JSON and the zod schema (400
 * otherwise). Answers 200 once the delivery was handled, so an error
 * makes Meta deliver it again; 503 when the inbound queue was full, for
 * the same reason; the engine drops message ids it has seen.
 */
export function cloudWebhookRoute(options: CloudWebhookRouteOptions): RoutePlugin {
  return async (app: FastifyInstance) => {
    // Encapsulated: only this plugin's routes get the raw bytes instead of parsed JSON.
    app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: CLOUD_WEBHOOK_BODY_LIMIT }, (_request, body, done) => done(null, body));

    app.get(CLOUD_WEBHOOK_PATH, async (request, reply) => {
      const handshake = handshakeSchema.safeParse(request.query);
      if (!handshake.success || !sameSecret(options.verifyToken, handshake.data['hub.verify_token'])) {
        return reply.status(403).send({ code: 'error.forbidden', message: 'Verification refused' });
      }
      return reply.status(200).header('content-type', 'text/plain; charset=utf-8').send(handshake.data['hub.challenge']);
    });

    app.post(CLOUD_WEBHOOK_PATH, async (request, reply) => {
      const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      if (!signatureMatches(options.appSecret, raw, request.headers[SIGNATURE_HEADER])) {
        return reply.status(401).send({ code: 'error.unauthorized', message: 'Access denied' });
      }
      let json: unknown;
      try {
        json = JSON.parse(raw.toString('utf8'));
      } catch {
        return reply.status(400).send({ code: 'error.validation', message: 'Not JSON' });
      }
      const parsed = cloudWebhookSchema.safeParse(json);
      if (!parsed.success) return reply.status(400).send({ code: 'error.validation', message: 'Not a WhatsApp Business webhook' });
      if ((await options.handle(parsed.data)) === 'busy') {
        return reply.status(503).header('retry-after', '5').send({ code: 'error.busy', message: 'Busy, deliver again' });
      }
      return reply.status(200).send({ ok: true });
    });
  };
}
