import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDigest, type Digest, digestCsv, renderDigest } from '../../../src/services/digest';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/test-database';
import { jobsWorld, makeRequest } from '../../support/jobs-world';

/** A prepared Friday: people away, fresh requests and decisions, a late approval, delivery problems, payslips. */
async function preparedDay(db: TestDatabase) {
  const world = await jobsWorld(db);
  const { employee, supervisor, pppk, hr } = world;
  await makeRequest(db, { employee, status: 'APPROVED', start: '2026-11-26', end: '2026-11-30', days: 3, decidedAt: '2026-11-20T03:00:00Z' });
  await makeRequest(db, { employee: pppk, status: 'APPROVED', start: '2026-11-23', end: '2026-11-24', days: 2 });
  await makeRequest(db, { employee: hr, status: 'CHANGED', start: '2026-12-07', end: '2026-12-08', days: 2 });
  const fresh = await makeRequest(db, { employee: pppk, approver: supervisor, start: '2026-12-14', end: '2026-12-14', createdAt: '2026-11-26T05:00:00Z', activatedAt: '2026-11-26T05:00:00Z' });
  const late = await makeRequest(db, { employee: hr, approver: supervisor, start: '2026-12-21', end: '2026-12-22', days: 2, createdAt: '2026-11-19T05:00:00Z', activatedAt: '2026-11-20T02:00:00Z' });
  await makeRequest(db, { employee: hr, status: 'REJECTED', start: '2026-12-28', end: '2026-12-28', createdAt: '2026-11-19T05:00:00Z', decidedAt: '2026-11-26T08:00:00Z' });
  await db.prisma.chatIdentity.updateMany({ where: { externalId: `tg-${pppk.id}` }, data: { unreachableAt: new Date('2026-11-25T01:00:00Z') } });
  await db.prisma.outboxMessage.create({
    data: { channel: 'TELEGRAM', chatId: `tg-${pppk.id}`, payload: { kind: 'text', text: 'x' }, status: 'DEAD', lastError: 'Forbidden: bot was blocked by the user', createdAt: new Date('2026-11-26T02:00:00Z') },
  });
  const identity = await db.prisma.chatIdentity.findFirstOrThrow({ where: { externalId: `tg-${hr.id}` } });
  const payslip = await db.prisma.payslip.findFirstOrThrow({ where: { employeeId: hr.id } });
  await db.prisma.payslipDelivery.create({ data: { payslipId: payslip.id, identityId: identity.id, deliveredAt: new Date('2026-11-26T10:00:00Z') } });
  const run = (jobId: string, slot: string, status: 'DONE' | 'FAILED' | 'INTERRUPTED' | 'RUNNING', startedAt: string, error?: string) =>
    db.prisma.jobRun.create({ data: { jobId, slot, status, startedAt: new Date(startedAt), ...(error ? { error } : {}) } });
  await run('approver-reminders', '2026-11-19', 'FAILED', '2026-11-19T02:00:00Z', 'old news'); // before the digest's window
  await run('approver-reminders', '2026-11-26', 'FAILED', '2026-11-26T02:00:00Z', 'database is locked');
  await run('leave-start-reminders', '2026-11-26', 'INTERRUPTED', '2026-11-26T08:00:00Z');
  await run('housekeeping', '2026-11-27', 'RUNNING', '2026-11-26T19:30:00Z'); // over an hour before the digest: its process died
  await run('hr-digest', '2026-11-27', 'RUNNING', '2026-11-26T23:59:00Z'); // the digest itself, going on
  await run('hr-digest', '2026-11-26', 'DONE', '2026-11-26T00:00:00Z');
  const housekeeping = (slot: string, startedAt: string, result: Record<string, number>) =>
    db.prisma.jobRun.create({ data: { jobId: 'housekeeping', slot, status: 'DONE', startedAt: new Date(startedAt), result } });
  await housekeeping('2026-11-25', '2026-11-24T19:30:00Z', { leaveDocuments: 9, outboxMessages: 9 }); // before the digest's window
  await housekeeping('2026-11-26', '2026-11-25T19:30:00Z', { leaveDocuments: 2, outboxMessages: 1200, sessions: 0, codesWiped: 3 });
  return { ...world, fresh, late };
}

