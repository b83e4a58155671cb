import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFlowRegistry } from '../../flows';
import { fixedClock } from '../../src/clock';
import type { OutboundMessage } from '../../src/chat/outbound-message';
import { submitLeave } from '../../src/services/leave/submit-leave';
import type { Tx } from '../../src/store/database';
import { seedDemo } from '../../src/store/seed/seed-demo';
import { createChatHarness } from '../support/chat-harness';
import { demoPeople, linkIdentity } from '../support/factories';
import { createTestDatabase, type TestDatabase, testProviders } from '../support/test-database';

describe.each(testProviders)('leave papers in chat on %s', (provider) => {
  let db: TestDatabase;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  let chat: ReturnType<typeof createChatHarness>;

  beforeEach(async () => {
    db = await createTestDatabase(provider);
    await seedDemo(db, fixedClock('2026-11-27T03:00:00Z'));
    people = await demoPeople(db);
    await linkIdentity(db, 'LOCAL', 'ana', people.employee.nip);
    await linkIdentity(db, 'LOCAL', 'boss', people.supervisor.nip);
    await db.prisma.leaveBalance.updateMany({ where: { employeeId: people.employee.id, year: 2026 }, data: { entitled: 12, carriedOver: 0, used: 0, reserved: 0 } });
    chat = createChatHarness(db, createFlowRegistry());
  });
  afterEach(async () => {
    await db.drop();
  });

  async function outbox(chatId: string): Promise<OutboundMessage[]> {
    const rows = await db.prisma.outboxMessage.findMany({ where: { chatId }, orderBy: { id: 'asc' }, select: { payload: true } });
    return rows.map((r) => r.payload as unknown as OutboundMessage);
  }

  it('the employee granted annual leave receives the letter in chat, and "surat cuti" sends it again', async () => {
    const ana = chat.person('ana');
    expect((await ana.say('surat cuti')).join('\n')).toContain('Belum ada surat izin cuti untuk Anda');

    const request = await db.prisma.$transaction((tx) =>
      submitLeave(tx as Tx, { clock: chat.clock }, {
        employeeId: people.employee.id,
        actor: { type: 'EMPLOYEE', employeeId: people.employee.id, name: people.employee.name, channel: 'LOCAL' },
        typeCode: 'CT', start: '2026-12-07', end: '2026-12-09', reason: 'Menikahkan adik', address: 'Jl. Veteran 3, Serang',
      }),
    );
    const boss = chat.person('boss');
    await boss.say('persetujuan');
    await boss.say('1');
    await boss.say('1');
    expect((await db.prisma.leaveRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe('APPROVED');

    const letter = await db.prisma.leavePaper.findFirstOrThrow({ where: { requestId: request.id, kind: 'LETTER' } });
    const received = (await outbox('ana')).at(-1);
    expect(received).toEqual({
      kind: 'document',
      fileName: `surat-izin-cuti-${request.ref}.pdf`,
      mimeType: 'application/pdf',
      caption: `Surat izin cuti Anda terlampir (${request.ref}, nomor ${letter.number}).`,
      source: { type: 'leavePaper', paperId: letter.id },
    });

    await ana.say('surat cuti');
    expect(ana.last).toEqual([received]);
    expect(await db.prisma.auditLog.count({ where: { action: 'leave.paper_sent', entityId: String(request.id) } })).toBe(1);

    await ana.say('formulir cuti');
    const form = await db.prisma.leavePaper.findFirstOrThrow({ where: { requestId: request.id, kind: 'FORM' } });
    expect(ana.last).toEqual([
      {
        kind: 'document',
        fileName: `formulir-cuti-${request.ref}.pdf`,
        mimeType: 'application/pdf',
        caption: `Formulir permintaan dan pemberian cuti ${request.ref} terlampir.`,
        source: { type: 'leavePaper', paperId: form.id },
      },
    ]);
  });
  it('the approver gets the form from the card\'s button, HR by typing its reference; anyone else is refused, audited', async () => {
    const request = await db.prisma.$transaction((tx) =>
      submitLeave(tx as Tx, { clock: chat.clock }, {
        employeeId: people.employee.id,
        actor: { type: 'EMPLOYEE', employeeId: people.employee.id, name: people.employee.name, channel: 'LOCAL' },
        typeCode: 'CT', start: '2026-12-07', end: '2026-12-08', reason: 'Urusan keluarga', address: 'Jl. Veteran 3, Serang',
      }),
    );
    const boss = chat.person('boss');
    await boss.say('persetujuan');
    const card = (await boss.say('1')).join('\n');
    expect(card).toContain(request.ref);
    expect(card).toContain('5. 📄 Formulir');
    const cardMessage = boss.last.find((m) => m.kind === 'choices');
    if (cardMessage?.kind !== 'choices') throw new Error('no card');
    const button = cardMessage.choices.at(-1)!;
    expect(button).toEqual({ value: `paper:FORM:${request.id}`, label: '📄 Formulir' });

    // The button on the card, pressed (Telegram): the form as the request stands.
    await boss.say({ kind: 'choice', value: button.value, ref: cardMessage.ref! });
    const form = await db.prisma.leavePaper.findFirstOrThrow({ where: { requestId: request.id, kind: 'FORM' } });
    expect(boss.last).toEqual([
      {
        kind: 'document', fileName: `formulir-cuti-${request.ref}.pdf`, mimeType: 'application/pdf',
        caption: `Formulir permintaan dan pemberian cuti ${request.ref} terlampir.`, source: { type: 'leavePaper', paperId: form.id },
      },
    ]);

    // HR types the command with the reference; no letter stands before the grant.
    await linkIdentity(db, 'LOCAL', 'hr', people.hr.nip);
    const hr = chat.person('hr');
    await hr.say('menu');
    await hr.say(`formulir cuti ${request.ref.toLowerCase()}`);
    expect(hr.last).toMatchObject([{ kind: 'document', source: { type: 'leavePaper', paperId: form.id } }]);
    expect((await hr.say(`surat cuti ${request.ref}`)).join('\n')).toContain(`Pengajuan ${request.ref} tidak memiliki surat izin cuti yang berlaku.`);
    expect((await hr.say('surat cuti CT-2026-999999')).join('\n')).toContain('Pengajuan CT-2026-999999 tidak ditemukan.');

    // A colleague who is neither HR nor on the request's steps: a forged button and the command are refused.
    await linkIdentity(db, 'LOCAL', 'colleague', people.pppk.nip);
    const colleague = chat.person('colleague');
    await colleague.say('menu');
    const refusal = 'Formulir dan surat izin cuti ini hanya untuk pegawai yang bersangkutan';
    expect((await colleague.say({ kind: 'choice', value: `paper:FORM:${request.id}` })).join('\n')).toContain(refusal);
    expect((await colleague.say(`formulir cuti ${request.ref}`)).join('\n')).toContain(refusal);
    expect(colleague.last.some((m) => m.kind === 'document')).toBe(false);

    // Granted: the letter on request, for HR and for the official who decided.
    await boss.say('persetujuan');
    await boss.say('1');
    await boss.say('1');
    expect((await db.prisma.leaveRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe('APPROVED');
    const letter = await db.prisma.leavePaper.findFirstOrThrow({ where: { requestId: request.id, kind: 'LETTER' } });
    for (const person of [hr, boss]) {
      await person.say(`surat cuti ${request.ref}`);
      expect(person.last).toEqual([
        {
          kind: 'document', fileName: `surat-izin-cuti-${request.ref}.pdf`, mimeType: 'application/pdf',
          caption: `Surat izin cuti ${request.ref} (nomor ${letter.number}) terlampir.`, source: { type: 'leavePaper', paperId: letter.id },
        },
      ]);
    }

    const audit = await db.prisma.auditLog.findMany({
      where: { action: { in: ['leave.paper_read', 'leave.paper_refused'] }, entityId: String(request.id) },
      orderBy: { id: 'asc' },
      select: { action: true, actorId: true, data: true },
    });
    expect(audit.map((a) => [a.action, a.actorId, (a.data as { kind: string }).kind])).toEqual([
      ['leave.paper_read', people.supervisor.id, 'FORM'],
      ['leave.paper_read', people.hr.id, 'FORM'],
      ['leave.paper_refused', people.pppk.id, 'FORM'],
      ['leave.paper_refused', people.pppk.id, 'FORM'],
      ['leave.paper_read', people.hr.id, 'LETTER'],
      ['leave.paper_read', people.supervisor.id, 'LETTER'],
    ]);
  });
});
