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
import { devChatPage, devChatScript } from './dev-chat-page';

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

export const localChatId = (nip: string) => `web:${nip}`;

/**
 * The web chat at /dev/chat: pick a demo persona and talk to the same flows as
 * every channel. Only the seed's demo people can be chosen, talked as or read
 * (`dev.persona_not_found`, 404, for any other NIP); never registered in
 * production (src/config.ts). Rate limited per address (public-rate-limits.ts).
 */
export function devChatRoutes(deps: { db: Database; engine: ConversationEngine; clock: Clock }) {
  return async function register(app: FastifyInstance): Promise<void> {
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

    app.get('/dev/chat/messages', async (request) => {
      const { nip, after } = messagesQuery.parse(request.query);
      await findDemoPersona(deps.db.prisma, nip);
      const messages = await readLocalMessages(deps.db.prisma, localChatId(nip), after);
      return { messages };
    });
  };
}
