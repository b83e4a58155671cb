import { describe, expect, it } from 'vitest';
import { checkRupiahAmount, MAX_SLIP_AMOUNT, parseRupiahAmount } from '../../../src/domain/payslip/rupiah-amount';

describe('parseRupiahAmount', () => {
  it.each([
    ['0', 0],
    ['4250300', 4_250_300],
    ['4.250.300', 4_250_300],
    ['  159.200 ', 159_200],
    ['1.000', 1000],
    ['2.000.000.000', MAX_SLIP_AMOUNT],
  ])('reads "%s" as %i', (text, amount) => {
    expect(parseRupiahAmount(text)).toEqual({ ok: true, amount });
  });

  it.each(['', 'abc', '1.5', '-3', '4,250,300', '4250300,00', 'Rp 100', '4.25.300', '.100', '1.0000', '1 000', '1e6'])(
    'refuses "%s"',
    (text) => {
      expect(parseRupiahAmount(text)).toEqual({ ok: false, reason: 'invalid' });
    },
  );

  it('refuses amounts above the slip limit', () => {
    expect(parseRupiahAmount('2.000.000.001')).toEqual({ ok: false, reason: 'too_large' });
    expect(parseRupiahAmount('99999999999999999999')).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('checkRupiahAmount', () => {
  it('accepts whole non-negative numbers up to the limit', () => {
    expect(checkRupiahAmount(0)).toEqual({ ok: true, amount: 0 });
    expect(checkRupiahAmount(MAX_SLIP_AMOUNT)).toEqual({ ok: true, amount: MAX_SLIP_AMOUNT });
  });

  it.each([1.5, -3, Number.NaN])('refuses %s', (n) => {
    expect(checkRupiahAmount(n)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses more than the limit', () => {
    expect(checkRupiahAmount(MAX_SLIP_AMOUNT + 1)).toEqual({ ok: false, reason: 'too_large' });
  });
});
