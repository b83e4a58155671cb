import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, logDestination } from '../src/logger';
import { startNotice } from '../src/start-notice';

describe('the process log', () => {
  it('is JSON when stdout is not a terminal, and in production even when it is', () => {
    expect(logDestination({ isTTY: false, production: false })).toBeUndefined();
    expect(logDestination({ isTTY: true, production: true })).toBeUndefined();
  });

  it('is pretty, readable lines in a terminal outside production, still redacted', () => {
    let written = '';
    const out = new Writable({
      write(chunk: Buffer, _encoding, done) {
        written += chunk.toString();
        done();
      },
    });
    const log = createLogger('info', logDestination({ isTTY: true, production: false }, out));
    log.info({ token: 'secret-token' }, 'SAPA is ready');
    expect(written).toMatch(/INFO.*SAPA is ready/);
    expect(written.trimStart().startsWith('{')).toBe(false);
    expect(written).not.toContain('secret-token');
  });
});

describe('the start notice', () => {
  it('points a newcomer to the web chat when it is on, and to the HR console', () => {
    const notice = startNotice({ address: 'http://127.0.0.1:3000', devChat: true, provider: 'sqlite' });
    expect(notice).toBe(
      'SAPA is ready on http://127.0.0.1:3000 (sqlite). Open http://127.0.0.1:3000/dev/chat in a browser to talk to SAPA as a demo person (or run `npm run chat` in another terminal). HR console: http://127.0.0.1:3000/hr (sign-in link: `npm run console:link`).',
    );
  });

  it('names the channels and the public address when the web chat is off', () => {
    const notice = startNotice({ address: 'http://0.0.0.0:3000', publicUrl: 'https://sapa.example.go.id/', devChat: false, provider: 'postgresql' });
    expect(notice).not.toContain('/dev/chat');
    expect(notice).toContain('Telegram, WhatsApp');
    expect(notice).toContain('HR console: https://sapa.example.go.id/hr');
  });
});
