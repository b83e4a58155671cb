import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { buildApp } from '../../src/http/build-app';
import { verifyRoutes } from '../../src/http/routes/verify';
import { importPayrollMonth } from '../../src/services/payslips/import-payroll-month';
import { listEmployeePayslipPeriods } from '../../src/services/payslips/list-employee-payslip-periods';
import { publishPayrollMonth } from '../../src/services/payslips/publish-payroll-month';
import { resolvePayslipDocument } from '../../src/services/payslips/resolve-payslip-document';
import { createFlowRegistry } from '../../flows';
import { openPdf, pdfTexts } from '../payslip/read-pdf';
import { createChatHarness } from '../support/chat-harness';
import { demoPeople, linkIdentity } from '../support/factories';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/test-database';
import { hrActor, longCsv, NOW, seedDemoAt } from '../services/payslips/payroll-fixtures';

/** A TPP slip: the city's allowance and its PPh 21, on a slip of its own. */
const tppSlip = (nip: string) => ({
  nip,
  net: 1_140_000,
  lines: [
    { kind: 'EARNING' as const, code: 'TPP', label: 'Tambahan penghasilan pegawai', amount: 1_200_000 },
    { kind: 'DEDUCTION' as const, code: 'PPH21', label: 'PPh 21', amount: 60_000 },
  ],
});

