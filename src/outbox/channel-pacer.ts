import type { Pacing } from '../chat/channel-sender';
import { limiterForRate, type RateLimiter } from './rate-limiter';

/**
 * Pacing of one channel: the channel-wide limit (Telegram: 30/s per bot), the
 * limit per chat (Telegram: 1/s), an optional random extra gap (WhatsApp) and a
 * pause the channel asked for (429 retry-after). Times are epoch ms.
 */
export interface ChannelPacer {
  /** Wait before anything may go out on this channel. */
  channelWait(now: number): number;
  /** Wait before this chat may get its next message. */
  chatWait(chatId: string, now: number): number;
  /** Records a send to `chatId` starting at `now`; call the result with the time the channel answered. */
  take(chatId: string, now: number): (answeredAt: number) => void;
  /** Sends nothing on this channel before `until`. */
  pauseUntil(until: number): void;
  /** Forgets chats that have been quiet for a while (bounded memory). */
  prune(now: number): void;
}

export function createChannelPacer(pacing: Pacing, marginMs: number, random: () => number): ChannelPacer {
  const channel = limiterForRate(pacing.perSecond, marginMs);
  const chats = new Map<string, RateLimiter>();
  const perChat = pacing.perChatPerSecond;
  const chatWindowMs = Number.isFinite(perChat) && perChat > 0 ? (Math.max(1, Math.floor(perChat)) * 1000) / perChat + marginMs : 0;
  const channelGapMs = 1000 / pacing.perSecond;
  let pausedUntil = 0;
  let jitterUntil = 0;
  return {
    channelWait: (now) => Math.max(0, channel.waitMs(now), pausedUntil - now, jitterUntil - now),
    chatWait: (chatId, now) => chats.get(chatId)?.waitMs(now) ?? 0,
    take(chatId, now) {
      let chat = chats.get(chatId);
      if (!chat) {
        chat = limiterForRate(pacing.perChatPerSecond, marginMs);
        chats.set(chatId, chat);
      }
      const answers = [channel.take(now), chat.take(now)];
      if (pacing.jitterMs) jitterUntil = now + channelGapMs + random() * pacing.jitterMs;
      return (answeredAt) => answers.forEach((answer) => answer(answeredAt));
    },
    pauseUntil(until) {
      pausedUntil = Math.max(pausedUntil, until);
    },
    prune(now) {
      for (const [chatId, limiter] of chats) {
        if (now - limiter.idleSince() > chatWindowMs) chats.delete(chatId);
      }
    },
  };
}
