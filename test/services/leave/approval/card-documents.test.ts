import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../../src/clock';
import type { OutboundMessage } from '../../../../src/chat/outbound-message';
import { leaveDocumentResolver } from '../../../../src/services/leave-documents/resolve-leave-document';
import { storeLeaveDocument } from '../../../../src/services/leave-documents/store-leave-document';
import { attachLeaveDocument } from '../../../../src/services/leave/attach-leave-document';
import { submitLeave } from '../../../../src/services/leave/submit-leave';
import type { Tx } from '../../../../src/store/database';
import { seedDemo } from '../../../../src/store/seed/seed-demo';
import { demoPeople, linkIdentity } from '../../../support/factories';
import { createTestDatabase, type TestDatabase, testProviders } from '../../../support/test-database';

const NOW = '2026-11-27T03:00:00Z';
const LETTER = Buffer.from('%PDF-1.4\n% surat keterangan dokter\n');
const PHOTO = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]);

describe.each(testProviders)('the letters sent with a request go with its card, on %s', (provider) => {
  let db: TestDatabase;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  const clock = fixedClock(NOW);

  beforeEach(async () => {
    db = await createTestDatabase(provider);
    await seedDemo(db, clock);
    people = await demoPeople(db);
    await linkIdentity(db, 'TELEGRAM', '501', people.employee.nip);
    await linkIdentity(db, 'TELEGRAM', '502', people.supervisor.nip);
    await db.prisma.leaveBalance.updateMany({ where: { employeeId: people.employee.id, year: 2026 }, data: { entitled: 12, carriedOver: 0, used: 0, reserved: 0 } });
  });
  afterEach(async () => {
    await db.drop();
  });

  const actor = () => ({ type: 'EMPLOYEE' as const, employeeId: people.employee.id, name: people.employee.name, channel: 'TELEGRAM' as const });

  async function submitWithLetter() {
    return db.prisma.$transaction(async (tx) => {
      const letter = await storeLeaveDocument(tx as Tx, {
        employeeId: people.employee.id, actorName: people.employee.name, kind: 'DOCTOR', fileName: 'surat dokter.pdf', mimeType: 'application/pdf', content: LETTER, channel: 'TELEGRAM',
      });
      const request = await submitLeave(tx as Tx, { clock }, {
        employeeId: people.employee.id, actor: actor(), typeCode: 'CT', start: '2026-12-07', end: '2026-12-08',
        reason: 'Kontrol pasca operasi', address: 'Serang', documentIds: [letter.id],
      });
      return { request, letterId: letter.id };
    });
  }

  async function outboxOf(chatId: string): Promise<OutboundMessage[]> {
    const rows = await db.prisma.outboxMessage.findMany({ where: { chatId }, orderBy: { id: 'asc' }, select: { payload: true } });
    return rows.map((r) => r.payload as unknown as OutboundMessage);
  }

  it('enqueues the card, then the letter as a document for the step’s decider, read from the store at send time', async () => {
    const { request, letterId } = await submitWithLetter();
    const [card, document] = await outboxOf('502');
    expect(card).toMatchObject({ kind: 'choices', ref: expect.stringMatching(/^step:/) });
    expect(document).toEqual({
      kind: 'document', fileName: 'surat dokter.pdf', mimeType: 'application/pdf',
      caption: `📎 Surat keterangan dokter untuk permintaan cuti ${request.ref} (${people.employee.name})`,
      source: { type: 'leaveDocument', documentId: letterId, requestId: request.id, readerId: people.supervisor.id },
    });
    // Nothing of the file's bytes sits in the outbox row.
    expect(JSON.stringify(document)).not.toContain(LETTER.toString('base64'));
    expect((await outboxOf('501')).some((m) => m.kind === 'document')).toBe(false);

    const resolve = leaveDocumentResolver(db);
    if (document?.kind !== 'document' || document.source.type !== 'leaveDocument') throw new Error('no document');
    expect(Buffer.compare(await resolve(document.source, { channel: 'TELEGRAM', chatId: '502' }), LETTER)).toBe(0);
    const read = await db.prisma.auditLog.findFirstOrThrow({ where: { action: 'leave.document_read', entityId: String(request.id) } });
    expect(read).toMatchObject({ actorType: 'EMPLOYEE', actorId: people.supervisor.id, actorName: people.supervisor.name, channel: 'TELEGRAM' });
  });

  it('refuses to read the letter for any other chat or reader, and audits the refusal', async () => {
    const { request, letterId } = await submitWithLetter();
    const resolve = leaveDocumentResolver(db);
    const source = { documentId: letterId, requestId: request.id, readerId: people.supervisor.id };
    // The decider's letter, but the row's chat is someone else's.
    await expect(resolve(source, { channel: 'TELEGRAM', chatId: '501' })).rejects.toMatchObject({ code: 'forbidden.leave_document' });
    await expect(resolve(source, { channel: 'WHATSAPP', chatId: '502' })).rejects.toMatchObject({ code: 'forbidden.leave_document' });
    // A reader who is not an approver of the request (its own employee), in their own chat.
    await expect(resolve({ ...source, readerId: people.employee.id }, { channel: 'TELEGRAM', chatId: '501' })).rejects.toMatchObject({ code: 'forbidden.leave_document' });
    expect(await db.prisma.auditLog.count({ where: { action: 'leave.document_refused', entityId: String(request.id) } })).toBe(1);
    // A document of another request, named with this one.
    const other = await db.prisma.$transaction((tx) =>
      storeLeaveDocument(tx as Tx, { employeeId: people.employee.id, actorName: 'x', kind: 'DOCTOR', fileName: 'b.pdf', mimeType: 'application/pdf', content: LETTER, channel: 'TELEGRAM' }),
    );
    await expect(resolve({ ...source, documentId: other.id }, { channel: 'TELEGRAM', chatId: '502' })).rejects.toMatchObject({ code: 'error.not_found' });
    expect(await db.prisma.auditLog.count({ where: { action: 'leave.document_read' } })).toBe(0);
  });

  it('sends a letter sent later with the card again, that letter only', async () => {
    const { request, letterId } = await submitWithLetter();
    const attached = await db.prisma.$transaction((tx) =>
      attachLeaveDocument(tx as Tx, { clock }, { requestId: request.id, actor: actor(), fileName: 'foto.jpg', mimeType: 'image/jpeg', content: PHOTO, channel: 'TELEGRAM' }),
    );
    const documents = (await outboxOf('502')).filter((m) => m.kind === 'document');
    expect(documents.map((d) => d.kind === 'document' && d.source.type === 'leaveDocument' && d.source.documentId)).toEqual([letterId, attached.documentId]);
    expect(documents[1]).toMatchObject({ fileName: 'foto.jpg', mimeType: 'image/jpeg' });
  });
});
