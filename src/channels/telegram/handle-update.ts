import type { Telegram } from 'telegraf';
import type { Clock } from '../../clock';
import type { ConversationEngine, HandleResult } from '../../conversation/conversation-engine';
import type { InboundMessage } from '../../chat/inbound-message';
import { sendChannelNotice } from '../../services/notify/send-channel-notice';
import type { Language } from '../../domain/language';
import { translate } from '../../i18n/translate';
import type { Logger } from '../../logger';
import type { Database } from '../../store/database';
import { downloadFile, FileTooLargeError } from './download-file';
import { readUpdate, type InboundEnvelope, type IncomingFile } from './read-update';
import { describeError } from './send-result';
import { toPlainText } from './telegram-html';
import type { TelegramUpdate } from './update-schema';

/** Longest text Telegram shows in a callback answer. */
const MAX_TOAST = 200;

/**
 * A Bot API call sent back as the webhook's answer, which Telegram then makes
 * itself (one per update; its outcome is not reported): a button press's
 * answer travels this way instead of as a request of its own.
 */
export interface WebhookReply {
  method: 'answerCallbackQuery';
  callback_query_id: string;
  text?: string;
}

/** How a handled update wants its button press answered, when the way it arrived can carry one call back (the webhook). */
export interface HandleUpdateOptions {
  replyInResponse?: boolean;
}

export interface UpdateHandlerOptions {
  db: Database;
  clock: Clock;
  engine: Pick<ConversationEngine, 'handle'>;
  logger: Logger;
  /** Called after the channel itself enqueued a reply (wakes the outbox worker). */
  onOutbox?: () => void;
  /** Largest incoming file accepted, in bytes. */
  maxFileBytes: number;
}

/**
 * The short text on a button press's answer: the turn's last reply when the
 * turn only said plain sentences (a refusal such as "already decided", after
 * the introduction on a first contact); nothing when the answer is a new card
 * or the press was a redelivery.
 */
export function toastOf(result: HandleResult): string | undefined {
  if (result.status !== 'processed' || result.replies.length === 0) return undefined;
  if (!result.replies.every((r) => r.kind === 'text')) return undefined;
  const last = result.replies.at(-1)!;
  const text = toPlainText(last.kind === 'text' ? last.text : '');
  return text.length > MAX_TOAST ? `${text.slice(0, MAX_TOAST - 1)}…` : text;
}

function languageHint(update: TelegramUpdate): Language {
  const code = update.message?.from?.language_code ?? update.callback_query?.from.language_code;
  return code?.startsWith('en') ? 'en' : 'id';
}

/**
 * Handles one Telegram update: translate it to a neutral message, hand it to
 * the conversation engine and wait for its commit. Button presses are always
 * answered (after the commit; with the failure text when the turn failed),
 * through the webhook's response where the update came by webhook.
 * Throws when the turn failed, so the webhook answers 500 and Telegram
 * delivers the update again.
 */
export function createUpdateHandler(options: UpdateHandlerOptions) {
  const { db, clock, engine, logger } = options;

  async function answer(telegram: Telegram, callbackId: string, text?: string): Promise<void> {
    await telegram.answerCbQuery(callbackId, text).catch((err: unknown) => {
      // An old or already answered query: the press itself was handled.
      logger.warn({ error: describeError(err) }, 'telegram: answerCallbackQuery failed');
    });
  }

  async function tooLarge(envelope: InboundEnvelope): Promise<void> {
    await sendChannelNotice(db, {
      channel: envelope.channel,
      chatId: envelope.chatId,
      externalId: envelope.sender.externalId,
      eventId: envelope.eventId,
      key: 'telegram.file_too_large',
      params: { mb: Math.floor(options.maxFileBytes / 1_048_576) },
      tag: 'too-large',
    });
    options.onOutbox?.();
  }

  async function withFile(telegram: Telegram, envelope: InboundEnvelope, file: IncomingFile): Promise<InboundMessage | null> {
    if (file.size !== undefined && file.size > options.maxFileBytes) {
      await tooLarge(envelope);
      return null;
    }
    try {
      const content = await downloadFile(telegram, file.fileId, options.maxFileBytes);
      const caption = file.caption !== undefined ? { caption: file.caption } : {};
      return { ...envelope, content: { kind: 'document', fileName: file.fileName, mimeType: file.mimeType, content, ...caption } };
    } catch (error) {
      if (!(error instanceof FileTooLargeError)) throw error;
      await tooLarge(envelope);
      return null;
    }
  }

  /** The answer to a button press: in the webhook's response when it can go there, else its own Bot API call. */
  async function answerPress(telegram: Telegram, callbackId: string, text: string | undefined, how: HandleUpdateOptions): Promise<WebhookReply | undefined> {
    if (how.replyInResponse) return { method: 'answerCallbackQuery', callback_query_id: callbackId, ...(text !== undefined ? { text } : {}) };
    await answer(telegram, callbackId, text);
    return undefined;
  }

  /**
   * One update, parsed once where it arrived (the webhook route, or the
   * polling loop). With `replyInResponse` a button press's answer is returned
   * for the webhook's response rather than sent.
   */
  return async function handleUpdate(update: TelegramUpdate, telegram: Telegram, how: HandleUpdateOptions = {}): Promise<WebhookReply | undefined> {
    const reading = readUpdate(update, clock.now());
    switch (reading.kind) {
      case 'ignore':
        logger.debug({ update: update.update_id, reason: reading.reason }, 'telegram: update ignored');
        return undefined;
      case 'refuse_callback':
        return answerPress(telegram, reading.callbackId, translate(languageHint(update), 'telegram.callback.elsewhere'), how);
      case 'message':
        await engine.handle(reading.message);
        return undefined;
      case 'file': {
        const message = await withFile(telegram, reading.envelope, reading.file);
        if (message) await engine.handle(message);
        return undefined;
      }
      case 'callback': {
        const content = { kind: 'choice' as const, value: reading.value };
        let result: HandleResult;
        try {
          result = await engine.handle({ ...reading.envelope, content });
        } catch (error) {
          // The webhook answers 500 here, which carries no call: this answer goes on its own.
          await answer(telegram, reading.callbackId, translate(languageHint(update), 'telegram.callback.failed'));
          throw error;
        }
        return answerPress(telegram, reading.callbackId, toastOf(result), how);
      }
    }
  };
}
