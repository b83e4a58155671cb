import { checkRupiahAmount, MAX_SLIP_AMOUNT, parseRupiahAmount } from './rupiah-amount';
import { type ImportError, importError } from './payslip-types';

/** An amount cell (CSV text or JSON number/text) checked, or the error for its line. */
export function readAmount(
  value: string | number,
  line: number,
  field: string,
): { amount: number; error?: undefined } | { error: ImportError } {
  const check = typeof value === 'number' ? checkRupiahAmount(value) : parseRupiahAmount(value);
  if (check.ok) return { amount: check.amount };
  const params = { column: field, value: String(value) };
  return check.reason === 'too_large'
    ? { error: importError(line, 'payslip.import.amount_too_large', { ...params, max: MAX_SLIP_AMOUNT }) }
    : { error: importError(line, 'payslip.import.invalid_amount', params) };
}

/** NIPs are often written grouped ("19900101 201503 1 001"); spaces are dropped. */
export function normalizeNip(value: string): string {
  return value.replace(/\s+/g, '');
}
