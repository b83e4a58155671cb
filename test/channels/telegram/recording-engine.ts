import type { HandleResult } from '../../../src/conversation/conversation-engine';
import type { InboundMessage } from '../../../src/chat/inbound-message';

export interface RecordingEngine {
  handle(message: InboundMessage): Promise<HandleResult>;
  /** Every neutral message the channel produced, in order. */
  seen: InboundMessage[];
  /** Resolves with the n-th message (1-based) once it arrived. */
  nth(n: number): Promise<InboundMessage>;
}

/** Stands in for the conversation engine to show what the channel hands it; answers with `answer`. */
export function recordingEngine(answer: (message: InboundMessage) => HandleResult | Promise<HandleResult> = () => ({ status: 'processed', replies: [] })): RecordingEngine {
  const seen: InboundMessage[] = [];
  const waiters: Array<{ n: number; resolve: (m: InboundMessage) => void }> = [];
  return {
    seen,
    async handle(message) {
      seen.push(message);
      for (const w of waiters.filter((w) => w.n === seen.length)) w.resolve(message);
      return answer(message);
    },
    nth(n) {
      const already = seen[n - 1];
      if (already) return Promise.resolve(already);
      return new Promise((resolve) => waiters.push({ n, resolve }));
    },
  };
}
