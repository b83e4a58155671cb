/**
 * The limits that keep a stranger from linking a chat by guessing.
 *
 * Each chat may answer wrongly at most CHAT_FAILURES_PER_DAY times in any 24
 * hours (a wrong date of birth, phone code or link code; counted from
 * LinkFailure rows over a sliding window, checked before any code is
 * compared). So one chat gets at most CHAT_FAILURES_PER_DAY + 1 comparisons a
 * day before its first hit, and by the union bound an attacker with A chats
 * links somewhere within a day with probability at most
 *
 *   A * (CHAT_FAILURES_PER_DAY + 1) * p
 *
 * where p is the chance of one guess:
 * - a phone code is compared only with the one live code of that chat and
 *   that employee, so p = 1 / 10^PHONE_CODE_DIGITS;
 * - an HR link code matches any live one, at most one per employee, so
 *   p <= MAX_LIVE_LINK_CODES / (31^10 - 8^10) (codes have at least one
 *   letter; see link-code-format.ts).
 * With A = 20: 20 * 11 / 10^9 = 2.2e-7 and 20 * 11 * 100,000 / 8.2e14 =
 * 2.7e-8, both below one in a million. test/services/identity/link-limits
 * recomputes this from the constants.
 *
 * Against one employee, whatever the number of chats, the NIP path closes
 * after EMPLOYEE_FAILURE_BUDGET wrong answers until HR issues a link code, so
 * the odds of guessing that employee's phone code are at most
 * (EMPLOYEE_FAILURE_BUDGET + 1) / 10^PHONE_CODE_DIGITS = 1.1e-8 in total.
 *
 * Codes sent to a phone are capped per chat and per employee
 * (CODES_PER_HOUR, CODES_PER_DAY, sliding windows over LinkCode rows), so
 * nobody can flood an employee's WhatsApp with codes.
 */
export const PHONE_CODE_DIGITS = 9;
export const PHONE_CODE_TTL_MS = 10 * 60_000;
export const CODES_PER_HOUR = 3;
export const CODES_PER_DAY = 10;
export const CHAT_FAILURES_PER_DAY = 10;
export const EMPLOYEE_FAILURE_BUDGET = 10;
/** What the arithmetic above assumes at most: one live HR link code for each employee of a large province. */
export const MAX_LIVE_LINK_CODES = 100_000;

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