describe.each(testProviders)('TPP slips on %s', (provider) => {
  let db: TestDatabase;
  let employee: { id: number; nip: string; name: string; birthDate: string };
  beforeEach(async () => {
    db = await createTestDatabase(provider);
    await seedDemoAt(db); // October 2026's salary run is PUBLISHED
    ({ employee } = await demoPeople(db));
  });
  afterEach(async () => {
    await db.drop();
  });

  const importTpp = (text: string, period = '2026-10') =>
    db.prisma.$transaction((tx) => importPayrollMonth(tx, { period, kind: 'TPP', format: 'csv-long', text, actor: hrActor, now: new Date(NOW) }));
  const publishTpp = (period = '2026-10') => db.prisma.$transaction((tx) => publishPayrollMonth(tx, { period, kind: 'TPP', actor: hrActor, now: new Date(NOW) }));

  async function chatOf(externalId: string, nip: string) {
    await linkIdentity(db, 'LOCAL', externalId, nip);
    const person = createChatHarness(db, createFlowRegistry()).person(externalId);
    await person.say('halo');
    return person;
  }

  it('imports and publishes a TPP run beside the month\'s published salary run, which stays as it was', async () => {
    const salary = await db.prisma.payrollPeriod.findUniqueOrThrow({ where: { period_kind: { period: '2026-10', kind: 'GAJI' } }, include: { _count: { select: { payslips: true } } } });

    const imported = await importTpp(longCsv([tppSlip(employee.nip)]));
    expect(imported).toMatchObject({ ok: true, period: '2026-10', kind: 'TPP', revision: 1, slips: 1, replaced: 0, republished: false });
    const tpp = await db.prisma.payrollPeriod.findUniqueOrThrow({ where: { period_kind: { period: '2026-10', kind: 'TPP' } } });
    expect(tpp).toMatchObject({ status: 'DRAFT', importedBy: hrActor.actorName });

    await linkIdentity(db, 'LOCAL', 'ana', employee.nip);
    const published = await publishTpp();
    expect(published).toMatchObject({ period: '2026-10', kind: 'TPP', alreadyPublished: false, slips: 1, notified: 1 });
    const notice = await db.prisma.outboxMessage.findFirstOrThrow({ where: { chatId: 'ana', dedupeKey: { startsWith: 'payslip.published:tpp:2026-10' } } });
    expect(notice.payload).toMatchObject({ kind: 'text', text: expect.stringContaining('Slip TPP Oktober 2026 sudah tersedia') });
    expect(await db.prisma.auditLog.count({ where: { action: 'payroll.published', entityId: '2026-10 TPP', actorName: hrActor.actorName } })).toBe(1);

    const after = await db.prisma.payrollPeriod.findUniqueOrThrow({ where: { period_kind: { period: '2026-10', kind: 'GAJI' } }, include: { _count: { select: { payslips: true } } } });
    expect(after).toEqual(salary);
  });

  it('asks which slip when the month has both, and sends the TPP slip as a locked PDF titled SLIP TPP', async () => {
    expect(await importTpp(longCsv([tppSlip(employee.nip)]))).toMatchObject({ ok: true });
    await publishTpp();
    const ana = await chatOf('ana', employee.nip);

    await ana.say('slip');
    expect(ana.last).toEqual([
      { kind: 'choices', text: 'Slip gaji bulan apa? Pilih salah satu:', choices: [{ value: '2026-10', label: 'Oktober 2026' }] },
    ]);
    await ana.say('1');
    expect(ana.last).toEqual([
      {
        kind: 'choices',
        text: 'Bulan Oktober 2026 ada dua slip. Slip yang mana?',
        choices: [
          { value: 'GAJI', label: 'Slip gaji' },
          { value: 'TPP', label: 'Slip TPP' },
        ],
      },
    ]);
    await ana.say('Slip TPP');

    const slip = await db.prisma.payslip.findFirstOrThrow({ where: { employeeId: employee.id, period: { period: '2026-10', kind: 'TPP' } } });
    expect(ana.last).toEqual([
      {
        kind: 'document',
        fileName: 'slip-tpp-2026-10.pdf',
        mimeType: 'application/pdf',
        caption: expect.stringMatching(/^Slip TPP Oktober 2026\. .*DDMMYYYY/),
        source: { type: 'payslip', payslipId: slip.id },
      },
    ]);
    expect(await db.prisma.auditLog.count({ where: { action: 'payslip.delivered', actorId: employee.id, entityId: String(slip.id) } })).toBe(1);

    const config = { AGENCY_NAME: 'BKPSDM Kota Serang', AGENCY_ADDRESS: 'Serang', PUBLIC_URL: 'https://sapa.example', PAYSLIP_PASSWORD_RULE: 'BIRTHDATE_DDMMYYYY' as const };
    const document = await resolvePayslipDocument(db, config, slip.id, fixedClock(NOW));
    expect(document.fileName).toBe('slip-tpp-2026-10.pdf');
    await expect(openPdf(document.content)).rejects.toMatchObject({ name: 'PasswordException' });
    const [year, month, day] = employee.birthDate.split('-');
    const text = (await pdfTexts(document.content, `${day}${month}${year}`)).items.map((i) => i.text).join(' ').replace(/\s+/g, ' ');
    expect(text).toContain('SLIP TPP');
    expect(text).not.toContain('SLIP GAJI');
    expect(text).toContain('TPP BERSIH');
    expect(text).toContain('Rp 1.140.000');
  });

  it('still asks which slip in a conversation whose month choice was offered without the kinds kept', async () => {
    expect(await importTpp(longCsv([tppSlip(employee.nip)]))).toMatchObject({ ok: true });
    await publishTpp();
    const ana = await chatOf('ana', employee.nip);
    await ana.say('slip');
    // As a session saved before the months carried their kinds.
    const session = await db.prisma.conversationSession.findFirstOrThrow({ where: { chatId: 'ana' } });
    const stripped = JSON.stringify(session.state, (key, value: unknown) => (key === 'kinds' ? undefined : value));
    expect(stripped).not.toEqual(JSON.stringify(session.state));
    await db.prisma.conversationSession.update({ where: { id: session.id }, data: { state: JSON.parse(stripped) as object } });
    await ana.say('1');
    expect(ana.last).toEqual([expect.objectContaining({ kind: 'choices', choices: expect.arrayContaining([expect.objectContaining({ value: 'TPP' })]) })]);
  });

  it('names a TPP slip as TPP on the public verification page', async () => {
    expect(await importTpp(longCsv([tppSlip(employee.nip)]))).toMatchObject({ ok: true });
    await publishTpp();
    const slip = await db.prisma.payslip.findFirstOrThrow({ where: { employeeId: employee.id, period: { period: '2026-10', kind: 'TPP' } } });
    const app = await buildApp({ db, routes: [verifyRoutes({ db })], rateLimits: false });
    try {
      const response = await app.inject({ method: 'GET', url: `/verify/${slip.verificationCode}` });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ valid: true, period: '2026-10', periodLabel: 'TPP Oktober 2026' });
      const matched = await app.inject({ method: 'POST', url: `/verify/${slip.verificationCode}`, payload: { net: 'Rp 1.140.000' } });
      expect(matched.json().message).toMatch(/^Cocok: .*TPP Oktober 2026/);
    } finally {
      await app.close();
    }
  });

  it('offers the salary slip from the choice too, in English', async () => {
    expect(await importTpp(longCsv([tppSlip(employee.nip)]))).toMatchObject({ ok: true });
    await publishTpp();
    await db.prisma.employee.update({ where: { id: employee.id }, data: { language: 'en' } });
    const ana = await chatOf('ana', employee.nip);

    await ana.say('payslip');
    await ana.say('1');
    expect(ana.last).toEqual([
      expect.objectContaining({ kind: 'choices', text: 'There are two slips for October 2026. Which one?', choices: [{ value: 'GAJI', label: 'Payslip' }, { value: 'TPP', label: 'TPP slip' }] }),
    ]);
    await ana.say('1');
    expect(ana.last).toEqual([expect.objectContaining({ kind: 'document', fileName: 'slip-gaji-2026-10.pdf', caption: expect.stringMatching(/^Your payslip for October 2026\./) })]);
  });

  it('sends the only slip there is without asking: a month with a published TPP run alone, or a TPP run still in draft', async () => {
    expect(await importTpp(longCsv([tppSlip(employee.nip)]), '2026-09')).toMatchObject({ ok: true });
    await publishTpp('2026-09');
    expect(await importTpp(longCsv([tppSlip(employee.nip)]))).toMatchObject({ ok: true }); // October's TPP stays DRAFT
    // One query gives the months with the kinds each holds (a draft run holds none yet).
    expect(await listEmployeePayslipPeriods(db.prisma, employee.id)).toEqual([
      { period: '2026-10', kinds: ['GAJI'] },
      { period: '2026-09', kinds: ['TPP'] },
    ]);
    const ana = await chatOf('ana', employee.nip);

    await ana.say('slip');
    expect(ana.last).toEqual([expect.objectContaining({ choices: [{ value: '2026-10', label: 'Oktober 2026' }, { value: '2026-09', label: 'September 2026' }] })]);
    await ana.say('1');
    expect(ana.last).toEqual([expect.objectContaining({ kind: 'document', fileName: 'slip-gaji-2026-10.pdf' })]);
    await ana.say('slip');
    await ana.say('2');
    expect(ana.last).toEqual([expect.objectContaining({ kind: 'document', fileName: 'slip-tpp-2026-09.pdf' })]);
  });
});
