import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock';
import { chatsOf } from '../../../src/services/notify/chats-of';
import { notifyEmployees } from '../../../src/services/notify/notify-employees';
import type { Tx } from '../../../src/store/database';
import { seedDemo } from '../../../src/store/seed/seed-demo';
import { demoPeople, linkIdentity } from '../../support/factories';
import { createTestDatabase, type TestDatabase, testProviders } from '../../support/test-database';

describe.each(testProviders)('chatsOf on %s', (provider) => {
  let db: TestDatabase;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  beforeEach(async () => {
    db = await createTestDatabase(provider);
    await seedDemo(db, fixedClock('2026-11-27T03:00:00Z'));
    people = await demoPeople(db);
  });
  afterEach(async () => {
    await db.drop();
  });
  const tx = () => db.prisma as unknown as Tx;

  it('reaches each employee on the preferred channel, else on another verified chat', async () => {
    const { employee, supervisor } = people;
    await linkIdentity(db, 'WHATSAPP', '628111@s.whatsapp.net', employee.nip);
    await linkIdentity(db, 'TELEGRAM', '5001', employee.nip);
    await linkIdentity(db, 'WHATSAPP', '628222@s.whatsapp.net', supervisor.nip);

    const byTelegram = await chatsOf(tx(), [employee.id, supervisor.id], 'TELEGRAM');
    expect(byTelegram.get(employee.id)).toMatchObject({ channel: 'TELEGRAM', chatId: '5001', lang: 'id' });
    expect(byTelegram.get(supervisor.id)).toMatchObject({ channel: 'WHATSAPP', chatId: '628222@s.whatsapp.net' });
    expect((await chatsOf(tx(), [employee.id], 'WHATSAPP')).get(employee.id)).toMatchObject({ channel: 'WHATSAPP' });
  });

  it('never uses an unverified or unreachable chat, nor one of an employee who left', async () => {
    const { employee, supervisor, hr } = people;
    await db.prisma.chatIdentity.create({ data: { channel: 'TELEGRAM', externalId: 'unverified', employeeId: employee.id } });
    await linkIdentity(db, 'TELEGRAM', 'gone', supervisor.nip);
    await db.prisma.chatIdentity.update({ where: { channel_externalId: { channel: 'TELEGRAM', externalId: 'gone' } }, data: { unreachableAt: new Date() } });
    await linkIdentity(db, 'TELEGRAM', 'left', hr.nip);
    await db.prisma.employee.update({ where: { id: hr.id }, data: { active: false } });

    expect((await chatsOf(tx(), [employee.id, supervisor.id, hr.id], 'TELEGRAM')).size).toBe(0);
  });

  it('writes each notice in its reader’s language, to the outbox', async () => {
    const { employee } = people;
    await db.prisma.employee.update({ where: { id: employee.id }, data: { language: 'en' } });
    await linkIdentity(db, 'TELEGRAM', '7001', employee.nip);
    const reached = await notifyEmployees(tx(), [
      { employeeId: employee.id, prefer: 'WHATSAPP', purpose: 'notice', dedupeKey: 'k', build: (lang) => [{ kind: 'text', text: `hello-${lang}` }] },
    ]);
    expect(reached.map((c) => c.chatId)).toEqual(['7001']);
    await notifyEmployees(tx(), [{ employeeId: employee.id, prefer: 'WHATSAPP', purpose: 'notice', dedupeKey: 'k', build: () => [{ kind: 'text', text: 'again' }] }]);
    const rows = await db.prisma.outboxMessage.findMany({ where: { chatId: '7001' } });
    expect(rows.map((r) => r.payload)).toEqual([{ kind: 'text', text: 'hello-en' }]);
  });
});
