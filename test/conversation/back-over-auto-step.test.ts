import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFlowRegistry } from '../../flows';
import { fixedClock } from '../../src/clock';
import { seedDemo } from '../../src/store/seed/seed-demo';
import { createChatHarness } from '../support/chat-harness';
import { demoPeople, linkIdentity } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

describe('going back', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemo(db, fixedClock('2026-11-27T03:00:00Z'));
  });
  afterAll(async () => {
    await db.drop();
  });

  it('skips steps that ask nothing, so "kembali" always answers', async () => {
    const { employee } = await demoPeople(db);
    await linkIdentity(db, 'LOCAL', 'back', employee.nip);
    const chat = createChatHarness(db, createFlowRegistry());
    const person = chat.person('back');
    await person.say('halo');
    expect((await person.say('slip')).join('\n')).toMatch(/Oktober 2026/);
    const replies = await person.say('kembali');
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.join('\n')).toContain(employee.name);
  });
});
