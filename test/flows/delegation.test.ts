import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFlowRegistry } from '../../flows';
import { fixedClock } from '../../src/clock';
import type { OutboundMessage } from '../../src/chat/outbound-message';
import { decideLeave } from '../../src/services/leave/decide-leave';
import { submitLeave } from '../../src/services/leave/submit-leave';
import type { Tx } from '../../src/store/database';
import { seedDemo } from '../../src/store/seed/seed-demo';
import { createChatHarness } from '../support/chat-harness';
import { demoPeople, linkIdentity } from '../support/factories';
import { createTestDatabase, type TestDatabase, testProviders } from '../support/test-database';

describe.each(testProviders)('wakilkan: naming a substitute in chat (%s)', (provider) => {
  let db: TestDatabase;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  let chat: ReturnType<typeof createChatHarness>;
  let substitute: { id: number; nip: string; name: string };

  beforeEach(async () => {
    db = await createTestDatabase(provider);
    await seedDemo(db, fixedClock('2026-11-27T03:00:00Z'));
    people = await demoPeople(db);
    substitute = people.all.find((e) => e.supervisorId === people.supervisor.id && e.id !== people.employee.id)!;
    await linkIdentity(db, 'LOCAL', 'ana', people.employee.nip);
    await linkIdentity(db, 'LOCAL', 'boss', people.supervisor.nip);
    await linkIdentity(db, 'LOCAL', 'sub', substitute.nip);
    await db.prisma.leaveBalance.updateMany({ where: { employeeId: people.supervisor.id, year: 2026 }, data: { entitled: 12, carriedOver: 0, used: 0, reserved: 0 } });
    chat = createChatHarness(db, createFlowRegistry());
  });
  afterEach(async () => {
    await db.drop();
  });

  /** The supervisor's own annual leave, submitted and approved at every step. */
  async function grantBossLeave(start: string, end: string) {
    const { supervisor } = people;
    const view = await db.prisma.$transaction((tx) =>
      submitLeave(tx as Tx, { clock: chat.clock }, {
        employeeId: supervisor.id, actor: { type: 'EMPLOYEE', employeeId: supervisor.id, name: supervisor.name, channel: 'LOCAL' },
        typeCode: 'CT', start, end, reason: 'Urusan keluarga', address: 'Jl. Veteran 3, Serang',
      }),
    );
    for (;;) {
      const step = await db.prisma.approvalStep.findFirst({ where: { requestId: view.id, status: 'PENDING' }, select: { token: true, approverId: true, delegateId: true } });
      if (!step) break;
      await db.prisma.$transaction((tx) =>
        decideLeave(tx as Tx, { clock: chat.clock }, { stepToken: step.token, actorEmployeeId: step.delegateId ?? step.approverId, decision: 'APPROVE', channel: 'LOCAL' }),
      );
    }
    return view;
  }

  async function outbox(chatId: string): Promise<OutboundMessage[]> {
    const rows = await db.prisma.outboxMessage.findMany({ where: { chatId }, orderBy: { id: 'asc' }, select: { payload: true } });
    return rows.map((r) => r.payload as unknown as OutboundMessage);
  }
  const texts = async (chatId: string) => (await outbox(chatId)).map((m) => ('text' in m ? m.text : '')).join('\n');

  it('offers "wakilkan" on the approval of the supervisor’s own leave; one tap opens it with the dates, a NIP finds the colleague, both are told', async () => {
    await grantBossLeave('2026-12-14', '2026-12-16');
    const offer = (await outbox('boss')).find((m) => m.kind === 'choices' && m.choices.some((c) => c.value.startsWith('wakilkan:')));
    expect(offer?.kind === 'choices' && offer.text).toContain('14-16 Des 2026');
    const button = offer?.kind === 'choices' ? offer.choices[0]! : null;
    expect(button).toEqual({ value: 'wakilkan:2026-12-14:2026-12-16', label: '👥 Wakilkan' });

    const boss = chat.person('boss');
    await boss.say('halo');
    expect((await boss.say({ kind: 'choice', value: button!.value })).join('\n')).toContain('Siapa pengganti Anda pada 14-16 Des 2026?');
    expect((await boss.say('xx')).join('\n')).toContain('minimal 3 huruf');
    expect((await boss.say('zzzqqq')).join('\n')).toContain('Tidak ada rekan aktif');
    const confirm = (await boss.say(substitute.nip)).join('\n');
    expect(confirm).toContain(substitute.name);
    expect(confirm).toContain('Tanggal: 14-16 Des 2026');
    expect((await boss.say('ya')).join('\n')).toContain(`Tercatat: ${substitute.name} menggantikan Anda menyetujui cuti pada 14-16 Des 2026`);

    const saved = await db.prisma.delegation.findMany({ select: { fromId: true, toId: true, startDate: true, endDate: true, createdBy: true } });
    expect(saved).toEqual([{ fromId: people.supervisor.id, toId: substitute.id, startDate: '2026-12-14', endDate: '2026-12-16', createdBy: people.supervisor.name }]);
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: 'delegation.created' }, select: { actorType: true, actorId: true, channel: true } });
    expect(audit).toEqual({ actorType: 'EMPLOYEE', actorId: people.supervisor.id, channel: 'LOCAL' });
    expect(await texts('sub')).toContain(`${people.supervisor.name} menunjuk Anda sebagai pengganti`);
    expect(await texts('boss')).toContain(`Pengganti Anda tercatat: ${substitute.name}`);
  });

  it('typed, offers the own leave not yet covered as number 1; a name shared by two asks which; lists and ends the substitute', async () => {
    await grantBossLeave('2026-12-14', '2026-12-16');
    const others = people.all.filter((e) => e.id !== people.supervisor.id && e.id !== substitute.id && e.role === 'EMPLOYEE').slice(0, 1);
    await db.prisma.employee.update({ where: { id: substitute.id }, data: { name: 'Rahmat Hidayat' } });
    await db.prisma.employee.update({ where: { id: others[0]!.id }, data: { name: 'Rahmat Sulaiman' } });

    const boss = chat.person('boss');
    await boss.say('halo');
    const menu = (await boss.say('wakilkan')).join('\n');
    expect(menu).toContain('1. Selama Cuti Tahunan Anda 14-16 Des 2026');
    expect(menu).toContain('2. Tunjuk pengganti untuk tanggal lain');
    expect((await boss.say('1')).join('\n')).toContain('pada 14-16 Des 2026');
    const pick = (await boss.say('rahmat')).join('\n');
    expect(pick).toContain('Ada 2 yang cocok');
    expect(pick).toContain('1. Rahmat Hidayat');
    expect(pick).toContain('2. Rahmat Sulaiman');
    expect((await boss.say('1')).join('\n')).toContain('Rahmat Hidayat');
    await boss.say('ya');
    expect(await db.prisma.delegation.count({ where: { toId: substitute.id } })).toBe(1);

    // The leave is covered now: "wakilkan" lists the substitute and offers to end it.
    const again = (await boss.say('wakilkan')).join('\n');
    expect(again).toContain('Pengganti yang sudah tercatat:\n• Rahmat Hidayat, 14-16 Des 2026');
    expect(again).not.toContain('Selama Cuti Tahunan');
    expect(again).toContain('2. Akhiri: Rahmat Hidayat, 14-16 Des 2026');
    expect((await boss.say('2')).join('\n')).toContain('Akhiri penggantian oleh Rahmat Hidayat (14-16 Des 2026)');
    expect((await boss.say('ya')).join('\n')).toContain('Penggantian oleh Rahmat Hidayat sudah diakhiri');
    // Ended before it began: it never runs.
    const ended = await db.prisma.delegation.findFirstOrThrow({ select: { startDate: true, endDate: true, endedBy: true } });
    expect(ended).toEqual({ startDate: '2026-12-14', endDate: '2026-12-13', endedBy: people.supervisor.name });
    expect(await texts('sub')).toContain('Penggantian untuk');
  });

  it('is on the menu only for people who approve', async () => {
    const boss = chat.person('boss');
    await boss.say('halo');
    expect((await boss.say('menu')).join('\n')).toContain('👥 Wakilkan (pengganti)');
    const ana = chat.person('ana');
    await ana.say('halo');
    expect((await ana.say('menu')).join('\n')).not.toContain('Wakilkan');
    expect((await ana.say('wakilkan')).join('\n')).toContain('hanya untuk atasan dan pejabat');
    // A button value typed in by hand does not get round it.
    await ana.say({ kind: 'choice', value: 'wakilkan:2026-12-14:2026-12-16' });
    await ana.say(substitute.nip);
    expect((await ana.say('ya')).join('\n')).toContain('hanya untuk atasan dan pejabat');
    expect(await db.prisma.delegation.count()).toBe(0);
  });

  it('speaks English: other dates typed, a substitute found by name, refused for an overlap', async () => {
    await db.prisma.employee.update({ where: { id: people.supervisor.id }, data: { language: 'en' } });
    const boss = chat.person('boss');
    await boss.say('hello');
    // No own leave and nothing named: straight to the dates.
    expect((await boss.say('wakilkan')).join('\n')).toContain('For which dates?');
    expect((await boss.say('whenever')).join('\n')).toContain('I could not read the dates');
    expect((await boss.say('14-18 Dec')).join('\n')).toContain('Who is your substitute on 14-18 Dec 2026?');
    const confirm = (await boss.say(substitute.name)).join('\n');
    expect(confirm).toContain('Dates: 14-18 Dec 2026');
    expect((await boss.say('yes')).join('\n')).toContain(`Saved: ${substitute.name} approves leave in your place on 14-18 Dec 2026`);

    await boss.say('wakilkan');
    expect((await boss.say('1')).join('\n')).toContain('For which dates?');
    await boss.say('16-20 Dec');
    await boss.say(substitute.nip);
    expect((await boss.say('yes')).join('\n')).toContain('A substitute is already named for part of those dates (14 Dec 2026 to 18 Dec 2026)');
    expect(await db.prisma.delegation.count()).toBe(1);
  });
});
