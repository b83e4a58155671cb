import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/test-database';
import { employeeChat, seedLeaveWorld, submitFor } from './leave-chat';

const BALANCE = /Cuti tahunan 2026/;
const ASK = 'Lanjutkan pengajuan cuti atau buka sisa cuti? Isian yang sudah ada tetap disimpan.\n\n1. ↩️ Lanjutkan pengajuan cuti\n2. Buka sisa cuti';

describe.each(testProviders)('a menu word at any step on %s', (provider) => {
  let db: TestDatabase;
  let people: Awaited<ReturnType<typeof seedLeaveWorld>>;

  beforeEach(async () => {
    db = await createTestDatabase(provider);
    people = await seedLeaveWorld(db);
  });
  afterEach(async () => {
    await db.drop();
  });

  it('opens the balance from the status list, without "pick a number from the list"', async () => {
    await submitFor(db, people.employee, { start: '2026-12-14', end: '2026-12-16' });
    const { person } = await employeeChat(db, people.employee.nip);
    expect((await person.say('status')).join('\n')).toContain('CT-2026');
    const replies = (await person.say('saldo')).join('\n');
    expect(replies).toMatch(BALANCE);
    expect(replies).not.toMatch(/Pilih nomor/);
    // A typo still switches where a number was awaited.
    await person.say('status');
    expect((await person.say('sldo')).join('\n')).toMatch(BALANCE);
    // And a number still picks from the list.
    await person.say('status');
    expect((await person.say('1')).join('\n')).toContain('14-16 Des 2026');
  });

  it('asks once before leaving a half-filled leave request, and keeps the draft for later', async () => {
    const { person } = await employeeChat(db, people.employee.nip);
    await person.say('cuti');
    expect((await person.say('1')).join('\n')).toMatch(/Tanggal berapa Cuti Tahunan/);
    expect(await person.say('saldo')).toEqual([ASK]);
    expect((await person.say('2')).join('\n')).toMatch(BALANCE);
    const said = await person.say('cuti');
    expect(said).toHaveLength(1);
    const resumed = said.join('\n');
    expect(resumed).toContain('Melanjutkan pengajuan cuti Anda yang tadi');
    expect(resumed).toMatch(/Tanggal berapa Cuti Tahunan/);
    expect((await person.say('14-16 des')).join('\n')).toContain('14-16 Des 2026: 3 hari kerja');
  });

  it('stays with the request when the person says so, and reads any other answer as the step’s', async () => {
    const { person } = await employeeChat(db, people.employee.nip);
    await person.say('cuti');
    await person.say('1');
    await person.say('saldo');
    expect((await person.say('Lanjutkan pengajuan cuti')).join('\n')).toMatch(/Tanggal berapa Cuti Tahunan/);
    await person.say('saldo');
    // Asked once: the dates answer the step.
    expect((await person.say('14-16 des')).join('\n')).toContain('14-16 Des 2026: 3 hari kerja');
  });

  it('where free text is asked, switches on the menu word alone, not on a sentence containing it', async () => {
    const { person } = await employeeChat(db, people.employee.nip);
    await person.say('cuti');
    await person.say('1');
    await person.say('14-16 des');
    // Questions between the dates and the reason (abroad?) are answered until the reason is asked.
    let asked = '';
    for (let i = 0; i < 4 && !/alasan cuti/.test(asked); i += 1) asked = (await person.say('tidak')).join('\n');
    expect(asked).toMatch(/alasan cuti/);
    expect((await person.say('sisa saldo untuk urusan keluarga')).join('\n')).toMatch(/alamat Anda selama menjalankan cuti/);
    expect(await person.say('Saldo!')).toEqual([ASK]);
    expect((await person.say('1')).join('\n')).toMatch(/alamat Anda selama menjalankan cuti/);
    // A typo of a menu word is an address here, not a switch.
    expect((await person.say('Sldo')).join('\n')).not.toContain('Lanjutkan pengajuan cuti atau');
  });

  it('lets a draft go after the idle period', async () => {
    const { chat, person } = await employeeChat(db, people.employee.nip);
    await person.say('cuti');
    await person.say('1');
    await person.say('saldo');
    await person.say('2');
    chat.clock.advance(20 * 60_000);
    await person.say('status');
    chat.clock.advance(20 * 60_000);
    const again = (await person.say('cuti')).join('\n');
    expect(again).not.toContain('Melanjutkan');
    expect(again).toMatch(/Jenis cuti apa/);
  });

  it('switches without asking when nothing was filled in yet', async () => {
    const { person } = await employeeChat(db, people.employee.nip);
    expect((await person.say('cuti')).join('\n')).toMatch(/Jenis cuti apa/);
    expect((await person.say('slip gaji')).join('\n')).not.toContain('Lanjutkan');
  });

  it('asks in English for an English speaker', async () => {
    await db.prisma.employee.update({ where: { id: people.employee.id }, data: { language: 'en' } });
    const { person } = await employeeChat(db, people.employee.nip);
    await person.say('leave');
    await person.say('1');
    expect(await person.say('balance')).toEqual([
      'Continue the leave request or open leave balance? What you filled in is kept.\n\n1. ↩️ Continue the leave request\n2. Open leave balance',
    ]);
    expect((await person.say('2')).join('\n')).toMatch(/Annual leave 2026/);
    expect((await person.say('leave')).join('\n')).toContain('Picking up your leave request where you left it');
  });
});
