import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFlowRegistry } from '../../flows';
import { fixedClock } from '../../src/clock';
import { seedDemo } from '../../src/store/seed/seed-demo';
import { createChatHarness } from '../support/chat-harness';
import { demoPeople, linkIdentity } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const NOW = '2026-11-27T03:00:00Z';

describe('konsol: a sign-in link to the HR console from chat', () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase();
    await seedDemo(db, fixedClock(NOW));
  });
  afterEach(async () => {
    await db.drop();
  });

  it('gives HR and a supervisor a one-time link bound to them, stored hashed; refuses anyone else', async () => {
    const { hr, supervisor, employee } = await demoPeople(db);
    await linkIdentity(db, 'LOCAL', 'hr', hr.nip);
    await linkIdentity(db, 'LOCAL', 'boss', supervisor.nip);
    await linkIdentity(db, 'LOCAL', 'emp', employee.nip);
    const chat = createChatHarness(db, createFlowRegistry(), { now: NOW });

    for (const [who, id, role] of [['hr', hr.id, 'HR'], ['boss', supervisor.id, 'SUPERVISOR']] as const) {
      const person = chat.person(who);
      await person.say('halo');
      const reply = (await person.say('konsol')).join('\n');
      const token = /\/hr\/login\/([A-Za-z0-9_-]{43})/.exec(reply)?.[1];
      expect(reply).toContain('10 menit');
      expect(token).toBeDefined();
      const link = await db.prisma.consoleLink.findFirstOrThrow({ where: { employeeId: id }, orderBy: { id: 'desc' } });
      expect(link).toMatchObject({ role, createdVia: 'LOCAL', usedAt: null });
      expect(link.tokenHash).toMatch(/^s1\$/);
      expect(link.tokenHash).not.toContain(token!);
      expect(link.expiresAt.getTime() - new Date(NOW).getTime()).toBe(10 * 60_000);
    }

    const person = chat.person('emp');
    await person.say('halo');
    expect((await person.say('konsol')).join('\n')).toMatch(/hanya untuk petugas BKPSDM dan atasan/);
    expect(await db.prisma.consoleLink.count({ where: { employeeId: employee.id } })).toBe(0);
  });
});
