import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { employeeChat, seedLeaveWorld, submitFor } from './leave-chat';

describe('balance conversation', () => {
  let db: TestDatabase;
  let people: Awaited<ReturnType<typeof seedLeaveWorld>>;

  beforeEach(async () => {
    db = await createTestDatabase('sqlite');
    people = await seedLeaveWorld(db);
  });
  afterEach(async () => {
    await db.drop();
  });

  it('shows this year’s annual leave line by line with the carry-over rule, then waits at the menu', async () => {
    await db.prisma.leaveBalance.updateMany({
      where: { employeeId: people.employee.id, year: 2026 },
      data: { entitled: 12, carriedOver: 6, deferred: 0, added: 1, used: 4.5 },
    });
    await submitFor(db, people.employee, { start: '2026-12-14', end: '2026-12-16' });
    const { person } = await employeeChat(db, people.employee.nip);

    expect(await person.say('saldo')).toEqual([
      [
        '📊 *Cuti tahunan 2026*',
        '• Hak tahun ini: 12 hari',
        '• Sisa tahun lalu: 6 hari',
        '• Penangguhan tahun lalu: 0 hari',
        '• Tambahan: 1 hari',
        '• Terpakai: 4,5 hari',
        '• Sedang diajukan: 3 hari',
        '*Sisa yang bisa diajukan: 11,5 hari*',
        '',
        'Sisa yang tidak terpakai dibawa ke tahun berikutnya: tahun depan paling banyak 18 hari bisa dipakai (termasuk hak tahun itu), atau 24 hari bila cuti tahunan tidak diambil 2 tahun berturut-turut.',
        '',
        'Ketik *cuti* untuk mengajukan cuti, atau *menu* untuk pilihan lain.',
      ].join('\n'),
    ]);
    const session = await db.prisma.conversationSession.findFirstOrThrow({ select: { state: true } });
    expect(session.state).toMatchObject({ flow: 'menu', step: 'home' });
    expect((await person.say('cuti')).join('\n')).toMatch(/Jenis cuti apa/);
  });

  it('explains the PPPK carry-over condition', async () => {
    const { person } = await employeeChat(db, people.pppk.nip, 'pppk');
    const text = (await person.say('sisa cuti')).join('\n');
    expect(text).toMatch(/\*Sisa yang bisa diajukan: [\d,]+ hari\*/);
    expect(text).toContain('Bagi PPPK, sisa cuti hanya dibawa ke tahun berikutnya bila masa perjanjian kerja lebih dari 2 tahun');
  });

  it('tells a newcomer when this year’s 12 days become usable (the first anniversary, R2)', async () => {
    await db.prisma.employee.update({ where: { id: people.employee.id }, data: { serviceStart: '2025-12-14' } });
    await db.prisma.leaveBalance.deleteMany({ where: { employeeId: people.employee.id } });
    const { person } = await employeeChat(db, people.employee.nip);
    const text = (await person.say('saldo')).join('\n');
    expect(text).toContain('• Hak tahun ini: 12 hari');
    expect(text).toContain('⏳ Cuti tahunan tahun ini baru dapat dipakai mulai 14 Des 2026, setelah masa kerja Anda genap 1 tahun.');
  });

  it('speaks English', async () => {
    await db.prisma.employee.update({ where: { id: people.employee.id }, data: { language: 'en' } });
    const { person } = await employeeChat(db, people.employee.nip);
    const text = (await person.say('balance')).join('\n');
    expect(text).toMatch(/📊 \*Annual leave 2026\*\n• This year’s right: 12 days/);
    expect(text).toContain('Unused days carry over: next year at most 18 days');
  });
});
