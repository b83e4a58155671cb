import type { FastifyError, FastifyInstance, preHandlerAsyncHookHandler } from 'fastify';
import { ZodError } from 'zod';
import { isAppError } from '../domain/app-error';
import { translate } from '../i18n/translate';
import { statusOf } from './error-status';

/** One place that turns every failure into `{ code, message }` without internals. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | Error, request, reply) => {
    if (isAppError(error)) {
      return reply.status(statusOf(error.code)).send({
        code: error.code,
        message: translate('en', error.code, error.params),
      });
    }
    if (error instanceof ZodError) {
      const detail = error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
      return reply.status(400).send({ code: 'error.validation', message: detail });
    }
    const fastifyError = error as FastifyError;
    const status = fastifyError.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return reply.status(500).send({ code: 'error.internal', message: 'Internal error' });
    }
    return reply.status(status).send({
      code: fastifyError.code ? `http.${fastifyError.code.toLowerCase()}` : 'error.bad_request',
      message: fastifyError.message,
    });
  });
}

/** A 404 that names nothing (no method, no path), optionally behind a guard such as a rate limit. */
export function registerNotFoundHandler(app: FastifyInstance, preHandler?: preHandlerAsyncHookHandler): void {
  app.setNotFoundHandler(preHandler ? { preHandler } : {}, (_request, reply) =>
    reply.status(404).send({ code: 'error.not_found', message: 'Not found' }),
  );
}
