import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ConversationEngine } from '../../conversation/conversation-engine';
import type { InboundContent } from '../../chat/inbound-message';
import type { Clock } from '../../clock';
import type { Database } from '../../store/database';
import { findDemoPersona } from '../../services/dev/find-demo-persona';
import { linkLocalPersona } from '../../services/dev/link-local-persona';
import { listPersonas } from '../../services/dev/list-personas';
import { readLocalMessages } from '../../services/dev/read-local-messages';
import type { OpenLocalDocument } from '../../services/dev/open-local-document';
import { sendChannelNotice } from '../../services/notify/send-channel-notice';
import { LOCAL_UPLOAD_MAX_BYTES } from '../../services/dev/local-upload-limit';
import { AppError } from '../../domain/app-error';
import { devChatPage, devChatScript } from './dev-chat-page';
import { sniffFileType } from './sniff-file-type';

const nipSchema = z.string().regex(/^\d{18}$/, 'an 18-digit NIP');
const sendBody = z
  .object({
    nip: nipSchema,
    text: z.string().max(4000).optional(),
    choice: z.string().max(64).optional(),
    ref: z.string().max(64).optional(),
  })
  .refine((b) => (b.text === undefined) !== (b.choice === undefined), 'either text or choice');
const messagesQuery = z.object({ nip: nipSchema, after: z.coerce.number().int().min(0).default(0) });
const documentParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
const personaQuery = z.object({ nip: nipSchema });
const uploadQuery = z.object({ nip: nipSchema, name: z.string().trim().min(1).max(200) });

/** The most an upload may carry: the cap every channel has (10 MB), counted on the bytes received. */
export const UPLOAD_MAX_BYTES = LOCAL_UPLOAD_MAX_BYTES;
/** The HTTP body limit: one byte over the cap still arrives, so the chat is told why; more is refused by Fastify (413). */
const UPLOAD_BODY_LIMIT = UPLOAD_MAX_BYTES + 1;

export const localChatId = (nip: string) => `web:${nip}`;

/**
 * The web chat at /dev/chat: pick a demo persona and talk to the same flows as
 * every channel. Only the seed's demo people can be chosen, talked as or read
 * (`dev.persona_not_found`, 404, for any other NIP); never registered in
 * production (src/config.ts). Rate limited per address (public-rate-limits.ts).
 */
export function devChatRoutes(deps: { db: Database; engine: ConversationEngine; clock: Clock; openDocument?: OpenLocalDocument }) {
  return async function register(app: FastifyInstance): Promise<void> {
    app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: UPLOAD_BODY_LIMIT }, (_request, body, done) => done(null, body));
    app.get('/dev/chat', async (_request, reply) => reply.type('text/html; charset=utf-8').send(devChatPage));
    app.get('/dev/chat/chat.js', async (_request, reply) => reply.type('text/javascript; charset=utf-8').send(devChatScript));

    app.get('/dev/chat/personas', async () => ({ personas: await listPersonas(deps.db.prisma) }));

    app.post('/dev/chat/session', async (request) => {
      const { nip } = z.object({ nip: nipSchema }).parse(request.body);
      const now = deps.clock.now();
      const linked = await deps.db.prisma.$transaction((tx) => linkLocalPersona(tx, localChatId(nip), nip, now));
      return { chatId: localChatId(nip), name: linked.name };
    });

    app.post('/dev/chat/send', async (request) => {
      const body = sendBody.parse(request.body);
      await findDemoPersona(deps.db.prisma, body.nip);
      const content: InboundContent =
        body.choice !== undefined
          ? { kind: 'choice', value: body.choice, ...(body.ref ? { ref: body.ref } : {}) }
          : { kind: 'text', text: body.text ?? '' };
      const chatId = localChatId(body.nip);
      const result = await deps.engine.handle({
        channel: 'LOCAL',
        chatId,
        eventId: randomUUID(),
        sender: { externalId: chatId },
        content,
        receivedAt: deps.clock.now(),
      });
      return { status: result.status };
    });

    /**
     * A document SAPA sent to the persona's own chat, to open in the browser:
     * another chat's message, or one that is not a document, is 404.
     */
    app.get('/dev/chat/documents/:id', async (request, reply) => {
      const { id } = documentParams.parse(request.params);
      const { nip } = personaQuery.parse(request.query);
      await findDemoPersona(deps.db.prisma, nip);
      if (!deps.openDocument) throw new AppError('dev.document_not_found');
      const document = await deps.openDocument(localChatId(nip), id);
      const ascii = document.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
      void reply.type(document.mimeType).header('content-disposition', `inline; filename="${ascii}"`);
      return reply.send(document.content);
    });

    /**
     * A file sent in the web chat (a doctor's letter): raw bytes, the name in
     * the query. It takes the path every channel's files take
     * (engine.handleFile: kept only when the chat's step asks for one), with
     * the same 10 MB cap counted on the bytes that arrived, and its type read
     * from those bytes, not from what the browser declares.
     */
    app.post('/dev/chat/upload', { bodyLimit: UPLOAD_BODY_LIMIT }, async (request) => {
      const { nip, name } = uploadQuery.parse(request.query);
      await findDemoPersona(deps.db.prisma, nip);
      if (!Buffer.isBuffer(request.body)) throw new AppError('dev.upload_not_bytes');
      const bytes = request.body;
      const chatId = localChatId(nip);
      const envelope = { channel: 'LOCAL' as const, chatId, eventId: randomUUID(), sender: { externalId: chatId }, receivedAt: deps.clock.now() };
      const notice = (key: string, params?: Record<string, number>) =>
        sendChannelNotice(deps.db, { channel: 'LOCAL', chatId, externalId: chatId, eventId: envelope.eventId, key, ...(params ? { params } : {}) });
      const result = await deps.engine.handleFile(envelope, async () => {
        if (bytes.length > UPLOAD_MAX_BYTES) return notice('dev.file_too_large', { mb: UPLOAD_MAX_BYTES / 1_048_576 }).then(() => null);
        return { kind: 'document', fileName: name, mimeType: sniffFileType(bytes), content: bytes };
      });
      if (result.status === 'refused' && result.reason === 'not_expected') await notice('dev.file_not_expected');
      return { status: result.status, ...(result.status === 'refused' ? { reason: result.reason } : {}) };
    });

    app.get('/dev/chat/messages', async (request) => {
      const { nip, after } = messagesQuery.parse(request.query);
      await findDemoPersona(deps.db.prisma, nip);
      const messages = await readLocalMessages(deps.db.prisma, localChatId(nip), after);
      return { messages };
    });
  };
}
