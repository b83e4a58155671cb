import Fastify from 'fastify';
import { Telegraf } from 'telegraf';

/**
 * The bench's baseline: a bare Fastify + telegraf webhook that answers every
 * update through the (fake) Bot API and persists nothing. Same route, same
 * secret check, same telegraf round trip as SAPA's channel.
 */
const env = process.env;
const bot = new Telegraf(env.TELEGRAM_BOT_TOKEN!, { telegram: { apiRoot: env.TELEGRAM_API_ROOT! } });
bot.botInfo = { id: 1, is_bot: true, first_name: 'Baseline', username: 'BaselineBot', can_join_groups: false, can_read_all_group_messages: false, supports_inline_queries: false };
bot.on('message', (ctx) => ctx.reply('ok').then(() => undefined));
bot.on('callback_query', (ctx) => ctx.answerCbQuery('ok').then(() => undefined));

const app = Fastify({ logger: false });
app.post('/telegram/webhook', async (request, reply) => {
  if (request.headers['x-telegram-bot-api-secret-token'] !== env.TELEGRAM_WEBHOOK_SECRET) return reply.status(401).send({ ok: false });
  await bot.handleUpdate(request.body as Parameters<typeof bot.handleUpdate>[0]);
  return { ok: true };
});
app.get('/ready', async () => ({ status: 'ready' }));
await app.listen({ host: '127.0.0.1', port: Number(env.PORT) });
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
