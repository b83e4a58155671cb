import { createAuthenticate } from '../../http/admin/authenticate';
import type { ModuleFactory } from '../../module';
import { whatsappPacing } from './whatsapp-sender';

/**
 * The WhatsApp channel as `npm start` runs it: off unless WHATSAPP_ENABLED.
 * With PostgreSQL only the process holding the advisory lock opens the
 * socket; every process can send through the outbox only while it holds it.
 * The channel (Baileys above all) is imported only when it is on: loading it
 * is a large part of start-up.
 */
export const whatsappModule: ModuleFactory = async (ctx) => {
  const { config, db, clock } = ctx;
  if (!config.WHATSAPP_ENABLED) return {};
  const [{ createWhatsappChannel }, { postgresSocketLock, singleProcessLock }, { whatsappPairingRoute }] = await Promise.all([
    import('./whatsapp-channel'),
    import('../../services/whatsapp/socket-lock'),
    import('../../http/routes/whatsapp-pairing'),
  ]);
  const channel = createWhatsappChannel({
    db,
    clock,
    engine: ctx.engine,
    logger: ctx.logger.child({ channel: 'whatsapp' }),
    pacing: whatsappPacing(config.WHATSAPP_RATE_PER_SECOND, config.WHATSAPP_JITTER_MS),
    onOutbox: ctx.wakeOutbox,
    lock: db.provider === 'postgresql' ? postgresSocketLock(db.url) : singleProcessLock(),
    inbound: { perSenderPerMinute: config.WHATSAPP_INBOUND_PER_MINUTE, maxInFlight: config.WHATSAPP_INBOUND_IN_FLIGHT, maxWaiting: config.WHATSAPP_INBOUND_QUEUE },
    mediaTimeoutMs: config.WHATSAPP_MEDIA_TIMEOUT_SECONDS * 1000,
    mediaDownloads: config.WHATSAPP_MEDIA_DOWNLOADS,
    ...(config.WHATSAPP_PHONE ? { pairingPhone: config.WHATSAPP_PHONE } : {}),
  });
  return {
    senders: [channel.sender],
    services: [channel.service],
    routes: [whatsappPairingRoute({ authenticate: createAuthenticate({ db, clock }, 'ops'), pairing: channel.pairing })],
  };
};
