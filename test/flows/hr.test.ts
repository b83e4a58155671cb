import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFlowRegistry } from '../../flows';
import { fixedClock } from '../../src/clock';
import { seedDemo } from '../../src/store/seed/seed-demo';
import { createChatHarness } from '../support/chat-harness';
import { demoPeople, linkIdentity } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const NOW = '2026-11-27T03:00:00Z';

describe('HR flows', () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase();
    await seedDemo(db, fixedClock(NOW));
  });
  afterEach(async () => {
    await db.drop();
  });

  it('shows today\'s digest with its CSV to HR on demand', async () => {
    const { hr } = await demoPeople(db);
    await linkIdentity(db, 'LOCAL', 'hr', hr.nip);
    const chat = createChatHarness(db, createFlowRegistry(), { now: NOW });
    const person = chat.person('hr');
    await person.say('halo');
    const replies = await person.say('rekap');
    expect(replies[0]).toMatch(/27 Nov 2026/);
    const csv = person.last.find((m) => m.kind === 'document');
    expect(csv?.kind === 'document' && csv.source.type === 'inline' && csv.mimeType).toBe('text/csv');
  });

  it('finds an employee by name or NIP prefix, and says so when nobody matches', async () => {
    const { hr, employee } = await demoPeople(db);
    await linkIdentity(db, 'LOCAL', 'hr2', hr.nip);
    const chat = createChatHarness(db, createFlowRegistry(), { now: NOW });
    const person = chat.person('hr2');
    await person.say('halo');
    await person.say('cari pegawai');
    expect((await person.say('ab')).join('\n')).toMatch(/minimal 3 huruf/);
    expect((await person.say(employee.nip)).join('\n')).toContain(employee.name);
    await person.say('cari pegawai');
    expect((await person.say('zzzqqq')).join('\n')).toMatch(/Tidak ada pegawai/);
    const firstName = employee.name.split(' ')[0]!;
    expect((await person.say(firstName.toLowerCase())).join('\n')).toContain(firstName);
  });

  it('keeps the HR menus from other employees', async () => {
    const { employee } = await demoPeople(db);
    await linkIdentity(db, 'LOCAL', 'emp', employee.nip);
    const chat = createChatHarness(db, createFlowRegistry(), { now: NOW });
    const person = chat.person('emp');
    await person.say('halo');
    expect((await person.say('rekap')).join('\n')).toMatch(/hanya untuk petugas kepegawaian/);
    const sent = await db.prisma.outboxMessage.findMany({ where: { chatId: 'emp' }, select: { payload: true } });
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.filter((m) => (m.payload as { kind: string }).kind === 'document')).toEqual([]);
  });

  it('sends a profile change to HR for review and changes nothing yet', async () => {
    const { employee, hr } = await demoPeople(db);
    await linkIdentity(db, 'LOCAL', 'emp2', employee.nip);
    await linkIdentity(db, 'TELEGRAM', '555', hr.nip);
    const chat = createChatHarness(db, createFlowRegistry(), { now: NOW });
    const person = chat.person('emp2');
    await person.say('halo');
    await person.say('ubah data');
    await person.say('1');
    expect((await person.say('12345')).join('\n')).toMatch(/keliru/);
    await person.say('0813 1111 2222');
    expect((await person.say('ya')).join('\n')).toMatch(/sudah dikirim/);
    const request = await db.prisma.profileChangeRequest.findFirstOrThrow({ where: { employee: { nip: employee.nip } } });
    expect(request).toMatchObject({ field: 'phone', newValue: '6281311112222', status: 'PENDING' });
    const stored = await db.prisma.employee.findUniqueOrThrow({ where: { nip: employee.nip } });
    expect(stored.phone).not.toBe('6281311112222');
    expect(await db.prisma.outboxMessage.count({ where: { channel: 'TELEGRAM', chatId: '555' } })).toBe(1);
  });

  it('answers a bad answer at each step of the profile and language flows with a hint, saving nothing', async () => {
    const { employee } = await demoPeople(db);
    await linkIdentity(db, 'LOCAL', 'odd', employee.nip);
    const chat = createChatHarness(db, createFlowRegistry(), { now: NOW });
    const person = chat.person('odd');
    await person.say('halo');

    await person.say('ubah data');
    expect(await person.say('9')).toEqual([expect.stringMatching(/pilih salah satu/)]);
    await person.say('3');
    expect(await person.say('bukan-email')).toEqual([expect.stringMatching(/tidak valid/)]);
    await person.say('ana@serangkota.go.id');
    expect(await person.say('mungkin')).toEqual([expect.stringMatching(/\*ya\* atau \*tidak\*/)]);
    expect((await person.say('tidak')).join('\n')).toMatch(/dibatalkan/);
    expect(await db.prisma.profileChangeRequest.count()).toBe(0);

    await person.say('bahasa');
    expect(await person.say('klingon')).toEqual([expect.stringMatching(/Pilih bahasa/)]);
    expect((await person.say('1'))[0]).toMatch(/Bahasa Indonesia/);
    const saved = await db.prisma.employee.findUniqueOrThrow({ where: { nip: employee.nip }, select: { language: true } });
    expect(saved.language).toBe('id');
  });
});
