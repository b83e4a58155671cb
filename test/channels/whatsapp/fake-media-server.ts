import { createCipheriv, createHmac, randomBytes } from 'node:crypto';
import { getMediaKeys } from '@whiskeysockets/baileys';
import type { FetchMedia } from '../../../src/channels/whatsapp/media-download';

/** The media fields of an image or document message, as WhatsApp sends them. */
export interface MediaFields {
  url: string;
  directPath: string;
  mediaKey: Uint8Array;
}

type Served = { kind: 'file'; bytes: Buffer } | { kind: 'endless'; total: number; chunk: number } | { kind: 'stalled' };

let seq = 0;

/** Encrypts a file the way WhatsApp stores media: AES-256-CBC, then 10 bytes of HMAC-SHA256 over iv + ciphertext. */
export async function encryptMedia(plain: Buffer, mediaKey: Uint8Array, kind: 'image' | 'document'): Promise<Buffer> {
  const { cipherKey, iv, macKey } = await getMediaKeys(mediaKey, kind);
  const cipher = createCipheriv('aes-256-cbc', cipherKey, iv);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  const mac = createHmac('sha256', macKey!).update(iv).update(body).digest().subarray(0, 10);
  return Buffer.concat([body, mac]);
}

/**
 * WhatsApp's media servers without a network: files stored under a direct
 * path on mmg.whatsapp.net, served as streams. Records every request and
 * counts the bytes a client actually pulled from each body.
 */
export function fakeMediaServer() {
  const served = new Map<string, Served>();
  const requests: string[] = [];
  let pulled = 0;

  function place(served_: Served): MediaFields {
    seq += 1;
    const directPath = `/v/t62.7119-24/${1000 + seq}_enc.enc?ccb=11-4`;
    served.set(directPath, served_);
    return { url: `https://mmg.whatsapp.net${directPath}&mms3=true`, directPath, mediaKey: randomBytes(32) };
  }

  function stream(source: Served, signal: AbortSignal): ReadableStream<Uint8Array> {
    let offset = 0;
    return new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          if (source.kind === 'stalled') return new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
          const total = source.kind === 'file' ? source.bytes.length : source.total;
          if (offset >= total) return controller.close();
          const size = Math.min(source.kind === 'file' ? 64 * 1024 : source.chunk, total - offset);
          const chunk = source.kind === 'file' ? source.bytes.subarray(offset, offset + size) : randomBytes(size);
          offset += size;
          pulled += size;
          controller.enqueue(new Uint8Array(chunk));
        },
      },
      // No read-ahead: a byte counts as pulled only when the client asked for it.
      { highWaterMark: 0 },
    );
  }

  const fetch: FetchMedia = async (url, init) => {
    requests.push(url);
    const { pathname, search } = new URL(url);
    const source = served.get(`${pathname}${search.replace(/&mms3=true$/, '')}`) ?? served.get(pathname);
    if (!source) return new Response(null, { status: 404 });
    return new Response(stream(source, init.signal), { status: 200 });
  };

  return {
    fetch,
    requests,
    /** Bytes clients pulled from response bodies so far. */
    pulled: () => pulled,
    /** Stores a file; returns the fields a message needs to point at it. */
    async upload(plain: Buffer, kind: 'image' | 'document'): Promise<MediaFields> {
      const fields = place({ kind: 'file', bytes: Buffer.alloc(0) });
      served.set(fields.directPath, { kind: 'file', bytes: await encryptMedia(plain, fields.mediaKey, kind) });
      return fields;
    },
    /** A body of `total` random bytes in chunks of `chunk`, produced only as they are read. */
    endless(total: number, chunk = 64 * 1024): MediaFields {
      return place({ kind: 'endless', total, chunk });
    },
    /** A body that never sends a byte. */
    stalled(): MediaFields {
      return place({ kind: 'stalled' });
    },
  };
}

export type FakeMediaServer = ReturnType<typeof fakeMediaServer>;
