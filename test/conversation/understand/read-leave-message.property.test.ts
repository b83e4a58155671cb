import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDay } from '../../../src/domain/day';
import { readLeaveMessage } from '../../../src/conversation/understand/leave-message/read-leave-message';

const TODAY = '2026-12-08';

/** Text with the words the reader looks for, so it goes past its first checks. */
const leaveish = fc
  .array(
    fc.oneof(
      fc.constantFrom('cuti', 'tahunan', 'ct', 'sakit', 'setengah', 'hari', 'pagi', 'tgl', '14', '16', 'des', 'sd', '-', 's/d', 'mulai', 'besok'),
      fc.constantFrom('utk', 'karena', 'di', 'alamat:', 'ke', 'Bandung', 'anak', 'ke-2', '1/2', 'alasan:', '\n', ',', '.', '🙏', 'constructor', '__proto__'),
      fc.string({ maxLength: 5 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(' '));

describe('readLeaveMessage on arbitrary text', () => {
  it('never throws; days are real and in order; a reason or an address is never blank', () => {
    fc.assert(
      fc.property(fc.oneof(leaveish, fc.string({ unit: 'grapheme', maxLength: 300 })), (text) => {
        const slots = readLeaveMessage(text, TODAY);
        if (slots === null) return;
        if (slots.start !== undefined) expect(isIsoDay(slots.start)).toBe(true);
        if (slots.end !== undefined) expect(slots.start !== undefined && slots.start <= slots.end).toBe(true);
        for (const value of [slots.reason, slots.address]) if (value !== undefined) expect(value.trim()).not.toBe('');
      }),
      { numRuns: 400 },
    );
  });

  it('reads nothing from a message longer than a request', () => {
    expect(readLeaveMessage(`cuti tahunan 14-16 des ${'acara keluarga '.repeat(40)}`, TODAY)).toBeNull();
  });
});
