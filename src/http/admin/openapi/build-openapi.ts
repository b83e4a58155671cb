import { ADMIN_SCOPES } from '../../../services/admin/admin-scopes';
import type { AdminRoute } from '../define-route';
import { type JsonSchema, jsonSchemaOf, propertiesOf } from './json-schema';

export interface OpenApiInfo {
  title: string;
  version: string;
  description?: string;
}

type Operation = Record<string, unknown>;

const errorSchema: JsonSchema = {
  type: 'object',
  properties: { code: { type: 'string' }, message: { type: 'string' } },
  required: ['code', 'message'],
};

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

/** "/employees/:nip" -> "/employees/{nip}" */
export function openApiPath(url: string): string {
  return url.replace(/:(\w+)/g, '{$1}');
}

function parameters(route: AdminRoute): unknown[] {
  const path = route.params ? propertiesOf(route.params).map((p) => ({ name: p.name, in: 'path', required: true, schema: p.schema })) : [];
  const query = route.query
    ? propertiesOf(route.query).map((p) => ({ name: p.name, in: 'query', required: p.required, schema: p.schema }))
    : [];
  return [...path, ...query];
}

function requestBody(route: AdminRoute): unknown {
  const shown = route.bodyDoc ?? route.body;
  if (!shown) return undefined;
  const content: Record<string, unknown> = {};
  for (const type of route.accepts) {
    content[type] = { schema: type === 'text/csv' ? { type: 'string', description: 'CSV with a header line' } : jsonSchemaOf(shown) };
  }
  return { required: true, content };
}

function successResponse(route: AdminRoute): unknown {
  if (route.produces === 'text/csv') return { description: 'CSV file', content: { 'text/csv': { schema: { type: 'string' } } } };
  if (route.produces === 'application/octet-stream') {
    return { description: 'The stored file (PDF or image), with its own content type', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } };
  }
  if (route.produces === 'application/pdf') return { description: 'PDF document', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } };
  if (route.produces === 'application/zip') return { description: 'ZIP archive', content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } } };
  return {
    description: 'OK',
    content: { 'application/json': { schema: route.response ? jsonSchemaOf(route.response) : {} } },
  };
}

/** The route's description followed by the scope it needs. */
function describeScope(route: AdminRoute): string {
  const needs = route.scope === 'any' ? 'Any valid token (no particular scope).' : `Needs a token with the scope \`${route.scope}\`.`;
  return route.description ? `${route.description}\n\n${needs}` : needs;
}

function operation(route: AdminRoute, prefix: string): Operation {
  const body = requestBody(route);
  return {
    operationId: `${route.method.toLowerCase()}${(prefix + route.url).replace(/[^A-Za-z0-9]+(\w)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase())}`,
    tags: [route.tag],
    summary: route.summary,
    description: describeScope(route),
    // OpenAPI 3.1 lets a non-OAuth scheme list the roles (here: token scopes) an operation needs.
    security: [{ bearerAuth: route.scope === 'any' ? [] : [route.scope] }],
    'x-scope': route.scope,
    parameters: parameters(route),
    ...(body ? { requestBody: body } : {}),
    responses: {
      [String(route.successStatus)]: successResponse(route),
      '400': errorResponse('Invalid request (the message names the field)'),
      '401': errorResponse('Missing, unknown, revoked or expired token (auth.token_expired names the day)'),
      ...(route.scope === 'any' ? {} : { '403': errorResponse(`The token lacks the scope \`${route.scope}\` (forbidden.missing_scope)`) }),
      '429': errorResponse('Too many requests, or too many failed authentications from this address'),
      '404': errorResponse('Not found'),
      ...(route.rejects
        ? { '422': { description: 'Refused: every problem listed, nothing written', content: { 'application/json': { schema: jsonSchemaOf(route.rejects) } } } }
        : {}),
    },
  };
}

/** How to get a token, and what each scope allows. */
function bearerDescription(): string {
  const scopes = Object.entries(ADMIN_SCOPES).map(([scope, meaning]) => `- \`${scope}\`: ${meaning}`);
  return [
    'A token belongs to an active HR employee (its owner: what it does is recorded as done by them), holds scopes and expires (90 days unless chosen otherwise).',
    'Create one with `npm run admin:token -- create --nip <NIP> --scopes read,leave`. Scopes:',
    ...scopes,
  ].join('\n');
}

/** The OpenAPI 3.1 document of the admin routes, from their zod schemas. */
export function buildOpenApi(routes: readonly AdminRoute[], prefix: string, info: OpenApiInfo): Record<string, unknown> {
  const paths: Record<string, Record<string, Operation>> = {};
  for (const route of routes) {
    const path = openApiPath(prefix + route.url);
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation(route, prefix) };
  }
  return {
    openapi: '3.1.0',
    info,
    paths,
    components: {
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: bearerDescription() } },
      schemas: { Error: errorSchema },
    },
  };
}
