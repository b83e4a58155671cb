import type { ChannelSender, Pacing, ResolvedDocument } from '../../../chat/channel-sender';
import type { OutboundMessage } from '../../../chat/outbound-message';
import type { Clock } from '../../../clock';
import type { Logger } from '../../../logger';
import { closeCustomerWindow, readWhatsappRecipient, type WhatsappRecipient } from '../../../services/whatsapp/customer-window';
import type { Database } from '../../../store/database';
import { phoneDigitsOf, phoneJidOf } from '../whatsapp-address';
import { cloudSendResult, isReengagement } from './cloud-send-result';
import { documentMessage, documentTemplate, freeFormMessages, noticeTemplate, type TemplateNames } from './cloud-message-body';
import type { GraphApi, GraphMessage } from './graph-api';

export interface CloudSenderOptions {
  api: GraphApi;
  db: Database;
  clock: Clock;
  logger: Logger;
  pacing: Pacing;
  templates: TemplateNames;
}

/** The Cloud API's pace: `perSecond` overall (Meta allows 80 by default), one a second per chat (Meta's pair rate allows short bursts). */
export function cloudPacing(perSecond: number): Pacing {
  return { perSecond, perChatPerSecond: 1 };
}

interface Plan {
  /** Free-form messages, sent in order (a long text is several). */
  inWindow: GraphMessage[];
  /** The template to send instead. */
  template: GraphMessage;
}

/**
 * The outbound half of the Cloud API transport. Inside the person's 24-hour
 * customer-service window (their last message less than 24 hours ago, less
 * a margin) it sends free-form messages: text, reply buttons or a list, the
 * document uploaded first; outside, the registered templates (a notice with
 * the text as its parameter, or the document in a document template). When
 * WhatsApp still answers "re-engagement required" (131047) the template goes
 * at once in the same attempt, and the chat's window is marked closed.
 * Errors become SendResults, never exceptions.
 */
export function createCloudSender(options: CloudSenderOptions): ChannelSender {
  const { api, db, clock, logger, templates } = options;

  async function plan(message: OutboundMessage, recipient: WhatsappRecipient, document: ResolvedDocument | undefined): Promise<Plan | null> {
    if (message.kind !== 'document') {
      return { inWindow: freeFormMessages(message, recipient.language), template: noticeTemplate(message, recipient.language, templates) };
    }
    if (!document) return null;
    const mediaId = await api.uploadMedia({ content: document.content, mimeType: document.mimeType, fileName: document.fileName });
    return { inWindow: [documentMessage(mediaId, document)], template: documentTemplate(mediaId, document, recipient.language, templates) };
  }

  async function deliver(to: string, chatId: string, planned: Plan, windowOpen: boolean): Promise<string> {
    if (!windowOpen) return api.sendMessage(to, planned.template);
    let id = '';
    try {
      for (const part of planned.inWindow) id = await api.sendMessage(to, part);
      return id;
    } catch (error) {
      if (!isReengagement(error)) throw error;
      logger.info({ chatId }, 'whatsapp cloud: window closed, sending the template');
      await closeCustomerWindow(db, chatId, clock.now());
      return api.sendMessage(to, planned.template);
    }
  }

  return {
    channel: 'WHATSAPP',
    pacing: options.pacing,
    async send(chatId, message, document) {
      const jid = phoneJidOf(chatId);
      if (!jid) return { ok: false, error: `not a WhatsApp phone-number chat: ${chatId}`, permanent: true };
      try {
        const recipient = await readWhatsappRecipient(db, jid, clock.now());
        const planned = await plan(message, recipient, document);
        if (!planned) return { ok: false, error: 'document message without its file', permanent: true };
        return { ok: true, channelMessageId: await deliver(phoneDigitsOf(jid), jid, planned, recipient.windowOpen) };
      } catch (error) {
        const result = cloudSendResult(error);
        logger.warn({ chatId, kind: message.kind, error: result.ok ? undefined : result.error }, 'whatsapp cloud: send failed');
        return result;
      }
    },
  };
}
