import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYesNo } from '../../../src/conversation/understand/parse-yes-no';

describe('parseYesNo', () => {
  it.each(['ya', 'Ya', 'iya', 'IYA!', 'iyaaa', 'y', 'ok', 'OK', 'oke', 'okee', 'okay', 'setuju', 'benar', 'betul', 'yes', 'Yes.', 'yess', 'sure', 'siap', 'ya kak', 'iya, benar', 'oke deh', 'ya terima kasih', '👍', '✅'])(
    'reads %j as yes',
    (text) => {
      expect(parseYesNo(text)).toBe(true);
    },
  );

  it.each(['tidak', 'Tidak.', 'tdk', 'gak', 'ga', 'nggak', 'nggaak', 'enggak', 'engga', 'no', 'No!', 'n', 'nope', 'jangan', 'tidak pak', 'no thanks', 'tidak terima kasih', '👎', '❌'])(
    'reads %j as no',
    (text) => {
      expect(parseYesNo(text)).toBe(false);
    },
  );

  it.each(['batal', 'Batal!', '', '   ', 'mungkin', 'ya tidak', 'tidak benar', 'not sure', 'terima kasih', 'menu', 'yaudah lah', 'constructor'])(
    'reads %j as neither',
    (text) => {
      expect(parseYesNo(text)).toBeNull();
    },
  );

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect([true, false, null]).toContain(parseYesNo(text));
      }),
      { numRuns: 1000 },
    );
  });
});
