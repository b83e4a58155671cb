/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { MAX_MESSAGES_PER_TURN, meteredTurns } from '../support/turn-meter';

/**
 * Every chat transcript of test/flows, replayed here in one process (their
 * tests are registered by these imports, in order, before the report below), so
 * the chat harness meters every turn they take; the random walks are not
 * transcripts and stay out.
 */
const transcripts = import.meta.glob(['../flows/*.test.ts', '!../flows/*fuzz.test.ts']);
// Replayed on SQLite only (the providers are read as the files load): their messages do not depend on
// the database, and the suite runs them on both already. Put back at once for whatever runs after.
const postgres = process.env.TEST_DATABASE_URL;
delete process.env.TEST_DATABASE_URL;
for (const load of Object.values(transcripts)) await load();
if (postgres !== undefined) process.env.TEST_DATABASE_URL = postgres;

/** The mean measured when the bound was set (1.12 messages a turn over 774 turns on SQLite), with a little room for more two-message answers. */
const MAX_MEAN = 1.15;

describe('messages per turn over every transcript', () => {
  it(`sends at most ${MAX_MESSAGES_PER_TURN} messages a turn and ${MAX_MEAN} on average`, () => {
    const turns = meteredTurns();
    expect(turns.length).toBeGreaterThan(500);
    const total = turns.reduce((sum, t) => sum + t.messages, 0);
    const mean = total / turns.length;
    const max = Math.max(...turns.map((t) => t.messages));
    const byConversation = new Map<string, { turns: number; messages: number; max: number }>();
    for (const t of turns) {
      const c = byConversation.get(t.conversation) ?? { turns: 0, messages: 0, max: 0 };
      byConversation.set(t.conversation, { turns: c.turns + 1, messages: c.messages + t.messages, max: Math.max(c.max, t.messages) });
    }
    const flows = [...byConversation].map(([name, c]) => ({ name, mean: c.messages / c.turns, ...c })).sort((a, b) => b.mean - a.mean);
    const worst = [...turns].sort((a, b) => b.messages - a.messages).slice(0, 10);
    console.log([
      `messages per turn: mean ${mean.toFixed(3)}, max ${max} over ${turns.length} turns of ${byConversation.size} conversations`,
      'worst conversations (mean, max, turns):',
      ...flows.slice(0, 8).map((f) => `  ${f.mean.toFixed(2)}  ${f.max}  ${String(f.turns).padStart(3)}  ${f.name}`),
      'worst turns:',
      ...worst.map((t) => `  ${t.messages} after "${t.input}" in ${t.conversation} > ${t.test}`),
    ].join('\n'));
    expect(worst.filter((t) => t.messages > MAX_MESSAGES_PER_TURN)).toEqual([]);
    expect(mean).toBeLessThanOrEqual(MAX_MEAN);
  });
});
