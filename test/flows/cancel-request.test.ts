import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { decide, employeeChat, seedLeaveWorld, submitFor } from './leave-chat';

describe('cancel request conversation', () => {
  let db: TestDatabase;
  let people: Awaited<ReturnType<typeof seedLeaveWorld>>;

  beforeEach(async () => {
    db = await createTestDatabase('sqlite');
    people = await seedLeaveWorld(db);
  });
  afterEach(async () => {
    await db.drop();
  });

  const reservedDays = async () =>
    (await db.prisma.leaveBalance.findFirstOrThrow({ where: { employeeId: people.employee.id, year: 2026 }, select: { reserved: true } })).reserved;

  it('says so when nothing can be cancelled', async () => {
    const started = await submitFor(db, people.employee, { typeCode: 'CS', start: '2026-11-27', end: '2026-11-27', detail: { sickKind: 'ILLNESS' } });
    await decide(db, started.id, 'APPROVE');
    const { person } = await employeeChat(db, people.employee.nip);
    expect(await person.say('batalkan pengajuan')).toEqual([
      'Tidak ada pengajuan yang bisa dibatalkan. Pengajuan yang sudah disetujui hanya bisa dibatalkan sebelum cutinya dimulai.',
    ]);
  });

  it('lists only cancellable requests, asks a reason, confirms and cancels', async () => {
    const started = await submitFor(db, people.employee, { typeCode: 'CS', start: '2026-11-27', end: '2026-11-27', detail: { sickKind: 'ILLNESS' } });
    await decide(db, started.id, 'APPROVE');
    const approved = await submitFor(db, people.employee, { start: '2026-12-21', end: '2026-12-22' });
    await decide(db, approved.id, 'APPROVE');
    const pending = await submitFor(db, people.employee, { start: '2026-12-14', end: '2026-12-16' });
    expect(await reservedDays()).toBe(3);
    const { person } = await employeeChat(db, people.employee.nip);

    const list = (await person.say('batal cuti')).join('\n');
    expect(list).toMatch(
      new RegExp(`^Pengajuan mana yang ingin dibatalkan\\?\\s+1\\. ${pending.ref} · Cuti Tahunan · 14-16 Des 2026\\n2\\. ${approved.ref} · Cuti Tahunan · 21-22 Des 2026$`),
    );
    expect(list).not.toContain(started.ref);
    expect(await person.say('9')).toEqual(['Pilih nomor pengajuan yang ingin dibatalkan, atau ketik *menu*.']);

    expect((await person.say('1')).join('\n')).toMatch(/Alasan pembatalan\? Tulis singkat, atau pilih \*Lewati\*\.\s+1\. Lewati/);
    expect(await person.say('x'.repeat(301))).toEqual(['Alasan paling banyak 300 karakter berupa kata-kata, atau ketik *lewati*.']);
    expect(await person.say({ kind: 'document', fileName: 'a.pdf', mimeType: 'application/pdf', content: Buffer.from('%PDF') })).toEqual([
      'Alasan paling banyak 300 karakter berupa kata-kata, atau ketik *lewati*.',
    ]);
    const confirm = (await person.say('rencana berubah')).join('\n');
    expect(confirm).toMatch(new RegExp(`Batalkan pengajuan ${pending.ref} \\(Cuti Tahunan, 14-16 Des 2026\\)\\?\\s+1\\. Ya, batalkan\\s+2\\. Tidak, biarkan`));
    expect(await person.say('hmm')).toEqual(['Balas *ya* atau *tidak*.']);
    expect(await person.say('tidak')).toEqual([`Baik, pengajuan ${pending.ref} tidak dibatalkan.`]);
    expect(await db.prisma.leaveRequest.count({ where: { status: 'CANCELLED' } })).toBe(0);

    await person.say('batal cuti');
    await person.say('1');
    await person.say('rencana berubah');
    expect(await person.say('ya')).toEqual([`Pengajuan ${pending.ref} sudah dibatalkan. 3 hari kembali ke sisa cuti tahunan Anda.`]);
    const saved = await db.prisma.leaveRequest.findUniqueOrThrow({ where: { id: pending.id }, select: { status: true, cancelReason: true } });
    expect(saved).toEqual({ status: 'CANCELLED', cancelReason: 'rencana berubah' });
    expect(await reservedDays()).toBe(0);
  });

  it('cancels an approved request before it starts, without a reason', async () => {
    const approved = await submitFor(db, people.employee, { start: '2026-12-21', end: '2026-12-22' });
    await decide(db, approved.id, 'APPROVE');
    const { person } = await employeeChat(db, people.employee.nip);
    await person.say('cancel leave');
    await person.say('1');
    expect((await person.say('lewati')).join('\n')).toMatch(/Batalkan pengajuan/);
    expect(await person.say('1')).toEqual([`Pengajuan ${approved.ref} sudah dibatalkan. 2 hari kembali ke sisa cuti tahunan Anda.`]);
    const saved = await db.prisma.leaveRequest.findUniqueOrThrow({ where: { id: approved.id }, select: { status: true, cancelReason: true } });
    expect(saved).toEqual({ status: 'CANCELLED', cancelReason: null });
  });

  it('tells why when the request changed meanwhile', async () => {
    const pending = await submitFor(db, people.employee, { start: '2026-12-14', end: '2026-12-16' });
    const { person } = await employeeChat(db, people.employee.nip);
    await person.say('batalkan pengajuan');
    await person.say('1');
    await person.say('lewati');
    await decide(db, pending.id, 'REJECT', 'Ada rapat penting');
    expect(await person.say('ya')).toEqual([`Pengajuan ${pending.ref} tidak dapat dibatalkan:\n• Permintaan cuti ini tidak dapat dibatalkan lagi.`]);
  });
});
