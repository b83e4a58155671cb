import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/conversation/understand/normalize-text';
import { readLeaveMessage } from '../../../src/conversation/understand/leave-message/read-leave-message';
import { type CorpusEntry, type Expected, ONE_MESSAGE_CORPUS, TODAY } from './one-message-corpus';

const SLOTS = ['type', 'start', 'end', 'halfDay', 'reason', 'address'] as const;
const TEXT_SLOTS: ReadonlySet<string> = new Set(['reason', 'address']);
const REQUIRED_ACCURACY = 0.95;

const comparable = (slot: string, value: unknown): unknown =>
  typeof value === 'string' && TEXT_SLOTS.has(slot) ? normalizeText(value) : value;

/** The slots that differ from what the entry expects: "reason: 'x' != 'y'". */
function differences(entry: CorpusEntry): string[] {
  const got = readLeaveMessage(entry.text, entry.today ?? TODAY);
  const slots: Expected = got === null ? {} : got;
  return SLOTS.flatMap((slot) => {
    const want = comparable(slot, entry.expect[slot]);
    const have = comparable(slot, slots[slot]);
    return want === have ? [] : [`${slot}: ${JSON.stringify(have)} (want ${JSON.stringify(want)})`];
  });
}

describe('one-message leave requests (corpus)', () => {
  it('has at least 200 phrasings, each written once', () => {
    expect(ONE_MESSAGE_CORPUS.length).toBeGreaterThanOrEqual(200);
    expect(new Set(ONE_MESSAGE_CORPUS.map((entry) => entry.text)).size).toBe(ONE_MESSAGE_CORPUS.length);
  });

  it(`fills every expected slot of at least ${REQUIRED_ACCURACY * 100}% of the phrasings`, () => {
    const misses = ONE_MESSAGE_CORPUS.map((entry) => ({ text: entry.text, diff: differences(entry) })).filter((m) => m.diff.length > 0);
    const accuracy = 1 - misses.length / ONE_MESSAGE_CORPUS.length;
    const report = [
      `one-message corpus: ${ONE_MESSAGE_CORPUS.length - misses.length}/${ONE_MESSAGE_CORPUS.length} phrasings read right (${(accuracy * 100).toFixed(1)}%)`,
      ...misses.map((m) => `  miss: ${JSON.stringify(m.text)}\n        ${m.diff.join('\n        ')}`),
    ].join('\n');
    console.log(report);
    expect(accuracy, report).toBeGreaterThanOrEqual(REQUIRED_ACCURACY);
  });
});
