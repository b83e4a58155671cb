import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A fake Bot API that enforces Telegram's bot-wide limit: more than `perSecond`
 * messages in any sliding second get 429 with retry_after, as Telegram does.
 * Counts each accepted message by its text, so lost and doubled messages show.
 */
export interface LimitedBotApi {
  apiRoot: string;
  token: string;
  accepted: Map<string, number>;
  acceptedAt: number[];
  /** The text of each accepted message, in the order of `acceptedAt`. */
  acceptedTexts: string[];
  rejected: number;
  close(): Promise<void>;
}

async function body(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

export async function startLimitedBotApi(perSecond = 30, token = '654321:BENCH-limited'): Promise<LimitedBotApi> {
  const accepted = new Map<string, number>();
  const acceptedAt: number[] = [];
  const acceptedTexts: string[] = [];
  const state = { rejected: 0 };
  let messageId = 0;
  const server = createServer((req, res) => {
    void body(req).then((params) => {
      const send = (status: number, payload: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
      const method = /\/bot[^/]+\/(\w+)$/.exec(req.url ?? '')?.[1];
      if (method !== 'sendMessage') return send(200, { ok: true, result: true });
      const now = performance.now();
      let inWindow = 0;
      for (let i = acceptedAt.length - 1; i >= 0 && now - acceptedAt[i]! < 1000; i -= 1) inWindow += 1;
      if (inWindow >= perSecond) {
        state.rejected += 1;
        return send(429, { ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } });
      }
      acceptedAt.push(now);
      const key = String(params.text);
      accepted.set(key, (accepted.get(key) ?? 0) + 1);
      acceptedTexts.push(key);
      messageId += 1;
      send(200, { ok: true, result: { message_id: messageId, date: Math.floor(Date.now() / 1000), chat: { id: Number(params.chat_id), type: 'private' }, text: key } });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    apiRoot: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    token,
    accepted,
    acceptedAt,
    acceptedTexts,
    get rejected() {
      return state.rejected;
    },
    close: () => new Promise((r) => server.close(() => r())),
  };
}
