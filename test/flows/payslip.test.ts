import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFlowRegistry } from '../../flows';
import { demoPeople, linkIdentity } from '../support/factories';
import { createChatHarness } from '../support/chat-harness';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/test-database';
import { importMonth, longCsv, makeSlip, publishMonth, seedDemoAt } from '../services/payslips/payroll-fixtures';

describe.each(testProviders)('payslip flow on %s', (provider) => {
  let db: TestDatabase;
  let employee: { id: number; nip: string; name: string };
  beforeEach(async () => {
    db = await createTestDatabase(provider);
    await seedDemoAt(db);
    ({ employee } = await demoPeople(db));
  });
  afterEach(async () => {
    await db.drop();
  });

  async function chatOf(externalId: string, nip?: string) {
    if (nip) await linkIdentity(db, 'LOCAL', externalId, nip);
    const chat = createChatHarness(db, createFlowRegistry());
    const person = chat.person(externalId);
    await person.say('halo');
    return person;
  }

  it('sends the chosen month as a locked PDF with a caption on how to open it', async () => {
    const ana = await chatOf('ana', employee.nip);

    await ana.say('slip');
    expect(ana.last).toEqual([
      { kind: 'choices', text: 'Slip gaji bulan apa? Pilih salah satu:', choices: [{ value: '2026-10', label: 'Oktober 2026' }] },
    ]);
    await ana.say('1');

    const slip = await db.prisma.payslip.findFirstOrThrow({ where: { employeeId: employee.id, period: { period: '2026-10' } } });
    expect(ana.last).toEqual([
      {
        kind: 'document',
        fileName: 'slip-gaji-2026-10.pdf',
        mimeType: 'application/pdf',
        caption: expect.stringMatching(/^Slip gaji Oktober 2026\. .*DDMMYYYY/),
        source: { type: 'payslip', payslipId: slip.id },
      },
    ]);
    const queued = await db.prisma.outboxMessage.findMany({ where: { chatId: 'ana' } });
    expect(queued.map((q) => q.payload)).toContainEqual(expect.objectContaining({ kind: 'document', source: { type: 'payslip', payslipId: slip.id } }));
    expect(await db.prisma.payslipDelivery.count({ where: { payslipId: slip.id } })).toBe(1);
    expect(await db.prisma.auditLog.count({ where: { action: 'payslip.delivered', actorId: employee.id } })).toBe(1);
  });

  it('offers the six latest published months, newest first, never a draft', async () => {
    for (const period of ['2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-11']) {
      const imported = await importMonth(db, { period, text: longCsv([makeSlip(employee.nip)]) });
      expect(imported.ok).toBe(true);
      if (period !== '2026-11') await publishMonth(db, period);
    }
    const ana = await chatOf('ana', employee.nip);

    await ana.say('slip gaji');

    const [choices] = ana.last;
    expect(choices?.kind === 'choices' && choices.choices.map((c) => c.label)).toEqual([
      'Oktober 2026',
      'September 2026',
      'Agustus 2026',
      'Juli 2026',
      'Juni 2026',
      'Mei 2026',
    ]);
    await ana.say('agu');
    expect(ana.last).toEqual([expect.objectContaining({ kind: 'document', fileName: 'slip-gaji-2026-08.pdf' })]);
  });

  it('asks again when the answer is not one of the months', async () => {
    const ana = await chatOf('ana', employee.nip);
    await ana.say('gaji');
    expect(await ana.say('7')).toEqual(['Pilih salah satu bulan dari daftar (ketik nomornya).']);
    expect(await db.prisma.payslipDelivery.count()).toBe(0);
    await ana.say('Oktober 2026');
    expect(ana.last).toEqual([expect.objectContaining({ kind: 'document', fileName: 'slip-gaji-2026-10.pdf' })]);
  });

  it('speaks English to an employee who chose it', async () => {
    await db.prisma.employee.update({ where: { id: employee.id }, data: { language: 'en' } });
    const ana = await chatOf('ana', employee.nip);
    await ana.say('payslip');
    expect(ana.last).toEqual([{ kind: 'choices', text: "Which month's payslip? Choose one:", choices: [{ value: '2026-10', label: 'October 2026' }] }]);
    await ana.say('1');
    expect(ana.last).toEqual([
      expect.objectContaining({ kind: 'document', caption: expect.stringMatching(/^Your payslip for October 2026\. The PDF is locked: open it with your date of birth/) }),
    ]);
  });

  it('says so clearly when there is no slip yet', async () => {
    await db.prisma.payslip.deleteMany({ where: { employeeId: employee.id } });
    const ana = await chatOf('ana', employee.nip);
    const replies = await ana.say('slip');
    expect(replies[0]).toBe('Belum ada slip gaji untuk Anda.');
    expect(ana.last.some((m) => m.kind === 'document')).toBe(false);
  });

  it('tells the person when the month was withdrawn between the list and the pick', async () => {
    const ana = await chatOf('ana', employee.nip);
    await ana.say('slip');
    await db.prisma.payrollPeriod.update({ where: { period_kind: { period: '2026-10', kind: 'GAJI' } }, data: { status: 'DRAFT' } });
    const replies = await ana.say('1');
    expect(replies[0]).toBe('Slip gaji Oktober 2026 belum tersedia.');
    expect(await db.prisma.payslipDelivery.count()).toBe(0);
  });

  it('sends nothing to a chat that is not linked to a verified employee', async () => {
    const stranger = await chatOf('stranger');
    await stranger.say('slip');
    await stranger.say('1');
    const unverified = await db.prisma.chatIdentity.create({ data: { channel: 'LOCAL', externalId: 'half', employeeId: employee.id } });
    const half = await chatOf('half');
    await half.say('slip');
    await half.say('1');

    expect(await db.prisma.payslipDelivery.count()).toBe(0);
    const documents = await db.prisma.outboxMessage.findMany({ where: { chatId: { in: ['stranger', 'half'] } } });
    expect(documents.filter((d) => (d.payload as { kind: string }).kind === 'document')).toEqual([]);
    expect(unverified.verifiedAt).toBeNull();
  });
});
