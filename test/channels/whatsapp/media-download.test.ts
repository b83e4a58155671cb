import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMediaDownloader, MediaRefusedError, MediaTooLargeError } from '../../../src/channels/whatsapp/media-download';
import { isWhatsappMediaHost, mediaUrlOf } from '../../../src/channels/whatsapp/media-url';
import { fakeMediaServer } from './fake-media-server';
import { pdf, photo } from './messages';

const ana = { jid: '6281200000011@s.whatsapp.net' };
const MB = 1_048_576;

describe('mediaUrlOf', () => {
  it('builds the address from the direct path on WhatsApp’s media host, as Baileys does', () => {
    expect(mediaUrlOf({ directPath: '/v/t62.7119-24/1_n.enc?ccb=11-4' })?.href).toBe('https://mmg.whatsapp.net/v/t62.7119-24/1_n.enc?ccb=11-4');
    expect(mediaUrlOf({ url: 'https://media-sin6-1.cdn.whatsapp.net/v/x.enc', directPath: '/v/y.enc' })?.href).toBe('https://media-sin6-1.cdn.whatsapp.net/v/y.enc');
    expect(mediaUrlOf({ url: 'https://mmg.whatsapp.net/v/x.enc' })?.href).toBe('https://mmg.whatsapp.net/v/x.enc');
  });

  it('refuses any other host, scheme, port or credentials, even with a direct path', () => {
    for (const url of [
      'https://169.254.169.254/latest/meta-data',
      'http://mmg.whatsapp.net/v/x.enc',
      'https://mmg.whatsapp.net:8443/v/x.enc',
      'https://user@mmg.whatsapp.net/v/x.enc',
      'https://whatsapp.net.evil.example/v/x.enc',
      'https://evilwhatsapp.net/v/x.enc',
      'file:///etc/passwd',
      'not a url',
    ]) {
      expect(mediaUrlOf({ url, directPath: '/v/x.enc' }), url).toBeNull();
    }
    expect(mediaUrlOf({ directPath: '@evil.example/v/x.enc' })).toBeNull();
    expect(mediaUrlOf({ directPath: '//evil.example/v/x.enc' })).toBeNull();
    expect(mediaUrlOf({ directPath: '/v/x.enc\\@evil.example' })).toBeNull();
    expect(mediaUrlOf({})).toBeNull();
    expect(isWhatsappMediaHost('localhost')).toBe(false);
  });
});

describe('createMediaDownloader', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('downloads and decrypts a file, and refuses one whose MAC does not match', async () => {
    const server = fakeMediaServer();
    const download = createMediaDownloader({ maxBytes: 10 * MB, timeoutMs: 60_000, concurrency: 4, fetch: server.fetch });
    const file = randomBytes(200_000);
    const fields = await server.upload(file, 'document');
    expect(Buffer.compare(await download(pdf(ana, 'surat.pdf', file.length, fields)), file)).toBe(0);

    const otherKey = { ...fields, mediaKey: randomBytes(32) };
    await expect(download(pdf(ana, 'surat.pdf', file.length, otherKey))).rejects.toThrow(/bad MAC/);
  });

  it('cuts a declared 1 KB document that streams 50 MB at the cap, without reading or keeping the rest', async () => {
    const server = fakeMediaServer();
    const download = createMediaDownloader({ maxBytes: 10 * MB, timeoutMs: 60_000, concurrency: 4, fetch: server.fetch });
    const liar = pdf(ana, 'surat.pdf', 1024, server.endless(50 * MB));
    await expect(download(liar)).rejects.toBeInstanceOf(MediaTooLargeError);
    // At most one 64 KB chunk past the cap was pulled from the 50 MB body.
    expect(server.pulled()).toBeGreaterThan(10 * MB);
    expect(server.pulled()).toBeLessThanOrEqual(10 * MB + 26 + 64 * 1024);
  });

  it('makes no request for a URL on another host', async () => {
    const server = fakeMediaServer();
    const download = createMediaDownloader({ maxBytes: 10 * MB, timeoutMs: 60_000, concurrency: 4, fetch: server.fetch });
    const fields = await server.upload(Buffer.from('x'), 'image');
    await expect(download(photo(ana, { media: { ...fields, url: 'https://10.0.0.7/admin' } }))).rejects.toBeInstanceOf(MediaRefusedError);
    await expect(download(photo(ana, { media: { ...fields, url: undefined, directPath: '@10.0.0.7/admin' } }))).rejects.toBeInstanceOf(MediaRefusedError);
    expect(server.requests).toEqual([]);
  });

  it('gives up on a stalled download at the deadline, and runs at most `concurrency` downloads at once', async () => {
    vi.useFakeTimers();
    const server = fakeMediaServer();
    const download = createMediaDownloader({ maxBytes: 10 * MB, timeoutMs: 30_000, concurrency: 4, fetch: server.fetch });
    const results = Array.from({ length: 6 }, () => download(photo(ana, { media: server.stalled() })).then(() => 'ok', (error: Error) => error.message));
    await vi.advanceTimersByTimeAsync(10);
    expect(server.requests).toHaveLength(4);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(server.requests).toHaveLength(6);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(await Promise.all(results)).toEqual(Array(6).fill('media download: no file after 30000 ms'));
  });

  it('asks the phone to upload an expired file again, once', async () => {
    const server = fakeMediaServer();
    const fresh = await server.upload(Buffer.from('%PDF- letter'), 'document');
    const expired = { ...fresh, directPath: '/v/t62.7119-24/gone.enc', url: 'https://mmg.whatsapp.net/v/t62.7119-24/gone.enc' };
    const reuploaded: string[] = [];
    const download = createMediaDownloader({
      maxBytes: 10 * MB,
      timeoutMs: 60_000,
      concurrency: 4,
      fetch: server.fetch,
      reupload: () => async (message) => {
        reuploaded.push(message.key.id!);
        return pdf(ana, 'surat.pdf', 12, fresh);
      },
    });
    const message = pdf(ana, 'surat.pdf', 12, expired);
    expect((await download(message)).toString()).toBe('%PDF- letter');
    expect(reuploaded).toEqual([message.key.id]);
    expect(server.requests).toHaveLength(2);
  });
});
