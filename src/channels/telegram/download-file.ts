import { readFile, stat } from 'node:fs/promises';
import type { Telegram } from 'telegraf';

/** The file is larger than SAPA accepts (Telegram's own bot download limit is 20 MB). */
export class FileTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`file larger than ${maxBytes} bytes`);
    this.name = 'FileTooLargeError';
  }
}

/**
 * Downloads a file someone sent (getFile, then the file URL under the same
 * API root), refusing more than `maxBytes` whatever the server claims. A
 * self-hosted Bot API server in --local mode answers with a path on its disk,
 * which it shares with SAPA.
 */
export async function downloadFile(telegram: Telegram, fileId: string, maxBytes: number): Promise<Buffer> {
  const url = await telegram.getFileLink(fileId);
  if (url.protocol === 'file:') {
    const path = decodeURIComponent(url.pathname);
    if ((await stat(path)).size > maxBytes) throw new FileTooLargeError(maxBytes);
    return readFile(path);
  }
  const response = await fetch(url, { signal: AbortSignal.timeout(60_000) });
  if (!response.ok || !response.body) throw new Error(`file download failed: HTTP ${response.status}`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBytes) {
    await response.body.cancel();
    throw new FileTooLargeError(maxBytes);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new FileTooLargeError(maxBytes);
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}
