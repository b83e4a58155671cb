import { expect } from 'vitest';

/** The most messages one turn of a conversation may send (replies are paced one a second per chat). */
export const MAX_MESSAGES_PER_TURN = 3;

/** One turn of a transcript: in which conversation (the test's outer describe) and test, what was said, how many messages came back. */
export interface MeteredTurn {
  conversation: string;
  test: string;
  input: string;
  messages: number;
}

const turns: MeteredTurn[] = [];

/** Called by the chat harness after every turn: kept for the messages-per-turn report. */
export function meterTurn(input: string, messages: number): void {
  const name = expect.getState().currentTestName ?? '?';
  const [conversation = '?', ...rest] = name.split(' > ');
  turns.push({ conversation, test: rest.join(' > '), input: input.slice(0, 40), messages });
}

/** Every turn metered in this process so far. */
export function meteredTurns(): readonly MeteredTurn[] {
  return turns;
}
