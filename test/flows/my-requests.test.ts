import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { decide, employeeChat, seedLeaveWorld, submitFor } from './leave-chat';

describe('my requests conversation', () => {
  let db: TestDatabase;
  let people: Awaited<ReturnType<typeof seedLeaveWorld>>;

  beforeEach(async () => {
    db = await createTestDatabase('sqlite');
    people = await seedLeaveWorld(db);
  });
  afterEach(async () => {
    await db.drop();
  });

  it('says so when there is no request yet and goes back to the menu', async () => {
    const { person } = await employeeChat(db, people.employee.nip);
    expect(await person.say('status')).toEqual(['Anda belum punya pengajuan cuti. Ketik *cuti* untuk mengajukan.']);
    expect((await person.say('saldo')).join('\n')).toMatch(/Cuti tahunan 2026/);
  });

  it('lists recent requests with status and approval progress, and shows one in detail', async () => {
    const approved = await submitFor(db, people.employee, { start: '2026-12-21', end: '2026-12-22' });
    await decide(db, approved.id, 'APPROVE', 'Selamat berlibur');
    const pending = await submitFor(db, people.employee, { start: '2026-12-14', end: '2026-12-16', reason: 'acara keluarga' });
    const { person } = await employeeChat(db, people.employee.nip);

    const list = await person.say('status');
    expect(list[0]).toBe(
      [
        'Pengajuan cuti Anda (terbaru di atas):',
        '',
        `1. ${pending.ref} · Cuti Tahunan\n    14-16 Des 2026 · 3 hari kerja\n    Menunggu persetujuan: ${people.supervisor.name} (atasan langsung, tahap 1 dari 1)`,
        '',
        `2. ${approved.ref} · Cuti Tahunan\n    21-22 Des 2026 · 2 hari kerja\n    Disetujui`,
      ].join('\n'),
    );
    expect(list[1]).toMatch(new RegExp(`Pilih nomor untuk melihat rinciannya\\.\\s+1\\. ${pending.ref} · 14-16 Des 2026\\s+2\\. ${approved.ref} · 21-22 Des 2026`));
    expect(await person.say('lima')).toEqual(['Pilih nomor pengajuan dari daftar, atau ketik *menu*.']);

    const detail = (await person.say('2')).join('\n');
    expect(detail).toContain(`*${approved.ref}* · Cuti Tahunan`);
    expect(detail).toContain('• Tanggal: 21-22 Des 2026');
    expect(detail).toContain('• Status: Disetujui');
    expect(detail).toContain('• Alasan: keperluan keluarga');
    expect(detail).toMatch(new RegExp(`Persetujuan:\\n1\\. atasan langsung: ${people.supervisor.name} · disetujui oleh ${people.supervisor.name}, 27 Nov 10:00\\n    Catatan: Selamat berlibur`));
    expect(detail).toMatch(/1\. 📋 Pengajuan lain\s+2\. ✖️ Batalkan pengajuan ini\s+3\. Selesai/);
    expect(await person.say('entah')).toEqual(['Pilih salah satu dari daftar (ketik nomornya).']);

    expect((await person.say('pengajuan lain')).join('\n')).toMatch(/Pengajuan cuti Anda \(terbaru di atas\)/);
    const pendingDetail = (await person.say('1')).join('\n');
    expect(pendingDetail).toContain(`• Status: Menunggu persetujuan: ${people.supervisor.name} (atasan langsung, tahap 1 dari 1)`);
    expect(pendingDetail).toContain(`1. atasan langsung: ${people.supervisor.name} · menunggu keputusan`);
    expect((await person.say('batalkan pengajuan ini')).join('\n')).toMatch(/Alasan pembatalan\?/);
    await person.say('lewati');
    expect((await person.say('ya'))[0]).toBe(`Pengajuan ${pending.ref} sudah dibatalkan. 3 hari kembali ke sisa cuti tahunan Anda.`);
  });

  it('offers no cancel button for a request that can no longer be cancelled', async () => {
    const rejected = await submitFor(db, people.employee, { start: '2026-12-14', end: '2026-12-14' });
    await decide(db, rejected.id, 'REJECT', 'Ada rapat penting');
    const { person } = await employeeChat(db, people.employee.nip);
    expect((await person.say('pengajuan saya'))[0]).toMatch(/14 Des 2026 · 1 hari kerja\n    Tidak disetujui/);
    const detail = (await person.say('1')).join('\n');
    expect(detail).toMatch(/tidak disetujui oleh .*\n    Catatan: Ada rapat penting/);
    expect(detail).not.toContain('Batalkan pengajuan ini');
    expect((await person.say('2')).join('\n')).toContain('Apa yang bisa saya bantu?');
  });

  it('shows the list in English', async () => {
    await submitFor(db, people.employee, { start: '2026-12-14', end: '2026-12-16' });
    await db.prisma.employee.update({ where: { id: people.employee.id }, data: { language: 'en' } });
    const { person } = await employeeChat(db, people.employee.nip);
    const list = (await person.say('my requests'))[0];
    expect(list).toMatch(/Your leave requests \(newest first\):/);
    expect(list).toMatch(/14-16 Dec 2026 · 3 working days\n    Awaiting approval: .* \(direct supervisor, step 1 of 1\)/);
  });
});
