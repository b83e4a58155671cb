import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { linkIdentity } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { decide, employeeChat, seedLeaveWorld, submitFor } from './leave-chat';

describe('back at work early ("masuk kerja")', () => {
  let db: TestDatabase;
  let people: Awaited<ReturnType<typeof seedLeaveWorld>>;

  beforeEach(async () => {
    db = await createTestDatabase('sqlite');
    people = await seedLeaveWorld(db);
  });
  afterEach(async () => {
    await db.drop();
  });

  const used = async () =>
    (await db.prisma.leaveBalance.findFirstOrThrow({ where: { employeeId: people.employee.id, year: 2026 }, select: { used: true } })).used;

  /** Cuti tahunan Mon 7 - Fri 11 Dec 2026 (5 working days), granted; the chat on Wed 9 Dec. */
  async function onLeave(chatId = 'ana') {
    await linkIdentity(db, 'TELEGRAM', 'tg-supervisor', people.supervisor.nip);
    const leave = await submitFor(db, people.employee, { start: '2026-12-07', end: '2026-12-11' });
    await decide(db, leave.id, 'APPROVE');
    const { chat, person } = await employeeChat(db, people.employee.nip, chatId);
    chat.clock.set('2026-12-09T02:00:00Z');
    return { leave, chat, person };
  }

  it('in Indonesian: the leave under way, the day back (buttons or typed), confirm; the days come back and the supervisor is told', async () => {
    const before = await used();
    const { leave, person } = await onLeave();
    expect(await used()).toBe(before + 5);
    expect((await person.say('masuk kerja')).join('\n')).toBe(
      `Cuti ${leave.ref} (7-11 Des 2026). Mulai tanggal berapa Anda masuk kerja? Pilih atau ketik tanggalnya (mis. *senin*, *14 des*).\n\n1. Hari ini (9 Des 2026)\n2. Besok (10 Des 2026)`,
    );
    expect(await person.say('15 des')).toEqual(['Ketik satu tanggal antara 9 Des 2026 dan 11 Des 2026.']);
    expect((await person.say('kamis')).join('\n')).toBe(
      `Anda masuk kerja mulai 10 Des 2026, sehingga cuti ${leave.ref} berakhir 9 Des 2026. Catat sekarang?\n\n1. Ya, catat\n2. Tidak`,
    );
    expect(await person.say('tidak')).toEqual([`Baik, cuti ${leave.ref} tidak diubah.`]);
    expect(await used()).toBe(before + 5);

    await person.say('masuk kerja');
    await person.say('1');
    expect(await person.say('ya')).toEqual([
      `🏢 Tercatat. Cuti ${leave.ref} kini 7-8 Des 2026 (2 hari); 3 hari kembali ke sisa cuti tahunan Anda. Atasan Anda sudah diberi tahu.`,
    ]);
    expect(await used()).toBe(before + 2);
    const told = await db.prisma.outboxMessage.findMany({ where: { chatId: 'tg-supervisor', dedupeKey: { startsWith: `leave.returned_early:${leave.id}` } } });
    expect(JSON.stringify(told.map((t) => t.payload))).toContain(`${people.employee.name} masuk kerja kembali mulai 9 Des 2026`);
  });

  it('in English, and says so when no leave is under way', async () => {
    const { leave, chat, person } = await onLeave();
    await person.say('bahasa');
    await person.say('English');
    expect((await person.say('back at work')).join('\n')).toContain(`Leave ${leave.ref} (7-11 Dec 2026). From which day are you back at work?`);
    expect((await person.say('11 dec')).join('\n')).toContain(`You are back at work from 11 Dec 2026, so leave ${leave.ref} ends on 10 Dec 2026. Record it now?`);
    expect(await person.say('yes')).toEqual([
      `🏢 Recorded. Leave ${leave.ref} is now 7-10 Dec 2026 (4 days); 1 days go back to your annual leave. Your supervisor has been told.`,
    ]);
    await linkIdentity(db, 'LOCAL', 'budi', people.pppk.nip);
    const other = chat.person('budi');
    await other.say('halo');
    expect(await other.say('masuk kerja')).toEqual([
      'Tidak ada cuti yang sedang berjalan yang dapat diakhiri lebih awal. Cuti yang belum dimulai dapat dibatalkan (ketik *batalkan pengajuan*).',
    ]);
  });
});
