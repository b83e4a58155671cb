import { describe, expect, it } from 'vitest';
import { CHAT_FAILURES_PER_DAY, EMPLOYEE_FAILURE_BUDGET, MAX_LIVE_LINK_CODES, PHONE_CODE_DIGITS } from '../../../src/services/identity/link-limits';
import { LINK_CODE_ALPHABET, LINK_CODE_LENGTH } from '../../../src/services/link-codes/link-code-format';

/** An attacker with this many chat accounts, for one day, must succeed with odds below one in a million. */
const ATTACKER_CHATS = 20;
const ONE_IN_A_MILLION = 1e-6;

describe('the arithmetic behind the linking limits (link-limits.ts)', () => {
  // Each chat compares at most CHAT_FAILURES_PER_DAY wrong answers in 24 hours, plus the one that would hit.
  const guessesPerDay = ATTACKER_CHATS * (CHAT_FAILURES_PER_DAY + 1);

  it('makes guessing a phone code hopeless for 20 chats in a day', () => {
    const perGuess = 1 / 10 ** PHONE_CODE_DIGITS;
    const odds = guessesPerDay * perGuess;
    expect(odds).toBeLessThan(ONE_IN_A_MILLION);
    expect(odds).toBeCloseTo(2.2e-7, 12);
  });

  it('makes guessing any live HR link code hopeless for 20 chats in a day', () => {
    const digits = [...LINK_CODE_ALPHABET].filter((c) => /\d/.test(c)).length;
    // Codes with at least one letter (randomLinkCode never issues an all-digit code).
    const space = LINK_CODE_ALPHABET.length ** LINK_CODE_LENGTH - digits ** LINK_CODE_LENGTH;
    const odds = guessesPerDay * (MAX_LIVE_LINK_CODES / space);
    expect(odds).toBeLessThan(ONE_IN_A_MILLION);
  });

  it('bounds the odds against one employee by the failure budget, whatever the number of chats', () => {
    expect((EMPLOYEE_FAILURE_BUDGET + 1) / 10 ** PHONE_CODE_DIGITS).toBeLessThan(ONE_IN_A_MILLION);
  });
});
