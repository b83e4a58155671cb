import type { ChannelSender } from '../../../chat/channel-sender';
import type { Clock } from '../../../clock';
import type { ConversationEngine } from '../../../conversation/conversation-engine';
import type { RoutePlugin } from '../../../http/build-app';
import type { Logger } from '../../../logger';
import type { BackgroundService } from '../../../module';
import type { Database } from '../../../store/database';
import { createCloudInbound, type CloudInbound, type CloudInboundOptions } from './cloud-inbound';
import { createCloudMediaDownloader } from './cloud-media-download';
import type { TemplateNames } from './cloud-message-body';
import { cloudPacing, createCloudSender } from './cloud-sender';
import { createGraphApi, type GraphFetch } from './graph-api';
import { cloudWebhookRoute } from './webhook-route';

/** As large as a leave document may be (LEAVE_DOCUMENT_MAX_BYTES). */
const DEFAULT_MAX_FILE_BYTES = 10 * 1_048_576;

export interface CloudChannelOptions {
  db: Database;
  clock: Clock;
  engine: Pick<ConversationEngine, 'handle' | 'handleFile'>;
  logger: Logger;
  /** GRAPH_API_ROOT, version included. */
  graphRoot: string;
  appSecret: string;
  verifyToken: string;
  phoneNumberId: string;
  accessToken: string;
  /** Outbound messages a second, all chats together. */
  perSecond: number;
  templates: TemplateNames;
  onOutbox?: () => void;
  mediaTimeoutMs?: number;
  mediaDownloads?: number;
  maxFileBytes?: number;
  inbound?: Pick<CloudInboundOptions, 'perSenderPerMinute' | 'maxInFlight' | 'maxWaiting'>;
  /** Default: the global fetch. */
  fetch?: GraphFetch;
}

export interface CloudChannel {
  sender: ChannelSender;
  routes: RoutePlugin[];
  service: BackgroundService;
  inbound: CloudInbound;
}

/**
 * WhatsApp through Meta's Cloud API: the webhook feeds the conversation
 * engine, the Graph API sends what the outbox hands over. Nothing to hold
 * open: every process can send, and whichever process Meta's webhook
 * reaches handles the message (the engine serialises each chat).
 */
export function createCloudChannel(options: CloudChannelOptions): CloudChannel {
  const { db, clock, logger } = options;
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const api = createGraphApi({
    root: options.graphRoot,
    accessToken: options.accessToken,
    phoneNumberId: options.phoneNumberId,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const inbound = createCloudInbound({
    db,
    clock,
    engine: options.engine,
    logger,
    phoneNumberId: options.phoneNumberId,
    download: createCloudMediaDownloader({
      api,
      graphRoot: options.graphRoot,
      maxBytes: maxFileBytes,
      timeoutMs: options.mediaTimeoutMs ?? 60_000,
      concurrency: options.mediaDownloads ?? 4,
    }),
    maxFileBytes,
    ...options.inbound,
    ...(options.onOutbox ? { onOutbox: options.onOutbox } : {}),
  });
  return {
    sender: createCloudSender({ api, db, clock, logger, pacing: cloudPacing(options.perSecond), templates: options.templates }),
    routes: [cloudWebhookRoute({ appSecret: options.appSecret, verifyToken: options.verifyToken, handle: (payload) => inbound.handle(payload) })],
    service: {
      name: 'whatsapp',
      start: async () => undefined,
      stop: () => inbound.idle(),
    },
    inbound,
  };
}
