import {
  Browsers,
  downloadMediaMessage,
  makeCacheableSignalKeyStore,
  makeWASocket,
  type UserFacingSocketConfig,
  type WAMessage,
} from '@whiskeysockets/baileys';
import type { Logger } from '../../logger';
import { isSharedChat } from './whatsapp-address';
import type { SocketFactory, WhatsappSocket } from './whatsapp-socket';

/** Baileys logs a lot at info: only its warnings reach SAPA's log. */
export const baileysLogger = (logger: Logger) => logger.child({ module: 'baileys' }, { level: 'warn' });

/**
 * Real sockets: a linked device that does not mark itself online (the phone
 * keeps its notifications), asks for no full history, and drops groups,
 * status and broadcasts before decrypting them. `extra` overrides (e.g.
 * `waWebSocketUrl`).
 */
export function baileysSocketFactory(logger: Logger, extra: Partial<UserFacingSocketConfig> = {}): SocketFactory {
  const quiet = baileysLogger(logger);
  return (auth) =>
    makeWASocket({
      auth: { creds: auth.creds, keys: makeCacheableSignalKeyStore(auth.keys, quiet) },
      logger: quiet,
      browser: Browsers.ubuntu('Chrome'),
      markOnlineOnConnect: false,
      // Only the small initial sync: it carries the LID <-> phone-number mappings Baileys needs.
      syncFullHistory: false,
      shouldIgnoreJid: (jid) => isSharedChat(jid),
      getMessage: async () => undefined,
      ...extra,
    });
}

/** Downloads a media message's file through the socket that received it (re-requesting an expired upload). */
export function baileysDownload(logger: Logger, socket: () => WhatsappSocket | null) {
  const quiet = baileysLogger(logger);
  return (message: WAMessage): Promise<Buffer> => {
    const reupload = socket()?.updateMediaMessage;
    return downloadMediaMessage(message, 'buffer', {}, reupload ? { logger: quiet, reuploadRequest: reupload } : undefined);
  };
}
