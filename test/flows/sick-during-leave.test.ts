import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { linkIdentity } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { decide, employeeChat, seedLeaveWorld, submitFor } from './leave-chat';

const LETTER = { kind: 'document' as const, fileName: 'surat-dokter.pdf', mimeType: 'application/pdf', content: Buffer.from('%PDF-1.4\n% surat dokter\n') };

describe('sick during annual leave ("sakit saat cuti")', () => {
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

  /** Cuti tahunan Mon 7 - Fri 11 Dec 2026 (5 working days), granted; the chat on Thu 10 Dec. */
  async function onLeave() {
    await linkIdentity(db, 'TELEGRAM', 'tg-supervisor', people.supervisor.nip);
    const leave = await submitFor(db, people.employee, { start: '2026-12-07', end: '2026-12-11' });
    await decide(db, leave.id, 'APPROVE');
    const { chat, person } = await employeeChat(db, people.employee.nip);
    chat.clock.set('2026-12-10T02:00:00Z');
    return { leave, person };
  }

  it('in Indonesian: the sick days (typed as past days of the leave), the letter, confirm; sick leave with the letter, annual days back, supervisor told', async () => {
    const before = await used();
    const { leave, person } = await onLeave();
    expect(await person.say('sakit saat cuti')).toEqual([`Cuti tahunan ${leave.ref} (7-11 Des 2026). Tanggal berapa saja Anda sakit? (mis. *8-9 des*, *kemarin*)`]);
    expect(await person.say('14 des')).toEqual(['Hari sakit harus di dalam cuti tahunan itu: antara 7 Des 2026 dan 11 Des 2026.']);
    expect(await person.say('besok')).toEqual(['Sakit yang belum terjadi (11 Des 2026) belum dapat dilaporkan.']);
    expect(await person.say('8-9 des')).toEqual(['Kirim foto atau file PDF surat keterangan dokter (paling besar 10 MB).']);
    expect(await person.say('ini suratnya')).toEqual(['Kirim surat dokter sebagai foto atau PDF (paling besar 10 MB), atau ketik *batal*.']);
    expect((await person.say(LETTER)).join('\n')).toBe(
      `Catat 8-9 Des 2026 sebagai cuti sakit dalam cuti tahunan ${leave.ref}? Hari cuti tahunan pada tanggal itu dikembalikan.\n\n1. Ya, catat\n2. Tidak`,
    );
    const [done] = await person.say('ya');
    const sick = await db.prisma.leaveRequest.findFirstOrThrow({ where: { typeCode: 'CS' }, select: { ref: true, status: true, days: true, reason: true, documents: { select: { fileName: true } } } });
    expect(done).toBe(`🤒 Tercatat: 8-9 Des 2026 kini cuti sakit ${sick.ref}. Cuti tahunan ${leave.ref} kini 3 hari; 2 hari kembali ke sisa cuti tahunan Anda. Atasan Anda sudah diberi tahu.`);
    expect(sick).toEqual({ ref: sick.ref, status: 'APPROVED', days: 2, reason: `Sakit saat cuti tahunan ${leave.ref}`, documents: [{ fileName: 'surat-dokter.pdf' }] });
    expect(await used()).toBe(before + 3);
    const told = await db.prisma.outboxMessage.findMany({ where: { chatId: 'tg-supervisor', dedupeKey: { startsWith: `leave.converted_to_sick:${leave.id}` } } });
    expect(JSON.stringify(told.map((t) => t.payload))).toContain(`kini cuti sakit ${sick.ref}`);
  });

  it('in English, and says so when no annual leave is under way', async () => {
    const { leave, person } = await onLeave();
    await person.say('bahasa');
    await person.say('English');
    expect(await person.say('sick during leave')).toEqual([`Annual leave ${leave.ref} (7-11 Dec 2026). On which days were you ill? (e.g. *8-9 dec*, *yesterday*)`]);
    expect(await person.say('yesterday')).toEqual(['Send a photo or a PDF of the doctor’s letter (at most 10 MB).']);
    expect((await person.say(LETTER)).join('\n')).toContain(`Record 9 Dec 2026 as sick leave within annual leave ${leave.ref}?`);
    expect(await person.say('no')).toEqual([`OK, leave ${leave.ref} stays as it is.`]);
    expect(await db.prisma.leaveRequest.count({ where: { typeCode: 'CS' } })).toBe(0);
    await person.say('bahasa');
    await person.say('Indonesia');
    await db.prisma.leaveRequest.update({ where: { id: leave.id }, data: { status: 'CANCELLED' } });
    expect(await person.say('sakit saat cuti')).toEqual([
      'Tidak ada cuti tahunan yang sedang berjalan (atau baru selesai) yang dapat diubah menjadi cuti sakit. Untuk cuti sakit biasa, ketik *cuti*.',
    ]);
  });
});
