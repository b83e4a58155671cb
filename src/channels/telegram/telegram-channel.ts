import { Telegraf } from 'telegraf';
import type { Clock } from '../../clock';
import type { ConversationEngine } from '../../conversation/conversation-engine';
import type { RoutePlugin } from '../../http/build-app';
import type { Logger } from '../../logger';
import type { ChannelSender } from '../../chat/channel-sender';
import type { BackgroundService } from '../../module';
import type { Database } from '../../store/database';
import { registerBotCommands } from './bot-commands';
import { createUpdateHandler } from './handle-update';
import { describeError } from './send-result';
import { createTelegramSender } from './telegram-sender';
import { type TelegramUpdate, telegramUpdateSchema } from './update-schema';
import { telegramWebhookRoute, WEBHOOK_PATH } from './webhook-route';

/** The update kinds SAPA asks Telegram for. */
const ALLOWED_UPDATES = ['message', 'callback_query'] as const;
const DEFAULT_MAX_FILE_BYTES = 10 * 1_048_576;
/** Telegram waits about a minute for a webhook answer; give up on a stuck turn before it does. */
const HANDLER_TIMEOUT_MS = 50_000;

export interface TelegramChannelOptions {
  token: string;
  /** Bot API root (default the public one); a self-hosted server or a test's fake. */
  apiRoot: string;
  db: Database;
  clock: Clock;
  engine: Pick<ConversationEngine, 'handle'>;
  logger: Logger;
  /** Called after the channel itself enqueued a reply (wakes the outbox worker). */
  onOutbox?: () => void;
  /**
   * Webhook mode (production): this service's public base URL, the secret, and
   * how many updates may be handled at once (more get 503). Absent: long polling.
   */
  webhook?: { publicUrl: string; secret: string; maxInFlight: number };
  maxFileBytes?: number;
  /** Delays between attempts to reach Telegram at start, in ms. */
  connectRetryMs?: readonly number[];
}

export interface TelegramChannel {
  bot: Telegraf;
  sender: ChannelSender;
  /** The webhook route (webhook mode only). */
  routes: RoutePlugin[];
  service: BackgroundService;
  /** Where the channel stands: reaching the Bot API, webhook set, polling, or stopped. */
  state(): TelegramState;
}

export type TelegramState = 'connecting' | 'webhook' | 'polling' | 'stopped';

/**
 * The Telegram channel: the bot (telegraf, real Bot API calls), the webhook
 * route or long polling for inbound updates, and the sender the outbox worker
 * uses for outbound messages.
 */
export function createTelegramChannel(options: TelegramChannelOptions): TelegramChannel {
  const { logger, webhook } = options;
  const bot = new Telegraf(options.token, { telegram: { apiRoot: options.apiRoot }, handlerTimeout: HANDLER_TIMEOUT_MS });
  const handle = createUpdateHandler({
    db: options.db,
    clock: options.clock,
    engine: options.engine,
    logger,
    ...(options.onOutbox ? { onOutbox: options.onOutbox } : {}),
    maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
  });
  // Long polling: each update is parsed here, once (the webhook route parses its own).
  bot.use((ctx) => {
    const parsed = telegramUpdateSchema.safeParse(ctx.update);
    if (parsed.success) return handle(parsed.data, ctx.telegram).then(() => undefined);
    logger.warn({ issues: parsed.error.issues.length }, 'telegram: update ignored, unexpected shape');
  });
  bot.catch((err, ctx) => {
    logger.error({ err, update: ctx.update.update_id }, 'telegram: update failed');
  });
  /** Webhook: a failure answers 500, so Telegram delivers the update again. */
  const handleWebhookUpdate = (update: TelegramUpdate) =>
    handle(update, bot.telegram, { replyInResponse: true }).catch((err: unknown) => {
      logger.error({ err, update: update.update_id }, 'telegram: update failed');
      throw err;
    });

  let polling: Promise<boolean> | undefined;
  let stopped = false;
  let state: TelegramState = 'stopped';
  let retryTimer: NodeJS.Timeout | undefined;
  const retries = options.connectRetryMs ?? [1_000, 5_000, 15_000, 60_000, 300_000];

  async function connect(): Promise<void> {
    bot.botInfo = await bot.telegram.getMe();
    await registerBotCommands(bot.telegram);
    if (webhook) {
      const url = new URL(WEBHOOK_PATH, webhook.publicUrl).toString();
      await bot.telegram.setWebhook(url, { secret_token: webhook.secret, allowed_updates: [...ALLOWED_UPDATES] });
      logger.info({ url, bot: bot.botInfo.username }, 'telegram: webhook set');
      state = 'webhook';
      return;
    }
    logger.info({ bot: bot.botInfo.username }, 'telegram: long polling');
    // launch() resolves only when polling stops: it runs in the background.
    state = 'polling';
    polling = bot.launch({ allowedUpdates: [...ALLOWED_UPDATES] }).then(
      () => true,
      (err: unknown) => {
        if (!stopped) logger.error({ error: describeError(err) }, 'telegram: polling stopped');
        state = stopped ? 'stopped' : 'connecting';
        return true;
      },
    );
  }

  /** Reaching Telegram may fail at boot (network, outage): keep trying without holding up the rest of SAPA. */
  function connectWithRetry(attempt: number): Promise<void> {
    return connect().catch((err: unknown) => {
      const delay = retries[Math.min(attempt, retries.length - 1)] ?? 60_000;
      logger.error({ error: describeError(err), retryInMs: delay }, 'telegram: cannot reach the Bot API');
      if (stopped) return;
      retryTimer = setTimeout(() => void connectWithRetry(attempt + 1), delay);
      retryTimer.unref();
    });
  }

  return {
    bot,
    sender: createTelegramSender({ telegram: bot.telegram, logger }),
    routes: webhook
      ? [telegramWebhookRoute(webhook.secret, handleWebhookUpdate, { maxInFlight: webhook.maxInFlight })]
      : [],
    service: {
      name: 'telegram',
      start: () => {
        state = 'connecting';
        return connectWithRetry(0);
      },
      async stop() {
        stopped = true;
        state = 'stopped';
        if (retryTimer) clearTimeout(retryTimer);
        if (polling) {
          await stopPolling(bot, polling);
          await polling;
        }
      },
    },
    state: () => state,
  };
}

/**
 * Stops long polling. launch() sets polling up only after its own
 * deleteWebhook call, and bot.stop() throws until then: wait for that moment
 * (or for launch to have ended).
 */
async function stopPolling(bot: Telegraf, launched: Promise<boolean>): Promise<void> {
  for (;;) {
    try {
      bot.stop('shutdown');
      return;
    } catch {
      const pause = new Promise<false>((resolve) => setTimeout(() => resolve(false), 10));
      if (await Promise.race([launched, pause])) return;
    }
  }
}
