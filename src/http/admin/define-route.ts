import type { FastifyReply, FastifyRequest } from 'fastify';
import { z, ZodError, type ZodType } from 'zod';
import { cleanStrings } from '../../domain/clean-text';
import type { AdminActor } from '../../services/admin/admin-actor';
import type { RequiredScope } from '../../services/admin/admin-scopes';
import type { RateLimit } from '../public-rate-limits';
import { actorOf } from './authenticate';

/** Where every admin route is mounted. */
export const ADMIN_PREFIX = '/admin';

export type HttpMethod = 'GET' | 'POST';
export type BodyMediaType = 'application/json' | 'text/csv';
export type RouteMediaType = 'application/json' | 'text/csv' | 'application/octet-stream' | 'application/pdf' | 'application/zip';

const noInput = z.object({});
type NoInput = typeof noInput;

export interface RouteInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  actor: AdminActor;
  request: FastifyRequest;
  reply: FastifyReply;
}

/** One admin route: its schemas validate the request, type the handler and write the OpenAPI document. */
export interface RouteSpec<P extends ZodType, Q extends ZodType, B extends ZodType> {
  method: HttpMethod;
  /** Path under /admin, Fastify style: "/employees/:nip". */
  url: string;
  /** The token scope the route needs (src/services/admin/admin-scopes.ts), or `any`. */
  scope: RequiredScope;
  tag: string;
  summary: string;
  description?: string;
  params?: P;
  query?: Q;
  body?: B;
  /** The body as the OpenAPI document shows it, when `body` accepts something looser (e.g. CSV text or rows). */
  bodyDoc?: ZodType;
  accepts?: readonly BodyMediaType[];
  response?: ZodType;
  /** The 422 body, for routes that refuse content row by row or rule by rule. */
  rejects?: ZodType;
  /** application/octet-stream: a stored file; the handler sets its own content type. application/pdf, application/zip: a document or archive SAPA builds. */
  produces?: RouteMediaType;
  successStatus?: number;
  bodyLimit?: number;
  /** A per-address limit of its own, tighter than the admin API's, for a route that costs more (e.g. renders a PDF). */
  rateLimit?: RateLimit;
  handler(input: RouteInput<z.output<P>, z.output<Q>, z.output<B>>): Promise<unknown>;
}

/** A route with its types erased, as the registry, Fastify and the OpenAPI builder see it. */
export interface AdminRoute {
  readonly method: HttpMethod;
  readonly url: string;
  readonly scope: RequiredScope;
  readonly tag: string;
  readonly summary: string;
  readonly description?: string;
  readonly params?: ZodType;
  readonly query?: ZodType;
  readonly body?: ZodType;
  readonly bodyDoc?: ZodType;
  readonly accepts: readonly BodyMediaType[];
  readonly response?: ZodType;
  readonly rejects?: ZodType;
  readonly produces: RouteMediaType;
  readonly successStatus: number;
  readonly bodyLimit?: number;
  readonly rateLimit?: RateLimit;
  run(request: FastifyRequest, reply: FastifyReply): Promise<unknown>;
}

/** Parses one part of the request; a failure names the part ("query.page: ...") and answers 400. */
export function parsePart<S extends ZodType>(schema: S, value: unknown, part: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ZodError(result.error.issues.map((issue) => ({ ...issue, path: [part, ...issue.path] })));
}

export function defineRoute<P extends ZodType = NoInput, Q extends ZodType = NoInput, B extends ZodType = z.ZodUndefined>(
  spec: RouteSpec<P, Q, B>,
): AdminRoute {
  const { handler, ...meta } = spec;
  return {
    ...meta,
    accepts: spec.accepts ?? ['application/json'],
    produces: spec.produces ?? 'application/json',
    successStatus: spec.successStatus ?? 200,
    async run(request, reply) {
      // Control characters (NUL, which PostgreSQL refuses, and the like) are dropped from every string that comes in.
      const params = parsePart(spec.params ?? noInput, cleanStrings(request.params ?? {}), 'params') as z.output<P>;
      const query = parsePart(spec.query ?? noInput, cleanStrings(request.query ?? {}), 'query') as z.output<Q>;
      const body = (spec.body ? parsePart(spec.body, cleanStrings(request.body), 'body') : undefined) as z.output<B>;
      void reply.status(spec.successStatus ?? 200);
      return handler({ params, query, body, actor: actorOf(request), request, reply });
    },
  };
}
