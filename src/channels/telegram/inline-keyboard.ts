import type { Choice } from '../../chat/outbound-message';

/** Telegram's limit on a button's callback data. */
export const MAX_CALLBACK_BYTES = 64;

export interface InlineButton {
  text: string;
  callback_data: string;
}

export type InlineKeyboard = { inline_keyboard: InlineButton[][] };

/** Short labels (a decision card's Setujui / Ubah / Tunda / Tolak) share rows; a menu's longer ones get a row each. */
const SHORT_LABEL = 16;
const MAX_SHORT_BUTTONS = 6;

export function fitsCallbackData(value: string): boolean {
  return value.length > 0 && Buffer.byteLength(value, 'utf8') <= MAX_CALLBACK_BYTES;
}

/**
 * Choices as an inline keyboard: the callback data is the choice's value as
 * it is (short and opaque; checked against the database when pressed).
 * Throws when a value does not fit Telegram's 64 bytes.
 */
export function inlineKeyboard(choices: readonly Choice[]): InlineKeyboard {
  const bad = choices.find((c) => !fitsCallbackData(c.value));
  if (bad) throw new RangeError(`choice value does not fit callback data (${MAX_CALLBACK_BYTES} bytes): ${bad.value.slice(0, 80)}`);
  const buttons = choices.map((c) => ({ text: c.label, callback_data: c.value }));
  const short = choices.length <= MAX_SHORT_BUTTONS && choices.every((c) => [...c.label].length <= SHORT_LABEL);
  if (!short) return { inline_keyboard: buttons.map((b) => [b]) };
  const perRow = choices.length <= 3 ? choices.length : choices.length === 4 ? 2 : 3;
  const rows: InlineButton[][] = [];
  for (let i = 0; i < buttons.length; i += perRow) rows.push(buttons.slice(i, i + perRow));
  return { inline_keyboard: rows };
}
