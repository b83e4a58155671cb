import { createAuthenticate } from '../../http/admin/authenticate';
import type { PairingView } from '../../http/routes/whatsapp-pairing';
import type { PartStatus } from '../../http/routes/readiness';
import type { ChannelState, ModuleFactory } from '../../module';
import { whatsappPacing } from './whatsapp-sender';

/** Ready while this process holds the open socket, or stands by for the one that does; not while connecting or waiting to be paired. */
export function whatsappStatus(state: PairingView['state']): PartStatus {
  return { part: 'whatsapp', state, ready: state === 'open' || state === 'standby' };
}

/** What HR's operations page shows: the state and, while SAPA waits to be paired, the QR code and pairing code. */
export function whatsappChannelState(view: PairingView): ChannelState {
  return {
    channel: 'whatsapp',
    state: view.state,
    ...(view.state === 'pairing' && view.qr ? { pairing: { qr: view.qr, qrAt: view.qrAt, code: view.pairingCode } } : {}),
  };
}

/** The Cloud API transport (WHATSAPP_TRANSPORT=cloud): a webhook and the Graph API, nothing held open. */
const cloudModule: ModuleFactory = async (ctx) => {
  const { config } = ctx;
  const { createCloudChannel } = await import('./cloud/cloud-channel');
  // loadConfig refuses the cloud transport without these.
  const required = (value: string | undefined, name: string) => {
    if (!value) throw new Error(`${name} is required when WHATSAPP_TRANSPORT=cloud`);
    return value;
  };
  const channel = createCloudChannel({
    db: ctx.db,
    clock: ctx.clock,
    engine: ctx.engine,
    logger: ctx.logger.child({ channel: 'whatsapp', transport: 'cloud' }),
    graphRoot: config.GRAPH_API_ROOT,
    appSecret: required(config.WHATSAPP_CLOUD_APP_SECRET, 'WHATSAPP_CLOUD_APP_SECRET'),
    verifyToken: required(config.WHATSAPP_CLOUD_VERIFY_TOKEN, 'WHATSAPP_CLOUD_VERIFY_TOKEN'),
    phoneNumberId: required(config.WHATSAPP_CLOUD_PHONE_NUMBER_ID, 'WHATSAPP_CLOUD_PHONE_NUMBER_ID'),
    accessToken: required(config.WHATSAPP_CLOUD_ACCESS_TOKEN, 'WHATSAPP_CLOUD_ACCESS_TOKEN'),
    perSecond: config.WHATSAPP_CLOUD_RATE_PER_SECOND,
    templates: { notice: config.WHATSAPP_CLOUD_TEMPLATE_NOTICE, document: config.WHATSAPP_CLOUD_TEMPLATE_DOCUMENT },
    onOutbox: ctx.wakeOutbox,
    inbound: { perSenderPerMinute: config.WHATSAPP_INBOUND_PER_MINUTE, maxInFlight: config.WHATSAPP_INBOUND_IN_FLIGHT, maxWaiting: config.WHATSAPP_INBOUND_QUEUE },
    mediaTimeoutMs: config.WHATSAPP_MEDIA_TIMEOUT_SECONDS * 1000,
    mediaDownloads: config.WHATSAPP_MEDIA_DOWNLOADS,
  });
  // Nothing is held open: Meta calls the webhook, SAPA calls the Graph API.
  return { senders: [channel.sender], services: [channel.service], routes: channel.routes, status: () => ({ part: 'whatsapp', state: 'cloud', ready: true }), channel: () => ({ channel: 'whatsapp', state: 'cloud' }) };
};

/**
 * The WhatsApp channel as `npm start` runs it: off unless WHATSAPP_ENABLED;
 * Baileys unless WHATSAPP_TRANSPORT=cloud.
 * With PostgreSQL only the process holding the advisory lock opens the
 * socket; every process can send through the outbox only while it holds it.
 * The channel (Baileys above all) is imported only when it is on: loading it
 * is a large part of start-up.
 */
export const whatsappModule: ModuleFactory = async (ctx) => {
  const { config, db, clock } = ctx;
  if (!config.WHATSAPP_ENABLED) return { status: () => ({ part: 'whatsapp', state: 'off', ready: true }), channel: () => ({ channel: 'whatsapp', state: 'off' }) };
  if (config.WHATSAPP_TRANSPORT === 'cloud') return cloudModule(ctx);
  const [{ createWhatsappChannel }, { whatsappSocketLock }, { whatsappPairingRoute }] = await Promise.all([
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
    lock: whatsappSocketLock(db),
    inbound: { perSenderPerMinute: config.WHATSAPP_INBOUND_PER_MINUTE, maxInFlight: config.WHATSAPP_INBOUND_IN_FLIGHT, maxWaiting: config.WHATSAPP_INBOUND_QUEUE },
    mediaTimeoutMs: config.WHATSAPP_MEDIA_TIMEOUT_SECONDS * 1000,
    mediaDownloads: config.WHATSAPP_MEDIA_DOWNLOADS,
    ...(config.WHATSAPP_PHONE ? { pairingPhone: config.WHATSAPP_PHONE } : {}),
  });
  return {
    senders: [channel.sender],
    services: [channel.service],
    routes: [whatsappPairingRoute({ authenticate: createAuthenticate({ db, clock }, 'ops'), pairing: channel.pairing })],
    status: () => whatsappStatus(channel.pairing().state),
    channel: () => whatsappChannelState(channel.pairing()),
  };
};
