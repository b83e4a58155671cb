import type { proto, WAMessage } from '@whiskeysockets/baileys';

let seq = 0;
const nextId = () => `3EB0${String(++seq).padStart(8, '0')}`;

export interface From {
  /** `remoteJid`: the chat as WhatsApp addresses it (phone-number JID or LID). */
  jid: string;
  /** `remoteJidAlt`: the other address, when WhatsApp sends it. */
  alt?: string;
  pushName?: string;
}

/** An incoming message as Baileys 7 delivers it in `messages.upsert`. */
export function incoming(from: From, message: proto.IMessage, key: Partial<WAMessage['key']> = {}): WAMessage {
  return {
    key: { remoteJid: from.jid, ...(from.alt ? { remoteJidAlt: from.alt } : {}), fromMe: false, id: nextId(), ...key },
    message,
    messageTimestamp: 1_795_000_000,
    ...(from.pushName ? { pushName: from.pushName } : {}),
  };
}

export const text = (from: From, body: string) => incoming(from, { conversation: body });

type MediaFields = { url?: string; directPath?: string; mediaKey?: Uint8Array };

export const photo = (from: From, options: { caption?: string; size?: number; media?: MediaFields } = {}) =>
  incoming(from, {
    imageMessage: {
      mimetype: 'image/jpeg',
      fileLength: options.size ?? 48_213,
      ...(options.caption ? { caption: options.caption } : {}),
      ...options.media,
    },
  });

export const pdf = (from: From, fileName: string, size = 20_000, media: MediaFields = {}) =>
  incoming(from, { documentMessage: { mimetype: 'application/pdf', fileName, fileLength: size, ...media } });
