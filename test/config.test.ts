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

  describe('production mode (NODE_ENV=production)', () => {
    const refusal = (env: NodeJS.ProcessEnv): string => {
      try {
        loadConfig(env);
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as ConfigError).message;
      }
      return expect.unreachable('loadConfig accepted it');
    };

    it('turns the demo organisation and the web chat off by default, even with no channel configured', () => {
      const config = loadConfig({ NODE_ENV: 'production' });
      expect(config.SEED_DEMO).toBe(false);
      expect(config.devChat).toBe(false);
      expect(loadConfig({ NODE_ENV: 'production', SEED_DEMO: '', DEV_CHAT: 'auto' })).toMatchObject({ SEED_DEMO: false, devChat: false });
    });

    it('accepts both turned off explicitly', () => {
      expect(loadConfig({ NODE_ENV: 'production', SEED_DEMO: 'false', DEV_CHAT: 'false' })).toMatchObject({ SEED_DEMO: false, devChat: false });
    });

    it('refuses SEED_DEMO=true, naming the variable', () => {
      for (const on of ['true', '1', 'yes']) {
        const message = refusal({ NODE_ENV: 'production', SEED_DEMO: on });
        expect(message).toContain('SEED_DEMO');
        expect(message).not.toContain('DEV_CHAT');
      }
    });

    it('refuses DEV_CHAT=true, naming the variable', () => {
      const message = refusal({ NODE_ENV: 'production', DEV_CHAT: 'true' });
      expect(message).toContain('DEV_CHAT');
      expect(message).not.toContain('SEED_DEMO');
    });

    it('names both when both are turned on', () => {
      const message = refusal({ NODE_ENV: 'production', DEV_CHAT: 'true', SEED_DEMO: 'true' });
      expect(message).toMatch(/SEED_DEMO[\s\S]*DEV_CHAT/);
    });

    it('refuses a PUBLIC_URL that is not https://', () => {
      expect(refusal({ NODE_ENV: 'production', PUBLIC_URL: 'http://sapa.example.go.id' })).toContain('PUBLIC_URL');
      expect(loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://sapa.example.go.id' }).PUBLIC_URL).toBe('https://sapa.example.go.id');
      expect(loadConfig({ PUBLIC_URL: 'http://localhost:3000' }).PUBLIC_URL).toBe('http://localhost:3000');
    });

    it('keeps the development defaults outside production', () => {
      for (const NODE_ENV of [undefined, 'development', 'test']) {
        expect(loadConfig(NODE_ENV ? { NODE_ENV } : {})).toMatchObject({ SEED_DEMO: true, devChat: true });
        expect(loadConfig({ ...(NODE_ENV ? { NODE_ENV } : {}), SEED_DEMO: 'true', DEV_CHAT: 'true' })).toMatchObject({ SEED_DEMO: true, devChat: true });
      }
    });
  });

  it('refuses the WhatsApp Cloud API transport without its app secret, verify token, phone number id and access token', () => {
    const cloud = { WHATSAPP_ENABLED: 'true', WHATSAPP_TRANSPORT: 'cloud' };
    for (const NODE_ENV of ['production', 'development']) {
      const problems = (() => {
        try {
          loadConfig({ ...cloud, NODE_ENV, PUBLIC_URL: 'https://sapa.example.go.id', SEED_DEMO: 'false' });
        } catch (error) {
          return (error as ConfigError).problems;
        }
        return [];
      })();
      expect(problems).toEqual([
        'WHATSAPP_CLOUD_APP_SECRET: required when WHATSAPP_TRANSPORT=cloud',
        'WHATSAPP_CLOUD_VERIFY_TOKEN: required when WHATSAPP_TRANSPORT=cloud',
        'WHATSAPP_CLOUD_PHONE_NUMBER_ID: required when WHATSAPP_TRANSPORT=cloud',
        'WHATSAPP_CLOUD_ACCESS_TOKEN: required when WHATSAPP_TRANSPORT=cloud',
      ]);
    }
    const full = loadConfig({
      ...cloud,
      WHATSAPP_CLOUD_APP_SECRET: 's',
      WHATSAPP_CLOUD_VERIFY_TOKEN: 'v',
      WHATSAPP_CLOUD_PHONE_NUMBER_ID: '106540352242922',
      WHATSAPP_CLOUD_ACCESS_TOKEN: 't',
    });
    expect(full).toMatchObject({ WHATSAPP_TRANSPORT: 'cloud', GRAPH_API_ROOT: 'https://graph.facebook.com/v21.0', WHATSAPP_CLOUD_TEMPLATE_NOTICE: 'sapa_pemberitahuan' });
    expect(loadConfig({}).WHATSAPP_TRANSPORT).toBe('baileys');
    expect(() => loadConfig({ WHATSAPP_TRANSPORT: 'web' })).toThrow(ConfigError);
  });
});
