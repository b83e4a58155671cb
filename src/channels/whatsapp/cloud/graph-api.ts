import { z } from 'zod';
import { MediaTooLargeError } from '../media-too-large';

/** A Graph API call answered with an error (or not answered as the API documents). */
export class GraphApiError extends Error {
  constructor(
    readonly httpStatus: number,
    /** The Graph API's error code (130429, 131047, 190, …); 0 when the answer carried none. */
    readonly code: number,
    message: string,
    readonly details?: string,
  ) {
    super(message);
    this.name = 'GraphApiError';
  }
}

/** The part of `fetch` the client uses (tests: the global fetch against a local fake Graph API). */
export type GraphFetch = (url: string, init: RequestInit & { signal: AbortSignal }) => Promise<Response>;

export interface GraphApiOptions {
  /** GRAPH_API_ROOT, version included: `https://graph.facebook.com/v21.0`. */
  root: string;
  accessToken: string;
  phoneNumberId: string;
  /** Deadline of one call (sending, uploading), in ms. */
  timeoutMs?: number;
  fetch?: GraphFetch;
}

const errorSchema = z.object({
  error: z.object({
    message: z.string().default(''),
    code: z.coerce.number().int().default(0),
    error_data: z.object({ details: z.string().optional() }).partial().optional(),
  }),
});
const sentSchema = z.object({ messages: z.array(z.object({ id: z.string().min(1) })).min(1) });
const uploadedSchema = z.object({ id: z.string().min(1) });
const mediaInfoSchema = z.object({
  url: z.url(),
  mime_type: z.string().optional(),
  sha256: z.string().optional(),
  file_size: z.coerce.number().optional(),
});

export type MediaInfo = z.infer<typeof mediaInfoSchema>;

/** A message body as the Cloud API's /messages takes it, minus `messaging_product` and `to`. */
export type GraphMessage = Record<string, unknown> & { type: string };

export interface GraphApi {
  /** Sends one message; resolves with its wamid. */
  sendMessage(to: string, message: GraphMessage): Promise<string>;
  /** Uploads a file for a later message (POST /{phone-number-id}/media); resolves with the media id. */
  uploadMedia(file: { content: Buffer; mimeType: string; fileName: string }): Promise<string>;
  /** Where a received file can be fetched (GET /{media-id}): a short-lived URL. */
  mediaInfo(mediaId: string, signal: AbortSignal): Promise<MediaInfo>;
  /** Streams a media URL with the access token, cut off past `maxBytes` whatever the server declares. */
  downloadMedia(url: string, maxBytes: number, signal: AbortSignal): Promise<Buffer>;
}

async function failure(response: Response): Promise<GraphApiError> {
  const text = await response.text().catch(() => '');
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: a proxy's page, a gateway error.
  }
  const parsed = errorSchema.safeParse(body);
  if (!parsed.success) return new GraphApiError(response.status, 0, `HTTP ${response.status}`);
  const { code, message, error_data: data } = parsed.data.error;
  return new GraphApiError(response.status, code, `(#${code}) ${message}`.trim(), data?.details);
}

/**
 * A small client of the Graph API's WhatsApp Cloud API endpoints: every
 * call with the access token, a deadline, no redirects, answers checked
 * with zod. Errors become GraphApiError with Meta's error code, for the
 * sender to map to the outbox's outcomes.
 */
export function createGraphApi(options: GraphApiOptions): GraphApi {
  const root = options.root.replace(/\/+$/, '');
  const doFetch: GraphFetch = options.fetch ?? ((url, init) => fetch(url, init));
  const timeoutMs = options.timeoutMs ?? 30_000;
  const auth = { authorization: `Bearer ${options.accessToken}` };

  async function call<T>(path: string, init: RequestInit, schema: z.ZodType<T>, signal?: AbortSignal): Promise<T> {
    const response = await doFetch(`${root}/${path}`, { ...init, redirect: 'error', signal: signal ?? AbortSignal.timeout(timeoutMs) });
    if (!response.ok) throw await failure(response);
    const parsed = schema.safeParse(await response.json().catch(() => null));
    if (!parsed.success) throw new GraphApiError(response.status, 0, `unexpected answer from ${path.split('/').at(-1)}`);
    return parsed.data;
  }

  return {
    async sendMessage(to, message) {
      const body = JSON.stringify({ messaging_product: 'whatsapp', recipient_type: 'individual', to, ...message });
      const sent = await call(`${options.phoneNumberId}/messages`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body }, sentSchema);
      return sent.messages[0]!.id;
    },
    async uploadMedia(file) {
      const form = new FormData();
      form.set('messaging_product', 'whatsapp');
      form.set('type', file.mimeType);
      form.set('file', new Blob([new Uint8Array(file.content)], { type: file.mimeType }), file.fileName);
      return (await call(`${options.phoneNumberId}/media`, { method: 'POST', headers: auth, body: form }, uploadedSchema)).id;
    },
    mediaInfo: (mediaId, signal) => call(encodeURIComponent(mediaId), { method: 'GET', headers: auth }, mediaInfoSchema, signal),
    async downloadMedia(url, maxBytes, signal) {
      const response = await doFetch(url, { method: 'GET', headers: auth, redirect: 'error', signal });
      if (!response.ok || !response.body) {
        await response.body?.cancel().catch(() => undefined);
        throw new GraphApiError(response.status, 0, `media download: HTTP ${response.status}`);
      }
      const reader = response.body.getReader();
      // A stalled body ends at the deadline even where the server's stream ignores the signal.
      const stop = () => void reader.cancel(signal.reason).catch(() => undefined);
      signal.addEventListener('abort', stop, { once: true });
      try {
        if (Number(response.headers.get('content-length') ?? 0) > maxBytes) throw new MediaTooLargeError(maxBytes);
        const chunks: Buffer[] = [];
        let size = 0;
        for (;;) {
          const { done, value } = await reader.read();
          if (signal.aborted) throw signal.reason;
          if (done) break;
          size += value.byteLength;
          if (size > maxBytes) throw new MediaTooLargeError(maxBytes);
          chunks.push(Buffer.from(value));
        }
        return Buffer.concat(chunks);
      } catch (error) {
        await reader.cancel().catch(() => undefined);
        throw error;
      } finally {
        signal.removeEventListener('abort', stop);
      }
    },
  };
}
