import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tryRedeemLinkCode } from '../../../src/services/link-codes/redeem-link-code';
import { demoPeople } from '../../support/factories';
import { adminTestApp, type AdminTestApp, BOT_USERNAME } from './admin-test-app';

describe('admin employee routes', () => {
  let t: AdminTestApp;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  beforeAll(async () => {
    t = await adminTestApp();
    people = await demoPeople(t.db);
  });
  afterAll(() => t.close());

  it('GET /admin/employees finds by name part in any case, and by NIP digits', async () => {
    const { employee } = people;
    const part = employee.name.split(' ')[1]!.slice(0, 4).toUpperCase();
    const byName = await t.call('GET', `/admin/employees?q=${encodeURIComponent(part.toLowerCase())}`);
    expect(byName.statusCode).toBe(200);
    expect(byName.json().items.map((e: { nip: string }) => e.nip)).toContain(employee.nip);
    expect(byName.json().items.every((e: { name: string }) => e.name.toUpperCase().includes(part))).toBe(true);

    const byNip = await t.call('GET', `/admin/employees?q=${employee.nip.slice(-8)}`);
    expect(byNip.json()).toMatchObject({ total: 1, items: [{ nip: employee.nip, linked: false, unit: { code: expect.any(String) } }] });
  });

  it('GET /admin/employees pages and filters by unit', async () => {
    const response = await t.call('GET', '/admin/employees?unit=SEKRET&pageSize=2&page=2');
    const body = response.json();
    expect(body).toMatchObject({ page: 2, pageSize: 2 });
    expect(body.items).toHaveLength(2);
    expect(body.total).toBe(await t.db.prisma.employee.count({ where: { unit: { code: 'SEKRET' } } }));
    expect(body.items.every((e: { unit: { code: string } }) => e.unit.code === 'SEKRET')).toBe(true);
  });

  it('GET /admin/employees refuses a bad query with 400', async () => {
    for (const url of ['/admin/employees?pageSize=0', '/admin/employees?q=x', '/admin/employees?active=maybe']) {
      const response = await t.call('GET', url);
      expect(response.statusCode).toBe(400);
      expect(response.json().code).toBe('error.validation');
    }
  });

  it('GET /admin/employees/:nip shows one employee; unknown NIP 404, malformed 400', async () => {
    const response = await t.call('GET', `/admin/employees/${people.employee.nip}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      nip: people.employee.nip,
      supervisor: { nip: people.supervisor.nip },
      balances: [{ typeCode: 'CT', entitled: 12 }],
      identities: [],
    });
    expect((await t.call('GET', '/admin/employees/199001012020011999')).json()).toEqual({ code: 'error.not_found', message: 'Not found.' });
    expect((await t.call('GET', '/admin/employees/123')).statusCode).toBe(400);
  });

  it('POST /admin/employees/:nip/link-code returns a code and deep link that link a chat', async () => {
    const response = await t.call('POST', `/admin/employees/${people.pppk.nip}/link-code`);
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toEqual({
      code: expect.stringMatching(/^[A-HJKMNP-Z2-9]{10}$/),
      expiresAt: new Date(t.clock.now().getTime() + 72 * 3_600_000).toISOString(),
      deepLink: `https://t.me/${BOT_USERNAME}?start=${body.code}`,
      employee: { nip: people.pppk.nip, name: people.pppk.name },
    });
    const audit = await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'link_code.created' } });
    expect(audit).toMatchObject({ actorType: 'HR_TOKEN', actorId: t.owner.id, actorName: t.owner.name });
    expect(JSON.stringify(audit.data)).not.toContain(body.code);

    const identity = await t.db.prisma.chatIdentity.create({ data: { channel: 'TELEGRAM', externalId: '555' } });
    const linked = await t.db.prisma.$transaction((tx) => tryRedeemLinkCode(tx, { identityId: identity.id, code: body.code, now: t.clock.now() }));
    expect(linked).toMatchObject({ ok: true, employee: { nip: people.pppk.nip } });
    expect((await t.call('GET', `/admin/employees?q=${people.pppk.nip}`)).json().items[0].linked).toBe(true);
  });

  it('POST /admin/employees/:nip/link-code: 404 for an unknown NIP', async () => {
    expect((await t.call('POST', '/admin/employees/199001012020011999/link-code')).statusCode).toBe(404);
  });
});
