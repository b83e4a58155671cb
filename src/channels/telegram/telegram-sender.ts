import type { Telegram } from 'telegraf';
import type { OutboundMessage } from '../../chat/outbound-message';
import type { ChannelSender, Pacing, ResolvedDocument, SendResult, SentCard } from '../../chat/channel-sender';
import type { Logger } from '../../logger';
import { fitsCallbackData, inlineKeyboard, MAX_CALLBACK_BYTES } from './inline-keyboard';
import { describeError, isEntityError, isNotModified, isUneditable, sendResultOfError } from './send-result';
import { toPlainText, toTelegramHtml } from './telegram-html';

/** Telegram's limits: about 30 messages a second per bot, one a second per chat. */
export const TELEGRAM_PACING: Pacing = { perSecond: 30, perChatPerSecond: 1 };

/** Longest caption Telegram accepts on a document. */
const MAX_CAPTION = 1024;

export interface TelegramSenderOptions {
  telegram: Telegram;
  logger: Logger;
}

/**
 * Renders neutral messages as Bot API calls for the outbox worker: text as
 * HTML, choices as an inline keyboard (the message id goes back to the outbox,
 * which keeps it on the card's row), documents with sendDocument, resolve by
 * editing the card the outbox found to show the outcome without buttons.
 * Errors become SendResults, never exceptions.
 */
export function createTelegramSender({ telegram, logger }: TelegramSenderOptions): ChannelSender {
  /** Sends HTML; if Telegram still cannot parse it, sends the same words without markup. */
  async function sendText(chatId: string, text: string, extra: Parameters<Telegram['sendMessage']>[2] = {}): Promise<number> {
    try {
      return (await telegram.sendMessage(chatId, toTelegramHtml(text), { ...extra, parse_mode: 'HTML' })).message_id;
    } catch (error) {
      if (!isEntityError(error)) throw error;
      return (await telegram.sendMessage(chatId, toPlainText(text), extra)).message_id;
    }
  }

  async function sendChoices(chatId: string, message: Extract<OutboundMessage, { kind: 'choices' }>): Promise<SendResult> {
    if (!message.choices.every((c) => fitsCallbackData(c.value))) {
      return { ok: false, error: `a choice value is longer than ${MAX_CALLBACK_BYTES} bytes`, permanent: true };
    }
    const markup = message.choices.length > 0 ? { reply_markup: inlineKeyboard(message.choices) } : {};
    return { ok: true, channelMessageId: String(await sendText(chatId, message.text, markup)) };
  }

  async function sendDocument(chatId: string, document: ResolvedDocument | undefined): Promise<SendResult> {
    if (!document) return { ok: false, error: 'document message without its document', permanent: true };
    const sent = await telegram.sendDocument(
      chatId,
      { source: document.content, filename: document.fileName },
      { caption: toTelegramHtml(document.caption.slice(0, MAX_CAPTION - 24)), parse_mode: 'HTML' },
    );
    return { ok: true, channelMessageId: String(sent.message_id) };
  }

  async function resolveCard(chatId: string, message: Extract<OutboundMessage, { kind: 'resolve' }>, card: SentCard | null | undefined): Promise<SendResult> {
    const messageId = card ? Number(card.channelMessageId) : NaN;
    if (card && Number.isSafeInteger(messageId)) {
      try {
        await telegram.editMessageText(chatId, messageId, undefined, toTelegramHtml(`${card.text}\n\n${message.text}`), {
          parse_mode: 'HTML',
          reply_markup: { inline_keyboard: [] },
        });
        return { ok: true, channelMessageId: card.channelMessageId };
      } catch (error) {
        if (isNotModified(error)) return { ok: true, channelMessageId: card.channelMessageId };
        if (!isUneditable(error) && !isEntityError(error)) throw error;
        // Cannot rewrite the card: at least take its buttons away, then say the outcome below it.
        await telegram.editMessageReplyMarkup(chatId, messageId, undefined, undefined).catch(() => undefined);
      }
    }
    return { ok: true, channelMessageId: String(await sendText(chatId, message.text)) };
  }

  async function dispatch(chatId: string, message: OutboundMessage, document?: ResolvedDocument, card?: SentCard | null): Promise<SendResult> {
    switch (message.kind) {
      case 'text':
        return { ok: true, channelMessageId: String(await sendText(chatId, message.text)) };
      case 'choices':
        return sendChoices(chatId, message);
      case 'document':
        return sendDocument(chatId, document);
      case 'resolve':
        return resolveCard(chatId, message, card);
    }
  }

  return {
    channel: 'TELEGRAM',
    pacing: TELEGRAM_PACING,
    async send(chatId, message, document, card) {
      try {
        return await dispatch(chatId, message, document, card);
      } catch (error) {
        const result = sendResultOfError(error);
        logger.warn({ chatId, kind: message.kind, error: describeError(error) }, 'telegram: send failed');
        return result;
      }
    },
  };
}
