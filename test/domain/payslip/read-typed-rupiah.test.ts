import { describe, expect, it } from 'vitest';
import { readTypedRupiah } from '../../../src/domain/payslip/read-typed-rupiah';

describe('readTypedRupiah', () => {
  it('reads the amount however a person copies it from a slip', () => {
    for (const typed of ['4.250.300', 'Rp 4.250.300', 'Rp4.250.300', 'rp. 4.250.300', 'IDR 4,250,300', 'Rp 4.250.300,00', 'Rp 4.250.300,-', '4,250,300.00', '4250300', ' 4 250 300 ', '4\u00a0250\u00a0300', 'Rp\u00a04.250.300']) {
      expect(readTypedRupiah(typed), typed).toBe(4_250_300);
    }
    expect(readTypedRupiah('0')).toBe(0);
    expect(readTypedRupiah('Rp 950.000')).toBe(950_000);
  });

  it('refuses what it would have to guess', () => {
    for (const typed of ['', 'Rp', 'empat juta', '4.25', '4.250.300,50', '4,25', '42.50.300', '4.250,300', '-4.250.300', '4250300x', '1e6', '4..250', '99.999.999.999.999']) {
      expect(readTypedRupiah(typed), typed).toBeNull();
    }
  });
});