describe.each(testProviders)('HR digest (%s)', (provider) => {
  let db: TestDatabase;
  let day: Awaited<ReturnType<typeof preparedDay>>;
  let digest: Digest;
  beforeAll(async () => {
    db = await createTestDatabase(provider);
    day = await preparedDay(db);
    digest = await buildDigest(db.prisma, '2026-11-27', new Date('2026-11-27T00:00:00Z'));
  });
  afterAll(async () => {
    await db.drop();
  });

  it('lists who is away today and this week, with their units', () => {
    const { employee, pppk, hr } = day;
    expect(digest.week).toEqual({ start: '2026-11-23', end: '2026-11-29' });
    expect(digest.onLeaveToday.map((a) => a.name)).toEqual([employee.name]);
    expect(digest.onLeaveThisWeek.map((a) => a.name).sort()).toEqual([employee.name, pppk.name].sort());
    expect(digest.onLeaveThisWeek.map((a) => a.name)).not.toContain(hr.name);
    expect(digest.onLeaveToday[0]).toMatchObject({ typeCode: 'CT', start: '2026-11-26', end: '2026-11-30', unit: expect.any(String) });
  });

  it('counts requests and decisions since the previous working day, and approvals waiting too long', () => {
    const { fresh, late, supervisor } = day;
    expect(digest.since).toBe('2026-11-26');
    expect(digest.newRequests.map((r) => r.ref)).toEqual([fresh.ref]);
    expect(digest.decisions.map((r) => r.status)).toEqual(['REJECTED']);
    expect(digest.openRequests).toBe(2);
    expect(digest.overdue.map((o) => [o.ref, o.workingDays])).toEqual([[late.ref, 5], [fresh.ref, 1]]);
    expect(digest.overdue[0]).toMatchObject({ approver: supervisor.name, waitingSince: '2026-11-20', escalated: false });
  });

  it('names unreachable people, dead letters and payslip deliveries', () => {
    const { pppk } = day;
    expect(digest.unreachable).toEqual([expect.objectContaining({ name: pppk.name, channel: 'TELEGRAM' })]);
    expect(digest.deadLetters).toMatchObject({ total: 1, since: 1, recent: [expect.objectContaining({ name: pppk.name, error: 'Forbidden: bot was blocked by the user' })] });
    expect(digest.payslips.deliveredSince).toBe(1);
    expect(digest.payslips.period).toEqual({ period: '2026-10', delivered: 1, total: 40 });
  });

  it('reports job runs since the previous working day that failed, were interrupted or went stale', () => {
    expect(digest.jobProblems.map((r) => [r.jobId, r.slot, r.problem])).toEqual([
      ['approver-reminders', '2026-11-26', 'FAILED'],
      ['leave-start-reminders', '2026-11-26', 'INTERRUPTED'],
      ['housekeeping', '2026-11-27', 'STALE'],
    ]);
    expect(digest.jobProblems[0]!.error).toBe('database is locked');
  });

  it('says what housekeeping removed under the retention policy since the previous working day', () => {
    expect(digest.removed).toEqual({ leaveDocuments: 2, outboxMessages: 1200, codesWiped: 3 });
    expect(renderDigest(digest, 'id')).toContain('Dihapus sesuai masa simpan data sejak 26 Nov 2026: 2 berkas surat cuti, 1.200 pesan terkirim, 3 kode sekali pakai');
    expect(renderDigest(digest, 'en')).toContain('Removed under the retention policy since 26 Nov 2026: 2 leave letter files, 1,200 sent messages, 3 one-time codes');
    const csv = digestCsv(digest, 'id').trim().split('\r\n');
    expect(csv.filter((l) => l.startsWith('Dihapus (masa simpan),'))).toEqual([
      'Dihapus (masa simpan),,,,,,,2 berkas surat cuti',
      'Dihapus (masa simpan),,,,,,,1200 pesan terkirim',
      'Dihapus (masa simpan),,,,,,,3 kode sekali pakai',
    ]);
  });

  it('reads as a short message in Indonesian and in English', () => {
    const { employee, hr, supervisor } = day;
    const text = renderDigest(digest, 'id');
    expect(text).toContain('Ringkasan harian SAPA, Jumat, 27 Nov 2026');
    expect(text).toContain(`Cuti hari ini: 1 orang`);
    expect(text).toMatch(new RegExp(`• .+ \\(1\\): ${employee.name}`));
    expect(text).toContain('Cuti minggu ini (23-29 Nov 2026): 2 orang');
    expect(text).toContain('Sejak 26 Nov 2026: 1 pengajuan baru, 1 keputusan (0 disetujui, 1 tidak disetujui)');
    expect(text).toContain('Menunggu keputusan: 2 pengajuan, 2 terlambat');
    expect(text).toContain(`• ${hr.name} (Cuti Tahunan) menunggu ${supervisor.name} 5 hari kerja`);
    expect(text).toContain('Pesan gagal terkirim: 1');
    expect(text).toContain('Slip gaji Oktober 2026: 1 dari 40 pegawai sudah menerima');
    expect(text).toContain(
      'Tugas terjadwal bermasalah: 3 (approver-reminders 2026-11-26 gagal, leave-start-reminders 2026-11-26 terhenti karena SAPA dimatikan, housekeeping 2026-11-27 macet lebih dari 1 jam)',
    );
    expect(text.split('\n').length).toBeLessThan(25);
    expect(renderDigest(digest, 'en')).toContain('SAPA daily digest, Friday, 27 Nov 2026');
  });

  it('shows the send queue per channel with its drain time at the channels’ send rates, in Indonesian and in English', async () => {
    const queued = (channel: 'WHATSAPP' | 'TELEGRAM', lane: 'INTERACTIVE' | 'BULK', count: number) =>
      Array.from({ length: count }, (_, n) => ({ channel, lane, chatId: `${channel}-${lane}-${n}`, payload: { kind: 'text', text: 'x' }, createdAt: new Date('2026-11-26T23:00:00Z') }));
    await db.prisma.outboxMessage.createMany({ data: [...queued('WHATSAPP', 'BULK', 4_900), ...queued('WHATSAPP', 'INTERACTIVE', 80), ...queued('TELEGRAM', 'INTERACTIVE', 30)] });
    try {
      // WhatsApp at one message a second; this instance knows no Telegram pace.
      const queue = await buildDigest(db.prisma, '2026-11-27', new Date('2026-11-27T00:00:00Z'), new Map([['WHATSAPP', 1]]));
      expect(queue.sendQueue).toEqual([
        { channel: 'TELEGRAM', pending: 30, drainSeconds: null },
        { channel: 'WHATSAPP', pending: 4_980, drainSeconds: 4_980 },
      ]);
      expect(renderDigest(queue, 'id')).toContain('Antrean kirim WhatsApp: 4.980 pesan, perkiraan selesai 1 jam 23 menit');
      expect(renderDigest(queue, 'id')).toContain('Antrean kirim Telegram: 30 pesan\n');
      expect(renderDigest(queue, 'en')).toContain('Send queue on WhatsApp: 4,980 messages, expected to clear in 1 h 23 min');
      // Without the rates the size is still shown; sent and dead rows are not queued.
      expect((await buildDigest(db.prisma, '2026-11-27', new Date('2026-11-27T00:00:00Z'))).sendQueue).toContainEqual({ channel: 'WHATSAPP', pending: 4_980, drainSeconds: null });
    } finally {
      await db.prisma.outboxMessage.deleteMany({ where: { status: 'PENDING' } });
    }
    // An empty queue takes no line.
    expect(digest.sendQueue).toEqual([]);
    expect(renderDigest(digest, 'id')).not.toContain('Antrean kirim');
  });

  it('puts every detail in the CSV', () => {
    const csv = digestCsv(digest, 'id');
    expect(csv.startsWith('\ufeffBagian,Unit,Nama,NIP,Jenis,Mulai,Selesai,Keterangan\r\n')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines.filter((l) => l.startsWith('Cuti hari ini,'))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('Persetujuan terlambat,'))).toHaveLength(2);
    expect(lines.some((l) => l.startsWith('Tidak dapat dihubungi,') && l.includes(day.pppk.nip))).toBe(true);
    expect(lines.some((l) => l.startsWith('Keputusan,') && l.includes('Tidak disetujui'))).toBe(true);
    expect(lines.filter((l) => l.startsWith('Tugas terjadwal,'))).toHaveLength(3);
    expect(lines.some((l) => l.startsWith('Tugas terjadwal,,approver-reminders,') && l.includes('gagal') && l.includes('database is locked'))).toBe(true);
  });
});
