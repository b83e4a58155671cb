import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFlowRegistry } from '../../flows';
import { fixedClock } from '../../src/clock';
import { getLeaveRequestView } from '../../src/services/leave/get-leave-request-view';
import { seedDemo } from '../../src/store/seed/seed-demo';
import { createChatHarness } from '../support/chat-harness';
import { demoPeople, linkIdentity } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const NOW = '2026-11-27T03:00:00Z'; // Friday 27 Nov 2026, 10:00 in Jakarta
const pdf = (name = 'surat-dokter.pdf') => ({ kind: 'document' as const, fileName: name, mimeType: 'application/pdf', content: Buffer.from('%PDF-1.4 surat dokter') });

describe('leave request conversation', () => {
  let db: TestDatabase;
  let people: Awaited<ReturnType<typeof demoPeople>>;

  beforeEach(async () => {
    db = await createTestDatabase('sqlite');
    await seedDemo(db, fixedClock(NOW));
    people = await demoPeople(db);
  });
  afterEach(async () => {
    await db.drop();
  });

  /** A linked employee of the demo organisation, already past the introduction. */
  async function employeeChat(nip = people.employee.nip, chatId = 'ana') {
    await linkIdentity(db, 'LOCAL', chatId, nip);
    const chat = createChatHarness(db, createFlowRegistry(), { now: NOW });
    const person = chat.person(chatId);
    await person.say('halo');
    return { chat, person };
  }

  const requests = () => db.prisma.leaveRequest.count();
  const documents = () => db.prisma.leaveDocument.count();

  it('walks annual leave from the type to the reference number', async () => {
    const { person } = await employeeChat();
    const balance = await db.prisma.leaveBalance.findFirstOrThrow({ where: { employeeId: people.employee.id, year: 2026 } });
    const available = balance.entitled + balance.carriedOver - balance.used;

    expect((await person.say('cuti')).join('\n')).toMatch(/Jenis cuti apa[\s\S]*1\. Cuti Tahunan/);
    expect((await person.say('1')).join('\n')).toMatch(/Tanggal berapa Cuti Tahunan/);
    const dates = await person.say('14-16 des');
    expect(dates[0]).toBe('📅 14-16 Des 2026: 3 hari kerja.');
    expect(dates[1]).toMatch(/Apakah cuti ini dijalani di luar negeri\?\s+1\. Ya\s+2\. Tidak/);
    expect((await person.say('tidak')).join('\n')).toMatch(/alasan cuti/);
    expect((await person.say('acara keluarga di Bandung')).join('\n')).toMatch(/alamat Anda selama menjalankan cuti/);
    const summary = (await person.say('Jl. Veteran No. 5, Serang')).join('\n');
    expect(summary).toMatch(/• Telepon selama cuti: \+447700900\d{3}/);
    expect(summary).not.toContain('luar negeri');
    expect(summary).toContain('• Jenis: Cuti Tahunan');
    expect(summary).toContain('• Tanggal: 14-16 Des 2026');
    expect(summary).toContain('• Lama: 3 hari kerja');
    expect(summary).toContain('• Alasan: acara keluarga di Bandung');
    expect(summary).toContain('• Alamat selama cuti: Jl. Veteran No. 5, Serang');
    expect(summary).toContain(`• Sisa cuti tahunan 2026: ${available} hari, setelah cuti ini ${available - 3} hari`);
    expect(summary).toMatch(/Kirim pengajuan ini\?\s+1\. ✅ Ya, kirim\s+2\. Tidak jadi\s+3\. 📞 Ganti telepon/);
    expect(await requests()).toBe(0);

    const done = await person.say('ya');
    const saved = await db.prisma.leaveRequest.findFirstOrThrow({ select: { ref: true, typeCode: true, startDate: true, endDate: true, days: true, status: true, reason: true, address: true, phoneDuring: true, detail: true } });
    const onRecord = await db.prisma.employee.findUniqueOrThrow({ where: { id: people.employee.id }, select: { phone: true } });
    expect(saved).toMatchObject({ typeCode: 'CT', startDate: '2026-12-14', endDate: '2026-12-16', days: 3, status: 'PENDING', reason: 'acara keluarga di Bandung', address: 'Jl. Veteran No. 5, Serang' });
    expect(saved.phoneDuring).toBe(`+${onRecord.phone}`);
    expect(saved.detail).toMatchObject({ abroad: false });
    expect(saved.ref).toMatch(/^CT-2026-\d+$/);
    expect(done).toEqual([`Pengajuan cuti Anda (ref ${saved.ref}) sudah dikirim ke ${people.supervisor.name}. Saya kabari lagi setelah diputuskan; cek kapan saja dengan *status*.`]);
  });

  it('says exactly what is wrong with dates and keeps asking', async () => {
    const { person } = await employeeChat();
    await person.say('cuti');
    await person.say('cuti tahunan');
    expect(await person.say('kapan-kapan saja')).toEqual([expect.stringMatching(/belum mengenali tanggalnya/)]);
    expect(await person.say('31 feb')).toEqual([expect.stringMatching(/tidak ada di kalender/)]);
    expect(await person.say('16-14 des')).toEqual(['Tanggal selesai (14 Des 2026) lebih awal dari tanggal mulai (16 Des 2026). Tulis tanggal mulai lebih dulu, misalnya *14-16 des*.']);
    expect(await person.say('2/11/2026')).toEqual(['Tanggal mulai (2 Nov 2026) sudah lewat; hari ini 27 Nov 2026. Pilih hari ini atau sesudahnya.']);
    expect(await person.say('12-13 des')).toEqual([expect.stringMatching(/^12-13 Des 2026 jatuh pada hari libur atau akhir pekan/)]);
    expect(await person.say({ kind: 'choice', value: 'CT' })).toEqual([expect.stringMatching(/belum mengenali/)]);
    expect(await requests()).toBe(0);
    expect((await person.say('3 hari mulai senin 14 des'))[0]).toBe('📅 14-16 Des 2026: 3 hari kerja.');
  });

  it('asks whether a short-notice annual leave is an emergency', async () => {
    const { person } = await employeeChat();
    await person.say('cuti');
    await person.say('1');
    expect((await person.say('senin')).join('\n')).toMatch(/30 Nov 2026: 1 hari kerja[\s\S]*luar negeri/);
    const asked = (await person.say('tidak')).join('\n');
    expect(asked).toMatch(/paling lambat 7 hari sebelumnya \(mulai paling cepat 4 Des 2026\)\. Apakah ini keperluan mendesak\?/);
    expect(await person.say('entahlah')).toEqual(['Balas *ya* atau *tidak*.']);
    expect((await person.say('tidak')).join('\n')).toMatch(/tanggal mulai 4 Des 2026 atau sesudahnya[\s\S]*Tanggal berapa/);
    await person.say('senin');
    const halfDay = (await person.say('ya')).join('\n');
    expect(halfDay).toMatch(/Cuti tanggal 30 Nov 2026: sehari penuh atau setengah hari\?/);
    expect(await person.say('malam')).toEqual([expect.stringMatching(/sehari penuh, \*2\* pagi/)]);
    expect((await person.say('pagi')).join('\n')).toMatch(/alasan cuti/);
    await person.say('mengurus dokumen keluarga');
    await person.say('Serang');
    expect((await person.say('3')).join('\n')).toMatch(/Nomor telepon yang bisa dihubungi selama cuti\? Pakai nomor di data Anda, atau tulis nomor lain\.\s+1\. Pakai \+447700900\d{3}/);
    const summary = (await person.say('0812-3456-7890')).join('\n');
    expect(summary).toContain('• Telepon selama cuti: 081234567890');
    expect(summary).toContain('• Waktu: Setengah hari, pagi');
    expect(summary).toContain('• Lama: 0,5 hari kerja');
    await person.say('ya');
    const saved = await db.prisma.leaveRequest.findFirstOrThrow({ select: { halfDay: true, days: true, detail: true } });
    expect(saved).toMatchObject({ halfDay: 'MORNING', days: 0.5 });
    expect(saved.detail).toMatchObject({ emergency: true });
  });

  it('answers a too short or too long reason and address with a hint', async () => {
    const { person } = await employeeChat();
    await person.say('cuti');
    await person.say('1');
    await person.say('14-16 des');
    await person.say('tidak');
    expect(await person.say('ok')).toEqual([expect.stringMatching(/3 sampai 500 karakter/)]);
    expect(await person.say('!!! ???')).toEqual([expect.stringMatching(/3 sampai 500 karakter/)]);
    expect(await person.say('a'.repeat(501))).toEqual([expect.stringMatching(/3 sampai 500 karakter/)]);
    expect(await person.say(pdf())).toEqual([expect.stringMatching(/3 sampai 500 karakter/)]);
    await person.say('  liburan\u0000 keluarga\u200b  ');
    expect(await person.say('x')).toEqual([expect.stringMatching(/3 sampai 300 karakter/)]);
    expect(await person.say('b'.repeat(301))).toEqual([expect.stringMatching(/3 sampai 300 karakter/)]);
    await person.say('Cilegon');
    await person.say('ganti telepon');
    expect(await person.say('12345')).toEqual([expect.stringMatching(/8 sampai 15 angka/)]);
    expect((await person.say('pakai')).join('\n')).toContain('• Alasan: liburan keluarga');
    expect(await person.say('mungkin')).toEqual(['Balas *ya* untuk mengirim pengajuan, atau *tidak* bila tidak jadi.']);
    expect(await person.say('tidak')).toEqual(['Baik, pengajuan tidak dikirim.']);
    expect(await requests()).toBe(0);
  });

  it('requires a doctor’s letter for sick leave over one day and attaches it', async () => {
    const { person } = await employeeChat();
    await person.say('cuti');
    await person.say('cuti sakit');
    await person.say('hari ini s.d. 29 nov');
    expect((await person.say('apa ya')).join('\n')).toMatch(/\*1\* sakit, \*2\* gugur kandungan/);
    await person.say('1');
    await person.say('demam berdarah');
    const ask = (await person.say('rumah, Jl. Ahmad Yani 1')).join('\n');
    expect(ask).toMatch(/memerlukan \*Surat keterangan dokter\*/);
    expect(await person.say('nanti')).toEqual([expect.stringMatching(/Surat keterangan dokter\* berupa foto atau file PDF \(paling besar 10 MB\)/)]);
    expect(await person.say({ kind: 'document', fileName: 'virus.exe', mimeType: 'application/x-msdownload', content: Buffer.from('MZ') })).toEqual([
      expect.stringMatching(/berupa foto atau file PDF/),
    ]);
    expect(await documents()).toBe(0);
    const summary = (await person.say(pdf('../../etc/surat dokter.pdf'))).join('\n');
    expect(summary).toMatch(/📎 surat dokter\.pdf diterima\./);
    expect(summary).toContain('• Lama: 3 hari kalender');
    expect(summary).toContain('• Keterangan: Sakit');
    expect(summary).toContain('• Dokumen: Surat keterangan dokter (surat dokter.pdf)');
    expect(summary).not.toContain('Sisa cuti tahunan');
    await person.say('ya');
    const saved = await db.prisma.leaveRequest.findFirstOrThrow({ select: { id: true, typeCode: true, days: true } });
    expect(saved).toMatchObject({ typeCode: 'CS', days: 3 });
    const doc = await db.prisma.leaveDocument.findFirstOrThrow({ select: { requestId: true, employeeId: true, kind: true, fileName: true, mimeType: true } });
    const view = await getLeaveRequestView(db.prisma, saved.id);
    expect(doc).toEqual({ requestId: saved.id, employeeId: people.employee.id, kind: view.requiredDocument, fileName: 'surat dokter.pdf', mimeType: 'application/pdf' });
    expect(view.documentCount).toBe(1);
  });

  it('asks the reason of a leave for important reasons and the child of a maternity leave', async () => {
    const woman = people.all.find((e) => e.kind === 'PNS' && e.supervisorId !== null && e.id !== people.chief.id && e.role === 'EMPLOYEE' && e.id % 2 === 0)!;
    const gender = await db.prisma.employee.findUniqueOrThrow({ where: { id: woman.id }, select: { gender: true } });
    const { person } = await employeeChat(woman.nip, 'siti');
    const types = (await person.say('cuti')).join('\n');
    expect(types).toContain('Cuti Karena Alasan Penting');
    expect(types.includes('Cuti Melahirkan')).toBe(gender.gender === 'F');
    await person.say('cuti karena alasan penting');
    await person.say('14-16 des');
    await person.say('tidak');
    expect((await person.say('penting sekali')).join('\n')).toMatch(/Pilih salah satu alasan/);
    expect((await person.say('2')).join('\n')).toMatch(/alasan cuti/);
    await person.say('pemakaman');
    expect((await person.say('Pandeglang')).join('\n')).toContain('• Alasan penting: Keluarga inti meninggal dunia');
    await person.say('ya');
    const saved = await db.prisma.leaveRequest.findFirstOrThrow({ select: { typeCode: true, detail: true } });
    expect(saved).toMatchObject({ typeCode: 'CAP', detail: { capReason: 'FAMILY_DEATH' } });
  });

  it('asks the order of the child for maternity leave', async () => {
    const mother = await db.prisma.employee.findFirstOrThrow({ where: { gender: 'F', supervisorId: { not: null } }, select: { nip: true } });
    const { person } = await employeeChat(mother.nip, 'ibu');
    await person.say('cuti');
    await person.say('cuti melahirkan');
    await person.say('1 jan 2027 - 31 mar 2027');
    await person.say('tidak');
    expect(await person.say('banyak')).toEqual([expect.stringMatching(/urutan anak sebagai angka/)]);
    expect(await person.say('0')).toEqual([expect.stringMatching(/urutan anak sebagai angka/)]);
    expect((await person.say('kedua')).join('\n')).toMatch(/alasan cuti/);
    await person.say('persalinan');
    expect((await person.say('Serang')).join('\n')).toContain('• Kelahiran anak ke-2');
  });

  it('shows every refusal of submitLeave and lets the employee change the dates', async () => {
    const { person } = await employeeChat();
    for (const say of ['cuti', '1', '14-16 des', 'tidak', 'acara keluarga', 'Serang', 'ya']) await person.say(say);
    expect(await requests()).toBe(1);

    for (const say of ['cuti', '1', '15-17 des', 'tidak', 'acara lain', 'Serang']) await person.say(say);
    const refused = (await person.say('ya')).join('\n');
    expect(refused).toMatch(/Pengajuan belum bisa dikirim:\n• Tanggal ini bertabrakan dengan cuti Anda yang lain \(14 Des 2026 s\.d\. 16 Des 2026\)/);
    expect(refused).toMatch(/1\. 📅 Ubah tanggal\s+2\. Tidak jadi/);
    expect(await requests()).toBe(1);
    expect(await person.say('hmm')).toEqual(['Pilih *1* untuk mengubah tanggal, atau *2* bila tidak jadi.']);
    expect((await person.say('1')).join('\n')).toMatch(/Tanggal berapa Cuti Tahunan/);
    const summary = (await person.say('21-22 des')).join('\n');
    expect(summary).toContain('• Alasan: acara lain');
    expect(summary).toContain('• Tanggal: 21-22 Des 2026');
    expect((await person.say('ya'))[0]).toMatch(/^Pengajuan cuti Anda \(ref CT-2026-\d+\) sudah dikirim/);
    expect(await requests()).toBe(2);
  });

  it('speaks English to an English-speaking employee', async () => {
    const { person } = await employeeChat();
    await db.prisma.employee.update({ where: { id: people.employee.id }, data: { language: 'en' } });
    expect((await person.say('leave')).join('\n')).toMatch(/Which type of leave[\s\S]*1\. Annual leave/);
    expect((await person.say('1'))[0]).toMatch(/Which dates for your Annual leave/);
    expect(await person.say('31 feb')).toEqual(['That date does not exist (like 31 Feb or 32 Dec). Please check the day and the month.']);
    expect((await person.say('14-16 dec'))[0]).toBe('📅 14-16 Dec 2026: 3 working days.');
  });
});
