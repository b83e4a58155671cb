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
    await boss.say('-');
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
});
