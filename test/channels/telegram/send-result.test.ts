import { describe, expect, it } from 'vitest';
import { isNotModified, isUneditable, sendResultOfError } from '../../../src/channels/telegram/send-result';

const botApiError = (error_code: number, description: string, parameters?: { retry_after?: number }) =>
  Object.assign(new Error(`${error_code}: ${description}`), { response: { ok: false, error_code, description, parameters } });

describe('sendResultOfError', () => {
  it('waits retry_after on 429', () => {
    expect(sendResultOfError(botApiError(429, 'Too Many Requests: retry after 7', { retry_after: 7 }))).toMatchObject({
      ok: false,
      retryAfterMs: 7000,
    });
  });

  it('marks a person who blocked the bot, or never started it, unreachable', () => {
    expect(sendResultOfError(botApiError(403, 'Forbidden: bot was blocked by the user'))).toMatchObject({ unreachable: true });
    expect(sendResultOfError(botApiError(400, 'Bad Request: chat not found'))).toMatchObject({ unreachable: true });
  });

  it('gives up on a message Telegram calls bad', () => {
    const result = sendResultOfError(botApiError(400, 'Bad Request: message text is empty'));
    expect(result).toMatchObject({ ok: false, permanent: true });
    expect(result).not.toHaveProperty('unreachable');
  });

  it('retries server errors, network failures and our own misconfiguration', () => {
    for (const error of [botApiError(502, 'Bad Gateway'), botApiError(401, 'Unauthorized'), new Error('ECONNRESET')]) {
      const result = sendResultOfError(error);
      expect(result.ok).toBe(false);
      expect(result).not.toHaveProperty('permanent');
      expect(result).not.toHaveProperty('unreachable');
      expect(result).not.toHaveProperty('retryAfterMs');
    }
  });

  it('tells an unchanged edit and a vanished message apart', () => {
    expect(isNotModified(botApiError(400, 'Bad Request: message is not modified'))).toBe(true);
    expect(isUneditable(botApiError(400, 'Bad Request: message to edit not found'))).toBe(true);
    expect(isUneditable(botApiError(400, 'Bad Request: message is not modified'))).toBe(false);
  });
});
