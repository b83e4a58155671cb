import type { AnyMessageContent } from '@whiskeysockets/baileys';
import type { OutboundMessage } from '../../chat/outbound-message';
import type { Logger } from '../../logger';
import type { ChannelSender, Pacing, ResolvedDocument } from '../../chat/channel-sender';
import { renderAsText } from '../render-as-text';
import { lidOf, phoneJidOf } from './whatsapp-address';

/** What the sender needs of a connected socket. */
export interface SendingSocket {
  sendMessage(jid: string, content: AnyMessageContent): Promise<{ key?: { id?: string | null } } | undefined>;
}

export interface WhatsappSenderOptions {
  /** The socket while it is connected, else null. */
  socket(): SendingSocket | null;
  pacing: Pacing;
  logger: Logger;
}

/** Conservative pacing against bans: `perSecond` overall (default 1), a random extra gap up to `jitterMs`. */
export function whatsappPacing(perSecond: number, jitterMs: number): Pacing {
  return { perSecond, perChatPerSecond: perSecond, jitterMs };
}

function contentOf(message: OutboundMessage, document: ResolvedDocument | undefined): AnyMessageContent | null {
  if (message.kind !== 'document') return { text: renderAsText(message) };
  if (!document) return null;
  return { document: document.content, mimetype: document.mimeType, fileName: document.fileName, caption: document.caption };
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The outbound half of the WhatsApp channel: text as is, choice lists as
 * numbered text (buttons are unreliable for unofficial clients), a resolved
 * card as plain text, documents (payslip PDFs) as WhatsApp documents. While
 * the socket is down (reconnecting, waiting for a pairing, or another process
 * holds it) the channel is not `available`, so the outbox leaves its messages
 * queued for the process that holds the socket; a send that races a drop
 * fails retryably.
 */
export function createWhatsappSender(options: WhatsappSenderOptions): ChannelSender {
  return {
    channel: 'WHATSAPP',
    pacing: options.pacing,
    available: () => options.socket() !== null,
    async send(chatId, message, document) {
      const jid = phoneJidOf(chatId) ?? lidOf(chatId);
      if (!jid) return { ok: false, error: `not a WhatsApp chat: ${chatId}`, permanent: true };
      const content = contentOf(message, document);
      if (!content) return { ok: false, error: 'document message without its file', permanent: true };
      const socket = options.socket();
      if (!socket) return { ok: false, error: 'whatsapp: not connected' };
      try {
        const sent = await socket.sendMessage(jid, content);
        return { ok: true, ...(sent?.key?.id ? { channelMessageId: sent.key.id } : {}) };
      } catch (error) {
        options.logger.warn({ chatId, kind: message.kind, error: describe(error) }, 'whatsapp: send failed');
        return { ok: false, error: `whatsapp: ${describe(error)}` };
      }
    },
  };
}
