import type { ChannelName } from '../../chat/channel-name';
import type { InboundMessage } from '../../chat/inbound-message';

/** The engine's two entries, as far as timing them goes. */
interface TurnEntries {
  handle(message: InboundMessage): Promise<{ status: string }>;
  handleFile(envelope: Omit<InboundMessage, 'content'>, fetch: () => Promise<unknown>): Promise<{ status: string }>;
}

export type TurnRecord = (channel: ChannelName, seconds: number, outcome: string) => void;

/**
 * The engine with each turn timed from the message's arrival (waiting for its
 * chat and its group commit included: what the person waits for) to its
 * commit, and counted by outcome; every channel's turns pass here.
 */
export function timeTurns<E extends TurnEntries>(engine: E, record: TurnRecord): E {
  function timed<R extends { status: string }>(channel: ChannelName, work: () => Promise<R>): Promise<R> {
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    return work().then(
      (result) => {
        record(channel, seconds(), result.status);
        return result;
      },
      (error: unknown) => {
        record(channel, seconds(), 'failed');
        throw error;
      },
    );
  }
  return {
    ...engine,
    handle: (message: InboundMessage) => timed(message.channel, () => engine.handle(message)),
    handleFile: (envelope: Omit<InboundMessage, 'content'>, fetch: () => Promise<unknown>) => timed(envelope.channel, () => engine.handleFile(envelope, fetch)),
  };
}
