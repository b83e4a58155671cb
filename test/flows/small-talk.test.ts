import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFlowRegistry } from '../../flows';
import { createChatHarness } from '../support/chat-harness';
import { linkIdentity } from '../support/factories';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/test-database';
import { NOW, employeeChat, seedLeaveWorld } from './leave-chat';

const NOT_UNDERSTOOD = /belum mengerti|did not (get|understand)/;

describe.each(testProviders)('greetings and small talk on %s', (provider) => {
  let db: TestDatabase;
  let people: Awaited<ReturnType<typeof seedLeaveWorld>>;

  beforeEach(async () => {
    db = await createTestDatabase(provider);
    people = await seedLeaveWorld(db);
  });
  afterEach(async () => {
    await db.drop();
  });

  it('answers a first "halo" with the introduction and the menu, never "not understood"', async () => {
    await linkIdentity(db, 'LOCAL', 'ana', people.employee.nip);
    const person = createChatHarness(db, createFlowRegistry(), { now: NOW }).person('ana');
    const said = await person.say('halo');
    // One message: the introduction and the menu's choices together.
    expect(said).toHaveLength(1);
    const replies = said.join('\n');
    expect(replies).toContain('Saya *SAPA*');
    expect(replies).toContain('Ajukan cuti');
    expect(replies).not.toMatch(NOT_UNDERSTOOD);
  });

  it('greets back by the time of day the person used, thanks and nods, each with the menu in the same message', async () => {
    const { person } = await employeeChat(db, people.employee.nip);
    const name = people.employee.name;
    for (const [said, answer] of [
      ['Selamat pagi pak', `Selamat pagi, ${name}. Apa yang bisa saya bantu?`],
      ['siang', `Selamat siang, ${name}. Apa yang bisa saya bantu?`],
      ["Assalamu'alaikum wr wb", `Wa'alaikumsalam, ${name}. Apa yang bisa saya bantu?`],
      ['hai', `Halo, ${name}! 👋 Apa yang bisa saya bantu?`],
      ['terima kasih banyak', `Sama-sama, ${name}. 🙏 Ada lagi yang bisa saya bantu?`],
      ['makasih bu', `Sama-sama, ${name}. 🙏 Ada lagi yang bisa saya bantu?`],
      ['ok', `Baik, ${name}. Ada lagi yang bisa saya bantu?`],
      ['siap', `Baik, ${name}. Ada lagi yang bisa saya bantu?`],
      ['👍', `Baik, ${name}. Ada lagi yang bisa saya bantu?`],
    ] as const) {
      const replies = await person.say(said);
      expect(replies, said).toHaveLength(1);
      expect(replies[0]!.split('\n')[0], said).toBe(answer);
      expect(replies[0], said).toContain('1. 📝 Ajukan cuti');
    }
  });

  it('answers in English for an English speaker', async () => {
    await db.prisma.employee.update({ where: { id: people.employee.id }, data: { language: 'en' } });
    const { person } = await employeeChat(db, people.employee.nip);
    const name = people.employee.name;
    expect((await person.say('thanks'))[0]!.split('\n')[0]).toBe(`You are welcome, ${name}. Anything else I can do for you?`);
    expect((await person.say('Good morning'))[0]!.split('\n')[0]).toBe(`Good morning, ${name}. What can I do for you?`);
    expect((await person.say('hello'))[0]).toContain('Request leave');
  });

  it('opens the flow named after a greeting ("pagi pak, saldo")', async () => {
    const { person } = await employeeChat(db, people.employee.nip);
    expect((await person.say('Pagi pak, saldo')).join('\n')).toContain('Cuti tahunan 2026');
    expect((await person.say('Hello, status')).join('\n')).not.toMatch(NOT_UNDERSTOOD);
  });

  it('answers a thanks in the middle of a step with a word back and what the step still needs', async () => {
    const { person } = await employeeChat(db, people.employee.nip);
    await person.say('cuti');
    await person.say('1');
    const replies = await person.say('makasih');
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatch(new RegExp(`^Sama-sama, ${people.employee.name}\\. 🙏 `));
    expect(replies[0]).not.toMatch(NOT_UNDERSTOOD);
    // The chat stayed at the dates.
    expect((await person.say('14-16 des')).join('\n')).toContain('14');
  });

  it('greets a stranger and points to linking', async () => {
    const chat = createChatHarness(db, createFlowRegistry(), { now: NOW });
    const stranger = chat.person('stranger');
    const said = await stranger.say('halo');
    expect(said).toHaveLength(1);
    const first = said.join('\n');
    expect(first).toContain('Saya *SAPA*');
    expect(first).toContain('NIP');
    expect(first).not.toMatch(NOT_UNDERSTOOD);
    const again = (await stranger.say('pagi')).join('\n');
    expect(again).toMatch(/^Selamat pagi\.\s/);
    expect(again).toContain('NIP');
  });
});
