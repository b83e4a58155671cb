import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFlowRegistry } from '../../flows';
import { fixedClock } from '../../src/clock';
import type { OutboundMessage } from '../../src/chat/outbound-message';
import { seedDemo } from '../../src/store/seed/seed-demo';
import { createChatHarness } from '../support/chat-harness';
import { demoPeople, linkIdentity } from '../support/factories';
import { createTestDatabase, type TestDatabase, testProviders } from '../support/test-database';

const NOW = '2026-11-27T03:00:00Z';

describe.each(testProviders)('HR worklist and profile review in chat (%s)', (provider) => {
  let db: TestDatabase;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  let chat: ReturnType<typeof createChatHarness>;

  beforeEach(async () => {
    db = await createTestDatabase(provider);
    await seedDemo(db, fixedClock(NOW));
    people = await demoPeople(db);
    await linkIdentity(db, 'LOCAL', 'ana', people.employee.nip);
    await linkIdentity(db, 'LOCAL', 'hr', people.hr.nip);
    chat = createChatHarness(db, createFlowRegistry(), { now: NOW });
  });
  afterEach(async () => {
    await db.drop();
  });

  async function lastText(chatId: string): Promise<string> {
    const row = await db.prisma.outboxMessage.findFirstOrThrow({ where: { chatId }, orderBy: { id: 'desc' }, select: { payload: true } });
    const message = row.payload as unknown as OutboundMessage;
    return 'text' in message ? message.text : '';
  }

  /** Ana asks for a change through her own chat, as an employee does. */
  async function anaAsks(field: '1' | '2' | '3', value: string) {
    const ana = chat.person('ana');
    await ana.say('menu');
    await ana.say('ubah data');
    await ana.say(field);
    await ana.say(value);
    expect((await ana.say('ya')).join('\n')).toContain('sudah dikirim');
  }

  it('tells HR where to review, approves (the record changes, the old value is kept) and rejects with a note; Ana is told each time', async () => {
    const before = await db.prisma.employee.findUniqueOrThrow({ where: { id: people.employee.id }, select: { email: true, address: true } });
    await anaAsks('3', 'ana.baru@serangkota.go.id');
    // The notice names the real menu item and its word.
    expect(await lastText('hr')).toContain('Periksa lewat menu *🪪 Tinjau ubah data* (ketik *tinjau data*)');

    const hr = chat.person('hr');
    await hr.say('menu');
    expect((await hr.say('menu')).join('\n')).toContain('🪪 Tinjau ubah data');
    const list = (await hr.say('tinjau data')).join('\n');
    expect(list).toContain('menunggu (1, terlama dulu)');
    expect(list).toContain(`1. no. `);
    const card = (await hr.say('1')).join('\n');
    expect(card).toContain(`${people.employee.name} (NIP ${people.employee.nip})`);
    expect(card).toContain(`Email saat ini: ${before.email ?? '(kosong)'}`);
    expect(card).toContain('Email baru: *ana.baru@serangkota.go.id*');
    expect((await hr.say('setujui')).join('\n')).toContain(`Email ${people.employee.name} sekarang ana.baru@serangkota.go.id`);

    const after = await db.prisma.employee.findUniqueOrThrow({ where: { id: people.employee.id }, select: { email: true } });
    expect(after.email).toBe('ana.baru@serangkota.go.id');
    const approved = await db.prisma.auditLog.findFirstOrThrow({ where: { action: 'profile.change_approved' }, select: { actorId: true, channel: true, data: true } });
    expect(approved).toMatchObject({ actorId: people.hr.id, channel: 'LOCAL', data: { field: 'email', oldValue: before.email, newValue: 'ana.baru@serangkota.go.id' } });
    expect(await lastText('ana')).toContain('disetujui: Email Anda sekarang ana.baru@serangkota.go.id');

    await anaAsks('2', 'Jl. Kenari 7, Kaligandu, Serang');
    await hr.say('tinjau data');
    await hr.say('1');
    expect((await hr.say('tolak')).join('\n')).toContain('Tulis alasan penolakan');
    expect(await hr.say('x')).toEqual([expect.stringContaining('3–300 huruf')]);
    expect((await hr.say('Alamat harus sesuai KTP')).join('\n')).toContain('ditolak; pegawai sudah diberi tahu');
    expect(await lastText('ana')).toContain('tidak disetujui. Catatan petugas: Alamat harus sesuai KTP');
    const address = await db.prisma.employee.findUniqueOrThrow({ where: { id: people.employee.id }, select: { address: true } });
    expect(address.address).toBe(before.address);
    expect((await hr.say('tinjau data')).join('\n')).toContain('Tidak ada permintaan perubahan data yang menunggu');
  });

  it('shows the worklist: profile changes waiting, failed deliveries and employees not linked per agency', async () => {
    await anaAsks('3', 'ana.baru@serangkota.go.id');
    await db.prisma.outboxMessage.create({ data: { channel: 'LOCAL', chatId: 'ana', payload: { kind: 'text', text: 'x' }, status: 'DEAD', lastError: 'chat blocked' } });
    const hr = chat.person('hr');
    await hr.say('menu');
    const shown = (await hr.say('daftar kerja')).join('\n');
    expect(shown).toContain('Daftar kerja HR');
    expect(shown).toContain('Perubahan data menunggu*: 1');
    expect(shown).toContain(`no. `);
    expect(shown).toContain(`${people.employee.name}: Email`);
    expect(shown).toContain('Pesan gagal terkirim*: 1');
    expect(shown).toContain(`Pesan untuk ${people.employee.name} (LOCAL): chat blocked`);
    const employees = await db.prisma.employee.count({ where: { active: true } });
    expect(shown).toContain(`Pegawai belum terhubung*: ${employees - 2}`);
    expect(shown).toContain('Ketik *tinjau data*');

    const ana = chat.person('ana');
    await ana.say('menu');
    expect((await ana.say('daftar kerja')).join('\n')).toContain('hanya untuk petugas kepegawaian');
  });

  it('speaks English to an HR officer who chose it', async () => {
    await db.prisma.employee.update({ where: { id: people.hr.id }, data: { language: 'en' } });
    const hr = chat.person('hr');
    await hr.say('hello');
    expect((await hr.say('profile changes')).join('\n')).toContain('No profile-change requests are waiting.');
    await anaAsks('3', 'ana.baru@serangkota.go.id');
    expect(await lastText('hr')).toContain('Review it in the *🪪 Review data changes* menu (type *profile changes*)');
    const worklist = (await hr.say('worklist')).join('\n');
    expect(worklist).toContain('HR worklist');
    expect(worklist).toContain('Profile changes waiting*: 1');
    await hr.say('profile changes');
    expect((await hr.say('1')).join('\n')).toContain('New Email: *ana.baru@serangkota.go.id*');
    await hr.say('reject');
    expect((await hr.say('Please use your office email')).join('\n')).toContain('rejected; the employee has been told');
    expect(await lastText('ana')).toContain('Catatan petugas: Please use your office email');
  });
});
