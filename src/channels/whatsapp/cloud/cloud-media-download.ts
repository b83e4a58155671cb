import { createHash } from 'node:crypto';
import { createSlots } from '../../../services/whatsapp/slots';
import type { GraphApi } from './graph-api';

/** A file someone sent, as the webhook names it. */
export interface CloudMedia {
  id: string;
  /** The checksum the webhook gave (SHA-256), when it did. */
  sha256?: string;
}

export type CloudMediaDownloader = (media: CloudMedia) => Promise<Buffer>;

export interface CloudMediaDownloaderOptions {
  api: GraphApi;
  /** GRAPH_API_ROOT: media URLs on its own host are accepted too (a self-hosted proxy, the tests' fake). */
  graphRoot: string;
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Whole download (both calls), in ms. */
  timeoutMs: number;
  /** Downloads at once; more wait their turn. */
  concurrency: number;
}

const META_MEDIA_HOSTS = /(^|\.)(fbsbx\.com|facebook\.com|fbcdn\.net|whatsapp\.net)$/;

/** Only Meta's media hosts (or the configured Graph API's own origin) get the access token. */
export function acceptableMediaUrl(text: string, graphRoot: string): URL | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.username || url.password) return null;
  if (url.origin === new URL(graphRoot).origin) return url;
  return url.protocol === 'https:' && url.port === '' && META_MEDIA_HOSTS.test(url.hostname) ? url : null;
}

function checksumMatches(content: Buffer, declared: string): boolean {
  const digest = createHash('sha256').update(content).digest();
  return declared === digest.toString('base64') || declared.toLowerCase() === digest.toString('hex');
}

/**
 * Downloads a file sent through the Cloud API: GET /{media-id} for its
 * short-lived URL, then that URL with the access token, only from Meta's
 * hosts, streamed and cut at `maxBytes` (the size anyone declares is never
 * trusted), within one deadline, its checksum compared when the webhook gave
 * one, at most `concurrency` at once.
 */
export function createCloudMediaDownloader(options: CloudMediaDownloaderOptions): CloudMediaDownloader {
  const slots = createSlots(options.concurrency);

  async function download(media: CloudMedia): Promise<Buffer> {
    const signal = AbortSignal.timeout(options.timeoutMs);
    const info = await options.api.mediaInfo(media.id, signal);
    const url = acceptableMediaUrl(info.url, options.graphRoot);
    if (!url) throw new Error('media download: URL not on a Meta media host');
    const content = await options.api.downloadMedia(url.href, options.maxBytes, signal);
    if (media.sha256 && !checksumMatches(content, media.sha256)) throw new Error('media download: checksum differs');
    return content;
  }

  return (media) => slots.run(() => download(media));
}
