import type { ChannelName } from '../chat/channel-name';
import type { ChannelSender } from '../chat/channel-sender';

export const DEMO_RECIPIENT_REFUSED = 'not sent: the recipient is a demo person, reachable only through the local chat';

/**
 * Keeps the demo organisation's made-up people off a real channel: a message
 * whose recipient `isDemo` recognises is refused for good (dead-lettered, so
 * it shows in the outbox and the log) and never reaches the channel. The
 * local channel is not wrapped: it is where demo people are talked to.
 */
export function refuseDemoRecipients(
  sender: ChannelSender,
  isDemo: (channel: ChannelName, chatId: string) => Promise<boolean>,
): ChannelSender {
  return {
    channel: sender.channel,
    get pacing() {
      return sender.pacing;
    },
    ...(sender.available ? { available: () => sender.available!() } : {}),
    async send(chatId, message, document) {
      if (await isDemo(sender.channel, chatId)) return { ok: false, permanent: true, error: DEMO_RECIPIENT_REFUSED };
      return sender.send(chatId, message, document);
    },
  };
}
