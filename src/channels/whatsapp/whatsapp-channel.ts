import type { Clock } from '../../clock';
import type { ConversationEngine } from '../../conversation/conversation-engine';
import { WHATSAPP_PAIRING_PATH, type PairingView } from '../../http/routes/whatsapp-pairing';
import type { Logger } from '../../logger';
import type { ChannelSender, Pacing } from '../../chat/channel-sender';
import type { BackgroundService } from '../../module';
import { alertHrWhatsappLoggedOut } from '../../services/whatsapp/alert-hr-whatsapp-logged-out';
import { clearAuthState } from '../../services/whatsapp/clear-auth-state';
import { singleProcessLock, type SocketLock } from '../../services/whatsapp/socket-lock';
import { useDatabaseAuthState } from '../../services/whatsapp/use-database-auth-state';
import type { Database } from '../../store/database';
import { baileysSocketFactory } from './baileys-socket-factory';
import { createInboundHandler, type InboundHandler, type InboundHandlerOptions } from './inbound-handler';
import { createMediaDownloader, type FetchMedia } from './media-download';
import { createSocketLeadership, type SocketLeadership } from './socket-leadership';
import { printQr } from './terminal-qr';
import { createWhatsappConnection, type BackoffSettings, type WhatsappConnection } from './whatsapp-connection';
import type { SocketFactory } from './whatsapp-socket';
import { createWhatsappSender } from './whatsapp-sender';

/** As large as a leave document may be (LEAVE_DOCUMENT_MAX_BYTES). */
const DEFAULT_MAX_FILE_BYTES = 10 * 1_048_576;

export interface WhatsappChannelOptions {
  db: Database;
  clock: Clock;
  engine: Pick<ConversationEngine, 'handle' | 'handleFile'>;
  logger: Logger;
  pacing: Pacing;
  /** Called after the channel itself enqueued something (wakes the outbox worker). */
  onOutbox?: () => void;
  /** Digits with country code (WHATSAPP_PHONE): pair by code as well as by QR. */
  pairingPhone?: string;
  /** Default: real Baileys sockets. */
  socketFactory?: SocketFactory;
  /** Media downloads: default the global fetch (a test passes a fake WhatsApp media server). */
  fetchMedia?: FetchMedia;
  /** Deadline of one media download (default 60 s). */
  mediaTimeoutMs?: number;
  /** Media downloads at once (default 4). */
  mediaDownloads?: number;
  /** Inbound limits (per sender a minute, in flight, waiting); defaults in the inbound handler. */
  inbound?: Pick<InboundHandlerOptions, 'perSenderPerMinute' | 'maxInFlight' | 'maxWaiting'>;
  /** Default: always held (SQLite, one process). */
  lock?: SocketLock;
  lockRetryMs?: number;
  backoff?: Partial<BackoffSettings>;
  maxFileBytes?: number;
  /** Shows a new QR code (default: printed in the terminal). */
  showQr?: (qr: string) => void | Promise<void>;
}

export interface WhatsappChannel {
  sender: ChannelSender;
  service: BackgroundService;
  /** What the pairing endpoint shows. */
  pairing(): PairingView;
  connection: WhatsappConnection;
  inbound: InboundHandler;
  leadership: SocketLeadership;
}

/**
 * The WhatsApp channel: one Baileys socket (in the process that holds the
 * socket lock) with its session in the database, inbound messages to the
 * conversation engine, and the sender the outbox worker paces.
 */
export function createWhatsappChannel(options: WhatsappChannelOptions): WhatsappChannel {
  const { db, clock, logger } = options;
  let connection: WhatsappConnection | undefined;
  const socket = () => connection?.socket() ?? null;

  const inbound = createInboundHandler({
    db,
    clock,
    engine: options.engine,
    logger,
    download: createMediaDownloader({
      maxBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
      timeoutMs: options.mediaTimeoutMs ?? 60_000,
      concurrency: options.mediaDownloads ?? 4,
      reupload: () => {
        const live = socket();
        return live?.updateMediaMessage ? (message) => live.updateMediaMessage!(message) : undefined;
      },
      ...(options.fetchMedia ? { fetch: options.fetchMedia } : {}),
    }),
    phoneOfLid: async (lid) => (await socket()?.signalRepository?.lidMapping.getPNForLID(lid)) ?? null,
    maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    ...options.inbound,
    ...(options.onOutbox ? { onOutbox: options.onOutbox } : {}),
  });

  connection = createWhatsappConnection({
    socketFactory: options.socketFactory ?? baileysSocketFactory(logger),
    authStore: { load: () => useDatabaseAuthState(db), clear: async () => void (await clearAuthState(db)) },
    logger,
    clock,
    onQr: options.showQr ?? ((qr) => printQr(qr)),
    onAlert: async () => {
      const alerted = await alertHrWhatsappLoggedOut(db, { now: clock.now(), adminPath: WHATSAPP_PAIRING_PATH });
      logger.warn({ alerted }, 'whatsapp: HR alerted about the logout');
      options.onOutbox?.();
    },
    onMessages: (event) => inbound.upsert(event),
    ...(options.pairingPhone ? { pairingPhone: options.pairingPhone } : {}),
    ...(options.backoff ? { backoff: options.backoff } : {}),
  });
  const live = connection;

  const leadership = createSocketLeadership({
    lock: options.lock ?? singleProcessLock(),
    logger,
    onLead: () => live.start(),
    onStandby: () => live.stop(),
    ...(options.lockRetryMs ? { retryMs: options.lockRetryMs } : {}),
  });

  let started = false;
  return {
    sender: createWhatsappSender({ socket, pacing: options.pacing, logger }),
    service: {
      name: 'whatsapp',
      async start() {
        started = true;
        await leadership.start();
      },
      async stop() {
        started = false;
        await leadership.stop();
        await inbound.idle();
      },
    },
    pairing: () => (leadership.isLeader() ? live.status() : { state: started ? 'standby' : 'stopped' }),
    connection: live,
    inbound,
    leadership,
  };
}
