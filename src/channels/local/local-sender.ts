import type { ChannelSender } from '../../chat/channel-sender';

/**
 * The local channel (web chat and terminal) reads its messages straight from
 * the outbox table, so "sending" only marks them delivered.
 */
export const localSender: ChannelSender = {
  channel: 'LOCAL',
  pacing: { perSecond: 1_000, perChatPerSecond: 1_000 },
  send: async () => ({ ok: true }),
};
