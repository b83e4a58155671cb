import { randomBytes } from 'node:crypto';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
const TOKEN_LENGTH = 10;

/** An unguessable step token (10 base32 characters, 50 random bits): what a card's buttons carry. */
export function newStepToken(): string {
  return Array.from(randomBytes(TOKEN_LENGTH), (b) => ALPHABET[b % 32]).join('');
}

/** The shape of a token: anything else is refused without a database lookup. */
export function isStepToken(value: string): boolean {
  return value.length === TOKEN_LENGTH && [...value].every((c) => ALPHABET.includes(c));
}

/** The card of a step, as `ref` of the choices message and of its `resolve`. */
export function stepRef(token: string): string {
  return `step:${token}`;
}
