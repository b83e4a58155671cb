import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPhone } from '../../../src/domain/demo-phone';
import { createDemoRecipientCheck } from '../../../src/services/dev/create-demo-recipient-check';
import { seedDemo } from '../../../src/store/seed/seed-demo';
import { fixedClock } from '../../../src/clock';
import { linkIdentity } from '../../support/factories';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/test-database';

describe.each(testProviders)('the demo recipient check, on %s', (provider) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await db.drop();
  });

  it('trusts "no demo people here" for a minute, then asks the database again', async () => {
    let now = 0;
    const isDemo = createDemoRecipientCheck(db, () => now);
    expect(await isDemo('TELEGRAM', '5001')).toBe(false);

    await seedDemo(db, fixedClock('2026-12-01T01:00:00Z'));
    const person = await db.prisma.employee.findFirstOrThrow({ where: { demo: true }, select: { nip: true } });
    await linkIdentity(db, 'TELEGRAM', '5001', person.nip);
    now = 59_000;
    expect(await isDemo('TELEGRAM', '5001')).toBe(false);
    now = 60_000;
    expect(await isDemo('TELEGRAM', '5001')).toBe(true);
    expect(await isDemo('TELEGRAM', '5002')).toBe(false);
  });

  it('refuses a number in the reserved demo range without asking', async () => {
    const isDemo = createDemoRecipientCheck(db, () => 0);
    expect(await isDemo('WHATSAPP', demoPhone(3))).toBe(true);
  });
});
