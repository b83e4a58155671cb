import { createDecipheriv, createHmac, timingSafeEqual } from 'node:crypto';
import { DEFAULT_ORIGIN, getMediaKeys, normalizeMessageContent, type proto, type WAMessage } from '@whiskeysockets/baileys';
import { createSlots } from '../../services/whatsapp/slots';
import { mediaUrlOf } from './media-url';
import { MediaTooLargeError } from './media-too-large';

export { MediaTooLargeError };

/** The part of `fetch` the download uses (a test passes a fake WhatsApp media server). */
export type FetchMedia = (url: string, init: { signal: AbortSignal; redirect: 'error'; headers: Record<string, string> }) => Promise<Response>;

/** Downloads the file of a media message. */
export type MediaDownloader = (message: WAMessage) => Promise<Buffer>;


/** The message is no WhatsApp media a download may be tried for (another host, no key): nothing was requested. */
export class MediaRefusedError extends Error {
  constructor(reason: string) {
    super(`media refused: ${reason}`);
    this.name = 'MediaRefusedError';
  }
}

export interface MediaDownloaderOptions {
  /** Largest file accepted, in bytes (decrypted). */
  maxBytes: number;
  /** Whole download, request to last byte. */
  timeoutMs: number;
  /** Downloads at once; more wait their turn. */
  concurrency: number;
  /** Default: the global fetch. */
  fetch?: FetchMedia;
  /** Asks the sender's phone to upload an expired file again (the socket's updateMediaMessage), when connected. */
  reupload?: () => ((message: WAMessage) => Promise<WAMessage>) | undefined;
}

/** WhatsApp appends the first 10 bytes of HMAC-SHA256(macKey, iv + ciphertext) to the AES-256-CBC ciphertext. */
const MAC_BYTES = 10;
const REUPLOAD_STATUSES = new Set([404, 410]);

type Media = { kind: 'image' | 'document'; file: proto.Message.IImageMessage | proto.Message.IDocumentMessage };

function mediaOf(message: WAMessage): Media {
  const content = normalizeMessageContent(message.message);
  if (content?.imageMessage) return { kind: 'image', file: content.imageMessage };
  if (content?.documentMessage) return { kind: 'document', file: content.documentMessage };
  throw new MediaRefusedError('no image or document');
}

class ExpiredMediaError extends Error {}

type MediaKeys = { cipherKey: Uint8Array; iv: Uint8Array; macKey: Uint8Array };

/**
 * Downloads and decrypts a WhatsApp image or document the way Baileys'
 * downloadMediaMessage does, with the limits a server open to strangers
 * needs: only from WhatsApp's media hosts (checked before any request, no
 * redirects), streamed and cut off as soon as it passes `maxBytes` (the size
 * the message declares is never trusted, nothing beyond the cap is read or
 * kept), a deadline for the whole download, its MAC checked, and at most
 * `concurrency` downloads at once.
 */
export function createMediaDownloader(options: MediaDownloaderOptions): MediaDownloader {
  const fetchMedia: FetchMedia = options.fetch ?? ((url, init) => fetch(url, init));
  const slots = createSlots(options.concurrency);
  const maxEncrypted = options.maxBytes + 16 + MAC_BYTES;

  async function readCapped(response: Response, keys: MediaKeys, signal: AbortSignal): Promise<Buffer> {
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (!response.body) throw new Error('media download: empty response');
    const reader = response.body.getReader();
    // A stalled body ends at the deadline even where the server's stream ignores the signal.
    const stop = () => void reader.cancel(signal.reason).catch(() => undefined);
    signal.addEventListener('abort', stop, { once: true });
    try {
      return await decrypt(reader, declared, keys, signal);
    } finally {
      signal.removeEventListener('abort', stop);
    }
  }

  async function decrypt(
    reader: ReadableStreamDefaultReader<Uint8Array>,
    declared: number,
    keys: MediaKeys,
    signal: AbortSignal,
  ): Promise<Buffer> {
    if (declared > maxEncrypted) {
      await reader.cancel().catch(() => undefined);
      throw new MediaTooLargeError(options.maxBytes);
    }
    const decipher = createDecipheriv('aes-256-cbc', keys.cipherKey, keys.iv);
    const hmac = createHmac('sha256', keys.macKey).update(keys.iv);
    const plain: Buffer[] = [];
    let pulled = 0;
    let tail = Buffer.alloc(0);
    for (;;) {
      const { done, value } = await reader.read();
      if (signal.aborted) throw signal.reason;
      if (done) break;
      pulled += value.byteLength;
      if (pulled > maxEncrypted) {
        await reader.cancel().catch(() => undefined);
        throw new MediaTooLargeError(options.maxBytes);
      }
      const data = tail.length > 0 ? Buffer.concat([tail, value]) : Buffer.from(value);
      const cut = Math.max(0, data.length - MAC_BYTES);
      const body = data.subarray(0, cut);
      tail = data.subarray(cut);
      hmac.update(body);
      plain.push(decipher.update(body));
    }
    if (tail.length !== MAC_BYTES || !timingSafeEqual(tail, hmac.digest().subarray(0, MAC_BYTES))) throw new Error('media download: bad MAC');
    plain.push(decipher.final());
    const file = Buffer.concat(plain);
    if (file.length > options.maxBytes) throw new MediaTooLargeError(options.maxBytes);
    return file;
  }

  async function attempt(message: WAMessage, signal: AbortSignal): Promise<Buffer> {
    const { kind, file } = mediaOf(message);
    const url = mediaUrlOf(file);
    if (!url) throw new MediaRefusedError('not a WhatsApp media host');
    if (!file.mediaKey || file.mediaKey.length === 0) throw new MediaRefusedError('no media key');
    const { cipherKey, iv, macKey } = await getMediaKeys(file.mediaKey, kind);
    if (!macKey) throw new MediaRefusedError('no MAC key');
    const keys = { cipherKey, iv, macKey };
    const response = await fetchMedia(url.href, { signal, redirect: 'error', headers: { Origin: DEFAULT_ORIGIN } });
    if (REUPLOAD_STATUSES.has(response.status)) {
      await response.body?.cancel().catch(() => undefined);
      throw new ExpiredMediaError(`media download: HTTP ${response.status}`);
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new Error(`media download: HTTP ${response.status}`);
    }
    return readCapped(response, keys, signal);
  }

  async function download(message: WAMessage): Promise<Buffer> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error(`media download: no file after ${options.timeoutMs} ms`)), options.timeoutMs);
    try {
      try {
        return await attempt(message, controller.signal);
      } catch (error) {
        const reupload = options.reupload?.();
        if (!(error instanceof ExpiredMediaError) || !reupload) throw error;
        return await attempt(await reupload(message), controller.signal);
      }
    } finally {
      clearTimeout(timer);
    }
  }

  return (message) => slots.run(() => download(message));
}
