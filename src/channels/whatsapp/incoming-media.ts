import type { proto } from '@whiskeysockets/baileys';

/** A photo or document someone sent, to download before the conversation sees it. */
export interface IncomingMedia {
  fileName: string;
  mimeType: string;
  /** Size WhatsApp announced, when it did. */
  size?: number;
  caption?: string;
}

type Length = number | { toNumber(): number } | null | undefined;

function sizeOf(length: Length): number | undefined {
  if (typeof length === 'number') return length;
  return length ? length.toNumber() : undefined;
}

const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/heic': 'heic' };

function described(base: Omit<IncomingMedia, 'size' | 'caption'>, size: number | undefined, caption: string | null | undefined): IncomingMedia {
  return { ...base, ...(size !== undefined ? { size } : {}), ...(caption ? { caption } : {}) };
}

/** The file of an image or document message (a doctor's letter), or null when the message carries none. */
export function incomingMedia(content: proto.IMessage, messageId: string): IncomingMedia | null {
  const image = content.imageMessage;
  if (image) {
    const mimeType = image.mimetype?.split(';')[0]?.trim() || 'image/jpeg';
    const fileName = `foto-${messageId}.${EXTENSIONS[mimeType] ?? 'jpg'}`;
    return described({ fileName, mimeType }, sizeOf(image.fileLength), image.caption);
  }
  const document = content.documentMessage;
  if (document) {
    const mimeType = document.mimetype?.split(';')[0]?.trim() || 'application/octet-stream';
    const fileName = document.fileName?.trim() || document.title?.trim() || `dokumen-${messageId}`;
    return described({ fileName, mimeType }, sizeOf(document.fileLength), document.caption);
  }
  return null;
}
