import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFlowRegistry } from '../../flows';
import { outboundMessageSchema } from '../../src/chat/outbound-message';
import { fixedClock } from '../../src/clock';
import { loadConfig } from '../../src/config';
import { outboundDocumentResolver } from '../../src/services/documents/outbound-document-resolver';
import { seedDemo } from '../../src/store/seed/seed-demo';
import { createChatHarness } from '../support/chat-harness';
import { demoPeople, linkIdentity } from '../support/factories';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/test-database';
import { pdfTexts } from '../payslip/read-pdf';

const NOW = '2026-11-27T03:00:00Z';

describe.each(testProviders)('“data saya” on %s', (provider) => {
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

  it('sends the employee their own data as a PDF through the outbox, says how to correct it, and audits it', async () => {
    await linkIdentity(db, 'LOCAL', 'desk', people.employee.nip);
    await linkIdentity(db, 'LOCAL', 'other', people.pppk.nip);
    const chat = createChatHarness(db, createFlowRegistry(), { now: NOW });
    const me = chat.person('desk');
    await me.say('menu');
    const replies = await me.say('data saya');
    expect(replies.join('\n')).toContain('*ubah data*');
    expect(replies.join('\n')).toContain('/privacy');
    expect(me.last).toContainEqual({
      kind: 'document',
      fileName: 'data-pribadi-2026-11-27.pdf',
      mimeType: 'application/pdf',
      caption: 'Data pribadi Anda yang disimpan SAPA per 27 Nov 2026 10:00 WIB.',
      source: { type: 'personalData', employeeId: people.employee.id, lang: 'id' },
    });

    const queued = await db.prisma.outboxMessage.findMany({ where: { chatId: 'desk' }, orderBy: { id: 'asc' } });
    const document = queued.map((q) => outboundMessageSchema.parse(q.payload)).find((m) => m.kind === 'document');
    expect(document?.kind === 'document' && document.source.type).toBe('personalData');
    if (document?.kind !== 'document' || document.source.type === 'inline') throw new Error('no document queued');
    const content = await outboundDocumentResolver(db, loadConfig({}), fixedClock(NOW))(document.source, { channel: 'LOCAL', chatId: 'desk' });
    const text = (await pdfTexts(content, '')).items.map((i) => i.text).join(' ');
    expect(text).toContain(people.employee.name);
    expect(text).toContain(people.employee.nip);
    expect(text).not.toContain(people.pppk.name);
    expect(text).not.toContain(people.pppk.nip);
    expect(await db.prisma.auditLog.count({ where: { action: 'personal_data.sent', actorId: people.employee.id, entityId: String(people.employee.id) } })).toBe(1);
  });

  it('is on the menu, answers the English keyword “my data”, and a chat that is not linked is asked to link first', async () => {
    await linkIdentity(db, 'LOCAL', 'desk', people.employee.nip);
    const chat = createChatHarness(db, createFlowRegistry(), { now: NOW });
    const me = chat.person('desk');
    expect((await me.say('menu')).join('\n')).toContain('Data saya');
    await me.say('my data');
    expect(me.last).toContainEqual(expect.objectContaining({ kind: 'document', source: { type: 'personalData', employeeId: people.employee.id, lang: 'id' } }));

    const stranger = chat.person('stranger');
    const replies = (await stranger.say('data saya')).join('\n');
    expect(replies).not.toContain('Data pribadi');
    const toStranger = await db.prisma.outboxMessage.findMany({ where: { chatId: 'stranger' } });
    expect(toStranger.length).toBeGreaterThan(0);
    expect(toStranger.filter((m) => outboundMessageSchema.parse(m.payload).kind === 'document')).toEqual([]);
    expect(await db.prisma.auditLog.count({ where: { action: 'personal_data.sent' } })).toBe(1);
  });
});
