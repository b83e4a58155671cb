import {
  Browsers,
  makeCacheableSignalKeyStore,
  makeWASocket,
  type UserFacingSocketConfig,
} from '@whiskeysockets/baileys';
import type { Logger } from '../../logger';
import { isSharedChat } from './whatsapp-address';
import type { SocketFactory } from './whatsapp-socket';

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
