import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock';
import { listLinkedChats } from '../../../src/services/identity/list-linked-chats';
import { unlinkChat } from '../../../src/services/identity/unlink-chat';
import type { Tx } from '../../../src/store/database';
import { seedDemo } from '../../../src/store/seed/seed-demo';
import { demoPeople, linkIdentity } from '../../support/factories';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/test-database';

const NOW = '2026-11-27T03:00:00Z';

describe.each(testProviders)('unlinkChat on %s', (provider) => {
  let db: TestDatabase;
  let people: Awaited<ReturnType<typeof demoPeople>>;

  beforeEach(async () => {
    db = await createTestDatabase(provider);
    await seedDemo(db, fixedClock(NOW));
    people = await demoPeople(db);
  });
  afterEach(async () => {
    await db.drop();
  });

  const unlink = (employeeId: number, identityId: number, fromIdentityId: number) =>
    db.prisma.$transaction((tx) => unlinkChat(tx as Tx, { employeeId, identityId, fromIdentityId, now: new Date(NOW) }));

  it('refuses a chat of somebody else and changes nothing', async () => {
    const mine = await linkIdentity(db, 'TELEGRAM', '501', people.employee.nip);
    const theirs = await linkIdentity(db, 'TELEGRAM', '502', people.pppk.nip);
    await expect(unlink(people.employee.id, theirs, mine)).rejects.toMatchObject({ code: 'error.not_found' });
    expect((await db.prisma.chatIdentity.findUniqueOrThrow({ where: { id: theirs } })).employeeId).toBe(people.pppk.id);
    expect(await db.prisma.auditLog.count({ where: { action: 'identity.unlinked' } })).toBe(0);
  });

  it('does not write to a chat marked unreachable, and lists only verified chats', async () => {
    const mine = await linkIdentity(db, 'TELEGRAM', '501', people.employee.nip);
    const old = await linkIdentity(db, 'TELEGRAM', '503', people.employee.nip);
    await db.prisma.chatIdentity.update({ where: { id: old }, data: { unreachableAt: new Date(NOW) } });
    await db.prisma.chatIdentity.create({ data: { channel: 'TELEGRAM', externalId: '504', employeeId: people.employee.id } });
    const listed = await db.prisma.$transaction((tx) => listLinkedChats(tx as Tx, people.employee.id));
    expect(listed.map((c) => c.identityId).sort()).toEqual([mine, old].sort());
    expect(await unlink(people.employee.id, old, mine)).toEqual({ self: false });
    expect(await db.prisma.outboxMessage.count({ where: { chatId: '503' } })).toBe(0);
    expect(await db.prisma.auditLog.count({ where: { action: 'identity.unlinked', actorId: people.employee.id } })).toBe(1);
  });
});
