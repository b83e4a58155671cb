import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminTestApp, type AdminTestApp } from './admin-test-app';

describe('API documentation', () => {
  let t: AdminTestApp;
  beforeAll(async () => {
    t = await adminTestApp();
  });
  afterAll(() => t.close());

  it('GET /docs/openapi.json describes every admin route from its zod schemas', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/docs/openapi.json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    const holidays = doc.paths['/admin/imports/holidays'].post;
    expect(holidays.parameters).toContainEqual({ name: 'year', in: 'query', required: true, schema: expect.objectContaining({ type: 'integer' }) });
    expect(Object.keys(holidays.requestBody.content)).toEqual(['text/csv', 'application/json']);
    expect(JSON.stringify(holidays.requestBody.content['application/json'].schema)).toContain('CUTI_BERSAMA');
    expect(doc.paths['/admin/whoami'].get.responses['401']).toBeDefined();
    expect(holidays.responses['422'].content['application/json'].schema.properties.errors.type).toBe('array');
    expect(doc.paths['/admin/leave-requests'].post.responses['201']).toBeDefined();
    expect(doc.paths['/admin/employees/{nip}/link-code'].post.parameters).toEqual([
      { name: 'nip', in: 'path', required: true, schema: expect.objectContaining({ pattern: '^\\d{18}$' }) },
    ]);
    expect(doc.paths['/admin/leave-requests'].post).toMatchObject({
      security: [{ bearerAuth: ['leave'] }],
      description: expect.stringContaining('Needs a token with the scope `leave`.'),
      responses: { '403': expect.objectContaining({ description: expect.stringContaining('`leave`') }) },
    });
    expect(doc.paths['/admin/whoami'].get.security).toEqual([{ bearerAuth: [] }]);
    expect(doc.paths['/admin/whoami'].get.responses['403']).toBeUndefined();
    for (const scope of ['read', 'leave', 'imports', 'payroll', 'link-codes', 'ops']) {
      expect(doc.components.securitySchemes.bearerAuth.description).toContain(`\`${scope}\``);
    }
    const operations = Object.values(doc.paths).flatMap((p) => Object.values(p as object));
    for (const op of operations as Array<{ security: Array<{ bearerAuth: string[] }>; 'x-scope': string }>) {
      expect(op.security).toEqual([{ bearerAuth: op['x-scope'] === 'any' ? [] : [op['x-scope']] }]);
    }
    expect(operations.length).toBeGreaterThanOrEqual(16);
    expect(new Set(operations.map((o: { operationId: string }) => o.operationId)).size).toBe(operations.length);
  });

  it('GET /docs is a self-contained page listing the operations', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/docs' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('/admin/imports/employees');
    expect(response.body).toContain('[scope: imports]');
    expect(response.body).not.toMatch(/<script|https?:\/\/(?!json-schema)/);
  });
});
