import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config';

describe('loadConfig', () => {
  it('runs on an empty environment with the embedded SQLite default', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBe('file:./data/sapa.db');
    expect(config.provider).toBe('sqlite');
    expect(config.SEED_DEMO).toBe(true);
    expect(config.devChat).toBe(true);
  });

  it('recognises PostgreSQL URLs', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://u@127.0.0.1:5432/sapa' }).provider).toBe('postgresql');
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db/sapa' }).provider).toBe('postgresql');
  });

  it('names every bad variable', () => {
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', WHATSAPP_ENABLED: 'maybe' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as ConfigError).message;
      expect(message).toContain('PORT');
      expect(message).toContain('DATABASE_URL');
      expect(message).toContain('WHATSAPP_ENABLED');
    }
  });

  it('turns the dev chat off by default once a channel is configured', () => {
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: '123:abc' }).devChat).toBe(false);
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: '123:abc', DEV_CHAT: 'true' }).devChat).toBe(true);
  });

  it('reads booleans in the usual spellings', () => {
    expect(loadConfig({ SEED_DEMO: 'false' }).SEED_DEMO).toBe(false);
    expect(loadConfig({ SEED_DEMO: '0' }).SEED_DEMO).toBe(false);
    expect(loadConfig({ WHATSAPP_ENABLED: 'yes' }).WHATSAPP_ENABLED).toBe(true);
  });
});
