import { EventEmitter } from 'node:events';
import type { AnyMessageContent, AuthenticationState, BaileysEventMap, WAMessage } from '@whiskeysockets/baileys';
import type { SocketFactory, WhatsappSocket } from '../../../src/channels/whatsapp/whatsapp-socket';

export interface SentMessage {
  jid: string;
  content: AnyMessageContent;
}

/** A Boom-like error as Baileys puts in `lastDisconnect.error`. */
export function disconnectError(statusCode: number): Error {
  return Object.assign(new Error(`closed with ${statusCode}`), { output: { statusCode } });
}

/**
 * A socket without a network: `ev` is an EventEmitter the test drives
 * (open, close, QR, incoming messages) and `sendMessage` records.
 */
export class FakeSocket implements WhatsappSocket {
  readonly ev = new EventEmitter();
  readonly sent: SentMessage[] = [];
  readonly pairingRequests: string[] = [];
  ended = false;
  failSends: Error | null = null;
  lidMap = new Map<string, string>();
  readonly signalRepository = { lidMapping: { getPNForLID: async (lid: string) => this.lidMap.get(lid) ?? null } };

  constructor(readonly auth: AuthenticationState) {}

  async sendMessage(jid: string, content: AnyMessageContent) {
    if (this.failSends) throw this.failSends;
    this.sent.push({ jid, content });
    return { key: { id: `OUT${this.sent.length}` } };
  }

  async requestPairingCode(phone: string) {
    this.pairingRequests.push(phone);
    return 'SAPA-1234';
  }

  end() {
    this.ended = true;
  }

  emit<E extends keyof BaileysEventMap>(event: E, arg: BaileysEventMap[E]): void {
    this.ev.emit(event, arg);
  }

  open(): void {
    this.emit('connection.update', { connection: 'open' });
  }

  qr(code: string): void {
    this.emit('connection.update', { qr: code });
  }

  close(statusCode: number): void {
    this.emit('connection.update', { connection: 'close', lastDisconnect: { error: disconnectError(statusCode) as never, date: new Date() } });
  }

  receive(...messages: WAMessage[]): void {
    this.emit('messages.upsert', { messages, type: 'notify' });
  }

  listeners(): number {
    return this.ev.eventNames().reduce((n, name) => n + this.ev.listenerCount(name), 0);
  }
}

/** A socket factory that keeps every socket it built. */
export function fakeSockets(): { factory: SocketFactory; sockets: FakeSocket[]; last(): FakeSocket } {
  const sockets: FakeSocket[] = [];
  return {
    sockets,
    factory: (auth) => {
      const socket = new FakeSocket(auth);
      sockets.push(socket);
      return socket;
    },
    last: () => {
      const socket = sockets.at(-1);
      if (!socket) throw new Error('no socket built yet');
      return socket;
    },
  };
}
