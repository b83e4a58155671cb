import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/chat/actor';
import { requestPayslip, type RequestPayslipInput } from '../../../src/services/payslips/request-payslip';
import { actorOf, demoPeople, linkIdentity } from '../../support/factories';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/test-database';
import { NOW, importMonth, longCsv, makeSlip, seedDemoAt } from './payroll-fixtures';

/** The demo seed publishes the month before "now". */
const OCTOBER = '2026-10';

describe.each(testProviders)('requestPayslip on %s', (provider) => {
  let db: TestDatabase;
  let actor: Actor;
  let identityId: number;
  let other: { nip: string; identityId: number };

  const request = (input: Partial<RequestPayslipInput> = {}) =>
    db.prisma.$transaction((tx) => requestPayslip(tx, { actor, identityId, period: OCTOBER, now: new Date(NOW), ...input }));
  const written = async () => ({
    deliveries: await db.prisma.payslipDelivery.count(),
    audits: await db.prisma.auditLog.count({ where: { action: 'payslip.delivered' } }),
  });

  beforeEach(async () => {
    db = await createTestDatabase(provider);
    await seedDemoAt(db);
    const { employee, pppk } = await demoPeople(db);
    identityId = await linkIdentity(db, 'TELEGRAM', 'tg-owner', employee.nip);
    actor = await actorOf(db, employee.id, identityId);
    other = { nip: pppk.nip, identityId: await linkIdentity(db, 'TELEGRAM', 'tg-other', pppk.nip) };
  });
  afterEach(async () => {
    await db.drop();
  });

  it("gives the verified owner their slip as a document to render at send time, recorded and audited", async () => {
    const message = await request();

    const slip = await db.prisma.payslip.findFirstOrThrow({ where: { employeeId: actor.employeeId, period: { period: OCTOBER } } });
    expect(message).toEqual({
      kind: 'document',
      fileName: 'slip-gaji-2026-10.pdf',
      mimeType: 'application/pdf',
      caption: expect.stringMatching(/^Slip gaji Oktober 2026\. .*tanggal lahir Anda dalam format DDMMYYYY/),
      source: { type: 'payslip', payslipId: slip.id },
    });
    const delivery = await db.prisma.payslipDelivery.findFirstOrThrow();
    expect(delivery).toMatchObject({ payslipId: slip.id, identityId, deliveredAt: new Date(NOW) });
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: 'payslip.delivered' } });
    expect(audit).toMatchObject({ actorType: 'EMPLOYEE', actorId: actor.employeeId, channel: 'TELEGRAM', entity: 'Payslip', entityId: String(slip.id) });
    expect(audit.data).toMatchObject({ period: OCTOBER, identityId });
  });

  it('explains the password rule of the agency in the language asked', async () => {
    const message = await request({ lang: 'en', passwordRule: 'NIP_LAST6' });
    expect(message).toMatchObject({ caption: 'Your payslip for October 2026. The PDF is locked: open it with the last 6 digits of your NIP.' });
  });

  it("refuses another employee's identity and writes nothing", async () => {
    await expect(request({ identityId: other.identityId })).rejects.toMatchObject({ code: 'payslip.forbidden' });
    expect(await written()).toEqual({ deliveries: 0, audits: 0 });
  });

  it('refuses an identity of the owner that is not verified and writes nothing', async () => {
    const unverified = await db.prisma.chatIdentity.create({ data: { channel: 'WHATSAPP', externalId: 'wa-owner', employeeId: actor.employeeId } });
    await expect(request({ identityId: unverified.id })).rejects.toMatchObject({ code: 'payslip.forbidden' });
    expect(await written()).toEqual({ deliveries: 0, audits: 0 });
  });

  it('refuses an employee who left', async () => {
    await db.prisma.employee.update({ where: { id: actor.employeeId }, data: { active: false } });
    await expect(request()).rejects.toMatchObject({ code: 'payslip.forbidden' });
  });

  it('refuses a month that is not published and writes nothing', async () => {
    const imported = await importMonth(db, { text: longCsv([makeSlip(actor.nip)]) });
    expect(imported.ok).toBe(true);
    await expect(request({ period: '2026-11' })).rejects.toMatchObject({ code: 'payslip.none_for_period', params: { period: '2026-11' } });
    await expect(request({ period: '2025-01' })).rejects.toMatchObject({ code: 'payslip.none_for_period' });
    expect(await written()).toEqual({ deliveries: 0, audits: 0 });
  });
});
