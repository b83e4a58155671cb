import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for Meta's Graph API (WhatsApp Cloud API endpoints), so
 * tests run SAPA's real client over real HTTP: it checks the access token,
 * records every message sent and every file uploaded, serves files people
 * "sent" (GET /{media-id}, then the URL it names), and can be told to fail
 * the next sends with a Graph error code.
 */

export interface SentGraphMessage {
  /** The wamid the fake answered with. */
  id: string;
  to: string;
  type: string;
  body: Record<string, unknown>;
}

export interface GraphFailure {
  httpStatus: number;
  code: number;
  message?: string;
}

export interface FakeGraphApi {
  /** GRAPH_API_ROOT for SAPA. */
  readonly root: string;
  readonly accessToken: string;
  readonly phoneNumberId: string;
  readonly sent: SentGraphMessage[];
  readonly uploads: Array<{ id: string; mimeType: string; fileName: string; content: Buffer }>;
  /** Every request, as "METHOD /path". */
  readonly requests: string[];
  sentTo(waId: string): SentGraphMessage[];
  /** The next `times` sends (POST /messages) fail, for anyone or only for `to`. */
  failNext(failure: GraphFailure, options?: { times?: number; to?: string }): void;
  /** A file a person "sent"; `declaredSize` is what the media endpoint claims. Returns its media id and checksum. */
  addMedia(content: Buffer, mimeType: string, options?: { declaredSize?: number; streamBytes?: number }): { id: string; sha256: string };
  close(): Promise<void>;
}

const ACCESS_TOKEN = 'EAAG-test-token';
const PHONE_NUMBER_ID = '106540352242922';

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

export async function startFakeGraphApi(): Promise<FakeGraphApi> {
  const sent: SentGraphMessage[] = [];
  const uploads: FakeGraphApi['uploads'] = [];
  const requests: string[] = [];
  const failures: Array<GraphFailure & { to?: string }> = [];
  const media = new Map<string, { content: Buffer; mimeType: string; declaredSize: number; streamBytes?: number }>();
  let seq = 0;
  let root = '';

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    requests.push(`${req.method} ${url.pathname}`);
    if (req.headers.authorization !== `Bearer ${ACCESS_TOKEN}`) {
      return json(res, 401, { error: { message: 'Error validating access token', type: 'OAuthException', code: 190 } });
    }
    const path = url.pathname.replace(/^\/v\d+\.\d+/, '');
    if (req.method === 'POST' && path === `/${PHONE_NUMBER_ID}/messages`) {
      const body = JSON.parse((await readBody(req)).toString('utf8')) as Record<string, unknown> & { to: string; type: string };
      const failure = failures.findIndex((f) => !f.to || f.to === body.to);
      if (failure >= 0) {
        const [f] = failures.splice(failure, 1);
        return json(res, f!.httpStatus, { error: { message: f!.message ?? `error ${f!.code}`, type: 'OAuthException', code: f!.code, fbtrace_id: 'A1' } });
      }
      if (body.messaging_product !== 'whatsapp') return json(res, 400, { error: { message: 'messaging_product', code: 100 } });
      const id = `wamid.SAPA${String(++seq).padStart(6, '0')}`;
      sent.push({ id, to: body.to, type: body.type, body });
      return json(res, 200, { messaging_product: 'whatsapp', contacts: [{ input: body.to, wa_id: body.to }], messages: [{ id }] });
    }
    if (req.method === 'POST' && path === `/${PHONE_NUMBER_ID}/media`) {
      const type = req.headers['content-type'] ?? '';
      const form = await new Response(await readBody(req), { headers: { 'content-type': type } }).formData();
      const file = form.get('file');
      if (form.get('messaging_product') !== 'whatsapp' || !file || typeof file === 'string') return json(res, 400, { error: { message: 'bad upload', code: 100 } });
      const id = `${900_000 + ++seq}`;
      uploads.push({ id, mimeType: String(form.get('type')), fileName: file.name, content: Buffer.from(await file.arrayBuffer()) });
      return json(res, 200, { id });
    }
    const file = path.match(/^\/files\/(\d+)$/);
    if (req.method === 'GET' && file) {
      const stored = media.get(file[1]!);
      if (!stored) return json(res, 404, { error: { message: 'not found', code: 100 } });
      if (stored.streamBytes === undefined) {
        res.writeHead(200, { 'content-type': stored.mimeType, 'content-length': String(stored.content.length) });
        return void res.end(stored.content);
      }
      // Far more than the media endpoint declared (file_size), chunked.
      res.writeHead(200, { 'content-type': stored.mimeType });
      const chunk = Buffer.alloc(64 * 1024, 1);
      let left = stored.streamBytes;
      const pump = () => {
        while (left > 0) {
          left -= chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => (left = 0));
      return pump();
    }
    const info = path.match(/^\/(\d+)$/);
    if (req.method === 'GET' && info && media.has(info[1]!)) {
      const stored = media.get(info[1]!)!;
      return json(res, 200, { url: `${root.replace(/\/v\d+\.\d+$/, '')}/files/${info[1]}`, mime_type: stored.mimeType, file_size: stored.declaredSize, id: info[1] });
    }
    return json(res, 404, { error: { message: `unknown path ${path}`, code: 100 } });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => json(res, 500, { error: { message: String(error), code: 1 } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  root = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v21.0`;

  return {
    root,
    accessToken: ACCESS_TOKEN,
    phoneNumberId: PHONE_NUMBER_ID,
    sent,
    uploads,
    requests,
    sentTo: (waId) => sent.filter((m) => m.to === waId),
    failNext(failure, options = {}) {
      for (let i = 0; i < (options.times ?? 1); i += 1) failures.push({ ...failure, ...(options.to ? { to: options.to } : {}) });
    },
    addMedia(content, mimeType, options = {}) {
      const id = `${700_000 + ++seq}`;
      media.set(id, { content, mimeType, declaredSize: options.declaredSize ?? content.length, ...(options.streamBytes !== undefined ? { streamBytes: options.streamBytes } : {}) });
      return { id, sha256: createHash('sha256').update(content).digest('base64') };
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
