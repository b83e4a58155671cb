import { createAuthenticate } from '../../http/admin/authenticate';
import { whatsappPairingRoute } from '../../http/routes/whatsapp-pairing';
import type { ModuleFactory } from '../../server';
import { postgresSocketLock, singleProcessLock } from '../../services/whatsapp/socket-lock';
import { createWhatsappChannel } from './whatsapp-channel';
import { whatsappPacing } from './whatsapp-sender';

/**
 * The WhatsApp channel as `npm start` runs it: off unless WHATSAPP_ENABLED.
 * With PostgreSQL only the process holding the advisory lock opens the
 * socket; every process can send through the outbox only while it holds it.
 */
export const whatsappModule: ModuleFactory = (ctx) => {
  const { config, db, clock } = ctx;
  if (!config.WHATSAPP_ENABLED) return {};
  const channel = createWhatsappChannel({
    db,
    clock,
    engine: ctx.engine,
    logger: ctx.logger.child({ channel: 'whatsapp' }),
    pacing: whatsappPacing(config.WHATSAPP_RATE_PER_SECOND, config.WHATSAPP_JITTER_MS),
    onOutbox: ctx.wakeOutbox,
    lock: db.provider === 'postgresql' ? postgresSocketLock(db.url) : singleProcessLock(),
    ...(config.WHATSAPP_PHONE ? { pairingPhone: config.WHATSAPP_PHONE } : {}),
  });
  return {
    senders: [channel.sender],
    services: [channel.service],
    routes: [whatsappPairingRoute({ authenticate: createAuthenticate({ db, clock }), pairing: channel.pairing })],
  };
};
