/**
 * Amounts in an import are whole, non-negative rupiah written either as plain
 * digits ("4250300") or with Indonesian thousand dots ("4.250.300"). Anything
 * else is refused rather than guessed: "1.5", "4,250,300", "4250300,00",
 * "-3", "Rp 100". A slip line above MAX_SLIP_AMOUNT is taken as a typo.
 */
export const MAX_SLIP_AMOUNT = 2_000_000_000;

const PLAIN = /^\d+$/;
const DOTTED = /^\d{1,3}(\.\d{3})+$/;

export type AmountCheck =
  | { ok: true; amount: number }
  | { ok: false; reason: 'invalid' | 'too_large' };

export function parseRupiahAmount(text: string): AmountCheck {
  const trimmed = text.trim();
  if (!PLAIN.test(trimmed) && !DOTTED.test(trimmed)) return { ok: false, reason: 'invalid' };
  return checkRupiahAmount(Number(trimmed.replaceAll('.', '')));
}

/** The same rule for amounts that arrive as numbers (JSON). */
export function checkRupiahAmount(amount: number): AmountCheck {
  if (!Number.isSafeInteger(amount) || amount < 0) return { ok: false, reason: 'invalid' };
  if (amount > MAX_SLIP_AMOUNT) return { ok: false, reason: 'too_large' };
  return { ok: true, amount };
}
