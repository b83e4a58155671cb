import { randomInt } from 'node:crypto';

/** Letters and digits nobody confuses when reading a code aloud or off paper: no 0/O, 1/I/L. */
export const LINK_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** 31^10 codes: long enough that the chat limits make guessing hopeless (see identity/link-limits.ts). */
export const LINK_CODE_LENGTH = 10;
export const LINK_CODE_TTL_MS = 72 * 3_600_000;
export const LINK_CODE_PURPOSE = 'LINK';

/** A fresh code with at least one letter (so a chat never mistakes it for a number). */
export function randomLinkCode(): string {
  for (;;) {
    const code = Array.from({ length: LINK_CODE_LENGTH }, () => LINK_CODE_ALPHABET[randomInt(LINK_CODE_ALPHABET.length)]).join('');
    if (/[A-Z]/.test(code)) return code;
  }
}

/** What the person typed, as stored: "k7p2 xm9q r4" and "K7P2-XM9Q-R4" are "K7P2XM9QR4". */
export function normalizeLinkCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s.-]/g, '');
}

/** The Telegram deep link that opens the bot with the code, or null when the bot's username is not configured. */
export function telegramDeepLink(botUsername: string | undefined, code: string): string | null {
  return botUsername ? `https://t.me/${botUsername}?start=${code}` : null;
}

const CODE_SHAPE = new RegExp(`^[${LINK_CODE_ALPHABET}]{${LINK_CODE_LENGTH}}$`);

/** Whether typed text has the shape of a link code (so a word like "selamat" is not taken for a wrong code). */
export function isLinkCodeShaped(typed: string): boolean {
  const code = normalizeLinkCode(typed);
  return CODE_SHAPE.test(code) && /[A-Z]/.test(code);
}
