import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFlowRegistry } from '../../../flows';
import { fixedClock } from '../../../src/clock';
import { importEmployees } from '../../../src/services/imports/employees/import-employees';
import { seedDemo } from '../../../src/store/seed/seed-demo';
import { createChatHarness } from '../../support/chat-harness';
import { demoPeople, linkIdentity, makeAdminActor } from '../../support/factories';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/test-database';

const NOW = '2026-11-27T03:00:00Z';

describe.each(testProviders)('deactivating an employee on %s', (provider) => {
  let db: TestDatabase;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  const hr = () => makeAdminActor({ employeeId: people.hr.id, name: people.hr.name, nip: people.hr.nip });

  beforeEach(async () => {
    db = await createTestDatabase(provider);
    await seedDemo(db, fixedClock(NOW));
    people = await demoPeople(db);
  });
  afterEach(async () => {
    await db.drop();
  });

  /** The employee's import row with `aktif` set. */
  async function csvDeactivating(employeeId: number): Promise<string> {
    const e = await db.prisma.employee.findUniqueOrThrow({ where: { id: employeeId }, include: { unit: true } });
    return ['nip,name,kind,rank,position,unitCode,serviceStart,birthDate,gender,aktif', `${e.nip},${e.name},${e.kind},${e.rank},${e.position},${e.unit.code},${e.serviceStart},${e.birthDate},${e.gender},tidak`].join('\n');
  }

  it('unlinks their chats, removes their conversation state and draft files in the import’s transaction, audited; nobody else’s', async () => {
    const me = people.employee;
    const other = people.pppk;
    const desk = await linkIdentity(db, 'LOCAL', 'desk', me.nip);
    const phone = await linkIdentity(db, 'TELEGRAM', '7001', me.nip);
    const theirs = await linkIdentity(db, 'LOCAL', 'theirs', other.nip);
    const chat = createChatHarness(db, createFlowRegistry(), { now: NOW });
    await chat.person('desk').say('cuti');
    await chat.person('theirs').say('cuti');
    expect(await db.prisma.conversationSession.count({ where: { chatId: { in: ['desk', 'theirs'] } } })).toBe(2);
    const draft = { kind: 'DOCTOR', fileName: 'surat.pdf', mimeType: 'application/pdf', size: 3, sha256: 'x', content: Buffer.from('abc') };
    await db.prisma.leaveDocument.create({ data: { ...draft, employeeId: me.id } });
    await db.prisma.leaveDocument.create({ data: { ...draft, employeeId: other.id } });

    const dry = await importEmployees(db, await csvDeactivating(me.id), { dryRun: true, actor: hr() });
    expect(dry).toMatchObject({ ok: true, summary: { deactivated: 1 } });
    expect((await db.prisma.chatIdentity.findUniqueOrThrow({ where: { id: desk } })).employeeId).toBe(me.id);

    const done = await importEmployees(db, await csvDeactivating(me.id), { dryRun: false, actor: hr() });
    expect(done).toMatchObject({ ok: true, summary: { deactivated: 1 } });

    for (const id of [desk, phone]) {
      expect(await db.prisma.chatIdentity.findUniqueOrThrow({ where: { id } })).toMatchObject({ employeeId: null, verifiedAt: null });
    }
    expect(await db.prisma.chatIdentity.findUniqueOrThrow({ where: { id: theirs } })).toMatchObject({ employeeId: other.id });
    expect((await db.prisma.conversationSession.findMany({ select: { chatId: true } })).map((s) => s.chatId)).toEqual(['theirs']);
    expect(await db.prisma.leaveDocument.count({ where: { employeeId: me.id } })).toBe(0);
    expect(await db.prisma.leaveDocument.count({ where: { employeeId: other.id } })).toBe(1);

    const audit = await db.prisma.auditLog.findMany({ where: { action: { in: ['identity.unlinked', 'leave.document_drafts_removed'] } }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => [a.action, a.entityId, a.actorType, a.actorId])).toEqual([
      ['identity.unlinked', String(desk), 'HR_TOKEN', people.hr.id],
      ['identity.unlinked', String(phone), 'HR_TOKEN', people.hr.id],
      ['leave.document_drafts_removed', String(me.id), 'HR_TOKEN', people.hr.id],
    ]);
    expect(audit[0]!.data).toMatchObject({ reason: 'deactivated', employeeId: me.id });

    // The old chat is a stranger now: it is asked to link again.
    expect((await chat.person('desk').say('saldo')).join('\n')).toMatch(/hubungkan|tautan|NIP/i);
  });

  it('an import that changes no one’s active flag releases nothing', async () => {
    const desk = await linkIdentity(db, 'LOCAL', 'desk', people.employee.nip);
    const csv = (await csvDeactivating(people.employee.id)).replace(/,tidak$/, ',ya');
    expect(await importEmployees(db, csv, { dryRun: false, actor: hr() })).toMatchObject({ ok: true });
    expect((await db.prisma.chatIdentity.findUniqueOrThrow({ where: { id: desk } })).employeeId).toBe(people.employee.id);
    expect(await db.prisma.auditLog.count({ where: { action: 'identity.unlinked' } })).toBe(0);
  });
});
