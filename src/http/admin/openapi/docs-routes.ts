import type { FastifyInstance } from 'fastify';
import type { RoutePlugin } from '../../build-app';
import { ADMIN_PREFIX, type AdminRoute } from '../define-route';
import { buildOpenApi } from './build-openapi';
import { renderDocsPage } from './render-docs-page';

export const OPENAPI_URL = '/docs/openapi.json';

const INFO = {
  title: 'SAPA admin API',
  version: '1',
  description:
    'HR administration of SAPA: imports, link codes, oversight of leave requests, audit log and outbox. ' +
    'Every call needs `Authorization: Bearer <token>` of a token with the scope the operation names ' +
    '(npm run admin:token -- create --nip <NIP> --scopes <scope,...>). 20 failed authentications a minute from one address ' +
    'turn it away (429) for 5 minutes.',
};

/** GET /docs/openapi.json (the document) and GET /docs (a browsable page), both built once. */
export function docsRoutes(routes: readonly AdminRoute[]): RoutePlugin {
  const document = buildOpenApi(routes, ADMIN_PREFIX, INFO);
  const page = renderDocsPage(document, OPENAPI_URL);
  return async function docs(app: FastifyInstance): Promise<void> {
    app.get(OPENAPI_URL, async () => document);
    app.get('/docs', async (_request, reply) => reply.type('text/html; charset=utf-8').send(page));
  };
}
