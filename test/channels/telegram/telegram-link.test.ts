import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLinkAccountFlow } from '../../../flows/link-account';
import { fixedClock } from '../../../src/clock';
import { createLinkCode } from '../../../src/services/link-codes/create-link-code';
import { telegramDeepLink } from '../../../src/services/link-codes/link-code-format';
import type { Tx } from '../../../src/store/database';
import { seedDemo } from '../../../src/store/seed/seed-demo';
import { demoPeople, makeAdminActor } from '../../support/factories';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/test-database';
import { basicFlows } from './basic-flows';
import { startTelegramHarness, type TelegramHarness } from './telegram-harness';
import { textUpdate } from './updates';

const NOW = '2026-11-27T03:00:00Z';

describe.each(testProviders)('Telegram: linking a chat with the deep link from HR, on %s', (provider) => {
  let db: TestDatabase;
  let tg: TelegramHarness;
  const newcomer = { id: 700_701, first_name: 'Dewi' };

  beforeEach(async () => {
    db = await createTestDatabase(provider);
    await seedDemo(db, fixedClock(NOW));
    tg = await startTelegramHarness(db, { now: NOW, flows: basicFlows(createLinkAccountFlow()) });
  });
  afterEach(async () => {
    await tg.close();
    await db.drop();
  });

  it('opening https://t.me/<bot>?start=<code> links the chat on the first message', async () => {
    const { employee } = await demoPeople(db);
    const { code } = await db.prisma.$transaction((tx) =>
      createLinkCode(tx as Tx, { nip: employee.nip, actor: makeAdminActor({ name: 'petugas' }), now: new Date(NOW) }),
    );
    const link = new URL(telegramDeepLink(tg.api.username, code)!);
    // Telegram turns the link into "/start <code>" in the person's chat.
    expect((await tg.post(textUpdate(newcomer, `/start ${link.searchParams.get('start')}`))).statusCode).toBe(200);

    const identity = await db.prisma.chatIdentity.findUniqueOrThrow({
      where: { channel_externalId: { channel: 'TELEGRAM', externalId: String(newcomer.id) } },
    });
    expect(identity.employeeId).toBe(employee.id);
    expect(identity.verifiedAt).not.toBeNull();
    await tg.drain();
    expect(tg.api.messagesIn(newcomer.id).map((m) => m.text).join('\n')).toContain(employee.name);
  });

  it('a wrong code links nothing', async () => {
    await tg.post(textUpdate(newcomer, '/start ZZZZ2222'));
    const identity = await db.prisma.chatIdentity.findUnique({
      where: { channel_externalId: { channel: 'TELEGRAM', externalId: String(newcomer.id) } },
    });
    expect(identity?.verifiedAt ?? null).toBeNull();
  });
});
