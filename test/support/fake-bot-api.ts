import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the Telegram Bot API, so tests run the real telegraf
 * client over real HTTP: it records every call, keeps the messages it "sent"
 * (so a test can see a card's text and keyboard after an edit), serves files
 * for download, queues updates for long polling, and can be told to fail.
 */

export interface UploadedFile {
  fileName: string;
  content: Buffer;
}

export interface BotApiCall {
  method: string;
  /** JSON or multipart fields; JSON-valued fields (reply_markup, commands…) parsed. */
  params: Record<string, unknown>;
  files: Record<string, UploadedFile>;
  /** Made by Telegram from a webhook's answer, not requested by the bot. */
  viaWebhookAnswer?: true;
}

export interface FakeMessage {
  chatId: string;
  messageId: number;
  text?: string;
  caption?: string;
  document?: UploadedFile;
  replyMarkup?: { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> };
  edits: number;
}

export type Failure = { code: 429; retryAfter: number } | { code: 400 | 401 | 403 | 404 | 500 | 502; description?: string };

export interface FakeBotApi {
  readonly apiRoot: string;
  readonly token: string;
  readonly username: string;
  readonly calls: BotApiCall[];
  callsOf(method: string): BotApiCall[];
  /** The next `times` calls of `method` fail (for any chat, or only for `chatId`). */
  failNext(method: string, failure: Failure, options?: { times?: number; chatId?: string }): void;
  /** Messages the bot sent to a chat, oldest first, as they look now (after edits). */
  messagesIn(chatId: string | number): FakeMessage[];
  message(chatId: string | number, messageId: number): FakeMessage | undefined;
  /**
   * The body of a webhook's 200, as Telegram reads it: a `method` in it is a
   * call Telegram makes on the bot's behalf (recorded in `calls` like any
   * other). SAPA only answers button presses this way; anything else throws.
   */
  webhookAnswered(body: string): void;
  /** A file people "sent", downloadable through getFile. */
  addFile(fileId: string, content: Buffer, fileName?: string): void;
  /** An update for long polling (getUpdates). */
  queueUpdate(update: Record<string, unknown>): void;
  /** Each send (sendMessage, sendDocument) is answered after `ms`, or never ('hang'; until close). */
  setSendLatency(ms: number | 'hang'): void;
  close(): Promise<void>;
}

const DEFAULT_TOKEN = '123456:TEST-token_abc';
const JSON_FIELDS = new Set(['reply_markup', 'commands', 'allowed_updates', 'scope']);

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function parseCall(method: string, req: IncomingMessage): Promise<BotApiCall> {
  const body = await readBody(req);
  const type = req.headers['content-type'] ?? '';
  const params: Record<string, unknown> = {};
  const files: Record<string, UploadedFile> = {};
  if (type.startsWith('multipart/form-data')) {
    const form = await new Response(body, { headers: { 'content-type': type } }).formData();
    for (const [key, value] of form.entries()) {
      if (typeof value === 'string') params[key] = JSON_FIELDS.has(key) ? JSON.parse(value) : value;
      else files[key] = { fileName: value.name, content: Buffer.from(await value.arrayBuffer()) };
    }
  } else if (body.length > 0) {
    Object.assign(params, JSON.parse(body.toString('utf8')));
  }
  return { method, params, files };
}

export async function startFakeBotApi(options: { token?: string; username?: string } = {}): Promise<FakeBotApi> {
  const token = options.token ?? DEFAULT_TOKEN;
  const username = options.username ?? 'SapaTestBot';
  const calls: BotApiCall[] = [];
  const failures: Array<{ method: string; failure: Failure; times: number; chatId?: string }> = [];
  const messages: FakeMessage[] = [];
  const files = new Map<string, { path: string; content: Buffer }>();
  const updates: Array<Record<string, unknown> & { update_id: number }> = [];
  const waiting = new Set<() => void>();
  let nextMessageId = 100;
  let sendLatency: number | 'hang' = 0;
  const SENDS = new Set(['sendMessage', 'sendDocument']);

  const find = (chatId: unknown, messageId: unknown) =>
    messages.find((m) => m.chatId === String(chatId) && m.messageId === Number(messageId));

  function store(chatId: unknown, fields: Partial<FakeMessage>): FakeMessage {
    nextMessageId += 1;
    const message: FakeMessage = { chatId: String(chatId), messageId: nextMessageId, edits: 0, ...fields };
    messages.push(message);
    return message;
  }

  const asResult = (m: FakeMessage) => ({
    message_id: m.messageId,
    date: Math.floor(Date.now() / 1000),
    chat: { id: Number(m.chatId), type: 'private' },
    ...(m.text !== undefined ? { text: m.text } : {}),
    ...(m.document ? { document: { file_id: `doc-${m.messageId}`, file_unique_id: `u${m.messageId}`, file_name: m.document.fileName } } : {}),
  });

  const notFound = { status: 400, description: 'Bad Request: message to edit not found' };

  type Answer = { result: unknown } | { status: number; description: string; parameters?: Record<string, unknown> };

  async function answer(call: BotApiCall, req: IncomingMessage): Promise<Answer> {
    const p = call.params;
    switch (call.method) {
      case 'getMe':
        return { result: { id: 123456, is_bot: true, first_name: 'SAPA', username, can_join_groups: false } };
      case 'setWebhook':
      case 'deleteWebhook':
      case 'setMyCommands':
      case 'answerCallbackQuery':
        return { result: true };
      case 'sendMessage':
        return { result: asResult(store(p.chat_id, { text: String(p.text), replyMarkup: p.reply_markup as FakeMessage['replyMarkup'] })) };
      case 'sendDocument': {
        const document = call.files.document;
        if (!document) return { status: 400, description: 'Bad Request: there is no document in the request' };
        return { result: asResult(store(p.chat_id, { document, caption: p.caption as string | undefined })) };
      }
      case 'editMessageText': {
        const m = find(p.chat_id, p.message_id);
        if (!m) return notFound;
        if (m.text === p.text && JSON.stringify(m.replyMarkup ?? null) === JSON.stringify(p.reply_markup ?? null)) {
          return { status: 400, description: 'Bad Request: message is not modified' };
        }
        Object.assign(m, { text: String(p.text), replyMarkup: p.reply_markup, edits: m.edits + 1 });
        return { result: asResult(m) };
      }
      case 'editMessageReplyMarkup': {
        const m = find(p.chat_id, p.message_id);
        if (!m) return notFound;
        Object.assign(m, { replyMarkup: p.reply_markup, edits: m.edits + 1 });
        return { result: asResult(m) };
      }
      case 'getFile': {
        const file = files.get(String(p.file_id));
        if (!file) return { status: 400, description: 'Bad Request: invalid file_id' };
        return { result: { file_id: p.file_id, file_unique_id: `u-${p.file_id}`, file_size: file.content.length, file_path: file.path } };
      }
      case 'getUpdates': {
        const offset = Number(p.offset ?? 0);
        const ready = () => updates.filter((u) => u.update_id >= offset);
        if (ready().length === 0 && Number(p.timeout ?? 0) > 0) {
          await new Promise<void>((resolve) => {
            const wake = () => {
              waiting.delete(wake);
              resolve();
            };
            waiting.add(wake);
            req.once('close', wake);
          });
        }
        return { result: ready() };
      }
      default:
        return { status: 404, description: 'Not Found: method not found' };
    }
  }

  function takeFailure(call: BotApiCall): Failure | undefined {
    const index = failures.findIndex(
      (f) => f.method === call.method && (f.chatId === undefined || f.chatId === String(call.params.chat_id)),
    );
    if (index < 0) return undefined;
    const entry = failures[index]!;
    entry.times -= 1;
    if (entry.times <= 0) failures.splice(index, 1);
    return entry.failure;
  }

  function send(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const download = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
    if (download) {
      const file = [...files.values()].find((f) => f.path === decodeURIComponent(download[2]!));
      if (download[1] !== token || !file) return void res.writeHead(404).end();
      return void res.writeHead(200, { 'content-length': String(file.content.length) }).end(file.content);
    }
    const api = /^\/bot([^/]+)\/(\w+)$/.exec(url.pathname);
    if (!api) return send(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    if (api[1] !== token) return send(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
    const call = await parseCall(api[2]!, req);
    calls.push(call);
    const failure = takeFailure(call);
    if (failure) {
      const description =
        failure.code === 429 ? `Too Many Requests: retry after ${failure.retryAfter}` : (failure.description ?? `Error ${failure.code}`);
      const parameters = failure.code === 429 ? { parameters: { retry_after: failure.retryAfter } } : {};
      return send(res, failure.code, { ok: false, error_code: failure.code, description, ...parameters });
    }
    if (SENDS.has(call.method) && sendLatency !== 0) {
      const latency = sendLatency;
      await new Promise<void>((resolve) => {
        if (latency !== 'hang') setTimeout(resolve, latency);
        res.once('close', () => resolve());
      });
      if (latency === 'hang') return;
    }
    const result = await answer(call, req);
    if ('result' in result) return send(res, 200, { ok: true, result: result.result });
    send(res, result.status, { ok: false, error_code: result.status, description: result.description, ...(result.parameters ? { parameters: result.parameters } : {}) });
  }

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => send(res, 500, { ok: false, error_code: 500, description: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    token,
    username,
    calls,
    callsOf: (method) => calls.filter((c) => c.method === method),
    failNext(method, failure, { times = 1, chatId } = {}) {
      failures.push({ method, failure, times, ...(chatId !== undefined ? { chatId } : {}) });
    },
    webhookAnswered(body) {
      const { method, ...params } = JSON.parse(body) as Record<string, unknown>;
      if (method === undefined) return;
      if (method !== 'answerCallbackQuery' || typeof params.callback_query_id !== 'string') throw new Error(`unexpected call in a webhook answer: ${body}`);
      calls.push({ method, params, files: {}, viaWebhookAnswer: true });
    },
    messagesIn: (chatId) => messages.filter((m) => m.chatId === String(chatId)),
    message: (chatId, messageId) => find(chatId, messageId),
    addFile(fileId, content, fileName = `${fileId}.bin`) {
      files.set(fileId, { path: `documents/${fileName}`, content });
    },
    setSendLatency(ms) {
      sendLatency = ms;
    },
    queueUpdate(update) {
      updates.push(update as Record<string, unknown> & { update_id: number });
      for (const wake of [...waiting]) wake();
    },
    async close() {
      for (const wake of [...waiting]) wake();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
