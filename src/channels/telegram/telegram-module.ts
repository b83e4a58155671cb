import type { ModuleFactory } from '../../module';
import { webhookSecret } from './secret-token';
import { createTelegramChannel } from './telegram-channel';

/**
 * The Telegram channel as `npm start` runs it: off without TELEGRAM_BOT_TOKEN;
 * webhook mode behind this service when PUBLIC_URL is set, long polling
 * otherwise. Feeds the shared conversation engine; its sender goes to the
 * outbox worker.
 */
export const telegramModule: ModuleFactory = (ctx) => {
  const { config } = ctx;
  const token = config.TELEGRAM_BOT_TOKEN;
  if (!token) return { status: () => ({ part: 'telegram', state: 'off', ready: true }), channel: () => ({ channel: 'telegram', state: 'off' }) };
  const channel = createTelegramChannel({
    token,
    apiRoot: config.TELEGRAM_API_ROOT,
    db: ctx.db,
    clock: ctx.clock,
    engine: ctx.engine,
    logger: ctx.logger.child({ channel: 'telegram' }),
    onOutbox: ctx.wakeOutbox,
    ...(config.PUBLIC_URL
      ? {
          webhook: {
            publicUrl: config.PUBLIC_URL,
            secret: webhookSecret(config.TELEGRAM_WEBHOOK_SECRET, token),
            maxInFlight: config.TELEGRAM_WEBHOOK_MAX_IN_FLIGHT,
          },
        }
      : {}),
  });
  return {
    routes: channel.routes,
    services: [channel.service],
    senders: [channel.sender],
    status: () => {
      const state = channel.state();
      return { part: 'telegram', state, ready: state === 'webhook' || state === 'polling' };
    },
    channel: () => ({ channel: 'telegram', state: channel.state() }),
  };
};
