import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFlowRegistry } from '../../flows';
import { fixedClock } from '../../src/clock';
import type { OutboundMessage } from '../../src/chat/outbound-message';
import type { SubmitLeaveInput } from '../../src/services/leave/contract';
import { submitLeave } from '../../src/services/leave/submit-leave';
import type { Tx } from '../../src/store/database';
import { seedDemo } from '../../src/store/seed/seed-demo';
import { createChatHarness } from '../support/chat-harness';
import { demoPeople, linkIdentity } from '../support/factories';
import { createTestDatabase, type TestDatabase, testProviders } from '../support/test-database';

describe.each(testProviders)('approvals flow on %s', (provider) => {
  let db: TestDatabase;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  let chat: ReturnType<typeof createChatHarness>;

  beforeEach(async () => {
    db = await createTestDatabase(provider);
    await seedDemo(db, fixedClock('2026-11-27T03:00:00Z'));
    people = await demoPeople(db);
    await linkIdentity(db, 'LOCAL', 'ana', people.employee.nip);
    await linkIdentity(db, 'LOCAL', 'boss', people.supervisor.nip);
    await linkIdentity(db, 'LOCAL', 'chief', people.chief.nip);
    await linkIdentity(db, 'LOCAL', 'hr', people.hr.nip);
    for (const id of [people.employee.id, people.hr.id]) {
      await db.prisma.leaveBalance.updateMany({ where: { employeeId: id, year: 2026 }, data: { entitled: 12, carriedOver: 0, used: 0, reserved: 0 } });
    }
    chat = createChatHarness(db, createFlowRegistry());
  });
  afterEach(async () => {
    await db.drop();
  });

  async function submit(overrides: Partial<SubmitLeaveInput> = {}) {
    const { employee } = people;
    return db.prisma.$transaction((tx) =>
      submitLeave(tx as Tx, { clock: chat.clock }, {
        employeeId: employee.id,
        actor: { type: 'EMPLOYEE', employeeId: employee.id, name: employee.name, channel: 'LOCAL' },
        typeCode: 'CT', start: '2026-12-07', end: '2026-12-09', reason: 'Menikahkan adik', address: 'Jl. Veteran 3, Serang',
        ...overrides,
      }),
    );
  }

  async function outbox(chatId: string): Promise<OutboundMessage[]> {
    const rows = await db.prisma.outboxMessage.findMany({ where: { chatId }, orderBy: { id: 'asc' }, select: { payload: true } });
    return rows.map((r) => r.payload as unknown as OutboundMessage);
  }

  /** The last card the outbox holds for a chat, as the person received it. */
  async function lastCard(chatId: string) {
    const card = (await outbox(chatId)).filter((m) => m.kind === 'choices' && m.ref?.startsWith('step:')).at(-1);
    if (card?.kind !== 'choices') throw new Error(`no card for ${chatId}`);
    return card;
  }

  /** The button of `action` (APPROVE, NOTE, CHANGE, DEFER, REJECT) on a card, pressed. */
  const press = (card: { ref?: string; choices: Array<{ value: string }> }, action: string) => {
    const button = card.choices.find((c) => c.value.endsWith(`:${action}`));
    if (!button) throw new Error(`no ${action} button on the card`);
    return { kind: 'choice' as const, value: button.value, ref: card.ref! };
  };
  const labels = (messages: OutboundMessage[]) => messages.flatMap((m) => (m.kind === 'choices' ? m.choices.map((c) => c.label) : []));

  const statusOf = async (id: number) => (await db.prisma.leaveRequest.findUniqueOrThrow({ where: { id } })).status;

  it('lists what waits, shows the card, and approves with one answer (no note asked)', async () => {
    const request = await submit();
    const boss = chat.person('boss');
    await boss.say('menu');

    const list = await boss.say('persetujuan');
    expect(list.join('\n')).toContain('1 permintaan cuti menunggu keputusan Anda (paling lama menunggu di atas)');
    expect(labels(boss.last)).toHaveLength(1);
    expect(list.join('\n')).toContain(`1. ${people.employee.name} · Cuti Tahunan · 7-9 Des 2026 · masuk hari ini`);

    const card = await boss.say('1');
    expect(card[0]).toContain(`Permintaan cuti ${request.ref}`);
    expect(card[0]).toContain('Alasan: Menikahkan adik');
    expect(card[0]).toContain('1. ✅ Setujui');
    expect(card[0]).toContain('2. 📝 Tambah catatan');
    const step = await db.prisma.approvalStep.findFirstOrThrow({ where: { requestId: request.id } });
    expect(boss.last[0]).toMatchObject({ kind: 'choices', ref: `step:${step.token}` });

    const done = await boss.say('1');
    expect(done).toHaveLength(2);
    expect(boss.last[0]).toEqual({ kind: 'resolve', ref: `step:${step.token}`, text: `Disetujui oleh ${people.supervisor.name}, 27 Nov 10:00` });
    expect(done[1]).toContain(`${people.employee.name} sudah diberi tahu`);
    expect((await outbox('boss')).filter((m) => m.kind === 'resolve')).toHaveLength(1);
    expect(await statusOf(request.id)).toBe('APPROVED');
    expect(JSON.stringify((await outbox('ana')).at(-2))).toContain(`disetujui oleh ${people.supervisor.name}`);
    expect(JSON.stringify((await outbox('ana')).at(-2))).not.toContain('Catatan');
    expect((await outbox('ana')).at(-1)).toMatchObject({ kind: 'document', source: { type: 'leavePaper' } });
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { entity: 'LeaveRequest', entityId: String(request.id), action: 'leave.decided' } });
    expect(audit).toMatchObject({ actorType: 'EMPLOYEE', actorId: people.supervisor.id, actorName: people.supervisor.name, channel: 'LOCAL' });

    expect((await boss.say('persetujuan')).join('\n')).toContain('Tidak ada permintaan cuti yang menunggu');
  });

  it.each([
    { lang: 'id', waiting: 'paling lama menunggu di atas', soonest: 'tanggal cuti terdekat di atas', toStart: '📅 Urutkan: tanggal cuti terdekat', toWaiting: '⏱ Urutkan: paling lama menunggu', age: 'menunggu 3 hari', type: 'Cuti Tahunan', a: '14-15 Des 2026', b: '7-8 Des 2026' },
    { lang: 'en', waiting: 'longest waiting first', soonest: 'soonest leave first', toStart: '📅 Sort: soonest leave', toWaiting: '⏱ Sort: longest waiting', age: 'waiting 3 days', type: 'Annual leave', a: '14-15 Dec 2026', b: '7-8 Dec 2026' },
  ])('sorts the pending list by waiting time, or by the soonest leave ($lang)', async ({ lang, waiting, soonest, toStart, toWaiting, age, type, a, b }) => {
    await db.prisma.employee.update({ where: { id: people.supervisor.id }, data: { language: lang } });
    const later = await submit({ start: '2026-12-14', end: '2026-12-15' });
    await submit({ start: '2026-12-07', end: '2026-12-08' });
    await db.prisma.approvalStep.updateMany({ where: { requestId: later.id }, data: { activatedAt: new Date('2026-11-24T02:00:00Z') } });
    const boss = chat.person('boss');
    await boss.say('menu');

    const byWaiting = (await boss.say('persetujuan')).join('\n');
    expect(byWaiting).toContain(waiting);
    const name = people.employee.name;
    expect(labels(boss.last)).toEqual([`${name} · ${type} · ${a} · ${age}`, expect.stringContaining(b), toStart]);

    const bySoonest = (await boss.say('3')).join('\n');
    expect(bySoonest).toContain(soonest);
    expect(labels(boss.last)).toEqual([expect.stringContaining(b), `${name} · ${type} · ${a} · ${age}`, toWaiting]);
    // The list as sorted is the one picked from: 1 is now the soonest leave.
    expect((await boss.say('1')).join('\n')).toContain(b);
  });

  it('approves with exactly one press of Setujui on a notified card, and the employee is told', async () => {
    const request = await submit();
    const card = await lastCard('boss');
    expect(card.choices.map((c) => c.label)).toEqual(['✅ Setujui', '📝 Tambah catatan', '📅 Ubah tanggal', '❌ Tolak', '📄 Formulir']);
    const boss = chat.person('boss');
    await boss.say('menu');

    const replies = await boss.say(press(card, 'APPROVE'));
    expect(boss.last[0]).toEqual({ kind: 'resolve', ref: card.ref, text: `Disetujui oleh ${people.supervisor.name}, 27 Nov 10:00` });
    expect(replies[1]).toBe(`Tersimpan: Disetujui oleh ${people.supervisor.name}, 27 Nov 10:00. ${people.employee.name} sudah diberi tahu.`);
    expect(await statusOf(request.id)).toBe('APPROVED');
    expect(JSON.stringify(await outbox('ana'))).toContain(`disetujui oleh ${people.supervisor.name}`);
    const session = await db.prisma.conversationSession.findUniqueOrThrow({ where: { channel_chatId: { channel: 'LOCAL', chatId: 'boss' } } });
    expect(session.state).not.toMatchObject({ flow: 'approvals' });
  });

  it('approves with a note through the optional second button; the employee reads the note', async () => {
    const request = await submit();
    const card = await lastCard('boss');
    const boss = chat.person('boss');
    await boss.say('menu');

    const asked = await boss.say(press(card, 'NOTE'));
    expect(asked.join('\n')).toContain(`Tulis catatan untuk ${people.employee.name}`);
    expect(labels(boss.last)).toEqual(['Tanpa catatan']);
    expect(await statusOf(request.id)).toBe('PENDING');
    await boss.say('Selamat berlibur, serah terima ke Budi');
    expect(boss.last[0]).toMatchObject({ kind: 'resolve', ref: card.ref, text: `Disetujui oleh ${people.supervisor.name}, 27 Nov 10:00` });
    expect(await db.prisma.approvalStep.findFirstOrThrow({ where: { requestId: request.id } })).toMatchObject({
      decision: 'APPROVE', note: 'Selamat berlibur, serah terima ke Budi',
    });
    expect(JSON.stringify((await outbox('ana')).at(-2))).toContain('Catatan: Selamat berlibur, serah terima ke Budi');
  });

  it('in English: one tap approves; reject offers the common reasons as buttons, and one tap picks one', async () => {
    await db.prisma.employee.update({ where: { id: people.supervisor.id }, data: { language: 'en' } });
    await db.prisma.employee.update({ where: { id: people.employee.id }, data: { language: 'en' } });
    const first = await submit();
    const second = await submit({ start: '2026-12-14', end: '2026-12-15' });
    const cards = (await outbox('boss')).filter((m) => m.kind === 'choices' && m.ref?.startsWith('step:'));
    const [firstCard, secondCard] = cards as Array<Extract<OutboundMessage, { kind: 'choices' }>>;
    expect(firstCard!.choices.map((c) => c.label)).toEqual(['✅ Approve', '📝 Add a note', '📅 Change dates', '❌ Reject', '📄 Form']);
    const boss = chat.person('boss');
    await boss.say('menu');

    const approved = await boss.say(press(firstCard!, 'APPROVE'));
    expect(boss.last[0]).toEqual({ kind: 'resolve', ref: firstCard!.ref, text: `Approved by ${people.supervisor.name}, 27 Nov 10:00` });
    expect(approved[1]).toContain('1 more requests are waiting');
    expect(await statusOf(first.id)).toBe('APPROVED');

    const asked = await boss.say(press(secondCard!, 'REJECT'));
    expect(asked[0]).toContain(`The reason for rejecting, for ${people.employee.name} (required)?`);
    expect(labels(boss.last)).toEqual(['Service needs do not allow it', 'Supporting documents are incomplete', 'Too many of the unit are away on those days']);
    expect((await boss.say('-')).join('\n')).toContain('A reason is required');
    const reason = boss.last;
    expect(reason).toHaveLength(1);
    await boss.say({ kind: 'choice', value: 'why:3' });
    expect(boss.last[0]).toEqual({ kind: 'resolve', ref: secondCard!.ref, text: `Rejected by ${people.supervisor.name}, 27 Nov 10:00` });
    expect(await db.prisma.approvalStep.findFirstOrThrow({ where: { requestId: second.id } })).toMatchObject({
      decision: 'REJECT', note: 'Too many of the unit are away on those days',
    });
    expect(JSON.stringify((await outbox('ana')).at(-1))).toContain('Note: Too many of the unit are away on those days');
  });

  it('takes a button pressed on a notified card in the middle of another conversation, and asks the reason to reject', async () => {
    const request = await submit();
    const boss = chat.person('boss');
    await boss.say('menu');
    await boss.say('bahasa');
    const card = await lastCard('boss');

    const asked = await boss.say(press(card, 'REJECT'));
    expect(asked.join('\n')).toContain(`Alasan penolakan untuk ${people.employee.name} (wajib)?`);
    expect(labels(boss.last)).toEqual(['Kebutuhan dinas belum memungkinkan', 'Dokumen pendukung belum lengkap', 'Terlalu banyak pegawai unit cuti pada tanggal itu']);
    expect((await boss.say('-')).join('\n')).toContain('Alasan wajib diisi');
    expect((await boss.say({ kind: 'choice', value: 'why:9' })).join('\n')).toContain('Alasan wajib diisi');
    expect(await statusOf(request.id)).toBe('PENDING');
    await boss.say('Sedang audit akhir tahun');

    expect(boss.last[0]).toEqual({ kind: 'resolve', ref: card.ref, text: `Ditolak oleh ${people.supervisor.name}, 27 Nov 10:00` });
    expect(await statusOf(request.id)).toBe('REJECTED');
    const step = await db.prisma.approvalStep.findFirstOrThrow({ where: { requestId: request.id } });
    expect(step).toMatchObject({ decision: 'REJECT', note: 'Sedang audit akhir tahun', decidedVia: 'LOCAL' });
    expect(JSON.stringify((await outbox('ana')).at(-1))).toContain('Catatan: Sedang audit akhir tahun');
  });

  it('changes the dates with a button, asking the new dates first', async () => {
    const request = await submit();
    const boss = chat.person('boss');
    await boss.say('menu');
    const card = await lastCard('boss');

    expect((await boss.say(press(card, 'CHANGE'))).join('\n')).toContain('Sekarang 7-9 Des 2026');
    expect((await boss.say('kapan-kapan saja')).join('\n')).toContain('Tanggalnya belum saya pahami');
    expect((await boss.say('14-15 des')).join('\n')).toContain('Catatan tentang perubahan tanggal');
    expect(labels(boss.last)).toEqual(['Tanpa catatan']);
    await boss.say({ kind: 'choice', value: 'why:none' });
    expect(boss.last[0]).toMatchObject({ kind: 'resolve', text: `Diubah ke 14-15 Des 2026 oleh ${people.supervisor.name}, 27 Nov 10:00` });
    expect(await db.prisma.leaveRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      status: 'CHANGED', startDate: '2026-12-14', endDate: '2026-12-15', days: 2,
    });
  });

  it('lets a supervisor whose decision is final not defer: no Defer button, and a forged press is refused', async () => {
    const request = await submit();
    const card = await lastCard('boss');
    expect(card.choices.some((c) => c.value.endsWith(':DEFER'))).toBe(false);
    const boss = chat.person('boss');
    await boss.say('menu');
    const forged = { kind: 'choice' as const, value: card.choices[0]!.value.replace(':APPROVE', ':DEFER'), ref: card.ref! };
    expect((await boss.say(forged)).join('\n')).toContain('Hanya pejabat yang berwenang yang dapat menangguhkan cuti');
    expect(await statusOf(request.id)).toBe('PENDING');
  });

  it('takes a supervisor’s deferral as a recommendation shown to the official, who defers with a required note', async () => {
    const request = await submit({ end: '2026-12-14' });
    const boss = chat.person('boss');
    await boss.say('menu');
    expect((await lastCard('boss')).choices.map((c) => c.label)).toContain('⏸ Tangguhkan');
    await boss.say(press(await lastCard('boss'), 'DEFER'));
    expect(labels(boss.last)).toEqual(['Kebutuhan dinas yang mendesak', 'Beban kerja akhir tahun', 'Terlalu banyak pegawai unit cuti pada tanggal itu']);
    expect((await boss.say('-')).join('\n')).toContain('wajib');
    await boss.say('Menunggu SK mutasi');
    expect(boss.last[0]).toMatchObject({ kind: 'resolve', text: `Disarankan ditangguhkan oleh ${people.supervisor.name}, 27 Nov 10:00; diteruskan ke pejabat yang berwenang` });
    expect(await statusOf(request.id)).toBe('PENDING');

    const chief = chat.person('chief');
    await chief.say('menu');
    const card = await lastCard('chief');
    expect(card.text).toContain(`Rekomendasi ${people.supervisor.name} (atasan langsung): tangguhkan`);
    expect(card.text).toContain('Catatan: Menunggu SK mutasi');
    await chief.say(press(card, 'DEFER'));
    await chief.say('2');
    expect(chief.last[0]).toMatchObject({ kind: 'resolve', text: `Ditangguhkan oleh ${people.chief.name}, 27 Nov 10:00` });
    expect(await statusOf(request.id)).toBe('DEFERRED');
  });

  it('passes a long request on to the official, whose button decides it', async () => {
    const request = await submit({ end: '2026-12-14' });
    const boss = chat.person('boss');
    await boss.say('menu');
    await boss.say(press(await lastCard('boss'), 'NOTE'));
    const saved = await boss.say('Sudah diatur penggantinya');
    expect(saved[1]).toContain(`diteruskan ke ${people.chief.name} (pejabat yang berwenang)`);

    const chief = chat.person('chief');
    await chief.say('menu');
    const card = await lastCard('chief');
    expect(card.text).toContain(`Rekomendasi ${people.supervisor.name} (atasan langsung): setuju`);
    expect(card.text).toContain('Catatan: Sudah diatur penggantinya');
    await chief.say(press(card, 'APPROVE'));
    expect(chief.last[0]).toMatchObject({ kind: 'resolve', ref: card.ref, text: `Disetujui oleh ${people.chief.name}, 27 Nov 10:00` });
    expect(await statusOf(request.id)).toBe('APPROVED');
  });

  it('refuses a stale, a foreign and a tampered button, changing nothing', async () => {
    const request = await submit();
    const card = await lastCard('boss');
    const boss = chat.person('boss');
    await boss.say('menu');
    await boss.say(press(card, 'APPROVE'));

    await boss.say('bahasa');
    const stale = await boss.say(press(card, 'REJECT'));
    expect(stale).toEqual([`Permintaan ini sudah diputuskan oleh ${people.supervisor.name} pada 27 Nov 10:00.`]);
    const session = await db.prisma.conversationSession.findUniqueOrThrow({ where: { channel_chatId: { channel: 'LOCAL', chatId: 'boss' } } });
    expect(session.state).toMatchObject({ flow: 'language', step: 'pick' });

    const second = await submit({ start: '2026-12-14', end: '2026-12-15' });
    const fresh = await lastCard('boss');
    const hr = chat.person('hr');
    await hr.say('menu');
    expect(await hr.say(press(fresh, 'APPROVE'))).toEqual(['Permintaan ini bukan untuk Anda putuskan.']);
    const ana = chat.person('ana');
    await ana.say('menu');
    expect(await ana.say(press(fresh, 'APPROVE'))).toEqual(['Anda tidak dapat memutuskan permintaan cuti Anda sendiri.']);
    expect(await boss.say({ kind: 'choice', value: 'dec:zzzzzzzzzz:APPROVE' })).toEqual([
      'Tombol ini tidak berlaku: permintaan cuti yang dimaksud tidak ditemukan.',
    ]);
    expect(await boss.say({ kind: 'choice', value: 'dec:../../etc:APPROVE' })).toHaveLength(1);
    expect(await statusOf(second.id)).toBe('PENDING');
    expect(await statusOf(request.id)).toBe('APPROVED');
    expect(await db.prisma.approvalStep.count({ where: { status: 'DECIDED' } })).toBe(1);
  });

  it('asks an unlinked chat to link before it may press a decision', async () => {
    await submit();
    const card = await lastCard('boss');
    const stranger = chat.person('stranger');
    await stranger.say('halo');
    expect((await stranger.say(press(card, 'APPROVE'))).join('\n')).toContain('perlu dihubungkan');
    expect(await db.prisma.approvalStep.count({ where: { status: 'DECIDED' } })).toBe(0);
  });
});
