import { afterEach, describe, expect, it } from 'vitest';
import { approvalCardText } from '../../src/services/leave/approval/approval-card';
import { loadCardFacts } from '../../src/services/leave/approval/send-approval-card';
import { getLeaveRequestView } from '../../src/services/leave/get-leave-request-view';
import type { Tx } from '../../src/store/database';
import { createTestDatabase, type TestDatabase, testProviders } from '../support/test-database';
import { employeeChat, seedLeaveWorld, submitFor } from './leave-chat';

/**
 * The form's inputs the chat asks (RULES.md, the form's parts IV and VI):
 * abroad with its 30 days' notice, travel days where the place is hard to
 * reach (12 calendar days a year for a PNS), the health board's letter past
 * a year of sick leave (sent now or later), the phone during leave kept from
 * the profile with one tap. Today is Friday 27 Nov 2026.
 */
describe.each(testProviders)('the leave form’s questions in chat (%s)', (provider) => {
  let db: TestDatabase;
  afterEach(async () => {
    await db.drop();
  });

  async function world() {
    db = await createTestDatabase(provider);
    return seedLeaveWorld(db);
  }

  const saved = () => db.prisma.leaveRequest.findFirstOrThrow({ orderBy: { id: 'desc' }, select: { id: true, phoneDuring: true, detail: true, status: true } });

  async function cardOf(requestId: number) {
    const view = await getLeaveRequestView(db.prisma as unknown as Tx, requestId);
    return approvalCardText(await loadCardFacts(db.prisma as unknown as Tx, view), view.steps[0]!, 'id');
  }

  it('applies the 30 days’ notice to annual leave abroad: an emergency lifts it, or the dates move', async () => {
    const people = await world();
    const { person } = await employeeChat(db, people.employee.nip);
    await person.say('cuti');
    await person.say('1');
    await person.say('14-16 des');
    const notice = (await person.say('ya')).join('\n');
    expect(notice).toMatch(/Cuti ke luar negeri biasanya diajukan paling lambat 30 hari sebelumnya \(mulai paling cepat 27 Des 2026\)\. Apakah ini keperluan mendesak\?/);
    expect((await person.say('tidak')).join('\n')).toMatch(/tanggal mulai 27 Des 2026 atau sesudahnya[\s\S]*Tanggal berapa/);
    const later = (await person.say('4-8 jan 2027')).join('\n');
    expect(later).toMatch(/4-8 Jan 2027: 4 hari kerja[\s\S]*alasan cuti/);
    await person.say('liburan keluarga ke Malaysia');
    await person.say('Kuala Lumpur');
    await person.say('📞 Ganti telepon');
    const summary = (await person.say('+60 12 345 6789')).join('\n');
    expect(summary).toContain('• Di luar negeri');
    expect(summary).toContain('• Telepon selama cuti: +60123456789');
    await person.say('ya');
    const request = await saved();
    expect(request).toMatchObject({ phoneDuring: '+60123456789', status: 'PENDING' });
    expect(request.detail).toMatchObject({ abroad: true });
    const card = await cardOf(request.id);
    expect(card).toContain('Telepon selama cuti: +60123456789');
    expect(card).toContain('Dijalani di luar negeri');
  });

  it('sends maternity leave abroad back to the dates when it starts within 30 days (no emergency lifts it)', async () => {
    await world();
    const mother = await db.prisma.employee.findFirstOrThrow({ where: { gender: 'F', kind: 'PNS', supervisorId: { not: null } }, select: { nip: true } });
    const { person } = await employeeChat(db, mother.nip, 'ibu');
    await person.say('cuti');
    await person.say('cuti melahirkan');
    await person.say('7 des 2026 - 6 mar 2027');
    const back = (await person.say('ya')).join('\n');
    expect(back).toMatch(/Cuti ke luar negeri diajukan paling lambat 30 hari sebelumnya\. Silakan tulis tanggal mulai 27 Des 2026 atau sesudahnya\./);
    expect(back).toMatch(/Tanggal berapa Cuti Melahirkan/);
    expect((await person.say('28 des 2026 - 27 mar 2027')).join('\n')).toMatch(/kelahiran anak keberapa/);
  });

  it('asks travel days of annual leave where the employee’s place is hard to reach, up to 12 calendar days', async () => {
    const people = await world();
    await db.prisma.employee.update({ where: { id: people.employee.id }, data: { hardToReach: true } });
    const { person } = await employeeChat(db, people.employee.nip);
    await person.say('cuti');
    await person.say('1');
    await person.say('14-16 des');
    const travel = (await person.say('tidak')).join('\n');
    expect(travel).toMatch(/daerah terpencil: sesudah cuti \(16 Des 2026\) boleh ditambah hari perjalanan yang tidak memotong cuti, paling banyak 12 hari lagi tahun ini/);
    expect(await person.say('13')).toEqual(['Tulis jumlah hari perjalanan, dari 0 sampai 12, misalnya *2*.']);
    expect((await person.say('2 hari')).join('\n')).toMatch(/alasan cuti/);
    await person.say('pulang kampung');
    const summary = (await person.say('Pulau Tunda')).join('\n');
    expect(summary).toContain('• Hari perjalanan: 2 hari sesudah cuti');
    expect(summary).toContain('• Lama: 3 hari kerja');
    await person.say('ya');
    const request = await saved();
    expect(request.detail).toMatchObject({ travelDays: 2, abroad: false });
    expect(await cardOf(request.id)).toContain('Hari perjalanan (daerah terpencil): 2 hari sesudah cuti');
  });

  it('asks the health board’s letter when sick leave continues past a year; sent later, the request waits incomplete', async () => {
    const people = await world();
    await submitFor(db, people.employee, { typeCode: 'CS', start: '2026-11-27', end: '2027-11-26', detail: { sickKind: 'ILLNESS' }, reason: 'kanker' });
    const { person } = await employeeChat(db, people.employee.nip);
    await person.say('cuti');
    await person.say('cuti sakit');
    await person.say('29 nov 2027 - 31 jan 2028');
    const ask = (await person.say('1')).join('\n');
    expect(ask).toMatch(/Surat dokter mencakup cuti sakit ini sampai 26 Nov 2027 \(1 tahun untuk satu penyakit, termasuk cuti sakit sebelumnya yang bersambung\)/);
    expect(ask).toMatch(/1\. Ada, kirim sekarang\s+2\. Kirim nanti\s+3\. Tidak ada, ubah tanggal/);
    expect((await person.say('3')).join('\n')).toMatch(/paling lambat sampai 26 Nov 2027[\s\S]*Tanggal berapa Cuti Sakit/);
    await person.say('29 nov 2027 - 31 jan 2028');
    expect((await person.say('kirim nanti')).join('\n')).toMatch(/alasan cuti/);
    await person.say('kemoterapi lanjutan');
    const summary = (await person.say('RS Dharmais, Jakarta')).join('\n');
    expect(summary).toContain('• Dokumen: Surat keterangan tim penguji kesehatan, dikirim nanti');
    const done = (await person.say('ya')).join('\n');
    expect(done).toMatch(/belum bisa disetujui sebelum \*Surat keterangan tim penguji kesehatan\* dikirim: kirim kapan saja dengan \*kirim surat\*/);
    const request = await saved();
    expect(request.detail).toMatchObject({ healthBoardLetter: true });
    const view = await getLeaveRequestView(db.prisma as unknown as Tx, request.id);
    expect(view).toMatchObject({ requiredDocument: 'HEALTH_BOARD', missingDocument: 'HEALTH_BOARD', documentCount: 0 });
  });

  it('asks the same in English', async () => {
    const people = await world();
    await db.prisma.employee.update({ where: { id: people.employee.id }, data: { language: 'en' } });
    const { person } = await employeeChat(db, people.employee.nip);
    await person.say('leave');
    await person.say('1');
    expect((await person.say('14-16 dec')).join('\n')).toMatch(/Will you spend this leave abroad\?/);
    expect((await person.say('yes')).join('\n')).toMatch(/Leave abroad is normally requested at least 30 days ahead \(starting 27 Dec 2026 at the earliest\)\. Is this an emergency\?/);
    expect((await person.say('yes')).join('\n')).toMatch(/reason for the leave/);
    await person.say('family emergency in Singapore');
    expect((await person.say('Singapore')).join('\n')).toMatch(/3\. 📞 Change phone/);
    const phone = (await person.say('3')).join('\n');
    expect(phone).toMatch(/Which phone number can you be reached on during the leave\? Keep the one on record, or write another\.\s+1\. Keep \+447700900\d{3}/);
    const summary = (await person.say('keep')).join('\n');
    expect(summary).toMatch(/• Phone during leave: \+447700900\d{3}/);
    expect(summary).toContain('• Abroad');
    await person.say('yes');
    expect((await saved()).detail).toMatchObject({ abroad: true, emergency: true });
  });
});
