import type { SendRates } from '../../src/chat/channel-sender';
import { fixedClock } from '../../src/clock';
import { createConversationEngine, type ConversationEngine } from '../../src/conversation/conversation-engine';
import type { FlowRegistry } from '../../src/conversation/flow-registry';
import type { ChannelName } from '../../src/chat/channel-name';
import type { InboundContent } from '../../src/chat/inbound-message';
import type { OutboundMessage } from '../../src/chat/outbound-message';
import type { Database } from '../../src/store/database';
import { renderAsText } from '../../src/channels/render-as-text';
import { meterTurn } from './turn-meter';

/** Plain text of a reply as a person would read it on a text-only channel (numbered choices). */
export function render(message: OutboundMessage): string {
  return renderAsText(message);
}

export interface ChatPerson {
  /** Sends a text (or other content) and returns SAPA's replies in this chat, rendered. */
  say(input: string | InboundContent): Promise<string[]>;
  /** The raw replies of the last turn. */
  last: OutboundMessage[];
}

/**
 * A fake channel for transcript tests: every person is a chat on `channel`;
 * messages go through the real engine and database, replies are read back
 * from what the turn returned (the same rows the outbox holds), and each
 * turn's count is metered (turn-meter.ts, reported by messages-per-turn.test.ts).
 */
export function createChatHarness(db: Database, flows: FlowRegistry, options: { now?: string; channel?: ChannelName; sendRates?: SendRates } = {}) {
  const clock = fixedClock(options.now ?? '2026-11-27T03:00:00Z');
  const engine: ConversationEngine = createConversationEngine({
    db,
    clock,
    flows,
    idleMinutes: 30,
    agency: { name: 'BKPSDM Kota Serang', publicUrl: 'https://sapa.example.go.id' },
    ...(options.sendRates ? { sendRates: options.sendRates } : {}),
  });
  let seq = 0;
  const channel = options.channel ?? 'LOCAL';

  function person(chatId: string): ChatPerson {
    const self: ChatPerson = {
      last: [],
      async say(input) {
        seq += 1;
        const content: InboundContent = typeof input === 'string' ? { kind: 'text', text: input } : input;
        const result = await engine.handle({
          channel,
          chatId,
          eventId: `e${seq}`,
          sender: { externalId: chatId },
          content,
          receivedAt: clock.now(),
        });
        self.last = result.status === 'processed' ? result.replies : [];
        meterTurn(content.kind === 'text' ? content.text : `[${content.kind}]`, self.last.length);
        return self.last.map(render);
      },
    };
    return self;
  }

  return { clock, engine, person };
}
