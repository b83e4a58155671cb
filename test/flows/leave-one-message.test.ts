import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testProviders } from '../support/test-database';
import { employeeChat, seedLeaveWorld } from './leave-chat';

describe.each(testProviders)('a leave request written in one message, on %s', (provider) => {
  let db: TestDatabase;
  let people: Awaited<ReturnType<typeof seedLeaveWorld>>;

  beforeEach(async () => {
    db = await createTestDatabase(provider);
    people = await seedLeaveWorld(db);
    await db.prisma.leaveBalance.updateMany({ where: { employeeId: people.employee.id, year: 2026 }, data: { entitled: 12, carriedOver: 0, used: 0, reserved: 0 } });
  });
  afterEach(async () => {
    await db.drop();
  });

  const saved = () =>
    db.prisma.leaveRequest.findFirstOrThrow({ select: { typeCode: true, startDate: true, endDate: true, halfDay: true, days: true, status: true, reason: true, address: true } });

  it('fills type, dates, reason and address from the menu and asks only whether it is spent abroad before the summary (Indonesian)', async () => {
    const { person } = await employeeChat(db, people.employee.nip);
    expect((await person.say('cuti tahunan 14-16 des, acara keluarga di Bandung')).join('\n')).toMatch(/Apakah cuti ini dijalani di luar negeri\?/);
    const summary = (await person.say('tidak')).join('\n');
    expect(summary).toContain('• Jenis: Cuti Tahunan');
    expect(summary).toContain('• Tanggal: 14-16 Des 2026');
    expect(summary).toContain('• Lama: 3 hari kerja');
    expect(summary).toContain('• Alasan: acara keluarga');
    expect(summary).toContain('• Alamat selama cuti: Bandung');
    expect(summary).toMatch(/Kirim pengajuan ini\?/);
    expect(await db.prisma.leaveRequest.count()).toBe(0);

    await person.say('ya');
    expect(await saved()).toMatchObject({ typeCode: 'CT', startDate: '2026-12-14', endDate: '2026-12-16', days: 3, status: 'PENDING', reason: 'acara keluarga', address: 'Bandung' });
  });

  it('asks only what the message left out: the address (English)', async () => {
    await db.prisma.employee.update({ where: { id: people.employee.id }, data: { language: 'en' } });
    const { person } = await employeeChat(db, people.employee.nip);
    expect((await person.say("annual leave dec 14 to 16 for my sister's wedding")).join('\n')).toMatch(/Will you spend this leave abroad\?/);
    expect(await person.say('no')).toEqual(['What is your address while on leave?']);
    const summary = (await person.say('Jl. Veteran No. 5, Serang')).join('\n');
    expect(summary).toContain('• Type: Annual leave');
    expect(summary).toContain("my sister's wedding");
    expect(summary).toContain('Jl. Veteran No. 5, Serang');
    await person.say('yes');
    expect(await saved()).toMatchObject({ typeCode: 'CT', startDate: '2026-12-14', endDate: '2026-12-16', reason: "my sister's wedding", address: 'Jl. Veteran No. 5, Serang' });
  });

  it('asks the type when the message does not say it, and keeps the rest', async () => {
    const { person } = await employeeChat(db, people.employee.nip);
    expect((await person.say('izin cuti tgl 14 sd 16 des utk nikahan adik')).join('\n')).toMatch(/Jenis cuti apa[\s\S]*1\. Cuti Tahunan/);
    expect((await person.say('1')).join('\n')).toMatch(/luar negeri/);
    expect(await person.say('tidak')).toEqual([expect.stringMatching(/alamat Anda selama menjalankan cuti/)]);
    const summary = (await person.say('Jl. Veteran No. 5, Serang')).join('\n');
    expect(summary).toContain('• Tanggal: 14-16 Des 2026');
    expect(summary).toContain('• Alasan: nikahan adik');
    await person.say('ya');
    expect(await saved()).toMatchObject({ typeCode: 'CT', startDate: '2026-12-14', endDate: '2026-12-16', reason: 'nikahan adik' });
  });

  it('takes a half day from the message and shows it on the summary', async () => {
    const { person } = await employeeChat(db, people.employee.nip);
    await person.say('cuti setengah hari tgl 14 des pagi utk urus BPJS');
    await person.say('tidak');
    const summary = (await person.say('Jl. Veteran No. 5, Serang')).join('\n');
    expect(summary).toContain('• Tanggal: 14 Des 2026');
    expect(summary).toContain('• Waktu: Setengah hari, pagi');
    expect(summary).toContain('• Lama: 0,5 hari kerja');
    await person.say('ya');
    expect(await saved()).toMatchObject({ typeCode: 'CT', startDate: '2026-12-14', endDate: '2026-12-14', halfDay: 'MORNING', days: 0.5, reason: 'urus BPJS' });
  });

  it('says why dates in the message do not hold and asks them again, keeping the rest', async () => {
    const { person } = await employeeChat(db, people.employee.nip);
    const reply = await person.say('cuti tahunan 12-13 des utk acara keluarga di Bandung');
    expect(reply[0]).toMatch(/^12-13 Des 2026 jatuh pada hari libur atau akhir pekan/);
    expect(reply.at(-1)).toMatch(/Tanggal berapa Cuti Tahunan/);
    await person.say('14-16 des');
    const summary = (await person.say('tidak')).join('\n');
    expect(summary).toContain('• Alasan: acara keluarga');
    expect(summary).toContain('• Alamat selama cuti: Bandung');
  });

  it('reads a one-message request typed at the type question too', async () => {
    const { person } = await employeeChat(db, people.employee.nip);
    await person.say('cuti');
    await person.say('ct 14-16 des krn ada acara keluarga, alamat Jl. Veteran No. 5, Serang');
    const summary = (await person.say('tidak')).join('\n');
    expect(summary).toContain('• Alasan: ada acara keluarga');
    expect(summary).toContain('• Alamat selama cuti: Jl. Veteran No. 5, Serang');
  });

  it('reads the reason and address typed with the dates', async () => {
    const { person } = await employeeChat(db, people.employee.nip);
    await person.say('cuti');
    await person.say('1');
    const reply = await person.say('14-16 des utk nikahan adik di Bandung');
    expect(reply[0]).toBe('📅 14-16 Des 2026: 3 hari kerja.');
    expect(reply.join('\n')).toMatch(/luar negeri/);
    const summary = (await person.say('tidak')).join('\n');
    expect(summary).toContain('• Alasan: nikahan adik');
    expect(summary).toContain('• Alamat selama cuti: Bandung');
    expect(summary).toMatch(/Kirim pengajuan ini\?/);
  });

  it('leaves other words at the menu alone', async () => {
    const { person } = await employeeChat(db, people.employee.nip);
    expect((await person.say('sisa cuti tahunan saya berapa?')).join('\n')).not.toMatch(/Jenis cuti apa|Kirim pengajuan/);
    expect(await db.prisma.leaveRequest.count()).toBe(0);
  });
});
