import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople } from '../../support/factories';
import { testProviders } from '../../support/test-database';
import { adminTestApp, type AdminTestApp } from './admin-test-app';

const NUL = '\u0000';

/** PostgreSQL refuses NUL in text: the admin API drops control characters from every string it is given. */
describe.each(testProviders)('admin API: control characters in what HR sends (%s)', (provider) => {
  let t: AdminTestApp;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  beforeAll(async () => {
    t = await adminTestApp({ provider });
    people = await demoPeople(t.db);
  });
  afterAll(() => t.close());

  it('a JSON body with NUL in its fields is taken without it', async () => {
    const response = await t.call('POST', '/admin/leave-requests', {
      body: { nip: `${people.employee.nip}${NUL}`, type: 'CT', start: '2026-12-14', end: '2026-12-14', reason: `Keperluan${NUL} keluarga`, address: `Jl. Veteran${NUL}\u001f 5` },
    });
    expect(response.statusCode).toBe(201);
    const saved = await t.db.prisma.leaveRequest.findUniqueOrThrow({ where: { id: response.json().id }, select: { reason: true, address: true } });
    expect(saved).toEqual({ reason: 'Keperluan keluarga', address: 'Jl. Veteran 5' });
  });

  it('a search with NUL in the query finds the employee', async () => {
    const response = await t.call('GET', `/admin/employees?q=${encodeURIComponent(`${people.employee.nip.slice(0, 10)}${NUL}`)}`);
    expect(response.statusCode).toBe(200);
    expect(JSON.stringify(response.json())).toContain(people.employee.name);
  });

  it('a path parameter with NUL is read without it', async () => {
    const response = await t.call('GET', `/admin/employees/${encodeURIComponent(`${people.employee.nip}${NUL}`)}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ nip: people.employee.nip });
  });
});
