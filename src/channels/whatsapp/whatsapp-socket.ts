import type { AuthenticationState, BaileysEventMap, WAMessage } from '@whiskeysockets/baileys';
import type { SendingSocket } from './whatsapp-sender';

/** The parts of a Baileys socket SAPA uses (a test passes an EventEmitter and a recording sendMessage). */
export interface WhatsappSocket extends SendingSocket {
  ev: {
    on<E extends keyof BaileysEventMap>(event: E, listener: (arg: BaileysEventMap[E]) => void): unknown;
    off<E extends keyof BaileysEventMap>(event: E, listener: (arg: BaileysEventMap[E]) => void): unknown;
  };
  requestPairingCode(phone: string): Promise<string>;
  end(error: Error | undefined): unknown;
  /** Asks the sender's phone to upload an expired media file again (used by media downloads). */
  updateMediaMessage?(message: WAMessage): Promise<WAMessage>;
  /** WhatsApp's LID <-> phone-number mapping as this socket learnt it. */
  signalRepository?: { lidMapping: { getPNForLID(lid: string): Promise<string | null> } };
}

/** Builds a socket over an auth state (`makeWASocket` in production). */
export type SocketFactory = (auth: AuthenticationState) => WhatsappSocket;
