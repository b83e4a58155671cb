import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFlowRegistry } from '../../../flows';
import { fixedClock } from '../../../src/clock';
import { loadConfig } from '../../../src/config';
import { devChatRoutes, localChatId, UPLOAD_MAX_BYTES } from '../../../src/channels/local/dev-chat-routes';
import type { OutboundMessage } from '../../../src/chat/outbound-message';
import { createConversationEngine } from '../../../src/conversation/conversation-engine';
import { buildApp } from '../../../src/http/build-app';
import { localDocumentOpener } from '../../../src/services/dev/open-local-document';
import { seedDemo } from '../../../src/store/seed/seed-demo';
import { openPdf } from '../../payslip/read-pdf';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/test-database';

type Shown = { id: number; message: OutboundMessage };
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe.each(testProviders)('/dev/chat documents and uploads on %s', (provider) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let employee: { nip: string; birthDate: string };
  let colleague: string;

  beforeAll(async () => {
    db = await createTestDatabase(provider);
    const clock = fixedClock('2026-11-27T03:00:00Z');
    await seedDemo(db, clock);
    const people = await db.prisma.employee.findMany({ where: { demo: true, role: 'EMPLOYEE', supervisorId: { not: null } }, select: { nip: true, birthDate: true }, take: 2 });
    employee = people[0]!;
    colleague = people[1]!.nip;
    const engine = createConversationEngine({ db, clock, flows: createFlowRegistry(), idleMinutes: 30, agency: { name: 'BKPSDM' } });
    const openDocument = localDocumentOpener(db, loadConfig({}), clock);
    app = await buildApp({ db, routes: [devChatRoutes({ db, engine, clock, openDocument })], rateLimits: false });
    for (const nip of [employee.nip, colleague]) await app.inject({ method: 'POST', url: '/dev/chat/session', payload: { nip } });
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  const send = (nip: string, body: { text: string } | { choice: string }) => app.inject({ method: 'POST', url: '/dev/chat/send', payload: { nip, ...body } });
  const messages = async (nip: string): Promise<Shown[]> => (await app.inject({ method: 'GET', url: `/dev/chat/messages?nip=${nip}` })).json().messages;
  const upload = (nip: string, name: string, bytes: Buffer) =>
    app.inject({ method: 'POST', url: `/dev/chat/upload?nip=${nip}&name=${encodeURIComponent(name)}`, headers: { 'content-type': 'application/octet-stream' }, payload: bytes });

  it('opens the payslip SAPA sent to the persona\'s own chat as its PDF; another chat\'s document is 404', async () => {
    await send(employee.nip, { text: 'slip' });
    const periods = (await messages(employee.nip)).map((m) => m.message).filter((m) => m.kind === 'choices').at(-1);
    if (periods?.kind !== 'choices') throw new Error('no period choices');
    await send(employee.nip, { choice: periods.choices[0]!.value });
    const slip = (await messages(employee.nip)).filter((m) => m.message.kind === 'document').at(-1)!;
    expect(slip.message).toMatchObject({ kind: 'document', mimeType: 'application/pdf', source: { type: 'payslip' } });

    const opened = await app.inject({ method: 'GET', url: `/dev/chat/documents/${slip.id}?nip=${employee.nip}` });
    expect(opened.statusCode).toBe(200);
    expect(opened.headers['content-type']).toBe('application/pdf');
    expect(opened.headers['content-disposition']).toMatch(/^inline; filename=".+\.pdf"$/);
    // Locked with the employee's password (date of birth, DDMMYYYY), as every channel sends it.
    const [y, m, d] = employee.birthDate.split('-');
    const pdf = await openPdf(opened.rawPayload, `${d}${m}${y}`);
    expect(pdf.numPages).toBe(1);
    await pdf.destroy();

    const other = await app.inject({ method: 'GET', url: `/dev/chat/documents/${slip.id}?nip=${colleague}` });
    expect(other.statusCode, other.body).toBe(404);
    expect(other.json().code).toBe('dev.document_not_found');
    const text = (await messages(employee.nip)).find((m) => m.message.kind !== 'document')!;
    expect((await app.inject({ method: 'GET', url: `/dev/chat/documents/${text.id}?nip=${employee.nip}` })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: `/dev/chat/documents/999999?nip=${employee.nip}` })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: `/dev/chat/documents/abc?nip=${employee.nip}` })).statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: `/dev/chat/documents/${slip.id}` })).statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: `/dev/chat/documents/${slip.id}?nip=199901012020012001` })).statusCode).toBe(404);
  });

  it('takes a doctor\'s letter through the same file path as every channel: only when asked, 10 MB counted on the bytes, type from the bytes', async () => {
    const chatId = localChatId(colleague);
    // Not asked for a file: nothing kept, the chat is told why.
    expect((await upload(colleague, 'surat.pdf', PDF)).json()).toEqual({ status: 'refused', reason: 'not_expected' });
    expect((await messages(colleague)).at(-1)!.message).toMatchObject({ kind: 'text', text: expect.stringContaining('sedang tidak meminta berkas') });

    for (const text of ['cuti', 'cuti sakit', 'hari ini s.d. 29 nov', '1', 'demam berdarah', 'rumah, Jl. Ahmad Yani 1']) await send(colleague, { text });
    expect(JSON.stringify((await messages(colleague)).at(-1)!.message)).toContain('Kirim foto atau file PDF suratnya di sini');

    // One byte over the cap arrives and is refused by its size, not by anything declared.
    const over = await upload(colleague, 'besar.pdf', Buffer.concat([PDF, Buffer.alloc(UPLOAD_MAX_BYTES + 1 - PDF.length)]));
    expect(over.json()).toEqual({ status: 'unread' });
    expect((await messages(colleague)).at(-1)!.message).toMatchObject({ kind: 'text', text: expect.stringContaining('maksimal 10 MB') });
    // Far over: Fastify stops reading (413).
    expect((await upload(colleague, 'besar.pdf', Buffer.alloc(UPLOAD_MAX_BYTES + 2))).statusCode).toBe(413);
    // A program named .pdf: its bytes say otherwise, and the step refuses it as it would on WhatsApp.
    expect((await upload(colleague, 'surat.pdf', Buffer.from('MZ\x90\x00 not a pdf'))).json()).toEqual({ status: 'processed' });
    expect(JSON.stringify((await messages(colleague)).at(-1)!.message)).toContain('paling besar 10 MB');
    expect(await db.prisma.leaveDocument.count()).toBe(0);

    expect((await upload(colleague, 'surat dokter.pdf', PDF)).json()).toEqual({ status: 'processed' });
    const kept = await db.prisma.leaveDocument.findFirstOrThrow({ select: { fileName: true, mimeType: true, size: true, channel: true } });
    expect(kept).toEqual({ fileName: 'surat dokter.pdf', mimeType: 'application/pdf', size: PDF.length, channel: 'LOCAL' });
    expect(JSON.stringify(await messages(colleague))).toContain('surat dokter.pdf diterima');
    expect(await db.prisma.conversationSession.count({ where: { chatId } })).toBe(1);
  });

  it('answers 400 to an upload without a name, of another content type, or for no persona; 404 for a real NIP', async () => {
    const bad = [
      app.inject({ method: 'POST', url: `/dev/chat/upload?nip=${colleague}`, headers: { 'content-type': 'application/octet-stream' }, payload: PDF }),
      app.inject({ method: 'POST', url: `/dev/chat/upload?nip=${colleague}&name=${'x'.repeat(201)}`, headers: { 'content-type': 'application/octet-stream' }, payload: PDF }),
      app.inject({ method: 'POST', url: '/dev/chat/upload?name=a.pdf', headers: { 'content-type': 'application/octet-stream' }, payload: PDF }),
      app.inject({ method: 'POST', url: `/dev/chat/upload?nip=${colleague}&name=a.pdf`, payload: { file: 'x' } }),
    ];
    for (const response of await Promise.all(bad)) expect(response.statusCode, response.body).toBe(400);
    expect((await upload('199901012020012001', 'a.pdf', PDF)).statusCode).toBe(404);
  });
});
