import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutboundMessage } from '../../src/chat/outbound-message';
import { linkIdentity } from '../support/factories';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/test-database';
import { employeeChat, seedLeaveWorld, submitFor } from './leave-chat';

describe.each(testProviders)('acting for an employee in chat on %s', (provider) => {
  let db: TestDatabase;
  let people: Awaited<ReturnType<typeof seedLeaveWorld>>;

  beforeEach(async () => {
    db = await createTestDatabase(provider);
    people = await seedLeaveWorld(db);
  });
  afterEach(async () => {
    await db.drop();
  });

  /** What reached a chat that did not speak: the notices the services queued for it. */
  async function notices(chatId: string): Promise<string> {
    const rows = await db.prisma.outboxMessage.findMany({ where: { chatId }, orderBy: { id: 'asc' }, select: { payload: true } });
    return rows.map((r) => r.payload as unknown as OutboundMessage).map((m) => ('text' in m ? m.text : '')).join('\n');
  }
  const audit = (action: string) =>
    db.prisma.auditLog.findFirstOrThrow({ where: { action }, orderBy: { id: 'desc' }, select: { actorType: true, actorId: true, actorName: true, channel: true, data: true } });

  it('is neither offered to nor allowed for a plain employee', async () => {
    const { employee } = people;
    const { person } = await employeeChat(db, employee.nip, 'emp');
    expect((await person.say('menu')).join('\n')).not.toContain('Untuk pegawai');
    expect(await person.say('ajukan untuk pegawai')).toEqual([
      'Mengajukan atau membatalkan cuti atas nama pegawai hanya untuk petugas kepegawaian dan atasan, bagi pegawai yang mereka bawahi.',
    ]);
    expect(await db.prisma.leaveRequest.count()).toBe(0);
  });

  it('lets a supervisor submit for one of their people: questions about the employee, their name on the summary, the audit names the proxy, the employee is told', async () => {
    const { employee, supervisor, hr } = people;
    await linkIdentity(db, 'LOCAL', 'employee-chat', employee.nip);
    const { person } = await employeeChat(db, supervisor.nip, 'sup');
    expect((await person.say('menu')).join('\n')).toMatch(/\d+\. 🤝 Untuk pegawai$/);
    expect(await person.say('untuk pegawai')).toEqual(['Untuk pegawai siapa? Ketik nama atau NIP-nya.']);
    // Someone they do not supervise is not found, whoever they are.
    expect(await person.say(hr.nip)).toEqual(['Tidak ada pegawai bawahan Anda yang cocok. Coba nama atau NIP lain, atau ketik *menu*.']);
    const what = (await person.say(employee.nip)).join('\n');
    expect(what).toMatch(new RegExp(`^👤 \\*${employee.name}\\* \\(NIP ${employee.nip}\\), .+\\. Apa yang ingin Anda lakukan atas namanya\\?\\s+1\\. 📝 Ajukan cuti\\s+2\\. ✖️ Batalkan pengajuan$`));
    expect((await person.say('1')).join('\n')).toMatch(new RegExp(`^Jenis cuti apa untuk ${employee.name}\\?\\s+1\\. Cuti Tahunan`));
    expect(await person.say('1')).toEqual([`Tanggal berapa Cuti Tahunan ${employee.name}? Tulis misalnya *besok*, *14-16 des*, *senin depan* atau *3 hari mulai senin*.`]);
    expect(await person.say('14-16 des')).toEqual(['📅 14-16 Des 2026: 3 hari kerja.', `Apakah cuti ${employee.name} dijalani di luar negeri?\n\n1. Ya\n2. Tidak`]);
    expect(await person.say('2')).toEqual([`Apa alasan cuti ${employee.name}? Tulis singkat, misalnya *acara keluarga di Bandung*.`]);
    expect(await person.say('acara keluarga')).toEqual([`Di mana alamat ${employee.name} selama menjalankan cuti?`]);
    const summary = (await person.say('Bandung')).join('\n');
    expect(summary).toMatch(new RegExp(`^👤 Untuk: \\*${employee.name}\\* \\(NIP ${employee.nip}\\)\\nRingkasan pengajuan cuti:`));
    expect(summary).toContain('• Tanggal: 14-16 Des 2026');
    const sent = (await person.say('ya')).join('\n');

    const request = await db.prisma.leaveRequest.findFirstOrThrow({
      select: { id: true, ref: true, employeeId: true, submittedById: true, proxy: true, steps: { select: { approverId: true, order: true } } },
    });
    expect(sent).toBe(`Pengajuan cuti ${employee.name} (ref ${request.ref}) sudah dikirim ke ${supervisor.name}, tercatat diajukan oleh Anda atas namanya. ${employee.name} diberi tahu lewat chat.`);
    expect(request).toMatchObject({ employeeId: employee.id, submittedById: supervisor.id, proxy: true });
    expect(await audit('leave.submitted')).toMatchObject({ actorType: 'EMPLOYEE', actorId: supervisor.id, actorName: supervisor.name, channel: 'LOCAL', data: { proxy: true, employeeId: employee.id } });
    expect(await notices('employee-chat')).toContain(`📝 ${supervisor.name} mengajukan Cuti Tahunan atas nama Anda: 14-16 Des 2026 (3 hari). Nomor ${request.ref}`);
  });

  it('lets HR pick among several matches; the request goes to the employee\'s approver, not HR\'s', async () => {
    const { employee, supervisor, hr } = people;
    const namesake = await db.prisma.employee.update({ where: { id: people.pppk.id }, data: { name: `${employee.name.toUpperCase()} JUNIOR` }, select: { name: true, nip: true } });
    const namesakes = [employee, namesake];
    const { person } = await employeeChat(db, hr.nip, 'hr');
    await person.say('ajukan untuk');
    const list = (await person.say(employee.name.toLowerCase())).join('\n');
    expect(list).toMatch(new RegExp(`^Ada ${namesakes.length} pegawai yang cocok\\. Yang mana\\?`));
    for (const e of namesakes) expect(list).toContain(`${e.name} · ${e.nip} · `);
    expect(await person.say('99')).toEqual(['Pilih nomor pegawai dari daftar, atau ketik *menu*.']);
    const number = new RegExp(`(\\d+)\\. ${employee.name} · ${employee.nip}`).exec(list)![1]!;
    expect((await person.say(number)).join('\n')).toContain(`👤 *${employee.name}* (NIP ${employee.nip})`);
    await person.say('1');
    await person.say('1');
    await person.say('14-16 des utk acara keluarga di Bandung');
    await person.say('tidak');
    const sent = (await person.say('ya')).join('\n');
    expect(sent).toMatch(new RegExp(`sudah dikirim ke ${supervisor.name}, .* Chat ${employee.name} belum terhubung ke SAPA: sampaikan langsung kepadanya\\.$`));
    const request = await db.prisma.leaveRequest.findFirstOrThrow({ select: { employeeId: true, submittedById: true, proxy: true, steps: { select: { approverId: true }, orderBy: { order: 'asc' } } } });
    expect(request).toMatchObject({ employeeId: employee.id, submittedById: hr.id, proxy: true });
    expect(request.steps[0]!.approverId).toBe(supervisor.id);
    expect(await audit('leave.submitted')).toMatchObject({ actorId: hr.id, data: { proxy: true, employeeId: employee.id } });
  });

  it('cancels a request for an employee, in English, and the employee is told who did it', async () => {
    const { employee, hr } = people;
    await linkIdentity(db, 'LOCAL', 'employee-chat', employee.nip);
    const pending = await submitFor(db, employee, { start: '2026-12-14', end: '2026-12-16' });
    await db.prisma.employee.update({ where: { id: hr.id }, data: { language: 'en' } });
    const { person } = await employeeChat(db, hr.nip, 'hr');
    expect((await person.say('menu')).join('\n')).toMatch(/\d+\. 🤝 For an employee$/);
    expect(await person.say('on behalf')).toEqual(['For which employee? Type their name or NIP.']);
    expect((await person.say(employee.nip)).join('\n')).toMatch(/What would you like to do on their behalf\?\s+1\. 📝 Request leave\s+2\. ✖️ Cancel a request$/);
    expect((await person.say('2')).join('\n')).toMatch(new RegExp(`^Which of ${employee.name}’s requests do you want to cancel\\?\\s+1\\. ${pending.ref} · Annual leave · 14-16 Dec 2026$`));
    await person.say('1');
    expect((await person.say('plans changed')).join('\n')).toMatch(new RegExp(`Cancel request ${pending.ref}`));
    expect(await person.say('yes')).toEqual([`${employee.name}’s request ${pending.ref} has been cancelled. 3 days are back in their annual leave balance. ${employee.name} has been told by chat.`]);
    expect(await db.prisma.leaveRequest.findUniqueOrThrow({ where: { id: pending.id }, select: { status: true, cancelReason: true } })).toEqual({ status: 'CANCELLED', cancelReason: 'plans changed' });
    expect(await audit('leave.cancelled')).toMatchObject({ actorType: 'EMPLOYEE', actorId: hr.id, actorName: hr.name, data: { proxy: true, reason: 'plans changed' } });
    expect(await notices('employee-chat')).toContain(hr.name);
  });

  it('submits for someone in English with the questions addressed to the proxy', async () => {
    const { employee, supervisor } = people;
    await db.prisma.employee.update({ where: { id: supervisor.id }, data: { language: 'en' } });
    const { person } = await employeeChat(db, supervisor.nip, 'sup');
    await person.say('for employee');
    await person.say(employee.nip);
    expect((await person.say('1')).join('\n')).toMatch(new RegExp(`^Which type of leave for ${employee.name}\\?`));
    expect(await person.say('1')).toEqual([`Which dates for ${employee.name}’s Annual leave? Write e.g. *tomorrow*, *14-16 dec*, *next monday* or *3 days from monday*.`]);
    expect((await person.say('14-16 dec')).join('\n')).toContain(`Will ${employee.name} spend this leave abroad?`);
    expect(await person.say('no')).toEqual([`What is ${employee.name}’s reason for the leave? Briefly, e.g. *family event in Bandung*.`]);
    expect(await person.say('family event')).toEqual([`What is ${employee.name}’s address while on leave?`]);
    expect((await person.say('Bandung')).join('\n')).toMatch(new RegExp(`^👤 For: \\*${employee.name}\\* \\(NIP ${employee.nip}\\)\\n`));
    expect((await person.say('yes')).join('\n')).toMatch(new RegExp(`^${employee.name}’s leave request \\(ref CT-2026-\\d+\\) has been sent to ${supervisor.name}, recorded as submitted by you on their behalf\\.`));
  });
});
